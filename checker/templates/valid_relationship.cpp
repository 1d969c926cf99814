// valid-relationship: the relationship's type is allowed between its source and target types by
// the ArchiMate 3.1 relationship table, which the pack names as a data file. An end that is a
// relationship is checked against the table's <relationship-end> rows, and a relationship into a
// junction against every element it reaches through junctions of its own type (the table's
// Junction row and column are not used).

#include <pugixml.hpp>

#include <array>
#include <bitset>
#include <unordered_map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

using model::RelationshipType;

// The table's column and row of an end that is a relationship (Archi's pseudo-concept).
constexpr std::size_t kRelationshipEnd = model::kElementTypeCount;
constexpr std::size_t kEnds = model::kElementTypeCount + 1;

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
    has_relationship_ends_ = false;
    for (pugi::xml_node row : document.document_element().children("relationship-end")) {
      std::vector<std::size_t> from, to;
      if (!EndColumns(row.attribute("from").value(), from, error) || !EndColumns(row.attribute("to").value(), to, error)) return false;
      model::RelationshipTypeSet types;
      for (const char* letter = row.attribute("allowed").value(); *letter; ++letter) {
        RelationshipType type;
        if (!LetterToType(*letter, type)) {
          error = std::string("the relationship table uses an unknown letter '") + *letter + "'";
          return false;
        }
        types.set(static_cast<std::size_t>(type));
      }
      // Only cells with a relationship end: the element table is not changed by a "*" row.
      for (const std::size_t source : from) {
        for (const std::size_t target : to) {
          if (source == kRelationshipEnd || target == kRelationshipEnd) allowed_[source][target] |= types;
        }
      }
      has_relationship_ends_ = true;
    }
    if (pairs == 0) {
      error = "the relationship table " + path + " holds no <source>/<target> pairs";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    const auto range = context.workspace().RelationshipsOf(file);
    // Relationships out of each junction, built on the first relationship into one.
    std::unordered_map<std::int32_t, std::vector<std::int32_t>> out_of_junction;
    bool built = false;
    for (std::size_t r = range.begin; r < range.end; ++r) {
      const auto index = static_cast<std::int32_t>(r);
      const model::Relationship& relationship = context.relationship(index);
      if (relationship.source_index < 0 || relationship.target_index < 0) continue;  // dangling: MOD-001
      if (!relationship.ConnectsElements() && !has_relationship_ends_) continue;
      const std::size_t source = Column(context, relationship.source_index, relationship.source_is_relationship);
      const std::size_t target = Column(context, relationship.target_index, relationship.target_is_relationship);
      constexpr auto kJunction = static_cast<std::size_t>(model::ElementType::kJunction);
      // A junction stands for the ends beyond it: relationships into or out of one are checked
      // pair by pair through it, never against the table's Junction row or column.
      if (source == kJunction) continue;
      if (target != kJunction) {
        if (!allowed_[source][target].test(static_cast<std::size_t>(relationship.type))) {
          sink(Report(context, index, relationship.source_index, relationship.source_is_relationship, relationship.target_index,
                      relationship.target_is_relationship, source, target));
        }
        continue;
      }
      if (!std::exchange(built, true)) {
        for (std::size_t o = range.begin; o < range.end; ++o) {
          const model::Relationship& out = context.relationship(static_cast<std::int32_t>(o));
          if (out.source_index >= 0 && !out.source_is_relationship && out.target_index >= 0 &&
              context.element(out.source_index).type == model::ElementType::kJunction) {
            out_of_junction[out.source_index].push_back(static_cast<std::int32_t>(o));
          }
        }
      }
      CheckThroughJunctions(context, index, source, out_of_junction, sink);
    }
  }

 private:
  // Parses a row's end: an element type, "Relationship" or "*" (all of them).
  static bool EndColumns(std::string_view name, std::vector<std::size_t>& columns, std::string& error) {
    if (name == "*") {
      for (std::size_t c = 0; c < kEnds; ++c) columns.push_back(c);
    } else if (name == "Relationship") {
      columns.push_back(kRelationshipEnd);
    } else if (const auto type = model::ParseElementType(name)) {
      columns.push_back(static_cast<std::size_t>(*type));
    } else {
      error = "the relationship table names an unknown type '" + std::string(name) + "'";
      return false;
    }
    return true;
  }

  static std::size_t Column(const CheckContext& context, std::int32_t end, bool is_relationship) {
    return is_relationship ? kRelationshipEnd : static_cast<std::size_t>(context.element(end).type);
  }

  // Follows relationship `into` (from a non-junction `source` column into a junction) through
  // junctions, along relationships of its own type (other types are junction-types' business),
  // and reports each end it reaches that the table does not allow from the source.
  void CheckThroughJunctions(const CheckContext& context, std::int32_t into, std::size_t source,
                             const std::unordered_map<std::int32_t, std::vector<std::int32_t>>& out_of_junction,
                             const FindingSink& sink) const {
    const model::Relationship& first = context.relationship(into);
    std::vector<std::int32_t> stack{first.target_index}, seen{first.target_index};
    while (!stack.empty()) {
      const std::int32_t junction = stack.back();
      stack.pop_back();
      const auto outs = out_of_junction.find(junction);
      if (outs == out_of_junction.end()) continue;
      for (const std::int32_t o : outs->second) {
        const model::Relationship& out = context.relationship(o);
        if (out.type != first.type || out.target_index < 0) continue;
        if (!out.target_is_relationship && context.element(out.target_index).type == model::ElementType::kJunction) {
          if (std::find(seen.begin(), seen.end(), out.target_index) == seen.end()) {
            seen.push_back(out.target_index);
            stack.push_back(out.target_index);
          }
          continue;
        }
        if (out.target_is_relationship && !has_relationship_ends_) continue;
        const std::size_t target = Column(context, out.target_index, out.target_is_relationship);
        if (allowed_[source][target].test(static_cast<std::size_t>(first.type))) continue;
        Finding finding = Report(context, into, first.source_index, first.source_is_relationship, out.target_index,
                                 out.target_is_relationship, source, target);
        finding.element_ids.push_back(out.id);
        model::Note note = TextNote(context, "check.note.valid-relationship.through-junction",
                                    {{"junction", context.Describe(out.source_index)}, {"relationship", DescribeRelationship(context, o)}});
        note.location = out.location;
        note.has_location = true;
        finding.notes.push_back(std::move(note));
        sink(std::move(finding));
      }
    }
  }

  Finding Report(const CheckContext& context, std::int32_t index, std::int32_t source_end, bool source_is_relationship,
                 std::int32_t target_end, bool target_is_relationship, std::size_t source, std::size_t target) const {
    const model::Relationship& relationship = context.relationship(index);
    const auto& cell = allowed_[source][target];
    std::string allowed;
    for (std::size_t t = 0; t < model::kRelationshipTypeCount; ++t) {
      if (cell.test(t)) allowed += (allowed.empty() ? "" : ", ") + std::string(model::RelationshipTypeName(static_cast<RelationshipType>(t)));
    }
    auto describe = [&](std::int32_t end, bool is_relationship) {
      return is_relationship ? DescribeRelationship(context, end) : context.Describe(end);
    };
    auto type_name = [](std::size_t column) {
      return column == kRelationshipEnd ? std::string("Relationship")
                                        : std::string(model::ElementTypeName(static_cast<model::ElementType>(column)));
    };
    auto end_id = [&](std::int32_t end, bool is_relationship) {
      return is_relationship ? context.relationship(end).id : context.element(end).id;
    };
    Finding finding;
    finding.location = relationship.location;
    finding.element_ids = {relationship.id, end_id(source_end, source_is_relationship), end_id(target_end, target_is_relationship)};
    finding.arguments = {{"relationship", relationship.id},
                         {"type", std::string(model::RelationshipTypeName(relationship.type))},
                         {"source", describe(source_end, source_is_relationship)},
                         {"target", describe(target_end, target_is_relationship)},
                         {"source-type", type_name(source)},
                         {"target-type", type_name(target)},
                         {"allowed", allowed.empty() ? "-" : allowed}};
    return finding;
  }

  std::array<std::array<model::RelationshipTypeSet, kEnds>, kEnds> allowed_{};
  bool has_relationship_ends_ = false;
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeValidRelationship() { return std::make_unique<ValidRelationship>(); }

}  // namespace eaf::checker::templates
