// visual-nesting: an element drawn inside another element in a view, with no relationship from
// the outer element to the inner one in the model, as Archi's Validator reports it. Nesting says
// "composed of", "assigned to" and the like only when a relationship says it too.

#include <unordered_map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class VisualNesting final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "visual-nesting"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.visual-nesting"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"relationship-types", ParameterType::kRelationshipTypes, false, "check.param.visual-nesting.relationship-types"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"parent", "child", "view"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const model::Workspace& workspace = context.workspace();
    const auto views = workspace.ViewsOf(file);
    model::RelationshipTypeSet wanted = parameters.RelationshipTypes("relationship-types");
    if (wanted.none()) wanted.set();
    // Relationship types from source to target, built on the first nested pair.
    std::unordered_map<std::uint64_t, model::RelationshipTypeSet> related;
    bool built = false;
    auto key = [](std::int32_t source, std::int32_t target) {
      return (std::uint64_t{static_cast<std::uint32_t>(source)} << 32) | static_cast<std::uint32_t>(target);
    };
    for (std::size_t v = views.begin; v < views.end; ++v) {
      const model::View& view = workspace.views[v];
      // The element each node shows, found once per node.
      std::vector<std::int32_t> shows;
      for (const model::ViewNode& node : view.nodes) {
        shows.push_back(NodeElement(context, file, node));
        if (node.parent < 0) continue;
        const std::int32_t child = shows.back();
        const std::int32_t parent = shows[static_cast<std::size_t>(node.parent)];
        // A group, a note or a reference to another view holds anything; junctions nest freely.
        if (child < 0 || parent < 0 || child == parent) continue;
        if (context.element(child).type == model::ElementType::kJunction) continue;
        if (!built) {
          const auto relationships = workspace.RelationshipsOf(file);
          for (std::size_t r = relationships.begin; r < relationships.end; ++r) {
            const model::Relationship& relationship = context.relationship(static_cast<std::int32_t>(r));
            if (!relationship.ConnectsElements()) continue;
            related[key(relationship.source_index, relationship.target_index)].set(static_cast<std::size_t>(relationship.type));
          }
          built = true;
        }
        const auto it = related.find(key(parent, child));
        if (it != related.end() && (it->second & wanted).any()) continue;
        Finding finding;
        finding.location = node.location;
        finding.element_ids = {context.element(child).id, context.element(parent).id, view.id};
        finding.arguments = {{"parent", context.Describe(parent)},
                             {"child", context.Describe(child)},
                             {"view", DescribeView(context, view)}};
        sink(std::move(finding));
      }
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeVisualNesting() { return std::make_unique<VisualNesting>(); }

}  // namespace eaf::checker::templates
