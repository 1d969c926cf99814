// served-floor: a system that serves an element of a given kind whose property reaches a level has
// at least a minimum value of its own property: an online public service above level 2 (or fully or
// partly online) is served by systems of security level 3 or more (Decree 85/2016, Art. 8).

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class ServedFloor final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "served-floor"; }
  std::string_view SummaryId() const override { return "check.template.served-floor"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"subject-kinds", ParameterType::kKinds, true, "check.param.served-floor.subject-kinds"},
            {"when-property", ParameterType::kString, true, "check.param.served-floor.when-property"},
            {"when-min", ParameterType::kInteger, false, "check.param.served-floor.when-min"},
            {"when-phrases", ParameterType::kString, false, "check.param.served-floor.when-phrases"},
            {"types", ParameterType::kElementTypes, true, "check.param.served-floor.types"},
            {"relationship-types", ParameterType::kRelationshipTypes, false, "check.param.served-floor.relationship-types"},
            {"property", ParameterType::kString, true, "check.param.served-floor.property"},
            {"min", ParameterType::kInteger, true, "check.param.served-floor.min"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "value", "min", "subject", "subject-value"};
  }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    if (!parameters.Has("when-min") && !parameters.Has("when-phrases")) {
      error = "give 'when-min' or 'when-phrases': which values of the subject's property ask for the floor";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const auto& subject_kinds = parameters.List("subject-kinds");
    const std::string& when_property = parameters.String("when-property");
    const bool has_when_min = parameters.Has("when-min");
    const std::int64_t when_min = parameters.Integer("when-min", 0);
    const std::vector<std::string> when_phrases = Phrases(parameters.String("when-phrases"));
    const auto types = parameters.ElementTypes("types");
    model::RelationshipTypeSet relationship_types = parameters.RelationshipTypes("relationship-types");
    if (relationship_types.none()) {
      relationship_types.set(static_cast<std::size_t>(model::RelationshipType::kServing));
      relationship_types.set(static_cast<std::size_t>(model::RelationshipType::kRealization));
    }
    const std::string& property = parameters.String("property");
    const std::int64_t min = parameters.Integer("min", 0);
    const model::Graph& graph = context.graph().graph();

    // Whether a subject's property asks for the floor; its value goes into the message.
    auto demanding = [&](const model::Element& subject, std::string& value) {
      if (subject.kind.empty() || !KindMatchesAny(subject.kind, subject_kinds)) return false;
      const std::string* text = subject.FindProperty(when_property);
      if (!text) return false;
      value = std::string(model::Trim(*text));
      long number = 0;
      if (has_when_min && IntegerProperty(subject, when_property, number) && number >= when_min) return true;
      return std::find(when_phrases.begin(), when_phrases.end(), value) != when_phrases.end();
    };
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = context.element(index);
      if (!context.IsOwned(index) || std::find(types.begin(), types.end(), element.type) == types.end()) continue;
      long level = 0;
      // An absent or malformed level is SEC-001's finding, not this rule's.
      if (!IntegerProperty(element, property, level) || level >= min) continue;
      for (auto [it, end] = boost::out_edges(i, graph); it != end; ++it) {
        if (!relationship_types.test(static_cast<std::size_t>(context.graph().RelationshipOf(*it).type))) continue;
        const auto subject = static_cast<std::int32_t>(boost::target(*it, graph));
        std::string value;
        if (!demanding(context.element(subject), value)) continue;
        Finding finding = ElementFinding(context, index);
        finding.element_ids.push_back(context.element(subject).id);
        finding.arguments["value"] = std::to_string(level);
        finding.arguments["min"] = std::to_string(min);
        finding.arguments["subject"] = context.Describe(subject);
        finding.arguments["subject-value"] = value;
        finding.notes.push_back(ElementNote(context, subject, "check.served-floor.subject",
                                            {{"element", context.Describe(subject)}, {"value", value}}));
        sink(std::move(finding));
        break;  // one finding per system: the first service that asks for more
      }
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeServedFloor() { return std::make_unique<ServedFloor>(); }

}  // namespace eaf::checker::templates
