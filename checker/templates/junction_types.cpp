// junction-types: a junction whose relationships are not all of one type (a Flow in, a
// Triggering out), as Archi's Validator reports it: a junction joins relationships of one type.

#include <unordered_map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class JunctionTypes final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "junction-types"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.junction-types"; }
  std::vector<ParameterSpec> ParameterSpecs() const override { return {}; }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "types"}; }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    const model::Workspace& workspace = context.workspace();
    // Per junction: the types met, and the first relationship of each (for the notes).
    struct Seen {
      model::RelationshipTypeSet types;
      std::vector<std::int32_t> first_of_type;
    };
    std::unordered_map<std::int32_t, Seen> junctions;
    auto meet = [&](std::int32_t end, bool is_relationship, std::int32_t r, const model::Relationship& relationship) {
      if (end < 0 || is_relationship || context.element(end).type != model::ElementType::kJunction) return;
      Seen& seen = junctions[end];
      const auto type = static_cast<std::size_t>(relationship.type);
      if (seen.types.test(type)) return;
      seen.types.set(type);
      seen.first_of_type.push_back(r);
    };
    const auto relationships = workspace.RelationshipsOf(file);
    for (std::size_t i = relationships.begin; i < relationships.end; ++i) {
      const auto r = static_cast<std::int32_t>(i);
      const model::Relationship& relationship = context.relationship(r);
      meet(relationship.source_index, relationship.source_is_relationship, r, relationship);
      meet(relationship.target_index, relationship.target_is_relationship, r, relationship);
    }
    std::vector<std::int32_t> mixed;
    for (const auto& [junction, seen] : junctions) {
      if (seen.types.count() > 1) mixed.push_back(junction);
    }
    std::sort(mixed.begin(), mixed.end());
    for (const std::int32_t junction : mixed) {
      const Seen& seen = junctions[junction];
      Finding finding = ElementFinding(context, junction);
      std::vector<std::string> types;
      for (const std::int32_t r : seen.first_of_type) {
        const model::Relationship& relationship = context.relationship(r);
        types.emplace_back(model::RelationshipTypeName(relationship.type));
        finding.element_ids.push_back(relationship.id);
        model::Note note = TextNote(context, "check.note.junction-types.relationship",
                                    {{"type", types.back()}, {"relationship", DescribeRelationship(context, r)}});
        note.location = relationship.location;
        note.has_location = true;
        finding.notes.push_back(std::move(note));
      }
      std::string joined;
      for (const std::string& type : types) joined += (joined.empty() ? "" : ", ") + type;
      finding.arguments["types"] = joined;
      sink(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeJunctionTypes() { return std::make_unique<JunctionTypes>(); }

}  // namespace eaf::checker::templates
