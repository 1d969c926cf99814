// required-count: a ministry or province has between min and max elements of each given kind,
// counting only its own elements (references to other agencies' systems do not count); `states`
// limits the rule to baselines or targets.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class RequiredCount final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "required-count"; }
  std::string_view SummaryId() const override { return "check.template.required-count"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"kinds", ParameterType::kKinds, true, "check.param.required-count.kinds"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"},
            {"min", ParameterType::kInteger, false, "check.param.required-count.min"},
            {"max", ParameterType::kInteger, false, "check.param.required-count.max"},
            {"states", ParameterType::kList, false, "check.param.required-count.states"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"kind", "kind-label", "count", "min", "max", "agency"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    // states: a count asked of a target only (4.0: no public-service portal of the agency's own).
    if (const auto& states = parameters.List("states"); !states.empty()) {
      const std::string& state = context.workspace().files[file].state;
      if (std::find(states.begin(), states.end(), state) == states.end()) return;
    }
    const std::int64_t min = parameters.Integer("min", 1);
    const std::int64_t max = parameters.Integer("max", -1);
    for (const std::string& kind : parameters.List("kinds")) {
      std::vector<std::int32_t> owned;
      for (std::int32_t index : context.ElementsOfKind(file, {kind})) {
        if (context.IsOwned(index)) owned.push_back(index);
      }
      const auto count = static_cast<std::int64_t>(owned.size());
      if (count >= min && (max < 0 || count <= max)) continue;
      Finding finding;
      const model::SourceFile& source = context.workspace().files[file];
      finding.location = count > 0 ? context.element(owned[1 < owned.size() ? 1 : 0]).location : source.location;
      for (std::int32_t index : owned) finding.element_ids.push_back(context.element(index).id);
      finding.arguments = {{"kind", kind},
                           {"kind-label", context.KindLabel(kind)},
                           {"count", std::to_string(count)},
                           {"min", std::to_string(min)},
                           {"max", max < 0 ? "∞" : std::to_string(max)},
                           {"agency", source.agency}};
      for (std::int32_t index : owned) {
        finding.notes.push_back(ElementNote(context, index, "check.required-count.one",
                                            {{"kind", context.KindLabel(context.element(index).kind)},
                                             {"element", context.Describe(index)}}));
      }
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeRequiredCount() { return std::make_unique<RequiredCount>(); }

}  // namespace eaf::checker::templates
