// possible-duplicate: elements of one type whose names are equal once trimmed and case-folded
// (diacritics kept: "Hà Nội" and "Ha Noi" are different names), as Archi's Validator reports them.
// One finding per group, at its first element, with a note at each other one.

#include <unordered_map>

#include "checker/templates/template_util.h"
#include "model/text_util.h"

namespace eaf::checker::templates {
namespace {

class PossibleDuplicate final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "possible-duplicate"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.possible-duplicate"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"ignore-types", ParameterType::kElementTypes, false, "check.param.possible-duplicate.ignore-types"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "type", "count"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const auto ignored = parameters.ElementTypes("ignore-types");
    const auto elements = context.workspace().ElementsOf(file);
    // Key: the type's number, then the folded name. Groups keep file order.
    std::unordered_map<std::string, std::size_t> group_of;
    std::vector<std::vector<std::int32_t>> groups;
    for (std::size_t i = elements.begin; i < elements.end; ++i) {
      const model::Element& element = context.element(static_cast<std::int32_t>(i));
      if (std::find(ignored.begin(), ignored.end(), element.type) != ignored.end()) continue;
      const std::string_view name = model::Trim(element.Name(context.lang()));
      if (name.empty()) continue;
      std::string key = model::FoldCase(name);
      key.insert(key.begin(), static_cast<char>(element.type));
      const auto [it, added] = group_of.emplace(std::move(key), groups.size());
      if (added) groups.emplace_back();
      groups[it->second].push_back(static_cast<std::int32_t>(i));
    }
    for (const std::vector<std::int32_t>& group : groups) {
      if (group.size() < 2) continue;
      Finding finding = ElementFinding(context, group.front());
      finding.arguments["type"] = std::string(model::ElementTypeName(context.element(group.front()).type));
      finding.arguments["count"] = std::to_string(group.size() - 1);
      for (std::size_t k = 1; k < group.size(); ++k) {
        finding.element_ids.push_back(context.element(group[k]).id);
        finding.notes.push_back(ElementNote(context, group[k], "check.note.possible-duplicate.also",
                                            {{"element", context.Describe(group[k])}}));
      }
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakePossibleDuplicate() { return std::make_unique<PossibleDuplicate>(); }

}  // namespace eaf::checker::templates
