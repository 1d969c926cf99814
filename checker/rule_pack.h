#pragma once
/// Rule packs: rule instances as data (rules/*.xml), loaded without throwing.

#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/model.h"

namespace eaf::checker {

/// A text in Vietnamese and in English.
struct Bilingual {
  std::string vi;
  std::string en;
  /// The text in `lang` ("vi" or "en"), falling back to the other language.
  const std::string& In(std::string_view lang) const {
    if (lang == "en") return en.empty() ? vi : en;
    return vi.empty() ? en : vi;
  }
};

/// One parameter as written in the pack, with its place for error messages.
struct RawParameter {
  std::string name;
  std::string value;
  model::SourceLocation location;
};

/// An act a rule rests on, as its <source> names it: <act id="Nghị định 85/2016/NĐ-CP" date="2016-07-01"/>.
struct LegalAct {
  std::string id;    ///< the act's number and kind as written in Vietnamese
  std::string date;  ///< its date of issue: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known
};

/// Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, day 01–31).
bool IsActDate(std::string_view date);
/// The last day `date` (YYYY, YYYY-MM or YYYY-MM-DD) can stand for, as YYYY-MM-DD: a partial date is
/// compared with a period's end by its latest possible day, so it is never taken as earlier than it is.
std::string LatestDay(std::string_view date);

/// The to-do order of a rule whose <rule> gives no todo-order.
inline constexpr int kDefaultTodoOrder = 100;

/// One rule instance of a pack.
struct RuleDefinition {
  std::string id;        ///< e.g. "INT-001"
  std::string template_name;
  model::Severity severity = model::Severity::kWarning;
  Bilingual title;       ///< one line: what the rule requires
  Bilingual message;     ///< the finding's message; {placeholders} are filled by the template
  Bilingual rationale;
  std::string source;    ///< legal or framework source, e.g. "Quyết định 2323/QĐ-BTTTT"
  std::vector<LegalAct> acts;  ///< the acts <source> names, with their dates
  bool unconfirmed = false;  ///< rests on a fact the domain brief marks [B]
  std::string example;   ///< a short model fragment that breaks the rule
  int todo_order = kDefaultTodoOrder;  ///< place of its findings in the gap to-do list, smaller first
  std::vector<RawParameter> parameters;
  model::SourceLocation location;  ///< of the <rule> element in the pack
};

/// A loaded pack.
struct RulePack {
  std::string path;
  std::string directory;  ///< folder of the pack: files it names must be inside it
  std::string id;
  std::string version;
  std::string framework;
  std::string valid_from;   ///< <validity from>: the framework's first day in force (YYYY-MM-DD), or empty
  std::string valid_until;  ///< <validity until>: the day a later framework replaced it, or empty
  Bilingual title;
  std::vector<RuleDefinition> rules;
  /// Pack files, with the pack itself first, for locating diagnostics (file index in locations).
  std::vector<model::SourceFile> files;
};

/// Loads a pack. Problems (malformed XML, a rule without id, template or message, a bad
/// severity, a duplicate id) are appended to `diagnostics` with the pack's file:line:col, their
/// words in English and their "pack.*" message ids (model::Localize puts them in another language).
/// Returns false when the pack cannot be used.
bool LoadRulePack(const std::string& path, RulePack& pack, std::vector<model::Diagnostic>& diagnostics);
/// The same from bytes in memory; `path` names the pack in messages and gives its folder.
bool LoadRulePackBuffer(const std::string& path, std::string bytes, RulePack& pack, std::vector<model::Diagnostic>& diagnostics);

/// Where the default pack lives: next to the binary (build tree: <bin>/rules/), then the
/// installed data directory. Empty when none is found.
std::string FindDefaultPack(std::string_view name = "vn-eaf-2.0.xml");

/// Why a file that a pack names cannot be used.
enum class PackFileProblem { kNone, kNotAName, kOutside, kNotAFile };
/// Finds a file that a pack names (a table, a list) and checks it stays inside the pack's folder.
PackFileProblem FindPackFile(const RulePack& pack, const std::string& name, std::string& path);
/// The same for a template's Configure, which reports text: `error` is the problem in English.
bool ResolvePackFile(const RulePack& pack, const std::string& name, std::string& path, std::string& error);

/// An error of a pack (PACK-001..005) whose text is catalogue message `message_id`.
model::Diagnostic PackError(std::string_view id, std::string_view message_id, model::MessageArgs arguments,
                            const model::SourceLocation& location);

}  // namespace eaf::checker
