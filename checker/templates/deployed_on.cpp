// deployed-on: an application is deployed on a node: a Node, Device or SystemSoftware realizes
// it, directly or through an Artifact assigned to that node which realizes it (PROFILE.md section 4).

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

using model::ElementType;
using model::RelationshipType;

bool IsNodeType(ElementType type) {
  return type == ElementType::kNode || type == ElementType::kDevice || type == ElementType::kSystemSoftware;
}

class DeployedOn final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "deployed-on"; }
  std::string_view SummaryId() const override { return "check.template.deployed-on"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"types", ParameterType::kElementTypes, false, "check.param.deployed-on.types"},
            {"ignore-kinds", ParameterType::kKinds, false, "check.param.deployed-on.ignore-kinds"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    auto types = parameters.ElementTypes("types");
    if (types.empty()) types = {ElementType::kApplicationComponent};
    const auto& ignored = parameters.List("ignore-kinds");
    const model::Graph& graph = context.graph().graph();
    auto realized_by = [&](std::size_t v, auto&& accept) {
      for (auto [it, end] = boost::in_edges(v, graph); it != end; ++it) {
        if (context.graph().RelationshipOf(*it).type != RelationshipType::kRealization) continue;
        if (accept(boost::source(*it, graph))) return true;
      }
      return false;
    };
    auto artifact_on_node = [&](std::size_t artifact) {
      if (context.element(static_cast<std::int32_t>(artifact)).type != ElementType::kArtifact) return false;
      for (auto [it, end] = boost::in_edges(artifact, graph); it != end; ++it) {
        if (context.graph().RelationshipOf(*it).type == RelationshipType::kAssignment &&
            IsNodeType(context.element(static_cast<std::int32_t>(boost::source(*it, graph))).type)) {
          return true;
        }
      }
      return false;
    };
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = context.element(index);
      if (!context.IsOwned(index) || std::find(types.begin(), types.end(), element.type) == types.end()) continue;
      if (!ignored.empty() && KindMatchesAny(element.kind, ignored)) continue;
      const bool deployed = realized_by(i, [&](std::size_t source) {
        return IsNodeType(context.element(static_cast<std::int32_t>(source)).type) || artifact_on_node(source);
      });
      if (!deployed) sink(ElementFinding(context, index));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeDeployedOn() { return std::make_unique<DeployedOn>(); }

}  // namespace eaf::checker::templates
