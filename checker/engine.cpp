#include "checker/engine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "checker/check_context.h"
#include "model/phase_timer.h"
#include "model/profile.h"
#include "model/text_util.h"

namespace eaf::checker {
namespace {

model::Diagnostic PackError(std::string_view id, std::string message, const model::SourceLocation& location) {
  model::Diagnostic diagnostic;
  diagnostic.rule_id = std::string(id);
  diagnostic.severity = model::Severity::kError;
  diagnostic.message = std::move(message);
  diagnostic.location = location;
  return diagnostic;
}

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

// Checks one parameter value against its declared type; returns "" when fine.
std::string CheckParameterValue(const ParameterSpec& spec, const std::string& value,
                                const std::vector<std::string>& words, const RulePack& pack) {
  switch (spec.type) {
    case ParameterType::kString:
      return value.empty() ? "is empty" : "";
    case ParameterType::kList:
      return words.empty() ? "is empty" : "";
    case ParameterType::kInteger: {
      if (value.empty()) return "is empty; an integer was expected";
      std::size_t i = value[0] == '-' ? 1 : 0;
      if (i == value.size()) return "'" + value + "' is not an integer";
      for (; i < value.size(); ++i) {
        if (value[i] < '0' || value[i] > '9') return "'" + value + "' is not an integer";
      }
      return value.size() > 12 ? "'" + value + "' is out of range" : "";
    }
    case ParameterType::kBoolean:
      return value == "true" || value == "false" ? "" : "'" + value + "' is not true or false";
    case ParameterType::kKinds:
      for (const std::string& word : words) {
        std::string family = word;
        if (family.ends_with(".*")) family.resize(family.size() - 2);
        bool known = model::FindKind(family) != nullptr;
        for (const model::KindInfo& info : model::AllKinds()) known = known || model::KindMatches(info.kind, family);
        if (!known) return "'" + word + "' is not a kind of the profile";
      }
      return words.empty() ? "is empty" : "";
    case ParameterType::kElementTypes:
      for (const std::string& word : words) {
        if (!model::ParseElementType(word)) {
          std::string message = "'" + word + "' is not an ArchiMate element type";
          const std::string_view suggestion = model::ClosestMatch(word, model::AllElementTypeNames());
          if (!suggestion.empty()) message += "; did you mean '" + std::string(suggestion) + "'?";
          return message;
        }
      }
      return words.empty() ? "is empty" : "";
    case ParameterType::kRelationshipTypes:
      for (const std::string& word : words) {
        if (!model::ParseRelationshipType(word)) return "'" + word + "' is not an ArchiMate relationship type";
      }
      return words.empty() ? "is empty" : "";
    case ParameterType::kLevels:
      for (const std::string& word : words) {
        if (word != "national" && word != "ministry" && word != "province") {
          return "'" + word + "' is not a level (national, ministry, province)";
        }
      }
      return words.empty() ? "is empty" : "";
    case ParameterType::kFile: {
      std::string path, error;
      return ResolvePackFile(pack, value, path, error) ? "" : error;
    }
  }
  return "";
}

// The placeholders a message uses: {name} with name made of letters, digits and dashes.
std::vector<std::string> PlaceholdersIn(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(open + 1, close - open - 1));
  }
  return names;
}

bool Selected(const std::string& id, const CheckOptions& options) {
  if (!options.enable.empty() &&
      std::none_of(options.enable.begin(), options.enable.end(), [&](const std::string& glob) { return model::GlobMatch(glob, id); })) {
    return false;
  }
  return std::none_of(options.disable.begin(), options.disable.end(),
                      [&](const std::string& glob) { return model::GlobMatch(glob, id); });
}

}  // namespace

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
  bool ok = true;
  for (const RuleDefinition& rule : pack.rules) {
    std::unique_ptr<RuleTemplate> implementation = CreateTemplate(rule.template_name);
    if (!implementation) {
      std::string message = "rule " + rule.id + " uses an unknown template '" + rule.template_name + "'";
      std::vector<std::string_view> names;
      for (const TemplateRegistration& registration : RegisteredTemplates()) names.push_back(registration.name);
      const std::string_view suggestion = model::ClosestMatch(rule.template_name, names);
      if (!suggestion.empty()) message += "; did you mean '" + std::string(suggestion) + "'?";
      diagnostics.push_back(PackError("PACK-003", message, rule.location));
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
        std::string message = "rule " + rule.id + ": template '" + rule.template_name + "' has no parameter '" + raw.name + "'";
        std::vector<std::string_view> names;
        for (const ParameterSpec& s : specs) names.push_back(s.name);
        const std::string_view suggestion = model::ClosestMatch(raw.name, names);
        if (!suggestion.empty()) message += "; did you mean '" + std::string(suggestion) + "'?";
        diagnostics.push_back(PackError("PACK-004", message, raw.location));
        rule_ok = false;
        continue;
      }
      if (!given.insert(raw.name).second) {
        diagnostics.push_back(PackError("PACK-004", "rule " + rule.id + ": parameter '" + raw.name + "' is given twice", raw.location));
        rule_ok = false;
        continue;
      }
      std::vector<std::string> words = SplitWords(raw.value);
      const std::string problem = CheckParameterValue(*spec, raw.value, words, pack);
      if (!problem.empty()) {
        diagnostics.push_back(PackError("PACK-004", "rule " + rule.id + ": parameter '" + raw.name + "' " + problem, raw.location));
        rule_ok = false;
        continue;
      }
      parameters.Set(raw.name, raw.value, std::move(words));
    }
    for (const ParameterSpec& spec : specs) {
      if (spec.required && !given.count(std::string(spec.name))) {
        diagnostics.push_back(PackError("PACK-004",
                                        "rule " + rule.id + ": template '" + rule.template_name +
                                            "' needs the parameter '" + std::string(spec.name) + "'",
                                        rule.location));
        rule_ok = false;
      }
    }
    const std::vector<std::string_view> placeholders = implementation->Placeholders();
    std::set<std::string> used;
    for (const std::string* text : {&rule.message.vi, &rule.message.en}) {
      for (std::string& name : PlaceholdersIn(*text)) used.insert(std::move(name));
    }
    for (const std::string& name : used) {
      if (std::find(placeholders.begin(), placeholders.end(), name) == placeholders.end()) {
        diagnostics.push_back(PackError("PACK-004",
                                        "rule " + rule.id + ": the message uses {" + name + "}, which template '" +
                                            rule.template_name + "' does not fill",
                                        rule.location));
        rule_ok = false;
      }
    }
    std::string error;
    if (rule_ok && !implementation->Configure(parameters, pack, error)) {
      diagnostics.push_back(PackError("PACK-004", "rule " + rule.id + ": " + error, rule.location));
      rule_ok = false;
    }
    if (!rule_ok) {
      ok = false;
      continue;
    }
    checker.rules_.push_back({&rule, std::move(implementation), std::move(parameters)});
  }
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

std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& arguments) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    auto it = arguments.find(std::string(text.substr(open + 1, close - open - 1)));
    if (it == arguments.end()) out.append(text.substr(open, close - open + 1));
    else out += it->second;
    i = close + 1;
  }
  out.append(text.substr(i));
  return out;
}

std::vector<Waiver> CollectWaivers(const model::Workspace& workspace) {
  std::vector<Waiver> waivers;
  auto collect = [&](const std::vector<model::Property>& properties, const std::string& id,
                     const model::SourceLocation& location) {
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

CheckReport Checker::Run(const model::Workspace& workspace, const CheckOptions& options) const {
  CheckReport report;
  model::PhaseTimer timer("check");
  const CheckContext context(workspace, options.lang);
  timer.Mark("context");
  report.waivers = CollectWaivers(workspace);
  // (file, object id) -> waivers on it, so a finding looks up only its own objects.
  std::map<std::pair<std::uint32_t, std::string>, std::vector<std::size_t>> waivers_on;
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
    std::vector<std::pair<std::uint32_t, Finding>> found;  // (file, finding), in detection order
    double seconds = 0;
  };
  std::vector<Job> jobs;
  for (const CompiledRule& compiled : rules_) {
    const RuleDefinition& rule = *compiled.definition;
    if (!Selected(rule.id, options)) continue;
    if (compiled.implementation->Federated() && !context.federation().IsFederation()) continue;
    model::Severity severity = rule.severity;
    for (const auto& [glob, level] : options.severity_overrides) {
      if (model::GlobMatch(glob, rule.id)) severity = level;
    }
    report.rules.push_back({&rule, severity});
    jobs.push_back({&compiled, severity, {}});
  }

  // Detection: templates only read the context, so rules run on every core at once, each into
  // its own list. Policy (messages, waivers) then runs in rule order: the report is the same
  // whatever the threads did.
  const bool any_loaded = std::any_of(workspace.files.begin(), workspace.files.end(),
                                      [](const model::SourceFile& file) { return file.loaded; });
  std::mutex progress_mutex;
  std::size_t rules_done = 0;
  std::atomic<std::size_t> next{0};
  auto detect = [&] {
    for (std::size_t j = next++; j < jobs.size(); j = next++) {
      Job& job = jobs[j];
      const auto start = std::chrono::steady_clock::now();
      const CompiledRule& compiled = *job.compiled;
      if (compiled.implementation->Federated()) {
        if (any_loaded) compiled.implementation->CheckFederation(context, compiled.parameters, [&](Finding finding) {
          job.found.emplace_back(finding.location.file, std::move(finding));
        });
      } else {
        const bool needs_profile = compiled.implementation->NeedsProfile();
        for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
          if (!workspace.files[file].loaded) continue;
          if (needs_profile && workspace.files[file].level.empty()) continue;
          compiled.implementation->Check(context, file, compiled.parameters,
                                         [&](Finding finding) { job.found.emplace_back(file, std::move(finding)); });
        }
      }
      job.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (options.progress) {
        const std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(++rules_done, jobs.size());
      }
    }
  };
  const unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()),
                                              static_cast<unsigned>(std::max<std::size_t>(jobs.size(), 1)));
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(detect);
  detect();
  for (std::thread& helper : helpers) helper.join();
  timer.Mark("rules");
  for (const Job& job : jobs) timer.Record(job.compiled->definition->id, job.seconds);

  for (Job& job : jobs) {
    const RuleDefinition& rule = *job.compiled->definition;
    for (auto& [file, finding] : job.found) {
      CheckedFinding checked;
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
        note.arguments = {{"reason", finding.justification}};
        note.message = context.Text(note.message_id, note.arguments);
        diagnostic.notes.push_back(std::move(note));
      }
      for (const std::string& id : diagnostic.element_ids) {
        auto it = waivers_on.find({file, id});
        if (it == waivers_on.end()) continue;
        for (std::size_t w : it->second) {
          if (report.waivers[w].rule_id != rule.id) continue;
          checked.waived = true;
          checked.waiver_reason = report.waivers[w].reason;
          report.waivers[w].used = true;
        }
        if (checked.waived) break;
      }
      report.findings.push_back(std::move(checked));
    }
    job.found.clear();
  }
  for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
    if (!reported_load_ids.count(diagnostic.rule_id)) report.load_diagnostics.push_back(diagnostic);
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const CheckedFinding& a, const CheckedFinding& b) {
    return model::DiagnosticLess(a.diagnostic, b.diagnostic);
  });
  timer.Mark("sort");
  return report;
}

}  // namespace eaf::checker
