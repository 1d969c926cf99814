// architecture-coverage: the model covers each of the framework's five architectures.

#include <array>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class ArchitectureCoverage final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "architecture-coverage"; }
  std::string_view SummaryId() const override { return "check.template.architecture-coverage"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"architectures", ParameterType::kList, true, "check.param.architecture-coverage.architectures"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"architecture"}; }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    for (const std::string& name : parameters.List("architectures")) {
      if (!model::ParseArchitecture(name)) {
        error = "'" + name + "' is not one of business, data, application, technology, security";
        return false;
      }
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    std::array<bool, 6> present{};
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const model::Element& element = context.element(static_cast<std::int32_t>(i));
      present[static_cast<std::size_t>(model::ArchitectureOf(element.kind, element.type))] = true;
    }
    for (const std::string& name : parameters.List("architectures")) {
      if (present[static_cast<std::size_t>(*model::ParseArchitecture(name))]) continue;
      Finding finding;
      finding.location = context.workspace().files[file].location;
      finding.arguments["architecture"] = name;
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeArchitectureCoverage() { return std::make_unique<ArchitectureCoverage>(); }

}  // namespace eaf::checker::templates
