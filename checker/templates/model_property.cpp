// model-property: the model declares the given model-level properties (eaf:level, eaf:agency),
// with values the profile knows; with `pattern`, the declared values have a given form (agency codes
// in the form of Decision 20/2020/QĐ-TTg).

#include <regex>

#include "checker/templates/template_util.h"
#include "model/profile.h"
#include "model/text_util.h"

namespace eaf::checker::templates {
namespace {

class ModelProperty final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "model-property"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.model-property"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"properties", ParameterType::kList, true, "check.param.model-property.properties"},
            {"pattern", ParameterType::kString, false, "check.param.model-property.pattern"}};
  }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    if (!parameters.Has("pattern")) return true;
    try {
      std::regex(parameters.String("pattern"), std::regex::ECMAScript);
    } catch (const std::regex_error&) {
      error = "pattern '" + parameters.String("pattern") + "' is not a regular expression (ECMAScript)";
      return false;
    }
    return true;
  }
  std::vector<std::string_view> Placeholders() const override { return {"property", "detail"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const model::SourceFile& source = context.workspace().files[file];
    const bool formed = parameters.Has("pattern");
    const std::regex form = formed ? std::regex(parameters.String("pattern"), std::regex::ECMAScript) : std::regex();
    for (const std::string& key : parameters.List("properties")) {
      const std::string* value = model::FindProperty(source.properties, key);
      Finding finding;
      finding.location = source.location;
      finding.arguments["property"] = key;
      if (formed) {
        // The form of declared values only: an absent property is another rule's finding (MOD-005).
        if (value && !value->empty() && !std::regex_match(*value, form)) {
          finding.arguments["detail"] = context.Text("check.property.bad-form", {{"value", *value}});
          sink(std::move(finding));
        }
        continue;
      }
      if (!value || value->empty()) {
        finding.arguments["detail"] = context.Text("check.property.not-declared");
        sink(std::move(finding));
        continue;
      }
      if (const auto allowed = model::ProfileValues(key); !allowed.empty()) {
        if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
          std::string list;
          for (const std::string_view a : allowed) list += std::string(list.empty() ? "" : ", ") + std::string(a);
          // A version is no typo of another: '2.1' is not a misspelt '2.0'.
          const std::string_view suggestion =
              key == model::prop::kFramework ? std::string_view() : model::ClosestMatch(*value, allowed);
          finding.arguments["detail"] =
              suggestion.empty()
                  ? context.Text("check.property.not-allowed", {{"value", *value}, {"values", list}})
                  : context.Text("check.property.not-allowed-suggest",
                                 {{"value", *value}, {"values", list}, {"suggestion", std::string(suggestion)}});
          sink(std::move(finding));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeModelProperty() { return std::make_unique<ModelProperty>(); }

}  // namespace eaf::checker::templates
