// property-floor: minimum values of an integer property by kind, e.g. security level floors:
// portals at least 3, national platforms and national databases at least 4.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class PropertyFloor final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "property-floor"; }
  std::string_view SummaryId() const override { return "check.template.property-floor"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"property", ParameterType::kString, true, "check.param.property-floor.property"},
            {"floors", ParameterType::kList, true, "check.param.property-floor.floors"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "value", "min"}; }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    floors_.clear();
    for (const std::string& word : parameters.List("floors")) {
      const std::size_t equals = word.find('=');
      std::string number = equals == std::string::npos ? "" : word.substr(equals + 1);
      if (equals == std::string::npos || equals == 0 || number.empty() || number.size() > 6 ||
          number.find_first_not_of("0123456789") != std::string::npos) {
        error = "floor '" + word + "' is not KIND=NUMBER";
        return false;
      }
      floors_.push_back({word.substr(0, equals), std::stol(number)});
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const std::string& property = parameters.String("property");
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = context.element(index);
      if (element.kind.empty() || !context.IsOwned(index)) continue;
      long floor = 0;
      for (const auto& [kind, minimum] : floors_) {
        if (model::KindMatches(element.kind, kind)) floor = std::max(floor, minimum);
      }
      long value = 0;
      if (floor == 0 || !IntegerProperty(element, property, value) || value >= floor) continue;
      Finding finding = ElementFinding(context, index);
      finding.arguments["value"] = std::to_string(value);
      finding.arguments["min"] = std::to_string(floor);
      sink(std::move(finding));
    }
  }

 private:
  std::vector<std::pair<std::string, long>> floors_;
};

}  // namespace

std::unique_ptr<RuleTemplate> MakePropertyFloor() { return std::make_unique<PropertyFloor>(); }

}  // namespace eaf::checker::templates
