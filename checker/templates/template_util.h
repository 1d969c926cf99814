#pragma once
// Helpers shared by rule templates.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "checker/check_context.h"
#include "checker/rule_template.h"
#include "model/text_util.h"

namespace eaf::checker::templates {

/// True when the rule applies to file `file`: its eaf:level is among `levels` (all when empty).
inline bool LevelApplies(const CheckContext& context, std::uint32_t file, const std::vector<std::string>& levels) {
  if (levels.empty()) return true;
  const std::string& level = context.workspace().files[file].level;
  for (const std::string& wanted : levels) {
    if (wanted == level) return true;
  }
  return false;
}

/// A finding about one element, located at it.
inline Finding ElementFinding(const CheckContext& context, std::int32_t element) {
  Finding finding;
  finding.location = context.element(element).location;
  finding.element_ids.push_back(context.element(element).id);
  finding.arguments["element"] = context.Describe(element);
  const std::string& kind = context.element(element).kind;
  finding.arguments["kind"] = kind;
  // The kind as words, for sentences that must not show codes (Vietnamese ones in particular).
  finding.arguments["kind-label"] = kind.empty() ? std::string() : context.KindLabel(kind);
  return finding;
}

/// A note whose text is the catalogue message `id` in the run's language, with no location.
inline model::Note TextNote(const CheckContext& context, std::string_view id, model::MessageArgs args = {}) {
  model::Note note;
  note.message = context.Text(id, args);
  note.message_id = std::string(id);
  note.arguments = std::move(args);
  return note;
}

/// The same note, pointing at an element.
inline model::Note ElementNote(const CheckContext& context, std::int32_t element, std::string_view id, model::MessageArgs args = {}) {
  model::Note note = TextNote(context, id, std::move(args));
  note.location = context.element(element).location;
  note.has_location = true;
  return note;
}

/// True when element `index` matches the subject filter: kinds (if given) and types (if given).
inline bool MatchesSubject(const model::Element& element, const std::vector<std::string>& kinds,
                           const std::vector<model::ElementType>& types) {
  if (!kinds.empty() && !KindMatchesAny(element.kind, kinds)) return false;
  if (!types.empty() && std::find(types.begin(), types.end(), element.type) == types.end()) return false;
  return !kinds.empty() || !types.empty();
}

/// "'Name' (id)" of a view, in the run's language.
inline std::string DescribeView(const CheckContext& context, const model::View& view) {
  return context.Describe(view.Name(context.lang()), view.id);
}

/// "'Name' (id)" of a relationship (its id alone when unnamed), in the run's language.
inline std::string DescribeRelationship(const CheckContext& context, std::int32_t index) {
  const model::Relationship& relationship = context.relationship(index);
  return context.Describe(relationship.Name(context.lang()), relationship.id);
}

/// Index of the element a view node shows in file `file`, or -1 (notes, groups, references to
/// other views, identifiers that name nothing).
inline std::int32_t NodeElement(const CheckContext& context, std::uint32_t file, const model::ViewNode& node) {
  return context.workspace().ElementShown(file, node);
}

/// Parses a 1..5-style integer property; false when absent, not an integer, or outside the range
/// the profile gives the key (a security level of 7 is no level: the rule that checks the range
/// reports it, and no other rule reads it as if it were valid).
inline bool IntegerProperty(const model::Element& element, std::string_view key, long& value) {
  const std::string* text = element.FindProperty(key);
  if (!text || text->empty() || text->size() > 9) return false;
  long parsed = 0;
  for (char c : *text) {
    if (c < '0' || c > '9') return false;
    parsed = parsed * 10 + (c - '0');
  }
  if (const auto range = model::ProfileRange(key); range && (parsed < range->first || parsed > range->second)) return false;
  value = parsed;
  return true;
}

/// The phrases of a parameter written "toàn trình; một phần": separated by ';', trimmed.
inline std::vector<std::string> Phrases(std::string_view text) {
  std::vector<std::string> phrases;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    if (const std::string_view phrase = model::Trim(text.substr(0, end)); !phrase.empty()) phrases.emplace_back(phrase);
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return phrases;
}

/// Phrases quoted and joined for a message: 'toàn trình', 'một phần'.
inline std::string JoinPhrases(const std::vector<std::string>& phrases) {
  std::string list;
  for (const std::string& phrase : phrases) list += (list.empty() ? "'" : ", '") + phrase + "'";
  return list;
}

}  // namespace eaf::checker::templates
