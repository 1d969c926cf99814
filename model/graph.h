#pragma once
/// The architecture graph: elements as vertices, relationships between elements as edges.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <bitset>
#include <cstdint>
#include <functional>
#include <vector>

#include "model/model.h"

namespace eaf::model {

/// Edge payload: the relationship's index in Workspace::relationships.
struct EdgeData {
  std::int32_t relationship = -1;
};

/// Vertex i is Workspace::elements[i]. Relationships whose ends are relationships are not edges
/// (they stay in the workspace); relationships with a dangling end are not edges either. A path
/// through junctions is one more edge, from its source to its target (see JunctionPaths), whose
/// payload is its first relationship.
/// Edges are kept in a vector, not Boost's default list: the graph is built once and never loses
/// an edge, and a million-element model then costs no allocation per edge.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeData,
                                    boost::no_property, boost::vecS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// A set of relationship types.
using RelationshipTypeSet = std::bitset<kRelationshipTypeCount>;
RelationshipTypeSet MakeTypeSet(std::initializer_list<RelationshipType> types);

/// A relationship through junctions: an And/Or junction joining relationships of one type acts as
/// that relationship from each of its sources to each of its targets (chains of junctions too).
struct JunctionPath {
  std::int32_t source = -1, target = -1;  ///< element indices, neither a junction
  RelationshipType type = RelationshipType::kAssociation;
  std::int32_t first_relationship = -1;  ///< the one leaving `source`: it stands for the path
};
/// Every path through junctions of the workspace, once per (source, target, type), in the order
/// of their first relationships. Empty, at the cost of one scan, when the model has no junction.
std::vector<JunctionPath> JunctionPaths(const Workspace& workspace);

/// The graph of a finished workspace.
class ArchitectureGraph {
 public:
  explicit ArchitectureGraph(const Workspace& workspace);

  const Graph& graph() const { return graph_; }
  const Workspace& workspace() const { return workspace_; }
  const Element& ElementAt(Vertex v) const { return workspace_.elements[v]; }
  const Relationship& RelationshipOf(Edge e) const { return workspace_.relationships[graph_[e].relationship]; }

  /// Edge filter: keeps relationships whose type is in the set.
  struct TypeFilter {
    const ArchitectureGraph* owner = nullptr;
    RelationshipTypeSet types;
    bool operator()(Edge e) const { return types.test(static_cast<std::size_t>(owner->RelationshipOf(e).type)); }
  };
  /// Vertex filter: keeps elements for which the predicate holds.
  struct VertexFilter {
    const ArchitectureGraph* owner = nullptr;
    std::function<bool(const Element&)> keep;
    bool operator()(Vertex v) const { return !keep || keep(owner->ElementAt(v)); }
  };
  using FilteredGraph = boost::filtered_graph<Graph, TypeFilter, VertexFilter>;

  /// A view of the graph over the given relationship types and, optionally, only some elements.
  FilteredGraph Filtered(RelationshipTypeSet types, std::function<bool(const Element&)> keep = {}) const;

 private:
  const Workspace& workspace_;
  Graph graph_;
};

}  // namespace eaf::model
