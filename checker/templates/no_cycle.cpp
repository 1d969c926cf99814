// no-cycle: relationships of the given types form no cycle (a system cannot be part of
// itself). Strong components (Boost.Graph) of the subgraph made of just those relationships;
// one finding per cycle, with one note per step.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <map>
#include <unordered_map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

using Subgraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

class NoCycle final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "no-cycle"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.no-cycle"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"relationship-types", ParameterType::kRelationshipTypes, true, "check.param.no-cycle.relationship-types"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "length"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const model::RelationshipTypeSet types = parameters.RelationshipTypes("relationship-types");
    // Only the elements these relationships touch take part: the subgraph is usually tiny.
    std::vector<std::int32_t> element_of;            // subgraph vertex -> workspace element
    std::unordered_map<std::int32_t, std::size_t> vertex_of;
    auto vertex = [&](std::int32_t element) {
      auto [it, inserted] = vertex_of.emplace(element, element_of.size());
      if (inserted) element_of.push_back(element);
      return it->second;
    };
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    const auto range = context.workspace().RelationshipsOf(file);
    for (std::size_t r = range.begin; r < range.end; ++r) {
      const model::Relationship& relationship = context.relationship(static_cast<std::int32_t>(r));
      if (!relationship.ConnectsElements() || !types.test(static_cast<std::size_t>(relationship.type))) continue;
      const std::size_t from = vertex(relationship.source_index);
      edges.emplace_back(from, vertex(relationship.target_index));
    }
    if (edges.empty()) return;
    Subgraph graph(edges.begin(), edges.end(), element_of.size());
    std::vector<std::size_t> component(element_of.size());
    boost::strong_components(graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));
    // Components in the order of their first element in the file: deterministic output.
    std::map<std::int32_t, std::vector<std::size_t>> members_by_first;
    std::map<std::size_t, std::int32_t> first_of_component;
    for (std::size_t v = 0; v < element_of.size(); ++v) {
      auto [it, inserted] = first_of_component.emplace(component[v], element_of[v]);
      if (!inserted) it->second = std::min(it->second, element_of[v]);
    }
    for (std::size_t v = 0; v < element_of.size(); ++v) members_by_first[first_of_component[component[v]]].push_back(v);
    for (auto& [first, vertices] : members_by_first) {
      std::sort(vertices.begin(), vertices.end(), [&](std::size_t a, std::size_t b) { return element_of[a] < element_of[b]; });
      std::vector<std::size_t> cycle;
      if (vertices.size() == 1) {
        bool loop = false;
        for (auto [it, end] = boost::out_edges(vertices[0], graph); it != end; ++it) loop |= boost::target(*it, graph) == vertices[0];
        if (!loop) continue;
        cycle = vertices;
      } else {
        cycle = Walk(graph, vertices.front(), component);
      }
      const auto head = element_of[cycle.front()];
      Finding finding = ElementFinding(context, head);
      finding.arguments["length"] = std::to_string(cycle.size());
      for (std::size_t step = 0; step < cycle.size(); ++step) {
        const auto from = element_of[cycle[step]];
        const auto to = element_of[cycle[(step + 1) % cycle.size()]];
        if (step > 0) finding.element_ids.push_back(context.element(from).id);
        finding.notes.push_back(
            ElementNote(context, from, "check.cycle.step", {{"from", context.Describe(from)}, {"to", context.Describe(to)}}));
      }
      sink(std::move(finding));
    }
  }

 private:
  // One cycle through the component of `start`: follow the smallest-numbered edge that stays in
  // the component until a vertex repeats, then keep the loop.
  static std::vector<std::size_t> Walk(const Subgraph& graph, std::size_t start, const std::vector<std::size_t>& component) {
    std::vector<std::size_t> path{start};
    std::map<std::size_t, std::size_t> position{{start, 0}};
    while (true) {
      std::size_t next = path.back();
      for (auto [it, end] = boost::out_edges(path.back(), graph); it != end; ++it) {
        if (component[boost::target(*it, graph)] == component[start]) {
          next = boost::target(*it, graph);
          break;
        }
      }
      auto seen = position.find(next);
      if (seen != position.end()) return {path.begin() + static_cast<std::ptrdiff_t>(seen->second), path.end()};
      position[next] = path.size();
      path.push_back(next);
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeNoCycle() { return std::make_unique<NoCycle>(); }

}  // namespace eaf::checker::templates
