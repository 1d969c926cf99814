// no-direct-exchange: two application-layer elements exchange only through a platform.
// owners=different: no point-to-point link between agencies (INT-001);
// owners=same: an agency's own systems meet at its LGSP, not in a mesh (INT-006).

#include "checker/templates/template_util.h"
#include "model/profile.h"

namespace eaf::checker::templates {
namespace {

class NoDirectExchange final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "no-direct-exchange"; }
  std::string_view SummaryId() const override { return "check.template.no-direct-exchange"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"owners", ParameterType::kString, true, "check.param.no-direct-exchange.owners"},
            {"exempt-kinds", ParameterType::kKinds, true, "check.param.no-direct-exchange.exempt-kinds"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"},
            {"accept-justification", ParameterType::kBoolean, false, "check.param.no-direct-exchange.accept-justification"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"source", "target", "source-owner", "target-owner", "relationship"};
  }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    const std::string& owners = parameters.String("owners");
    if (owners != "different" && owners != "same") {
      error = "parameter 'owners' is '" + owners + "'; use different or same";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const bool different = parameters.String("owners") == "different";
    const auto& exempt = parameters.List("exempt-kinds");
    const bool accept_justification = parameters.Boolean("accept-justification");
    for (const CheckContext::ExchangeLink& link : context.ExchangesOf(file)) {
      const model::Relationship& relationship = context.relationship(link.relationship);
      const model::Element& source = context.element(link.source);
      const model::Element& target = context.element(link.target);
      if (model::LayerOf(source.type) != model::ArchiLayer::kApplication ||
          model::LayerOf(target.type) != model::ArchiLayer::kApplication) {
        continue;
      }
      if (KindMatchesAny(source.kind, exempt) || KindMatchesAny(target.kind, exempt)) continue;
      if ((source.owner != target.owner) != different) continue;
      // Within one agency the rule is about the file's own systems only.
      if (!different && !context.IsOwned(link.source)) continue;
      Finding finding;
      finding.location = relationship.location;
      finding.element_ids = {relationship.id, source.id, target.id};
      finding.arguments = {{"source", context.Describe(link.source)},
                           {"target", context.Describe(link.target)},
                           {"source-owner", source.owner},
                           {"target-owner", target.owner},
                           {"relationship", relationship.id}};
      if (accept_justification) {
        if (const std::string* reason = relationship.FindProperty(model::prop::kJustification); reason && !reason->empty()) {
          finding.justification = *reason;
        }
      }
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeNoDirectExchange() { return std::make_unique<NoDirectExchange>(); }

}  // namespace eaf::checker::templates
