// empty-view: a view (diagram) that shows nothing, as Archi's Validator reports it.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class EmptyView final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "empty-view"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.empty-view"; }
  std::vector<ParameterSpec> ParameterSpecs() const override { return {}; }
  std::vector<std::string_view> Placeholders() const override { return {"view"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    const auto views = context.workspace().ViewsOf(file);
    for (std::size_t v = views.begin; v < views.end; ++v) {
      const model::View& view = context.workspace().views[v];
      if (!view.nodes.empty()) continue;
      Finding finding;
      finding.location = view.location;
      finding.element_ids = {view.id};
      finding.arguments = {{"view", DescribeView(context, view)}};
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeEmptyView() { return std::make_unique<EmptyView>(); }

}  // namespace eaf::checker::templates
