#include "model/graph.h"

#include <algorithm>
#include <unordered_map>

namespace eaf::model {

RelationshipTypeSet MakeTypeSet(std::initializer_list<RelationshipType> types) {
  RelationshipTypeSet set;
  for (RelationshipType type : types) set.set(static_cast<std::size_t>(type));
  return set;
}

std::vector<JunctionPath> JunctionPaths(const Workspace& workspace) {
  const auto& elements = workspace.elements;
  const auto& relationships = workspace.relationships;
  auto is_junction = [&](std::int32_t element) { return elements[element].type == ElementType::kJunction; };
  if (std::none_of(elements.begin(), elements.end(), [](const Element& e) { return e.type == ElementType::kJunction; })) {
    return {};
  }
  std::unordered_map<std::int32_t, std::vector<std::int32_t>> leaving;  // junction -> relationships out of it
  for (std::size_t i = 0; i < relationships.size(); ++i) {
    const Relationship& relationship = relationships[i];
    if (relationship.ConnectsElements() && is_junction(relationship.source_index)) {
      leaving[relationship.source_index].push_back(static_cast<std::int32_t>(i));
    }
  }
  std::vector<JunctionPath> paths;
  std::vector<std::int32_t> stack, seen_junctions, seen_targets;
  for (std::size_t i = 0; i < relationships.size(); ++i) {
    const Relationship& first = relationships[i];
    if (!first.ConnectsElements() || is_junction(first.source_index) || !is_junction(first.target_index)) continue;
    // Depth-first over the junctions this relationship enters, along relationships of its type.
    stack.assign(1, first.target_index);
    seen_junctions.assign(1, first.target_index);
    seen_targets.clear();
    while (!stack.empty()) {
      const std::int32_t junction = stack.back();
      stack.pop_back();
      const auto out = leaving.find(junction);
      if (out == leaving.end()) continue;
      for (std::int32_t next : out->second) {
        const Relationship& leg = relationships[next];
        if (leg.type != first.type) continue;
        const std::int32_t target = leg.target_index;
        auto seen = [&](const std::vector<std::int32_t>& list) { return std::find(list.begin(), list.end(), target) != list.end(); };
        if (is_junction(target)) {
          if (!seen(seen_junctions)) {
            seen_junctions.push_back(target);
            stack.push_back(target);
          }
        } else if (target != first.source_index && !seen(seen_targets)) {
          seen_targets.push_back(target);
          paths.push_back({first.source_index, target, first.type, static_cast<std::int32_t>(i)});
        }
      }
    }
  }
  return paths;
}

ArchitectureGraph::ArchitectureGraph(const Workspace& workspace)
    : workspace_(workspace), graph_(workspace.elements.size()) {
  for (std::size_t i = 0; i < workspace.relationships.size(); ++i) {
    const Relationship& relationship = workspace.relationships[i];
    if (!relationship.ConnectsElements()) continue;
    boost::add_edge(static_cast<Vertex>(relationship.source_index), static_cast<Vertex>(relationship.target_index),
                    EdgeData{static_cast<std::int32_t>(i)}, graph_);
  }
  for (const JunctionPath& path : JunctionPaths(workspace)) {
    boost::add_edge(static_cast<Vertex>(path.source), static_cast<Vertex>(path.target), EdgeData{path.first_relationship},
                    graph_);
  }
}

ArchitectureGraph::FilteredGraph ArchitectureGraph::Filtered(RelationshipTypeSet types,
                                                              std::function<bool(const Element&)> keep) const {
  return FilteredGraph(graph_, TypeFilter{this, types}, VertexFilter{this, std::move(keep)});
}

}  // namespace eaf::model
