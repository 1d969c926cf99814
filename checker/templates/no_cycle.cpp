// no-cycle: relationships of the given types form no cycle (a system cannot be part of
// itself). Strong components of the filtered graph (Boost.Graph); one finding per cycle,
// with one note per step.

#include <boost/graph/strong_components.hpp>

#include <map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class NoCycle final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "no-cycle"; }
  std::string_view Summary() const override { return "relationships of the given types form no cycle"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"relationship-types", ParameterType::kRelationshipTypes, true, "e.g. Composition Aggregation"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "length"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const auto range = context.workspace().ElementsOf(file);
    const auto filtered = context.graph().Filtered(parameters.RelationshipTypes("relationship-types"),
                                                   [&](const model::Element& e) { return e.location.file == file; });
    const std::size_t n = boost::num_vertices(context.graph().graph());
    std::vector<std::size_t> component(n, 0);
    boost::strong_components(filtered, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, filtered)));
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (std::size_t v = range.begin; v < range.end; ++v) members[component[v]].push_back(v);
    for (const auto& [id, vertices] : members) {
      std::vector<std::size_t> cycle;
      if (vertices.size() == 1) {
        // A single vertex is a cycle only with a self-loop.
        bool loop = false;
        for (auto [it, end] = boost::out_edges(vertices[0], filtered); it != end; ++it) loop |= boost::target(*it, filtered) == vertices[0];
        if (!loop) continue;
        cycle = vertices;
      } else {
        cycle = Walk(filtered, vertices, component);
      }
      Finding finding = ElementFinding(context, static_cast<std::int32_t>(cycle.front()));
      finding.arguments["length"] = std::to_string(cycle.size());
      for (std::size_t step = 0; step < cycle.size(); ++step) {
        const auto from = static_cast<std::int32_t>(cycle[step]);
        const auto to = static_cast<std::int32_t>(cycle[(step + 1) % cycle.size()]);
        if (step > 0) finding.element_ids.push_back(context.element(from).id);
        finding.notes.push_back(ElementNote(context, from, context.Describe(from) + " → " + context.Describe(to)));
      }
      sink(std::move(finding));
    }
  }

 private:
  // One cycle through the component, starting at its first vertex: follow edges inside the
  // component until a vertex repeats.
  template <class G>
  static std::vector<std::size_t> Walk(const G& graph, const std::vector<std::size_t>& vertices,
                                       const std::vector<std::size_t>& component) {
    const std::size_t target_component = component[vertices.front()];
    std::vector<std::size_t> path{vertices.front()};
    std::map<std::size_t, std::size_t> position{{vertices.front(), 0}};
    while (true) {
      std::size_t next = path.back();
      for (auto [it, end] = boost::out_edges(path.back(), graph); it != end; ++it) {
        const std::size_t candidate = boost::target(*it, graph);
        if (component[candidate] == target_component) {
          next = candidate;
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
