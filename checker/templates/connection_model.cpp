// connection-model: an agency's systems reach national databases along the chain that Circular
// 13/2017 prefers: agency system -> agency platform (LGSP) -> national hub (NGSP) -> national
// database. Every exchange touching a national database must come from the hub; every exchange
// between the hub and the agency's own systems must come from the agency platform. A link with
// eaf:justification is a fallback model (NGSP only, LGSP only, direct) and stays a warning.

#include "checker/templates/template_util.h"
#include "model/profile.h"

namespace eaf::checker::templates {
namespace {

// True when the hub exchanges directly with a national database: only then is a link to it a
// connection to national data (PROFILE.md INT-007), not just any use of the platform.
bool HubServesNationalData(const CheckContext& context, std::int32_t hub, const std::vector<std::string>& national) {
  const ExchangeGraph& graph = context.exchanges();
  for (auto [it, end] = boost::out_edges(static_cast<std::size_t>(hub), graph); it != end; ++it) {
    if (KindMatchesAny(context.element(static_cast<std::int32_t>(boost::target(*it, graph))).kind, national)) return true;
  }
  return false;
}

class ConnectionModel final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "connection-model"; }
  std::string_view SummaryId() const override { return "check.template.connection-model"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"national-kinds", ParameterType::kKinds, true, "check.param.connection-model.national-kinds"},
            {"hub-kinds", ParameterType::kKinds, true, "check.param.connection-model.hub-kinds"},
            {"agency-platform-kinds", ParameterType::kKinds, true, "check.param.connection-model.agency-platform-kinds"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "national", "expected", "expected-label", "relationship", "model"};
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const auto& national = parameters.List("national-kinds");
    const auto& hub = parameters.List("hub-kinds");
    const auto& platform = parameters.List("agency-platform-kinds");
    for (const CheckContext::ExchangeLink& link : context.ExchangesOf(file)) {
      const model::Relationship& relationship = context.relationship(link.relationship);
      for (int side = 0; side < 2; ++side) {
        const std::int32_t near = side == 0 ? link.source : link.target;
        const std::int32_t far = side == 0 ? link.target : link.source;
        const model::Element& near_element = context.element(near);
        const model::Element& far_element = context.element(far);
        std::string expected, connection_model;
        const bool far_is_application = model::LayerOf(far_element.type) == model::ArchiLayer::kApplication &&
                                        !model::KindMatches(far_element.kind, "sec");
        if (KindMatchesAny(near_element.kind, national) && !KindMatchesAny(far_element.kind, hub) &&
            !KindMatchesAny(far_element.kind, national) && far_is_application) {
          // Something other than the hub talks to a national database. A ministry that runs a
          // national database links its own systems to it as it likes; another agency's link is
          // checked in its own file.
          if (!context.IsOwned(far) || context.IsOwned(near)) continue;
          expected = hub.front();
          connection_model = KindMatchesAny(far_element.kind, platform)
                                 ? context.Text("check.connection-model.lgsp-only")
                                 : context.Text("check.connection-model.direct");
        } else if (KindMatchesAny(near_element.kind, hub) && context.IsOwned(far) && far_is_application &&
                   !KindMatchesAny(far_element.kind, platform) && !KindMatchesAny(far_element.kind, hub) &&
                   !KindMatchesAny(far_element.kind, national) && context.workspace().files[file].level != "national" &&
                   HubServesNationalData(context, near, national)) {
          // An agency system bypasses its own platform to reach the hub that serves the national databases.
          expected = platform.front();
          connection_model = context.Text("check.connection-model.ngsp-only");
        } else {
          continue;
        }
        Finding finding;
        finding.location = relationship.location;
        finding.element_ids = {relationship.id, far_element.id, near_element.id};
        finding.arguments = {{"element", context.Describe(far)},
                             {"national", context.Describe(near)},
                             {"expected", expected},
                             {"expected-label", context.KindLabel(expected)},
                             {"relationship", relationship.id},
                             {"model", connection_model}};
        if (const std::string* reason = relationship.FindProperty(model::prop::kJustification); reason && !reason->empty()) {
          finding.justification = *reason;
        }
        sink(std::move(finding));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeConnectionModel() { return std::make_unique<ConnectionModel>(); }

}  // namespace eaf::checker::templates
