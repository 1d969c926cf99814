// reachability: every owned element of kind A reaches an element of kind B over exchanges
// (both directions), optionally only through elements of given kinds, through one of the `via`
// kinds, within a hop limit. A missing path names the nearest element the search got to.

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "checker/graph_queries.h"
#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class Reachability final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "reachability"; }
  std::string_view SummaryId() const override { return "check.template.reachability"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"from", ParameterType::kKinds, true, "check.param.reachability.from"},
            {"to", ParameterType::kKinds, true, "check.param.reachability.to"},
            {"to-owners", ParameterType::kList, false, "check.param.reachability.to-owners"},
            {"through", ParameterType::kKinds, false, "check.param.reachability.through"},
            {"via", ParameterType::kKinds, false, "check.param.reachability.via"},
            {"when-reached", ParameterType::kBoolean, false, "check.param.reachability.when-reached"},
            {"max-hops", ParameterType::kInteger, false, "check.param.reachability.max-hops"},
            {"same-property", ParameterType::kString, false, "check.param.reachability.same-property"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "target-kind", "target-label", "via", "via-label", "nearest", "hops"};
  }

  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const auto& to = parameters.List("to");
    const auto& through = parameters.List("through");
    const auto& via = parameters.List("via");
    const std::string& same_property = parameters.String("same-property");
    const auto& to_owners = parameters.List("to-owners");
    const std::int64_t max_hops = parameters.Integer("max-hops", std::numeric_limits<int>::max());
    const bool when_reached = parameters.Boolean("when-reached");
    const auto range = context.workspace().ElementsOf(file);
    const std::vector<std::int32_t> all_targets = context.ElementsOfKind(file, to);

    for (std::int32_t source : context.ElementsOfKind(file, parameters.List("from"))) {
      if (!context.IsOwned(source)) continue;
      std::vector<std::int32_t> targets;
      for (std::int32_t target : all_targets) {
        if (target == source) continue;
        if (!to_owners.empty()) {
          // Only a target of the named owners counts (4.0: the monitoring system of Bộ Công an).
          const model::Element& element = context.element(target);
          const std::string& owner = element.owner.empty() ? context.workspace().files[file].agency : element.owner;
          if (std::find(to_owners.begin(), to_owners.end(), owner) == to_owners.end()) continue;
        }
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

      // when-reached: the rule is about the route only; an element that reaches no target at all is
      // another rule's finding (INT-004 the reach, INT-010 the route through the LGSP).
      if (when_reached && std::none_of(targets.begin(), targets.end(), [&](std::int32_t target) {
            return from_source.distance.count(static_cast<std::size_t>(target)) > 0;
          })) {
        continue;
      }
      bool found = false;
      if (via.empty()) {
        for (std::int32_t target : targets) {
          auto it = from_source.distance.find(static_cast<std::size_t>(target));
          if (it != from_source.distance.end() && it->second <= max_hops) found = true;
        }
      } else {
        // Through one of the via elements: a simple path source ... via ... target. Searching from
        // the via element again is not enough, since that walk may come back through the vertices
        // that led to it (one-stop-shop -> NGSP <- LGSP, then NGSP -> portal bypasses the LGSP).
        for (const auto& entry : from_source.distance) {
          const std::size_t vertex = entry.first;
          if (vertex == static_cast<std::size_t>(source) || is_target(vertex)) continue;
          if (!KindMatchesAny(context.element(static_cast<std::int32_t>(vertex)).kind, via)) continue;
          const int length = HopsThrough(context, vertex, static_cast<std::size_t>(source), from_source, is_target);
          if (length >= 0 && length <= max_hops) {
            found = true;
            break;
          }
        }
      }
      if (found) continue;
      sink(MissingPath(context, file, source, targets, from_source, parameters, max_hops));
    }
  }

 private:
  // Length of the shortest simple path source ... via ... target inside the vertices the search
  // from the source entered, or -1: two paths from `via` that share no other vertex, one back to the
  // source and not through a target, one to a target. A min-cost flow of two units where every
  // vertex is split in two with capacity one and every exchange costs one hop; the source and
  // the targets only end paths. Two augmentations, each a Bellman-Ford (SPFA) search.
  static int HopsThrough(const CheckContext& context, std::size_t via, std::size_t source, const Reach& reached,
                         const std::function<bool(std::size_t)>& is_target) {
    std::unordered_map<std::size_t, int> slot;  // vertex -> k; node 2k is its entry, 2k + 1 its exit
    std::vector<std::size_t> vertices;
    for (const auto& entry : reached.distance) vertices.push_back(entry.first);
    std::sort(vertices.begin(), vertices.end());
    for (std::size_t k = 0; k < vertices.size(); ++k) slot[vertices[k]] = static_cast<int>(k);
    const int sink = static_cast<int>(2 * vertices.size());
    const int any_target = sink + 1;
    struct Arc {
      int to, capacity, cost;
    };
    std::vector<Arc> arcs;
    std::vector<std::vector<int>> out(static_cast<std::size_t>(sink + 2));
    auto add = [&](int from, int to, int cost) {
      out[static_cast<std::size_t>(from)].push_back(static_cast<int>(arcs.size()));
      arcs.push_back({to, 1, cost});
      out[static_cast<std::size_t>(to)].push_back(static_cast<int>(arcs.size()));
      arcs.push_back({from, 0, -cost});
    };
    add(any_target, sink, 0);
    const ExchangeGraph& graph = context.exchanges();
    for (std::size_t k = 0; k < vertices.size(); ++k) {
      const std::size_t v = vertices[k];
      const int entry = static_cast<int>(2 * k);
      if (v == source) {
        add(entry, sink, 0);
      } else if (is_target(v)) {
        add(entry, any_target, 0);
      } else if (v != via) {
        add(entry, entry + 1, 0);
      }
      for (auto [it, end] = boost::out_edges(v, graph); it != end; ++it) {
        auto other = slot.find(boost::target(*it, graph));
        if (other != slot.end()) add(entry + 1, 2 * other->second, 1);
      }
    }
    const int start = 2 * slot.at(via) + 1;
    int length = 0;
    for (int unit = 0; unit < 2; ++unit) {
      std::vector<int> distance(out.size(), std::numeric_limits<int>::max());
      std::vector<int> by_arc(out.size(), -1);
      std::vector<char> queued(out.size(), 0);
      std::vector<int> queue{start};
      distance[static_cast<std::size_t>(start)] = 0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const int node = queue[head];
        queued[static_cast<std::size_t>(node)] = 0;
        for (int a : out[static_cast<std::size_t>(node)]) {
          const Arc& arc = arcs[static_cast<std::size_t>(a)];
          const int candidate = distance[static_cast<std::size_t>(node)] + arc.cost;
          if (arc.capacity == 0 || candidate >= distance[static_cast<std::size_t>(arc.to)]) continue;
          distance[static_cast<std::size_t>(arc.to)] = candidate;
          by_arc[static_cast<std::size_t>(arc.to)] = a;
          if (!queued[static_cast<std::size_t>(arc.to)]) {
            queued[static_cast<std::size_t>(arc.to)] = 1;
            queue.push_back(arc.to);
          }
        }
      }
      if (distance[static_cast<std::size_t>(sink)] == std::numeric_limits<int>::max()) return -1;
      length += distance[static_cast<std::size_t>(sink)];
      for (int node = sink; node != start;) {
        const int a = by_arc[static_cast<std::size_t>(node)];
        arcs[static_cast<std::size_t>(a)].capacity -= 1;
        arcs[static_cast<std::size_t>(a ^ 1)].capacity += 1;
        node = arcs[static_cast<std::size_t>(a ^ 1)].to;
      }
    }
    return length;
  }

  // The element the search reached that lies closest to a target in the whole exchange graph.
  static Finding MissingPath(const CheckContext& context, std::uint32_t file, std::int32_t source,
                             const std::vector<std::int32_t>& targets, const Reach& from_source,
                             const Parameters& parameters, std::int64_t max_hops) {
    Finding finding = ElementFinding(context, source);
    finding.arguments["target-kind"] = Join(parameters.List("to"));
    finding.arguments["via"] = Join(parameters.List("via"));
    finding.arguments["target-label"] = context.KindLabels(parameters.List("to"));
    finding.arguments["via-label"] = context.KindLabels(parameters.List("via"));
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
      finding.arguments["nearest"] = context.Text("check.reachability.no-target-element");
      finding.arguments["hops"] = "-";
      const auto& owners = parameters.List("to-owners");
      if (!owners.empty() && !context.ElementsOfKind(file, parameters.List("to")).empty()) {
        // Elements of the kind exist, but none of the owners asked for (4.0: the former MIC centre).
        finding.notes.push_back(TextNote(context, "check.reachability.no-target-owner",
                                         {{"kinds", context.KindLabels(parameters.List("to"))}, {"owners", Join(owners)}}));
      } else {
        finding.notes.push_back(
            TextNote(context, "check.reachability.no-target-kind", {{"kinds", context.KindLabels(parameters.List("to"))}}));
      }
      return finding;
    }
    finding.arguments["nearest"] = context.Describe(static_cast<std::int32_t>(nearest));
    finding.arguments["hops"] = best == std::numeric_limits<int>::max() ? "-" : std::to_string(best);
    for (std::size_t step : from_source.PathTo(nearest)) {
      if (step == static_cast<std::size_t>(source)) continue;
      finding.notes.push_back(ElementNote(context, static_cast<std::int32_t>(step), "check.reachability.reaches",
                                          {{"element", context.Describe(static_cast<std::int32_t>(step))}}));
    }
    if (best == std::numeric_limits<int>::max()) {
      finding.notes.push_back(TextNote(context, "check.reachability.no-chain"));
    } else if (best == 0) {
      // The search did reach a target: the path is too long, or it does not pass the via kinds.
      const int hops = from_source.distance.at(nearest);
      const model::MessageArgs args{{"hops", std::to_string(hops)},
                                    {"max", std::to_string(max_hops)},
                                    {"via", context.KindLabels(parameters.List("via"))}};
      const char* why = hops > max_hops                ? "check.reachability.too-far"
                        : parameters.Has("max-hops") ? "check.reachability.not-via-within"
                                                     : "check.reachability.not-via";
      finding.notes.push_back(ElementNote(context, static_cast<std::int32_t>(nearest), why, args));
    } else {
      finding.notes.push_back(ElementNote(context, static_cast<std::int32_t>(nearest), "check.reachability.closest",
                                          {{"element", context.Describe(static_cast<std::int32_t>(nearest))},
                                           {"hops", std::to_string(best)}}));
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
