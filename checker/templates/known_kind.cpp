// known-kind: eaf:kind is a kind of the profile, and the element has the kind's ArchiMate type.

#include "checker/templates/template_util.h"
#include "model/text_util.h"

namespace eaf::checker::templates {
namespace {

class KnownKind final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "known-kind"; }
  bool NeedsProfile() const override { return false; }
  std::string_view Summary() const override {
    return "eaf:kind names a kind of the profile and sits on the ArchiMate type that kind expects";
  }
  std::vector<ParameterSpec> ParameterSpecs() const override { return {}; }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "detail"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    std::vector<std::string_view> kinds;
    for (const model::KindInfo& info : model::AllKinds()) kinds.push_back(info.kind);
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const model::Element& element = context.element(static_cast<std::int32_t>(i));
      if (element.kind.empty()) continue;
      const model::KindInfo* info = model::FindKind(element.kind);
      Finding finding = ElementFinding(context, static_cast<std::int32_t>(i));
      if (!info) {
        const std::string_view suggestion = model::ClosestMatch(element.kind, kinds);
        finding.arguments["detail"] =
            suggestion.empty()
                ? context.Say("loại này không có trong hồ sơ VN-EAF", "this kind is not in the VN-EAF profile")
                : std::string(context.Say("loại này không có trong hồ sơ VN-EAF; có phải là '",
                                          "this kind is not in the VN-EAF profile; did you mean '")) +
                      std::string(suggestion) + "'?";
        sink(std::move(finding));
        continue;
      }
      if (std::find(info->expected_types.begin(), info->expected_types.end(), element.type) != info->expected_types.end()) {
        continue;
      }
      std::string expected;
      for (model::ElementType type : info->expected_types) {
        expected += (expected.empty() ? "" : context.Say(" hoặc ", " or ")) + std::string(model::ElementTypeName(type));
      }
      finding.arguments["detail"] = std::string(context.Say("kiểu ArchiMate là ", "its ArchiMate type is ")) +
                                    std::string(model::ElementTypeName(element.type)) +
                                    context.Say(", loại này cần ", ", this kind expects ") + expected;
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeKnownKind() { return std::make_unique<KnownKind>(); }

}  // namespace eaf::checker::templates
