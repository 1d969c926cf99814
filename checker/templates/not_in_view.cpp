// not-in-view: an element, or a relationship, that no view of its file shows. A file with no view
// at all is left alone: its authors keep the model as data, not as diagrams.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class NotInView final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "not-in-view"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.not-in-view"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"concept", ParameterType::kString, true, "check.param.not-in-view.concept"},
            {"ignore-types", ParameterType::kElementTypes, false, "check.param.not-in-view.ignore-types"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "relationship", "type", "source", "target"};
  }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    const std::string& concept_name = parameters.String("concept");
    if (concept_name != "element" && concept_name != "relationship") {
      error = "concept must be 'element' or 'relationship', not '" + concept_name + "'";
      return false;
    }
    relationships_ = concept_name == "relationship";
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const model::Workspace& workspace = context.workspace();
    const auto views = workspace.ViewsOf(file);
    if (views.size() == 0) return;
    const auto objects = relationships_ ? workspace.RelationshipsOf(file) : workspace.ElementsOf(file);
    std::vector<char> shown(objects.size(), 0);
    for (std::size_t v = views.begin; v < views.end; ++v) {
      const model::View& view = workspace.views[v];
      if (relationships_) {
        for (const model::ViewConnection& connection : view.connections) {
          const std::int32_t index = workspace.RelationshipShown(file, connection);
          if (index >= 0) shown[static_cast<std::size_t>(index) - objects.begin] = 1;
        }
      } else {
        for (const model::ViewNode& node : view.nodes) {
          const std::int32_t index = NodeElement(context, file, node);
          if (index >= 0) shown[static_cast<std::size_t>(index) - objects.begin] = 1;
        }
      }
    }
    const auto ignored = parameters.ElementTypes("ignore-types");
    for (std::size_t i = objects.begin; i < objects.end; ++i) {
      if (shown[i - objects.begin]) continue;
      const auto index = static_cast<std::int32_t>(i);
      if (!relationships_) {
        if (std::find(ignored.begin(), ignored.end(), context.element(index).type) != ignored.end()) continue;
        sink(ElementFinding(context, index));
        continue;
      }
      const model::Relationship& relationship = context.relationship(index);
      Finding finding;
      finding.location = relationship.location;
      finding.element_ids = {relationship.id};
      auto end = [&](std::int32_t end_index, bool is_relationship) {
        if (end_index < 0) return std::string("-");
        return is_relationship ? DescribeRelationship(context, end_index) : context.Describe(end_index);
      };
      // Set one by one, so that each value is moved in, not copied from a list: this rule can
      // report every relationship of a large model.
      finding.arguments["relationship"] = DescribeRelationship(context, index);
      finding.arguments["type"] = model::RelationshipTypeName(relationship.type);
      finding.arguments["source"] = end(relationship.source_index, relationship.source_is_relationship);
      finding.arguments["target"] = end(relationship.target_index, relationship.target_is_relationship);
      sink(std::move(finding));
    }
  }

 private:
  bool relationships_ = false;
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeNotInView() { return std::make_unique<NotInView>(); }

}  // namespace eaf::checker::templates
