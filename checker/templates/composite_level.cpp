// composite-level: a system made of parts (Composition or Aggregation) declares a level at
// least the highest of its parts' levels (Decree 85/2016: the system takes its highest part's level).

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class CompositeLevel final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "composite-level"; }
  std::string_view SummaryId() const override { return "check.template.composite-level"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"property", ParameterType::kString, true, "check.param.composite-level.property"},
            {"relationship-types", ParameterType::kRelationshipTypes, false, "check.param.composite-level.relationship-types"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "value", "part", "part-value"};
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    const std::string& property = parameters.String("property");
    model::RelationshipTypeSet types = parameters.RelationshipTypes("relationship-types");
    if (types.none()) types = model::MakeTypeSet({model::RelationshipType::kComposition, model::RelationshipType::kAggregation});
    const model::Graph& graph = context.graph().graph();
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto whole = static_cast<std::int32_t>(i);
      if (!context.IsOwned(whole)) continue;
      long whole_level = 0;
      if (!IntegerProperty(context.element(whole), property, whole_level)) continue;  // a missing level is another rule's
      std::int32_t worst_part = -1;
      long worst_level = whole_level;
      for (auto [it, end] = boost::out_edges(i, graph); it != end; ++it) {
        if (!types.test(static_cast<std::size_t>(context.graph().RelationshipOf(*it).type))) continue;
        const auto part = static_cast<std::int32_t>(boost::target(*it, graph));
        long part_level = 0;
        if (IntegerProperty(context.element(part), property, part_level) && part_level > worst_level) {
          worst_level = part_level;
          worst_part = part;
        }
      }
      if (worst_part < 0) continue;
      Finding finding = ElementFinding(context, whole);
      finding.element_ids.push_back(context.element(worst_part).id);
      finding.arguments["value"] = std::to_string(whole_level);
      finding.arguments["part"] = context.Describe(worst_part);
      finding.arguments["part-value"] = std::to_string(worst_level);
      finding.notes.push_back(ElementNote(context, worst_part, "check.composite-level.part",
                                          {{"part", context.Describe(worst_part)},
                                           {"property", property},
                                           {"value", std::to_string(worst_level)}}));
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeCompositeLevel() { return std::make_unique<CompositeLevel>(); }

}  // namespace eaf::checker::templates
