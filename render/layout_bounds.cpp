#include "render/layout_bounds.h"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>
#include <utility>

#include "model/messages.h"

namespace eaf::render {
namespace {

bool HasAttribute(const Attributes& attributes, const std::string& name, const std::string& value) {
  return std::any_of(attributes.begin(), attributes.end(), [&](const auto& a) { return a.first == name && a.second == value; });
}

bool IsInvisible(const DiagramEdge& edge) { return HasAttribute(edge.attributes, "style", "invis"); }

std::string* FindAttribute(Attributes& attributes, const std::string& name) {
  for (auto& [key, value] : attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

// The diagram's edges as node indices (edges to unknown nodes left out).
struct IndexedGraph {
  std::size_t nodes = 0;
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  std::vector<bool> constrains;  ///< per edge: whether it takes part in ranking (constraint is not "false")
};

IndexedGraph Index(const Diagram& diagram) {
  IndexedGraph graph;
  std::unordered_map<std::string, std::size_t> index;
  for (const DiagramNode& node : diagram.nodes) index.emplace(node.id, index.size());
  graph.nodes = index.size();
  for (const DiagramEdge& edge : diagram.edges) {
    auto from = index.find(edge.from), to = index.find(edge.to);
    if (from == index.end() || to == index.end()) continue;
    graph.edges.push_back({from->second, to->second});
    graph.constrains.push_back(!HasAttribute(edge.attributes, "constraint", "false"));
  }
  return graph;
}

}  // namespace

std::size_t EstimateLayoutWork(const Diagram& diagram) {
  const IndexedGraph graph = Index(diagram);
  std::vector<std::vector<std::size_t>> out(graph.nodes);
  for (std::size_t e = 0; e < graph.edges.size(); ++e) {
    if (graph.constrains[e]) out[graph.edges[e].first].push_back(e);
  }
  // Depth-first search without recursion: an edge to a node still on the stack closes a cycle and is
  // reversed, as dot does; the finishing order reversed is then a topological order.
  enum : char { kNew, kOpen, kDone };
  std::vector<char> state(graph.nodes, kNew);
  std::vector<bool> reversed(graph.edges.size(), false);
  std::vector<std::size_t> finished;
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // node, next out-edge
  for (std::size_t start = 0; start < graph.nodes; ++start) {
    if (state[start] != kNew) continue;
    state[start] = kOpen;
    stack.push_back({start, 0});
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next == out[node].size()) {
        state[node] = kDone;
        finished.push_back(node);
        stack.pop_back();
        continue;
      }
      const std::size_t e = out[node][next++];
      const std::size_t to = graph.edges[e].second;
      if (state[to] == kOpen) reversed[e] = true;
      else if (state[to] == kNew) {
        state[to] = kOpen;
        stack.push_back({to, 0});
      }
    }
  }
  // Longest-path ranks in topological order.
  std::vector<std::size_t> rank(graph.nodes, 0);
  std::vector<std::vector<std::size_t>> forward(graph.nodes);
  for (std::size_t e = 0; e < graph.edges.size(); ++e) {
    auto [from, to] = graph.edges[e];
    if (from == to || !graph.constrains[e]) continue;
    if (reversed[e]) std::swap(from, to);
    forward[from].push_back(to);
  }
  for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
    for (std::size_t to : forward[*it]) rank[to] = std::max(rank[to], rank[*it] + 1);
  }
  std::size_t work = graph.nodes + graph.edges.size();
  for (const auto& [from, to] : graph.edges) work += rank[from] > rank[to] ? rank[from] - rank[to] : rank[to] - rank[from];
  return work;
}

std::vector<std::string> BoundLayout(Diagram& diagram, const LayoutBounds& bounds) {
  std::vector<std::string> notes;
  if (EstimateLayoutWork(diagram) <= bounds.max_work) return notes;

  // Parallel edges become one, labelled with their count; a highlighted one lends its attributes.
  std::vector<DiagramEdge> helpers, merged;
  std::vector<std::size_t> counts;
  std::map<std::pair<std::string, std::string>, std::size_t> slot;
  std::size_t visible = 0;
  for (DiagramEdge& edge : diagram.edges) {
    if (IsInvisible(edge)) {
      helpers.push_back(std::move(edge));
      continue;
    }
    ++visible;
    auto [it, inserted] = slot.emplace(std::make_pair(edge.from, edge.to), merged.size());
    if (inserted) {
      merged.push_back(std::move(edge));
      counts.push_back(1);
      continue;
    }
    ++counts[it->second];
    if (!HasAttribute(merged[it->second].attributes, "color", "#d00000") && HasAttribute(edge.attributes, "color", "#d00000")) {
      merged[it->second].attributes = std::move(edge.attributes);
    }
  }
  for (std::size_t e = 0; e < merged.size(); ++e) {
    if (counts[e] == 1) continue;
    Attributes& attributes = merged[e].attributes;
    const std::string count = "× " + std::to_string(counts[e]);
    if (std::string* label = FindAttribute(attributes, "label")) *label += " " + count;
    else attributes.push_back({"label", count});
    const std::string tooltip = model::Text(diagram.lang, "view.tooltip.merged", {{"count", std::to_string(counts[e])}});
    if (std::string* existing = FindAttribute(attributes, "tooltip")) *existing += "\n" + tooltip;
    else attributes.push_back({"tooltip", tooltip});
  }
  const std::size_t distinct = merged.size();
  if (merged.size() > bounds.max_edges) merged.resize(bounds.max_edges);
  notes.push_back(model::Text(diagram.lang, "view.dense", {{"relationships", std::to_string(visible)},
                                                         {"edges", std::to_string(distinct)},
                                                         {"nodes", std::to_string(diagram.nodes.size())}}));
  if (distinct > merged.size()) {
    notes.push_back(model::Text(diagram.lang, "view.edges-capped", {{"drawn", std::to_string(merged.size())},
                                                                   {"edges", std::to_string(distinct)}}));
  }

  // Ranks from a breadth-first spanning forest over the edges taken both ways, in node order: every
  // other edge joins nodes at most one rank apart, so dot adds no virtual nodes for it.
  std::unordered_map<std::string, std::size_t> index;
  for (const DiagramNode& node : diagram.nodes) index.emplace(node.id, index.size());
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> adjacent(index.size());  // neighbour, edge
  for (std::size_t e = 0; e < merged.size(); ++e) {
    // An edge the view already keeps out of the ranking (the overview's grid ranks its nodes) stays out.
    if (HasAttribute(merged[e].attributes, "constraint", "false")) continue;
    auto from_it = index.find(merged[e].from), to_it = index.find(merged[e].to);
    if (from_it == index.end() || to_it == index.end()) continue;
    const std::size_t from = from_it->second, to = to_it->second;
    adjacent[from].push_back({to, e});
    adjacent[to].push_back({from, e});
  }
  std::vector<bool> seen(index.size(), false), ranks(merged.size(), false);
  for (std::size_t start = 0; start < index.size(); ++start) {
    if (seen[start]) continue;
    seen[start] = true;
    std::deque<std::size_t> queue{start};
    while (!queue.empty()) {
      const std::size_t node = queue.front();
      queue.pop_front();
      for (const auto& [neighbour, e] : adjacent[node]) {
        if (seen[neighbour]) continue;
        seen[neighbour] = true;
        queue.push_back(neighbour);
        if (merged[e].to == diagram.nodes[neighbour].id) {
          ranks[e] = true;
        } else {  // the edge points to the parent: an invisible one ranks the child below it
          helpers.push_back({diagram.nodes[node].id, diagram.nodes[neighbour].id, {{"style", "invis"}}});
        }
      }
    }
  }
  for (std::size_t e = 0; e < merged.size(); ++e) {
    if (!ranks[e] && !HasAttribute(merged[e].attributes, "constraint", "false")) merged[e].attributes.insert(merged[e].attributes.begin(), {"constraint", "false"});
    // Labels placed after the layout: dot gives an edge label a rank of its own, and on an edge
    // between nodes of one rank in a cluster that crashes Graphviz 2.43 (expand_cluster).
    for (auto& [name, value] : merged[e].attributes) {
      if (name == "label") name = "xlabel";
    }
  }
  // Straight edges: dot's spline router loses edges between neighbours of one rank (flat edges).
  if (std::string* splines = FindAttribute(diagram.graph_attributes, "splines")) *splines = "line";
  else diagram.graph_attributes.push_back({"splines", "line"});
  diagram.edges = std::move(helpers);
  diagram.edges.insert(diagram.edges.end(), std::make_move_iterator(merged.begin()), std::make_move_iterator(merged.end()));
  return notes;
}

}  // namespace eaf::render
