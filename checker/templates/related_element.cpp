// related-element: a conditional requirement. Each owned subject (by kind, type, or a property
// at or above a threshold) has a relationship of the given types with an element of the given
// kinds or types: a level-3 system is monitored by a SOC; a public service is served by an application.

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class RelatedElement final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "related-element"; }
  std::string_view SummaryId() const override { return "check.template.related-element"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"subject-kinds", ParameterType::kKinds, false, "check.param.related-element.subject-kinds"},
            {"subject-types", ParameterType::kElementTypes, false, "check.param.related-element.subject-types"},
            {"when-property", ParameterType::kString, false, "check.param.related-element.when-property"},
            {"when-min", ParameterType::kInteger, false, "check.param.related-element.when-min"},
            {"related-kinds", ParameterType::kKinds, false, "check.param.related-element.related-kinds"},
            {"related-types", ParameterType::kElementTypes, false, "check.param.related-element.related-types"},
            {"relationship-types", ParameterType::kRelationshipTypes, false, "check.param.related-element.relationship-types"},
            {"direction", ParameterType::kString, false, "check.param.related-element.direction"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "related", "value"}; }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    if (!parameters.Has("related-kinds") && !parameters.Has("related-types")) {
      error = "give 'related-kinds' or 'related-types'";
      return false;
    }
    if (!parameters.Has("subject-kinds") && !parameters.Has("subject-types") && !parameters.Has("when-property")) {
      error = "give 'subject-kinds', 'subject-types' or 'when-property'";
      return false;
    }
    const std::string& direction = parameters.String("direction");
    if (!direction.empty() && direction != "any" && direction != "incoming" && direction != "outgoing") {
      error = "parameter 'direction' is '" + direction + "'; use any, incoming or outgoing";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const auto& subject_kinds = parameters.List("subject-kinds");
    const auto subject_types = parameters.ElementTypes("subject-types");
    const std::string& when_property = parameters.String("when-property");
    const std::int64_t when_min = parameters.Integer("when-min", 0);
    const auto& related_kinds = parameters.List("related-kinds");
    const auto related_types = parameters.ElementTypes("related-types");
    model::RelationshipTypeSet relationship_types = parameters.RelationshipTypes("relationship-types");
    if (relationship_types.none()) relationship_types.set();
    const std::string direction = parameters.String("direction").empty() ? "any" : parameters.String("direction");
    const model::Graph& graph = context.graph().graph();

    auto related = [&](std::int32_t other, const model::Relationship& relationship) {
      return relationship_types.test(static_cast<std::size_t>(relationship.type)) &&
             MatchesSubject(context.element(other), related_kinds, related_types);
    };
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = context.element(index);
      if (!context.IsOwned(index)) continue;
      if ((!subject_kinds.empty() || !subject_types.empty()) && !MatchesSubject(element, subject_kinds, subject_types)) continue;
      long value = 0;
      if (!when_property.empty() && (!IntegerProperty(element, when_property, value) || value < when_min)) continue;
      // A subject that is itself of the related kinds or types needs no other: a level-3 SOC is
      // its own monitoring (SEC-002), not a system some second SOC must watch.
      bool satisfied = MatchesSubject(element, related_kinds, related_types);
      if (direction != "incoming") {
        for (auto [it, end] = boost::out_edges(i, graph); it != end && !satisfied; ++it) {
          satisfied = related(static_cast<std::int32_t>(boost::target(*it, graph)), context.graph().RelationshipOf(*it));
        }
      }
      if (direction != "outgoing") {
        for (auto [it, end] = boost::in_edges(i, graph); it != end && !satisfied; ++it) {
          satisfied = related(static_cast<std::int32_t>(boost::source(*it, graph)), context.graph().RelationshipOf(*it));
        }
      }
      if (satisfied) continue;
      Finding finding = ElementFinding(context, index);
      std::string wanted;
      for (const std::string& kind : related_kinds) wanted += (wanted.empty() ? "" : " | ") + kind;
      for (model::ElementType type : related_types) wanted += (wanted.empty() ? "" : " | ") + std::string(model::ElementTypeName(type));
      finding.arguments["related"] = wanted;
      finding.arguments["value"] = when_property.empty() ? "" : std::to_string(value);
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeRelatedElement() { return std::make_unique<RelatedElement>(); }

}  // namespace eaf::checker::templates
