// known-kind: eaf:kind is a kind of the profile, and the element has the kind's ArchiMate type.

#include "checker/templates/template_util.h"
#include "model/text_util.h"

namespace eaf::checker::templates {
namespace {

class KnownKind final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "known-kind"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.known-kind"; }
  std::vector<ParameterSpec> ParameterSpecs() const override { return {}; }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "detail"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    std::vector<std::string_view> kinds;
    for (const model::KindInfo& info : model::AllKinds()) kinds.push_back(info.kind);
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const model::Element& element = context.element(static_cast<std::int32_t>(i));
      if (element.kind.empty()) continue;
      const model::KindInfo* info = model::FindKind(element.kind);
      std::string detail;
      if (!info) {
        const std::string_view suggestion = model::ClosestMatch(element.kind, kinds);
        detail = suggestion.empty() ? context.Text("check.kind.unknown")
                                    : context.Text("check.kind.unknown-suggest", {{"suggestion", std::string(suggestion)}});
      } else if (std::find(info->expected_types.begin(), info->expected_types.end(), element.type) == info->expected_types.end()) {
        std::vector<std::string> expected;
        for (model::ElementType type : info->expected_types) expected.emplace_back(model::ElementTypeName(type));
        detail = context.Text("check.kind.wrong-type", {{"type", std::string(model::ElementTypeName(element.type))},
                                                        {"expected", context.Alternatives(expected)}});
      } else {
        continue;
      }
      // The finding (and its element's description) only for a problem: most elements have none.
      Finding finding = ElementFinding(context, static_cast<std::int32_t>(i));
      finding.arguments["detail"] = std::move(detail);
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeKnownKind() { return std::make_unique<KnownKind>(); }

}  // namespace eaf::checker::templates
