// federation-consistency: in a run over several files, every reference to another agency's
// system resolves to that agency's own element (by eaf:code, or by kind for kinds that exist
// once nationally), and no two files claim one eaf:code (PROFILE.md section 5).

#include "checker/templates/template_util.h"
#include "model/profile.h"

namespace eaf::checker::templates {
namespace {

class FederationConsistency final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "federation-consistency"; }
  std::string_view SummaryId() const override { return "check.template.federation-consistency"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"check", ParameterType::kString, true, "check.param.federation-consistency.check"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "owner", "code", "other"}; }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    const std::string& check = parameters.String("check");
    if (check != "references" && check != "codes") {
      error = "parameter 'check' is '" + check + "'; use references or codes";
      return false;
    }
    return true;
  }
  bool Federated() const override { return true; }
  void Check(const CheckContext&, std::uint32_t, const Parameters&, const FindingSink&) const override {}
  void CheckFederation(const CheckContext& context, const Parameters& parameters, const FindingSink& sink) const override {
    const Federation& federation = context.federation();
    if (parameters.String("check") == "references") {
      for (std::size_t i = 0; i < federation.status.size(); ++i) {
        if (federation.status[i] != ReferenceStatus::kUnresolved) continue;
        const auto index = static_cast<std::int32_t>(i);
        const model::Element& element = context.element(index);
        Finding finding = ElementFinding(context, index);
        const std::string* code = element.FindProperty(model::prop::kCode);
        finding.arguments["owner"] = element.owner;
        finding.arguments["code"] = code ? *code : "-";
        finding.arguments["other"] = "";
        sink(std::move(finding));
      }
      return;
    }
    for (const Federation::Conflict& conflict : federation.conflicts) {
      const model::Element& first = context.element(conflict.first);
      const model::Element& second = context.element(conflict.second);
      Finding finding = ElementFinding(context, conflict.second);
      finding.element_ids.push_back(first.id);
      finding.arguments["owner"] = second.owner;
      finding.arguments["code"] = conflict.code;
      finding.arguments["other"] =
          first.kind.empty()
              ? context.Text("check.element.of-owner", {{"element", context.Describe(conflict.first)}, {"owner", first.owner}})
              : context.Text("check.element.of-kind-owner", {{"element", context.Describe(conflict.first)},
                                                             {"kind", context.KindLabel(first.kind)},
                                                             {"owner", first.owner}});
      finding.notes.push_back(ElementNote(context, conflict.first, "check.federation.also-claimed",
                                          {{"path", context.workspace().files[first.location.file].path},
                                           {"element", context.Describe(conflict.first)}}));
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeFederationConsistency() { return std::make_unique<FederationConsistency>(); }

}  // namespace eaf::checker::templates
