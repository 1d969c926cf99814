#include "checker/engine.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "checker/check_context.h"
#include "checker/diagnostic_registry.h"
#include "model/clock.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "model/parallel.h"
#include "model/phase_timer.h"
#include "model/profile.h"
#include "model/text_util.h"

namespace eaf::checker {
namespace {

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == ',')) ++i;
    std::size_t start = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == ',')) ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start));
  }
  return words;
}

// Checks one parameter value against its declared type. Returns the problem as a "pack.parameter.*"
// message with its {value} (the caller adds {rule} and {parameter}); an empty id when fine.
model::MessageRef CheckParameterValue(const ParameterSpec& spec, const std::string& value,
                                      const std::vector<std::string>& words, const RulePack& pack) {
  const model::MessageRef fine;
  const model::MessageRef empty{"pack.parameter.empty", {}};
  auto bad = [](std::string_view id, const std::string& word) {
    return model::MessageRef{std::string(id), {{"value", word}}};
  };
  switch (spec.type) {
    case ParameterType::kString:
      return value.empty() ? empty : fine;
    case ParameterType::kList:
      return words.empty() ? empty : fine;
    case ParameterType::kInteger: {
      if (value.empty()) return {"pack.parameter.empty-integer", {}};
      std::size_t i = value[0] == '-' ? 1 : 0;
      if (i == value.size()) return bad("pack.parameter.not-integer", value);
      for (; i < value.size(); ++i) {
        if (value[i] < '0' || value[i] > '9') return bad("pack.parameter.not-integer", value);
      }
      return value.size() > 12 ? bad("pack.parameter.integer-out-of-range", value) : fine;
    }
    case ParameterType::kBoolean:
      return value == "true" || value == "false" ? fine : bad("pack.parameter.not-boolean", value);
    case ParameterType::kKinds:
      for (const std::string& word : words) {
        std::string family = word;
        if (family.ends_with(".*")) family.resize(family.size() - 2);
        bool known = model::FindKind(family) != nullptr;
        for (const model::KindInfo& info : model::AllKinds()) known = known || model::KindMatches(info.kind, family);
        if (!known) return bad("pack.parameter.unknown-kind", word);
      }
      return words.empty() ? empty : fine;
    case ParameterType::kElementTypes:
      for (const std::string& word : words) {
        if (model::ParseElementType(word)) continue;
        const std::string_view suggestion = model::ClosestMatch(word, model::AllElementTypeNames());
        if (suggestion.empty()) return bad("pack.parameter.unknown-element-type", word);
        return {"pack.parameter.unknown-element-type.did-you-mean",
                {{"value", word}, {"suggestion", std::string(suggestion)}}};
      }
      return words.empty() ? empty : fine;
    case ParameterType::kRelationshipTypes:
      for (const std::string& word : words) {
        if (!model::ParseRelationshipType(word)) return bad("pack.parameter.unknown-relationship-type", word);
      }
      return words.empty() ? empty : fine;
    case ParameterType::kLevels:
      for (const std::string& word : words) {
        if (word != "national" && word != "ministry" && word != "province") {
          return bad("pack.parameter.unknown-level", word);
        }
      }
      return words.empty() ? empty : fine;
    case ParameterType::kFile: {
      std::string path;
      switch (FindPackFile(pack, value, path)) {
        case PackFileProblem::kNone: return fine;
        case PackFileProblem::kNotAName: return bad("pack.parameter.file-not-a-name", value);
        case PackFileProblem::kOutside: return bad("pack.parameter.file-outside", value);
        case PackFileProblem::kNotAFile: return bad("pack.parameter.file-missing", value);
      }
      return fine;
    }
  }
  return fine;
}

}  // namespace

bool IsSelected(const std::string& id, const CheckOptions& options) {
  if (!options.enable.empty() &&
      std::none_of(options.enable.begin(), options.enable.end(), [&](const std::string& glob) { return model::GlobMatch(glob, id); })) {
    return false;
  }
  return std::none_of(options.disable.begin(), options.disable.end(),
                      [&](const std::string& glob) { return model::GlobMatch(glob, id); });
}

namespace {

model::Severity SeverityFor(const std::string& id, model::Severity severity, const CheckOptions& options) {
  for (const auto& [glob, level] : options.severity_overrides) {
    if (model::GlobMatch(glob, id)) severity = level;
  }
  return severity;
}

using WaiverIndex = std::map<std::pair<std::uint32_t, std::string>, std::vector<std::size_t>>;

// What the findings of one rule did to each waiver: kMatched, kUsed bits. Rules run their policy on
// several threads, each into its own marks, merged into the waivers afterwards.
enum WaiverMark : std::uint8_t { kMatched = 1, kUsed = 2 };
using WaiverMarks = std::vector<std::uint8_t>;

// Marks the finding waived when one of its objects carries a waiver of its id that applies; a
// waiver that names it but does not apply (expired, no reason, --ignore-waivers) is remembered,
// so that the reports can show it beside the finding.
void ApplyWaivers(CheckedFinding& checked, std::uint32_t file, const std::vector<Waiver>& waivers, const WaiverIndex& waivers_on,
                  WaiverMarks& marks) {
  if (waivers_on.empty()) return;
  for (const std::string& id : checked.diagnostic.element_ids) {
    auto it = waivers_on.find({file, id});
    if (it == waivers_on.end()) continue;
    for (std::size_t w : it->second) {
      const Waiver& waiver = waivers[w];
      if (waiver.rule_id != checked.diagnostic.rule_id) continue;
      marks[w] |= kMatched;
      if (checked.waiver < 0) checked.waiver = static_cast<int>(w);
      if (waiver.status != WaiverStatus::kActive) continue;
      checked.waived = true;
      checked.waiver = static_cast<int>(w);
      checked.waiver_reason = waiver.reason;
      marks[w] |= kUsed;
    }
    if (checked.waived) return;
  }
}

// Records in the waivers what `marks` says the findings did to them.
void MarkWaivers(std::vector<Waiver>& waivers, const WaiverMarks& marks) {
  for (std::size_t w = 0; w < waivers.size(); ++w) {
    waivers[w].matched = waivers[w].matched || (marks[w] & kMatched);
    waivers[w].used = waivers[w].used || (marks[w] & kUsed);
  }
}

// Sorts findings by DiagnosticLess, keeping the order of equal ones.
void SortFindings(std::vector<CheckedFinding>& findings) {
  model::SortByDiagnostic(findings, [](const CheckedFinding& finding) -> const model::Diagnostic& { return finding.diagnostic; });
}

// The effective severity of a diagnostic id: the pack's or the registry's default, after --severity.
model::Severity DefaultSeverity(const std::string& id, const RulePack& pack, const CheckOptions& options) {
  model::Severity severity = model::Severity::kWarning;
  if (options.registry) {
    if (const DiagnosticInfo* info = options.registry->Find(id)) severity = info->severity;
  } else {
    for (const RuleDefinition& rule : pack.rules) {
      if (rule.id == id) severity = rule.severity;
    }
  }
  return SeverityFor(id, severity, options);
}

// How the run treats `file` (every file is kChecked unless the options say otherwise).
FileScope Scope(const CheckOptions& options, std::uint32_t file) {
  return file < options.file_scope.size() ? options.file_scope[file] : FileScope::kChecked;
}

// Decides whether each waiver applies, before any finding is matched against it.
void ClassifyWaivers(std::vector<Waiver>& waivers, const CheckOptions& options) {
  for (Waiver& waiver : waivers) {
    if (options.registry && !options.registry->Find(waiver.rule_id)) waiver.status = WaiverStatus::kUnknownId;
    else if (waiver.reason.empty()) waiver.status = WaiverStatus::kNoReason;
    else if (!waiver.until.empty() && !model::IsIsoDate(waiver.until)) waiver.status = WaiverStatus::kBadDate;
    else if (!waiver.until.empty() && !options.today.empty() && waiver.until < options.today) waiver.status = WaiverStatus::kExpired;
    else if (options.ignore_waivers) waiver.status = WaiverStatus::kIgnored;
  }
}

// What is wrong with the waivers, as POL-* diagnostics: they go through --enable, --disable and
// --severity like any other id. A waiver naming an id eaf never prints is most likely a typo.
void ReportWaiverProblems(const RulePack& pack, CheckReport& report, const CheckOptions& options) {
  for (const Waiver& waiver : report.waivers) {
    if (Scope(options, waiver.location.file) == FileScope::kOther) continue;  // the pack of its file says it
    model::Diagnostic diagnostic;
    diagnostic.location = waiver.location;
    diagnostic.element_ids = {waiver.object_id};
    diagnostic.arguments = {{"id", waiver.rule_id}, {"object", waiver.object_id}};
    switch (waiver.status) {
      case WaiverStatus::kUnknownId: {
        diagnostic.rule_id = "POL-001";
        const std::string suggestion = options.registry->Suggest(waiver.rule_id);
        diagnostic.message_id = suggestion.empty() ? "policy.waiver.unknown-id" : "policy.waiver.unknown-id-suggest";
        diagnostic.arguments.emplace_back("suggestion", suggestion);
        break;
      }
      case WaiverStatus::kNoReason:
        diagnostic.rule_id = "POL-002";
        diagnostic.message_id = "policy.waiver.no-reason";
        break;
      case WaiverStatus::kExpired:
        diagnostic.rule_id = "POL-003";
        diagnostic.message_id = "policy.waiver.expired";
        diagnostic.arguments.emplace_back("until", waiver.until);
        diagnostic.arguments.emplace_back("today", options.today);
        break;
      case WaiverStatus::kBadDate:
        diagnostic.rule_id = "POL-005";
        diagnostic.message_id = "policy.waiver.bad-date";
        diagnostic.arguments.emplace_back("until", waiver.until);
        break;
      case WaiverStatus::kActive:
      case WaiverStatus::kIgnored:
        // Waiving an error takes someone who may allow it: say when nobody is named.
        if (!waiver.approved_by.empty() || DefaultSeverity(waiver.rule_id, pack, options) != model::Severity::kError) continue;
        diagnostic.rule_id = "POL-004";
        diagnostic.message_id = "policy.waiver.unapproved-error";
        break;
    }
    if (!IsSelected(diagnostic.rule_id, options)) continue;
    diagnostic.severity = DefaultSeverity(diagnostic.rule_id, pack, options);
    model::Localize(diagnostic, options.lang);
    report.load_diagnostics.push_back(std::move(diagnostic));
  }
}

}  // namespace

std::vector<std::string> ValidatePolicy(const CheckOptions& options, const DiagnosticRegistry& registry) {
  std::vector<std::string> problems;
  auto check = [&](const std::string& option, const std::string& glob) {
    bool any = false, any_policy = false;
    for (const DiagnosticInfo& entry : registry.All()) {
      if (!model::GlobMatch(glob, entry.id)) continue;
      any = true;
      any_policy = any_policy || !entry.fatal;
    }
    if (any && any_policy) return;
    if (any) {
      problems.push_back(model::Text(options.lang, "policy.only-fatal", {{"option", option}, {"glob", glob}}));
      return;
    }
    const std::string suggestion = registry.Suggest(glob);
    problems.push_back(model::Text(options.lang, suggestion.empty() ? "policy.no-match" : "policy.no-match-suggest",
                                   {{"option", option}, {"glob", glob}, {"suggestion", suggestion}}));
  };
  for (const std::string& glob : options.enable) check("--enable", glob);
  for (const std::string& glob : options.disable) check("--disable", glob);
  for (const auto& [glob, level] : options.severity_overrides) check("--severity", glob);
  return problems;
}

const std::string& Parameters::String(std::string_view name) const {
  static const std::string kEmpty;
  auto it = values_.find(std::string(name));
  return it == values_.end() ? kEmpty : it->second;
}

std::int64_t Parameters::Integer(std::string_view name, std::int64_t fallback) const {
  auto it = values_.find(std::string(name));
  return it == values_.end() ? fallback : std::stoll(it->second);  // checked when the pack loaded
}

bool Parameters::Boolean(std::string_view name, bool fallback) const {
  auto it = values_.find(std::string(name));
  return it == values_.end() ? fallback : it->second == "true";
}

const std::vector<std::string>& Parameters::List(std::string_view name) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists_.find(std::string(name));
  return it == lists_.end() ? kEmpty : it->second;
}

std::vector<model::ElementType> Parameters::ElementTypes(std::string_view name) const {
  std::vector<model::ElementType> types;
  for (const std::string& word : List(name)) types.push_back(*model::ParseElementType(word));
  return types;
}

model::RelationshipTypeSet Parameters::RelationshipTypes(std::string_view name) const {
  model::RelationshipTypeSet set;
  for (const std::string& word : List(name)) set.set(static_cast<std::size_t>(*model::ParseRelationshipType(word)));
  return set;
}

std::size_t CheckReport::Count(model::Severity severity) const {
  std::size_t count = 0;
  for (const CheckedFinding& finding : findings) count += !finding.waived && finding.diagnostic.severity == severity;
  for (const model::Diagnostic& diagnostic : load_diagnostics) count += diagnostic.severity == severity;
  return count;
}

bool CheckReport::HasAtLeast(model::Severity level) const {
  for (const CheckedFinding& finding : findings) {
    if (!finding.waived && finding.diagnostic.severity >= level) return true;
  }
  return std::any_of(load_diagnostics.begin(), load_diagnostics.end(),
                     [&](const model::Diagnostic& diagnostic) { return diagnostic.severity >= level; });
}

bool Checker::Compile(const RulePack& pack, Checker& checker, std::vector<model::Diagnostic>& diagnostics) {
  checker = Checker{};
  checker.pack_ = &pack;
  const std::size_t diagnostics_before = diagnostics.size();
  bool ok = true;
  for (const RuleDefinition& rule : pack.rules) {
    std::unique_ptr<RuleTemplate> implementation = CreateTemplate(rule.template_name);
    if (!implementation) {
      std::vector<std::string_view> names;
      for (const TemplateRegistration& registration : RegisteredTemplates()) names.push_back(registration.name);
      const std::string_view suggestion = model::ClosestMatch(rule.template_name, names);
      model::MessageArgs arguments{{"rule", rule.id}, {"template", rule.template_name}};
      if (!suggestion.empty()) arguments.emplace_back("suggestion", suggestion);
      const char* message_id =
          suggestion.empty() ? "pack.rule.unknown-template" : "pack.rule.unknown-template.did-you-mean";
      diagnostics.push_back(PackError("PACK-003", message_id, std::move(arguments), rule.location));
      ok = false;
      continue;
    }
    const std::vector<ParameterSpec> specs = implementation->ParameterSpecs();
    Parameters parameters;
    bool rule_ok = true;
    std::set<std::string> given;
    for (const RawParameter& raw : rule.parameters) {
      auto spec = std::find_if(specs.begin(), specs.end(), [&](const ParameterSpec& s) { return s.name == raw.name; });
      if (spec == specs.end()) {
        std::vector<std::string_view> names;
        for (const ParameterSpec& s : specs) names.push_back(s.name);
        const std::string_view suggestion = model::ClosestMatch(raw.name, names);
        model::MessageArgs arguments{{"rule", rule.id}, {"template", rule.template_name}, {"parameter", raw.name}};
        if (!suggestion.empty()) arguments.emplace_back("suggestion", suggestion);
        const char* message_id =
            suggestion.empty() ? "pack.rule.unknown-parameter" : "pack.rule.unknown-parameter.did-you-mean";
        diagnostics.push_back(PackError("PACK-004", message_id, std::move(arguments), raw.location));
        rule_ok = false;
        continue;
      }
      if (!given.insert(raw.name).second) {
        diagnostics.push_back(
            PackError("PACK-004", "pack.rule.parameter-twice", {{"rule", rule.id}, {"parameter", raw.name}}, raw.location));
        rule_ok = false;
        continue;
      }
      std::vector<std::string> words = SplitWords(raw.value);
      model::MessageRef problem = CheckParameterValue(*spec, raw.value, words, pack);
      if (!problem.id.empty()) {
        problem.arguments.insert(problem.arguments.begin(), {{"rule", rule.id}, {"parameter", raw.name}});
        diagnostics.push_back(PackError("PACK-004", problem.id, std::move(problem.arguments), raw.location));
        rule_ok = false;
        continue;
      }
      parameters.Set(raw.name, raw.value, std::move(words));
    }
    for (const ParameterSpec& spec : specs) {
      if (spec.required && !given.count(std::string(spec.name))) {
        model::MessageArgs arguments{{"rule", rule.id}, {"template", rule.template_name}, {"parameter", std::string(spec.name)}};
        diagnostics.push_back(PackError("PACK-004", "pack.rule.missing-parameter", std::move(arguments), rule.location));
        rule_ok = false;
      }
    }
    const std::vector<std::string_view> placeholders = implementation->Placeholders();
    std::set<std::string> used;
    for (const std::string* text : {&rule.message.vi, &rule.message.en}) {
      for (std::string& name : model::PlaceholdersOf(*text)) used.insert(std::move(name));
    }
    for (const std::string& name : used) {
      if (std::find(placeholders.begin(), placeholders.end(), name) == placeholders.end()) {
        diagnostics.push_back(PackError("PACK-004", "pack.rule.unfilled-placeholder",
                                        {{"rule", rule.id}, {"placeholder", name}, {"template", rule.template_name}},
                                        rule.location));
        rule_ok = false;
      }
    }
    std::string error;
    if (rule_ok && !implementation->Configure(parameters, pack, error)) {
      // The template's own words (its Configure reports text), inside the pack's sentence.
      diagnostics.push_back(PackError("PACK-004", "pack.rule.configure-failed", {{"rule", rule.id}, {"detail", error}},
                                      rule.location));
      rule_ok = false;
    }
    if (!rule_ok) {
      ok = false;
      continue;
    }
    checker.rules_.push_back({&rule, std::move(implementation), std::move(parameters)});
  }
  // English words, as LoadRulePack gives them; a caller in another language localizes again.
  for (std::size_t i = diagnostics_before; i < diagnostics.size(); ++i) model::Localize(diagnostics[i], "en");
  std::sort(checker.rules_.begin(), checker.rules_.end(),
            [](const CompiledRule& a, const CompiledRule& b) { return a.definition->id < b.definition->id; });
  return ok;
}

const RuleTemplate* Checker::TemplateOf(const RuleDefinition& rule) const {
  for (const CompiledRule& compiled : rules_) {
    if (compiled.definition == &rule) return compiled.implementation.get();
  }
  return nullptr;
}

FindingArguments::FindingArguments(std::initializer_list<std::pair<std::string_view, std::string>> values) {
  values_.reserve(values.size());
  for (const auto& [name, value] : values) {
    if (!Find(name)) values_.emplace_back(name, value);
  }
}

std::string& FindingArguments::operator[](std::string_view name) {
  for (auto& [key, value] : values_) {
    if (key == name) return value;
  }
  if (values_.empty()) values_.reserve(4);  // most messages have up to four placeholders
  return values_.emplace_back(name, std::string()).second;
}

const std::string* FindingArguments::Find(std::string_view name) const {
  for (const auto& [key, value] : values_) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::string FillPlaceholders(std::string_view text, const FindingArguments& arguments) {
  return model::FillPlaceholders(text, arguments.values());
}

std::string_view WaiverStatusName(WaiverStatus status) {
  switch (status) {
    case WaiverStatus::kActive: return "active";
    case WaiverStatus::kNoReason: return "no-reason";
    case WaiverStatus::kExpired: return "expired";
    case WaiverStatus::kBadDate: return "bad-date";
    case WaiverStatus::kUnknownId: return "unknown-id";
    case WaiverStatus::kIgnored: return "ignored";
  }
  return "active";
}

std::vector<Waiver> CollectWaivers(const model::Workspace& workspace) {
  std::vector<Waiver> waivers;
  auto collect = [&](const std::vector<model::Property>& properties, const std::string& id,
                     const model::SourceLocation& location) {
    // Who approved and until when hold for every waiver of the element or relationship.
    std::string approved_by, until;
    for (const model::Property& property : properties) {
      if (property.key == model::prop::kWaiveApprovedBy) approved_by = std::string(model::Trim(property.value));
      if (property.key == model::prop::kWaiveUntil) until = std::string(model::Trim(property.value));
    }
    for (const model::Property& property : properties) {
      if (property.key != model::prop::kWaive) continue;
      // Several waivers may share one property, one per line.
      std::string_view text = property.value;
      while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string_view line = model::Trim(text.substr(0, newline));
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        if (line.empty()) continue;
        const std::size_t colon = line.find(':');
        Waiver waiver;
        waiver.rule_id = std::string(model::Trim(line.substr(0, colon)));
        waiver.reason = colon == std::string_view::npos ? std::string() : std::string(model::Trim(line.substr(colon + 1)));
        waiver.approved_by = approved_by;
        waiver.until = until;
        waiver.object_id = id;
        waiver.location = location;
        waivers.push_back(std::move(waiver));
      }
    }
  };
  for (const model::Element& element : workspace.elements) collect(element.properties, element.id, element.location);
  for (const model::Relationship& relationship : workspace.relationships) {
    collect(relationship.properties, relationship.id, relationship.location);
  }
  return waivers;
}

namespace {

// Why a profiled rule does not run on a file: the file's eaf:level is no level of the profile, or
// an element of the file has an unknown kind whose nearest kind the rule reads (its finding
// would be about the typo, not about the architecture). Reported once per file and cause (CHK-001).
struct SkipCause {
  std::int32_t element = -1;  // -1: the file's eaf:level
  std::string suggestion;     // the nearest level or kind, "" for none
  bool operator<(const SkipCause& other) const { return element < other.element; }
};

bool InvalidLevel(const model::SourceFile& file) {
  const auto levels = model::ProfileValues(model::prop::kLevel);
  return !file.level.empty() && std::find(levels.begin(), levels.end(), file.level) == levels.end();
}

// Per file: (element, nearest kind) for every element whose kind the profile does not have but
// nearly has. Built once per check.
std::vector<std::vector<std::pair<std::int32_t, std::string_view>>> MistypedKinds(const model::Workspace& workspace) {
  std::vector<std::string_view> kinds;
  for (const model::KindInfo& info : model::AllKinds()) kinds.push_back(info.kind);
  std::vector<std::vector<std::pair<std::int32_t, std::string_view>>> mistyped(workspace.files.size());
  for (std::size_t i = 0; i < workspace.elements.size(); ++i) {
    const model::Element& element = workspace.elements[i];
    if (element.kind.empty() || model::FindKind(element.kind)) continue;
    const std::string_view nearest = model::ClosestMatch(element.kind, kinds);
    if (!nearest.empty()) mistyped[element.location.file].emplace_back(static_cast<std::int32_t>(i), nearest);
  }
  return mistyped;
}

// The kind patterns a rule reads (its parameters of type kinds).
std::vector<std::string> KindsRead(const RuleTemplate& implementation, const Parameters& parameters) {
  std::vector<std::string> kinds;
  for (const ParameterSpec& spec : implementation.ParameterSpecs()) {
    if (spec.type != ParameterType::kKinds) continue;
    const auto& list = parameters.List(std::string(spec.name));
    kinds.insert(kinds.end(), list.begin(), list.end());
  }
  return kinds;
}

}  // namespace

CheckReport MergeReports(std::vector<CheckReport> runs, const std::vector<std::vector<FileScope>>& scopes) {
  CheckReport merged = std::move(runs.front());
  std::set<std::string> listed;
  for (const RuleRun& run : merged.rules) listed.insert(run.rule->id);
  for (std::size_t r = 1; r < runs.size(); ++r) {
    CheckReport& report = runs[r];
    for (const RuleRun& run : report.rules) {
      if (listed.insert(run.rule->id).second) merged.rules.push_back(run);
    }
    std::move(report.findings.begin(), report.findings.end(), std::back_inserter(merged.findings));
    std::move(report.load_diagnostics.begin(), report.load_diagnostics.end(), std::back_inserter(merged.load_diagnostics));
    for (std::size_t i = 0; i < merged.waivers.size() && i < report.waivers.size(); ++i) {
      Waiver& waiver = merged.waivers[i];
      const Waiver& other = report.waivers[i];
      const std::uint32_t file = waiver.location.file;
      if (file < scopes[r].size() && scopes[r][file] != FileScope::kOther) waiver.status = other.status;
      waiver.used = waiver.used || other.used;
      waiver.matched = waiver.matched || other.matched;
    }
  }
  SortFindings(merged.findings);
  // Each run gave its files' diagnostics in its own order: files in order, each file's as its run gave them.
  std::stable_sort(merged.load_diagnostics.begin(), merged.load_diagnostics.end(),
                   [](const model::Diagnostic& a, const model::Diagnostic& b) { return a.location.file < b.location.file; });
  return merged;
}

// The sort is of small keys (the rule id as its rank among the runs' ids), on both cores; then each
// finding is moved once, to the next place of `out`. Joining the runs, then sorting the joined list,
// moved each twice, the second time at random: 0.22 s at 390,000 findings, now 0.08 s.
void JoinSorted(const std::vector<std::deque<CheckedFinding>*>& runs, std::vector<CheckedFinding>& out) {
  std::vector<std::string_view> ids;
  for (const auto* run : runs) {
    for (const CheckedFinding& finding : *run) {
      if (ids.empty() || ids.back() != finding.diagnostic.rule_id) ids.push_back(finding.diagnostic.rule_id);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  struct Key {
    std::uint32_t file, line, column, rule, run, position;
  };
  std::vector<Key> keys;
  std::size_t total = 0;
  for (const auto* run : runs) total += run->size();
  keys.reserve(total);
  for (std::uint32_t r = 0; r < runs.size(); ++r) {
    std::uint32_t position = 0;
    for (const CheckedFinding& finding : *runs[r]) {
      const model::SourceLocation& at = finding.diagnostic.location;
      const auto rule = static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), finding.diagnostic.rule_id) - ids.begin());
      keys.push_back({at.file, at.line, at.column, rule, r, position++});
    }
  }
  const auto diagnostic = [&](const Key& key) -> const model::Diagnostic& { return (*runs[key.run])[key.position].diagnostic; };
  const auto less = [&](const Key& a, const Key& b) {
    if (std::tie(a.file, a.line, a.column, a.rule) != std::tie(b.file, b.line, b.column, b.rule)) {
      return std::tie(a.file, a.line, a.column, a.rule) < std::tie(b.file, b.line, b.column, b.rule);
    }
    const model::Diagnostic& x = diagnostic(a);
    const model::Diagnostic& y = diagnostic(b);
    if (const int c = x.message.compare(y.message)) return c < 0;
    if (x.element_ids != y.element_ids) return x.element_ids < y.element_ids;
    return std::tie(a.run, a.position) < std::tie(b.run, b.position);
  };
  const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(keys.size() / 2);
  model::RunBoth([&] { std::sort(keys.begin(), middle, less); }, [&] { std::sort(middle, keys.end(), less); });
  std::inplace_merge(keys.begin(), middle, keys.end(), less);
  out.reserve(out.size() + keys.size());
  for (const Key& key : keys) out.push_back(std::move((*runs[key.run])[key.position]));
}

CheckReport Checker::Run(const model::Workspace& workspace, const CheckOptions& options) const {
  CheckReport report;
  model::PhaseTimer timer("check");
  std::optional<CheckContext> built;
  const CheckContext& context = options.context && options.context->Describes(workspace, options.lang)
                                    ? *options.context
                                    : built.emplace(workspace, options.lang);
  timer.Mark("context");
  report.waivers = CollectWaivers(workspace);
  report.waivers_ignored = options.ignore_waivers;
  ClassifyWaivers(report.waivers, options);
  // (file, object id) -> waivers on it, so a finding looks up only its own objects.
  WaiverIndex waivers_on;
  for (std::size_t i = 0; i < report.waivers.size(); ++i) {
    waivers_on[{report.waivers[i].location.file, report.waivers[i].object_id}].push_back(i);
  }
  std::set<std::string> reported_load_ids;

  for (const CompiledRule& compiled : rules_) {
    // A pack rule that reports a loader diagnostic owns it, whether or not it runs: a disabled
    // MOD-001 silences dangling references instead of letting them through unfiltered.
    if (compiled.definition->template_name == "loader-diagnostic") {
      reported_load_ids.insert(compiled.parameters.String("diagnostic"));
    }
  }
  // The rules that run, with their severity after overrides. Federation rules have nothing to
  // say about a single file: they do not run (nor count).
  struct Job {
    const CompiledRule* compiled;
    model::Severity severity;
    // In detection order, policy applied. A deque grows without moving what it holds: a vector
    // of 250,000 findings copied itself to ever larger fresh blocks.
    std::deque<CheckedFinding> checked;
    WaiverMarks marks;                    // the waivers this rule's findings named
    double seconds = 0;
    std::vector<std::pair<std::uint32_t, SkipCause>> skipped;  // files the rule did not run on, and why
  };
  std::vector<Job> jobs;
  for (const CompiledRule& compiled : rules_) {
    const RuleDefinition& rule = *compiled.definition;
    if (!IsSelected(rule.id, options)) continue;
    // A rule that reports a loader diagnostic answers to that diagnostic's id as well.
    const std::string& mapped = compiled.implementation->Name() == "loader-diagnostic" ? compiled.parameters.String("diagnostic") : rule.id;
    if (!IsSelected(mapped, options)) continue;
    if (compiled.implementation->Federated() && (!options.federation || !context.federation().IsFederation())) continue;
    const model::Severity severity = SeverityFor(rule.id, SeverityFor(mapped, rule.severity, options), options);
    report.rules.push_back({&rule, severity});
    jobs.push_back({&compiled, severity, {}, {}});
  }

  // Detection: templates only read the context, so rules run on every core at once, each into
  // its own list.
  const bool any_loaded = std::any_of(workspace.files.begin(), workspace.files.end(),
                                      [](const model::SourceFile& file) { return file.loaded; });
  const auto mistyped_kinds = MistypedKinds(workspace);
  std::mutex progress_mutex;
  std::size_t rules_done = 0;
  // Policy (message, severity, waivers) is applied to each finding as the rule reports it, so that a
  // rule's detected findings never pile up beside their checked form: at 400,000 findings that halved
  // the memory a check touches, and fresh memory is what costs most (docs/performance.md).
  auto apply_policy = [&](Job& job, std::uint32_t file, Finding& finding) {
    const RuleDefinition& rule = *job.compiled->definition;
    CheckedFinding& checked = job.checked.emplace_back();
    model::Diagnostic& diagnostic = checked.diagnostic;
    diagnostic.rule_id = rule.id;
    diagnostic.severity = job.severity;
    diagnostic.message = FillPlaceholders(rule.message.In(options.lang), finding.arguments);
    diagnostic.location = finding.location;
    diagnostic.location.file = file;
    diagnostic.notes = std::move(finding.notes);
    for (model::Note& note : diagnostic.notes) {
      if (note.has_location && note.location.line == 0) note.has_location = false;
    }
    diagnostic.element_ids = std::move(finding.element_ids);
    if (!finding.justification.empty()) {
      diagnostic.severity = std::min(diagnostic.severity, model::Severity::kWarning);
      model::Note note;
      note.message_id = "check.justification.fallback-model";
      note.arguments = {{"reason", std::move(finding.justification)}};
      note.message = context.Text(note.message_id, note.arguments);
      diagnostic.notes.push_back(std::move(note));
    }
    ApplyWaivers(checked, file, report.waivers, waivers_on, job.marks);
  };
  auto detect = [&](std::size_t j) {
    Job& job = jobs[j];
    const auto start = std::chrono::steady_clock::now();
    const CompiledRule& compiled = *job.compiled;
    job.marks.assign(report.waivers.size(), 0);
    if (compiled.implementation->Federated()) {
      if (any_loaded) compiled.implementation->CheckFederation(context, compiled.parameters, [&](Finding finding) {
        apply_policy(job, finding.location.file, finding);
      });
    } else {
      const bool needs_profile = compiled.implementation->NeedsProfile();
      const std::vector<std::string> kinds_read = needs_profile ? KindsRead(*compiled.implementation, compiled.parameters) : std::vector<std::string>();
      for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
        if (!workspace.files[file].loaded || Scope(options, file) != FileScope::kChecked) continue;
        if (needs_profile && workspace.files[file].level.empty()) continue;
        if (needs_profile && InvalidLevel(workspace.files[file])) {
          job.skipped.emplace_back(file, SkipCause{});
          continue;
        }
        bool skip = false;
        for (const auto& [element, nearest] : mistyped_kinds[file]) {
          if (!KindMatchesAny(std::string(nearest), kinds_read)) continue;
          job.skipped.emplace_back(file, SkipCause{element, std::string(nearest)});
          skip = true;
        }
        if (skip) continue;
        compiled.implementation->Check(context, file, compiled.parameters,
                                       [&](Finding finding) { apply_policy(job, file, finding); });
      }
    }
    job.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.progress) {
      const std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(++rules_done, jobs.size());
    }
  };
  const unsigned threads = options.threads ? options.threads : model::HardwareThreads();
  model::ForEachIndex(jobs.size(), threads, detect);
  timer.Mark("rules");
  for (const Job& job : jobs) timer.Record(job.compiled->definition->id, job.seconds);

  for (const Job& job : jobs) MarkWaivers(report.waivers, job.marks);
  // One CHK-001 per file and cause, naming the rules it kept from running.
  std::map<std::pair<std::uint32_t, SkipCause>, std::vector<std::string>> skipped;
  for (const Job& job : jobs) {
    for (const auto& entry : job.skipped) skipped[entry].push_back(job.compiled->definition->id);
  }
  std::vector<model::Diagnostic> skip_diagnostics;
  for (const auto& [key, rules] : skipped) {
    const auto& [file, cause] = key;
    std::string list;
    for (const std::string& rule : rules) list += (list.empty() ? "" : ", ") + rule;
    model::Diagnostic diagnostic;
    diagnostic.rule_id = "CHK-001";
    diagnostic.severity = model::Severity::kInfo;
    if (cause.element < 0) {
      const auto levels = model::ProfileValues(model::prop::kLevel);
      const std::string_view nearest = model::ClosestMatch(workspace.files[file].level, levels);
      diagnostic.location = workspace.files[file].location;
      diagnostic.message_id = nearest.empty() ? "check.skipped.level" : "check.skipped.level-suggest";
      diagnostic.arguments = {{"rules", list}, {"value", workspace.files[file].level}, {"suggestion", std::string(nearest)}};
    } else {
      const model::Element& element = workspace.elements[cause.element];
      diagnostic.location = element.location;
      diagnostic.element_ids = {element.id};
      diagnostic.message_id = "check.skipped.kind";
      diagnostic.arguments = {{"rules", list}, {"element", context.Describe(cause.element)}, {"value", element.kind},
                              {"suggestion", cause.suggestion}};
    }
    diagnostic.location.file = file;
    diagnostic.message = context.Text(diagnostic.message_id, diagnostic.arguments);
    skip_diagnostics.push_back(std::move(diagnostic));
  }
  // CHK-002: a file declaring another framework than the pack's is checked against rules it does not
  // claim to follow; a clean result would be false comfort. The generic pack follows no framework.
  // A file declaring a framework eaf has no pack for, checked by content, is checked by no rule.
  const bool follows_framework = !pack_->framework.empty() && pack_->framework != "archimate";
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    const model::SourceFile& source = workspace.files[file];
    const FileScope scope = Scope(options, file);
    if (!source.loaded || scope == FileScope::kOther || (scope == FileScope::kChecked && !follows_framework)) continue;
    const std::string declared = source.framework.empty() ? std::string(model::kDefaultFramework) : source.framework;
    if (scope == FileScope::kChecked && declared == pack_->framework) continue;
    model::Diagnostic diagnostic;
    diagnostic.rule_id = "CHK-002";
    diagnostic.severity = model::Severity::kError;
    diagnostic.location = source.location;
    diagnostic.location.file = file;
    const bool bundled = std::find(options.bundled_frameworks.begin(), options.bundled_frameworks.end(), declared) !=
                         options.bundled_frameworks.end();
    std::string frameworks;
    for (const std::string& framework : options.bundled_frameworks) frameworks += (frameworks.empty() ? "" : ", ") + framework;
    diagnostic.message_id = scope == FileScope::kNoPack ? "check.framework-no-pack"
                            : bundled                   ? "check.framework-mismatch"
                                                        : "check.framework-mismatch.no-pack";
    diagnostic.arguments = {{"declared", model::EscapeForTerminal(declared)}, {"framework", pack_->framework}, {"pack", pack_->id},
                            {"frameworks", frameworks}};
    diagnostic.message = context.Text(diagnostic.message_id, diagnostic.arguments);
    skip_diagnostics.push_back(std::move(diagnostic));
  }
  for (model::Diagnostic& diagnostic : skip_diagnostics) {
    if (!IsSelected(diagnostic.rule_id, options)) continue;
    diagnostic.severity = SeverityFor(diagnostic.rule_id, diagnostic.severity, options);
    report.load_diagnostics.push_back(std::move(diagnostic));
  }
  // The loader's own diagnostics go through the same policy as the rules' findings, unless a
  // pack rule reports them under its id, or the file could not be loaded at all.
  WaiverMarks load_marks(report.waivers.size(), 0);
  std::deque<CheckedFinding> waived_load;  // loader diagnostics a waiver silences: findings, after the rules'
  for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
    if (reported_load_ids.count(diagnostic.rule_id)) continue;
    const std::uint32_t file = diagnostic.location.file;
    if (Scope(options, file) == FileScope::kOther) continue;
    if (file < workspace.files.size() && !workspace.files[file].loaded) {
      report.load_diagnostics.push_back(diagnostic);
      continue;
    }
    if (!IsSelected(diagnostic.rule_id, options)) continue;
    CheckedFinding checked{diagnostic, false, {}};
    checked.diagnostic.severity = SeverityFor(diagnostic.rule_id, diagnostic.severity, options);
    ApplyWaivers(checked, file, report.waivers, waivers_on, load_marks);
    if (checked.waived) waived_load.push_back(std::move(checked));
    else report.load_diagnostics.push_back(std::move(checked.diagnostic));
  }
  MarkWaivers(report.waivers, load_marks);
  ReportWaiverProblems(*pack_, report, options);
  timer.Mark("loader");
  // The report is the one a single thread would give: the rules' findings in rule order, then the
  // waived loader diagnostics, sorted stably.
  std::vector<std::deque<CheckedFinding>*> runs;
  for (Job& job : jobs) runs.push_back(&job.checked);
  runs.push_back(&waived_load);
  JoinSorted(runs, report.findings);
  timer.Mark("join, sorted");
  return report;
}

}  // namespace eaf::checker
