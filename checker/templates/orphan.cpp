// orphan: an element that takes part in no relationship.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class Orphan final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "orphan"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.orphan"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"ignore-types", ParameterType::kElementTypes, false, "check.param.orphan.ignore-types"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const auto ignored = parameters.ElementTypes("ignore-types");
    const auto elements = context.workspace().ElementsOf(file);
    std::vector<char> connected(elements.size(), 0);
    const auto relationships = context.workspace().RelationshipsOf(file);
    for (std::size_t r = relationships.begin; r < relationships.end; ++r) {
      const model::Relationship& relationship = context.relationship(static_cast<std::int32_t>(r));
      if (relationship.source_index >= 0 && !relationship.source_is_relationship) {
        connected[relationship.source_index - elements.begin] = 1;
      }
      if (relationship.target_index >= 0 && !relationship.target_is_relationship) {
        connected[relationship.target_index - elements.begin] = 1;
      }
    }
    for (std::size_t i = elements.begin; i < elements.end; ++i) {
      if (connected[i - elements.begin]) continue;
      const model::Element& element = context.element(static_cast<std::int32_t>(i));
      if (std::find(ignored.begin(), ignored.end(), element.type) != ignored.end()) continue;
      sink(ElementFinding(context, static_cast<std::int32_t>(i)));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeOrphan() { return std::make_unique<Orphan>(); }

}  // namespace eaf::checker::templates
