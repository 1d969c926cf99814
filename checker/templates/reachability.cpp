// reachability: every owned element of kind A reaches an element of kind B over exchanges
// (both directions), optionally only through elements of given kinds, through one of the `via`
// kinds, within a hop limit. A missing path names the nearest element the search got to.

#include <algorithm>
#include <limits>

#include "checker/graph_queries.h"
#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class Reachability final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "reachability"; }
  std::string_view Summary() const override {
    return "each element of the `from` kinds reaches an element of the `to` kinds over exchanges";
  }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"from", ParameterType::kKinds, true, "kinds that must reach; only the agency's own elements"},
            {"to", ParameterType::kKinds, true, "kinds to reach (any owner: national systems are references)"},
            {"through", ParameterType::kKinds, false, "kinds a path may pass through (default: any element)"},
            {"via", ParameterType::kKinds, false, "a path must pass through one element of these kinds"},
            {"max-hops", ParameterType::kInteger, false, "longest path allowed, in exchanges"},
            {"same-property", ParameterType::kString, false,
             "only targets whose property has the source's value (e.g. eaf:subject); no such target: no finding"},
            {"levels", ParameterType::kLevels, false, "model levels the rule applies to (default: all)"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "target-kind", "via", "nearest", "hops"};
  }

  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const auto& to = parameters.List("to");
    const auto& through = parameters.List("through");
    const auto& via = parameters.List("via");
    const std::string& same_property = parameters.String("same-property");
    const std::int64_t max_hops = parameters.Integer("max-hops", std::numeric_limits<int>::max());
    const auto range = context.workspace().ElementsOf(file);
    const std::vector<std::int32_t> all_targets = context.ElementsOfKind(file, to);

    for (std::int32_t source : context.ElementsOfKind(file, parameters.List("from"))) {
      if (!context.IsOwned(source)) continue;
      std::vector<std::int32_t> targets;
      for (std::int32_t target : all_targets) {
        if (target == source) continue;
        if (!same_property.empty()) {
          const std::string* mine = context.element(source).FindProperty(same_property);
          const std::string* theirs = context.element(target).FindProperty(same_property);
          if (!mine || !theirs || *mine != *theirs) continue;
        }
        targets.push_back(target);
      }
      if (targets.empty() && !same_property.empty()) continue;  // nothing of that subject is held nationally

      auto in_file = [&](std::size_t v) { return v >= range.begin && v < range.end; };
      auto is_target = [&](std::size_t v) {
        return std::find(targets.begin(), targets.end(), static_cast<std::int32_t>(v)) != targets.end();
      };
      auto may_enter = [&](std::size_t v) {
        if (!in_file(v)) return false;
        return is_target(v) || through.empty() || KindMatchesAny(context.element(static_cast<std::int32_t>(v)).kind, through);
      };
      const Reach from_source = ReachFrom(context, {static_cast<std::size_t>(source)}, may_enter);

      bool found = false;
      if (via.empty()) {
        for (std::int32_t target : targets) {
          auto it = from_source.distance.find(static_cast<std::size_t>(target));
          if (it != from_source.distance.end() && it->second <= max_hops) found = true;
        }
      } else {
        // Through one of the via elements: source -> via without passing a target (a path that
        // touches the target first and comes back through the via element proves nothing),
        // then via -> target.
        const Reach to_via = ReachFrom(context, {static_cast<std::size_t>(source)},
                                       [&](std::size_t v) { return may_enter(v) && !is_target(v); });
        for (const auto& [vertex, hops] : to_via.distance) {
          if (found || vertex == static_cast<std::size_t>(source)) continue;
          if (!KindMatchesAny(context.element(static_cast<std::int32_t>(vertex)).kind, via)) continue;
          const Reach from_via = ReachFrom(context, {vertex}, may_enter);
          for (std::int32_t target : targets) {
            auto it = from_via.distance.find(static_cast<std::size_t>(target));
            if (it != from_via.distance.end() && hops + it->second <= max_hops) found = true;
          }
        }
      }
      if (found) continue;
      sink(MissingPath(context, file, source, targets, from_source, parameters));
    }
  }

 private:
  // The element the search reached that lies closest to a target in the whole exchange graph.
  static Finding MissingPath(const CheckContext& context, std::uint32_t file, std::int32_t source,
                             const std::vector<std::int32_t>& targets, const Reach& from_source,
                             const Parameters& parameters) {
    Finding finding = ElementFinding(context, source);
    finding.arguments["target-kind"] = Join(parameters.List("to"));
    finding.arguments["via"] = Join(parameters.List("via"));
    const auto range = context.workspace().ElementsOf(file);
    std::vector<std::size_t> target_vertices(targets.begin(), targets.end());
    const Reach to_target = ReachFrom(context, target_vertices,
                                      [&](std::size_t v) { return v >= range.begin && v < range.end; });
    std::size_t nearest = static_cast<std::size_t>(source);
    int best = std::numeric_limits<int>::max();
    for (const auto& [vertex, hops] : from_source.distance) {
      auto it = to_target.distance.find(vertex);
      if (it == to_target.distance.end()) continue;
      const bool better = it->second < best ||
                          (it->second == best && context.element(static_cast<std::int32_t>(vertex)).id <
                                                     context.element(static_cast<std::int32_t>(nearest)).id);
      if (better) {
        best = it->second;
        nearest = vertex;
      }
    }
    if (targets.empty()) {
      finding.arguments["nearest"] = context.Say("(không có phần tử đích nào trong mô hình)", "(the model has no target element)");
      finding.arguments["hops"] = "-";
      finding.notes.push_back({std::string(context.Say("mô hình không có phần tử nào thuộc loại ",
                                                       "the model has no element of kind ")) +
                                   Join(parameters.List("to")),
                               {}, false});
      return finding;
    }
    finding.arguments["nearest"] = context.Describe(static_cast<std::int32_t>(nearest));
    finding.arguments["hops"] = best == std::numeric_limits<int>::max() ? "-" : std::to_string(best);
    for (std::size_t step : from_source.PathTo(nearest)) {
      if (step == static_cast<std::size_t>(source)) continue;
      finding.notes.push_back(ElementNote(context, static_cast<std::int32_t>(step),
                                          context.Say("đến được ", "reaches ") + context.Describe(static_cast<std::int32_t>(step))));
    }
    if (best == std::numeric_limits<int>::max()) {
      finding.notes.push_back({context.Say("không có đường trao đổi nào nối tới đích",
                                           "no chain of exchanges leads to a target at all"),
                               {}, false});
    } else {
      finding.notes.push_back(ElementNote(context, static_cast<std::int32_t>(nearest),
                                          context.Say("gần đích nhất: ", "closest to a target: ") +
                                              context.Describe(static_cast<std::int32_t>(nearest)) +
                                              context.Say(", còn cách ", ", still ") + std::to_string(best) +
                                              context.Say(" bước trao đổi", " exchange(s) away")));
    }
    return finding;
  }

  static std::string Join(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : " | ") + word;
    return text;
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeReachability() { return std::make_unique<Reachability>(); }

}  // namespace eaf::checker::templates
