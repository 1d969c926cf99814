// loader-diagnostic: reports the loader's own diagnostics of one id (dangling references,
// duplicate identifiers) as findings of a pack rule, so packs set their severity and message.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class LoaderDiagnostic final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "loader-diagnostic"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.loader-diagnostic"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"diagnostic", ParameterType::kString, true, "check.param.loader-diagnostic.diagnostic"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"detail", "id"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const std::string& wanted = parameters.String("diagnostic");
    for (const model::Diagnostic& diagnostic : context.workspace().diagnostics) {
      if (diagnostic.location.file != file || diagnostic.rule_id != wanted) continue;
      Finding finding;
      finding.location = diagnostic.location;
      finding.element_ids = diagnostic.element_ids;
      finding.notes = diagnostic.notes;
      finding.arguments["detail"] = diagnostic.message;
      finding.arguments["id"] = diagnostic.element_ids.empty() ? "" : diagnostic.element_ids.front();
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeLoaderDiagnostic() { return std::make_unique<LoaderDiagnostic>(); }

}  // namespace eaf::checker::templates
