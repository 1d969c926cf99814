#include "model/graph.h"

namespace eaf::model {

RelationshipTypeSet MakeTypeSet(std::initializer_list<RelationshipType> types) {
  RelationshipTypeSet set;
  for (RelationshipType type : types) set.set(static_cast<std::size_t>(type));
  return set;
}

ArchitectureGraph::ArchitectureGraph(const Workspace& workspace)
    : workspace_(workspace), graph_(workspace.elements.size()) {
  for (std::size_t i = 0; i < workspace.relationships.size(); ++i) {
    const Relationship& relationship = workspace.relationships[i];
    if (!relationship.ConnectsElements()) continue;
    boost::add_edge(static_cast<Vertex>(relationship.source_index), static_cast<Vertex>(relationship.target_index),
                    EdgeData{static_cast<std::int32_t>(i)}, graph_);
  }
}

ArchitectureGraph::FilteredGraph ArchitectureGraph::Filtered(RelationshipTypeSet types,
                                                              std::function<bool(const Element&)> keep) const {
  return FilteredGraph(graph_, TypeFilter{this, types}, VertexFilter{this, std::move(keep)});
}

}  // namespace eaf::model
