// valid-relationship: the relationship's type is allowed between its source and target types by
// the ArchiMate 3.1 relationship table, which the pack names as a data file.

#include <pugixml.hpp>

#include <array>
#include <bitset>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

using model::RelationshipType;

// The table's letters, as in the ArchiMate specification's Appendix B.
bool LetterToType(char letter, RelationshipType& type) {
  switch (letter) {
    case 'a': type = RelationshipType::kAccess; return true;
    case 'c': type = RelationshipType::kComposition; return true;
    case 'f': type = RelationshipType::kFlow; return true;
    case 'g': type = RelationshipType::kAggregation; return true;
    case 'i': type = RelationshipType::kAssignment; return true;
    case 'n': type = RelationshipType::kInfluence; return true;
    case 'o': type = RelationshipType::kAssociation; return true;
    case 'r': type = RelationshipType::kRealization; return true;
    case 's': type = RelationshipType::kSpecialization; return true;
    case 't': type = RelationshipType::kTriggering; return true;
    case 'v': type = RelationshipType::kServing; return true;
    default: return false;
  }
}

class ValidRelationship final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "valid-relationship"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.valid-relationship"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"table", ParameterType::kFile, true, "check.param.valid-relationship.table"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"relationship", "type", "source", "target", "source-type", "target-type", "allowed"};
  }
  bool Configure(const Parameters& parameters, const RulePack& pack, std::string& error) override {
    std::string path;
    if (!ResolvePackFile(pack, parameters.String("table"), path, error)) return false;
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_file(path.c_str());
    if (!result) {
      error = "the relationship table " + path + " is not well-formed XML: " + result.description();
      return false;
    }
    allowed_ = {};
    std::size_t pairs = 0;
    for (pugi::xml_node source : document.document_element().children("source")) {
      const auto source_type = model::ParseElementType(source.attribute("type").value());
      if (!source_type) {
        error = std::string("the relationship table names an unknown type '") + source.attribute("type").value() + "'";
        return false;
      }
      for (pugi::xml_node target : source.children("target")) {
        const auto target_type = model::ParseElementType(target.attribute("type").value());
        if (!target_type) {
          error = std::string("the relationship table names an unknown type '") + target.attribute("type").value() + "'";
          return false;
        }
        auto& cell = allowed_[static_cast<std::size_t>(*source_type)][static_cast<std::size_t>(*target_type)];
        for (const char* letter = target.attribute("allowed").value(); *letter; ++letter) {
          RelationshipType type;
          if (!LetterToType(*letter, type)) {
            error = std::string("the relationship table uses an unknown letter '") + *letter + "'";
            return false;
          }
          cell.set(static_cast<std::size_t>(type));
        }
        ++pairs;
      }
    }
    if (pairs == 0) {
      error = "the relationship table " + path + " holds no <source>/<target> pairs";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    const auto range = context.workspace().RelationshipsOf(file);
    for (std::size_t r = range.begin; r < range.end; ++r) {
      const model::Relationship& relationship = context.relationship(static_cast<std::int32_t>(r));
      if (!relationship.ConnectsElements()) continue;  // ends on relationships: not in the table
      const model::Element& source = context.element(relationship.source_index);
      const model::Element& target = context.element(relationship.target_index);
      const auto& cell = allowed_[static_cast<std::size_t>(source.type)][static_cast<std::size_t>(target.type)];
      if (cell.test(static_cast<std::size_t>(relationship.type))) continue;
      std::string allowed;
      for (std::size_t t = 0; t < model::kRelationshipTypeCount; ++t) {
        if (cell.test(t)) allowed += (allowed.empty() ? "" : ", ") + std::string(model::RelationshipTypeName(static_cast<RelationshipType>(t)));
      }
      Finding finding;
      finding.location = relationship.location;
      finding.element_ids = {relationship.id, source.id, target.id};
      finding.arguments = {{"relationship", relationship.id},
                           {"type", std::string(model::RelationshipTypeName(relationship.type))},
                           {"source", context.Describe(relationship.source_index)},
                           {"target", context.Describe(relationship.target_index)},
                           {"source-type", std::string(model::ElementTypeName(source.type))},
                           {"target-type", std::string(model::ElementTypeName(target.type))},
                           {"allowed", allowed.empty() ? "-" : allowed}};
      sink(std::move(finding));
    }
  }

 private:
  std::array<std::array<model::RelationshipTypeSet, model::kElementTypeCount>, model::kElementTypeCount> allowed_{};
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeValidRelationship() { return std::make_unique<ValidRelationship>(); }

}  // namespace eaf::checker::templates
