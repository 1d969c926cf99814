#include "review/export/check_report.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/json_writer.h"
#include "model/messages.h"
#include "model/profile.h"

namespace eaf::review {
namespace {

using checker::CheckedFinding;
using checker::CheckReport;
using checker::RuleDefinition;
using checker::RuleRun;
using checker::Waiver;
using model::Severity;

std::string Text(const ReportInput& input, std::string_view id, const model::MessageArgs& args = {}) {
  return model::Text(input.lang, id, args);
}

std::string CountLine(const ReportInput& input) {
  const CheckReport& report = input.report;
  std::size_t waived = 0;
  for (const CheckedFinding& finding : report.findings) waived += finding.waived;
  return Text(input, "report.summary",
              {{"errors", std::to_string(report.Count(Severity::kError))},
               {"warnings", std::to_string(report.Count(Severity::kWarning))},
               {"infos", std::to_string(report.Count(Severity::kInfo))},
               {"waived", std::to_string(waived)},
               {"files", std::to_string(input.workspace.files.size())},
               {"rules", std::to_string(report.rules.size())}});
}

// One line per pack: the pack alone when it checked every file, else with the files it checked.
std::string PackLines(const ReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  std::vector<std::pair<std::string, std::string>> groups;  // (label, files), in file order
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    const std::string label = PackLabel(input.PackOf(file), workspace.files[file], input.lang);
    auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& entry) { return entry.first == label; });
    if (group == groups.end()) group = groups.insert(groups.end(), {label, ""});
    group->second += (group->second.empty() ? "" : ", ") + model::EscapeForTerminal(workspace.files[file].path);
  }
  std::string out;
  for (const auto& [label, files] : groups) {
    out += (groups.size() == 1 ? Text(input, "report.text.pack", {{"pack", label}})
                               : Text(input, "report.text.pack-files", {{"pack", label}, {"files", files}})) +
           "\n";
  }
  return out;
}

void WritePackJson(model::JsonWriter& json, const checker::RulePack* pack) {
  if (!pack) {
    json.Key("pack").Null();
    return;
  }
  json.Key("pack").BeginObject().Field("id", pack->id).Field("version", pack->version).Field("framework", pack->framework).EndObject();
}

}  // namespace

std::string PackLabel(const checker::RulePack* pack, const model::SourceFile& file, const std::string& lang) {
  if (!pack) {
    return model::Text(lang, "report.pack.none",
                       {{"framework", model::EscapeForTerminal(file.framework.empty() ? std::string(model::kDefaultFramework) : file.framework)}});
  }
  const model::MessageArgs args{{"pack", pack->id}, {"version", pack->version}, {"framework", pack->framework}};
  return model::Text(lang, pack->framework.empty() || pack->framework == "archimate" ? "report.pack.generic" : "report.pack.framework", args);
}

std::vector<AgencySummary> SummarizeAgencies(const ReportInput& input) {
  std::vector<AgencySummary> rows(input.workspace.files.size());
  for (std::uint32_t f = 0; f < rows.size(); ++f) rows[f].file = f;
  auto count = [&](const model::Diagnostic& diagnostic, bool waived) {
    AgencySummary& row = rows[diagnostic.location.file];
    if (waived) ++row.waived;
    else if (diagnostic.severity == Severity::kError) ++row.errors;
    else if (diagnostic.severity == Severity::kWarning) ++row.warnings;
    else ++row.infos;
  };
  for (const CheckedFinding& finding : input.report.findings) count(finding.diagnostic, finding.waived);
  for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) count(diagnostic, false);
  for (AgencySummary& row : rows) {
    row.score = std::max(0, 100 - 10 * static_cast<int>(row.errors) - 2 * static_cast<int>(row.warnings));
  }
  return rows;
}

namespace {
std::size_t CodePoints(std::string_view text) {
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80;
  return points;
}

std::string Pad(std::string text, std::size_t width) {
  // Pads by code points so Vietnamese text lines up.
  const std::size_t points = CodePoints(text);
  if (points < width) text.append(width - points, ' ');
  return text;
}
}  // namespace

std::string WriteText(const ReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  std::string out;
  for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) {
    out += model::FormatDiagnosticText(workspace.files, diagnostic, input.lang);
  }
  std::vector<const CheckedFinding*> waived;
  for (const CheckedFinding& finding : input.report.findings) {
    if (finding.waived) {
      waived.push_back(&finding);
      continue;
    }
    out += model::FormatDiagnosticText(workspace.files, finding.diagnostic, input.lang);
  }
  if (!waived.empty()) {
    out += Text(input, "report.text.waived-heading") + "\n";
    for (const CheckedFinding* finding : waived) {
      out += Text(input, "report.text.waived-finding",
                  {{"location", model::FormatLocation(workspace.files, finding->diagnostic.location)},
                   {"message", model::EscapeForTerminal(finding->diagnostic.message)},
                   {"rule", finding->diagnostic.rule_id},
                   {"reason", model::EscapeForTerminal(finding->waiver_reason)}}) +
             "\n";
    }
  }
  // An unused waiver that applies is most likely stale; those that do not apply have their own
  // POL-* finding above.
  for (const Waiver& waiver : input.report.waivers) {
    if (waiver.used || waiver.status != checker::WaiverStatus::kActive) continue;
    out += Text(input, "report.text.unused-waiver",
                {{"location", model::FormatLocation(workspace.files, waiver.location)},
                 {"rule", model::EscapeForTerminal(waiver.rule_id)},
                 {"object", model::EscapeForTerminal(waiver.object_id)}}) +
           "\n";
  }
  if (input.report.waivers_ignored && !input.report.waivers.empty()) {
    out += Text(input, "report.text.ignored-heading") + "\n";
    for (const Waiver& waiver : input.report.waivers) {
      out += Text(input, "report.text.ignored-waiver",
                  {{"location", model::FormatLocation(workspace.files, waiver.location)},
                   {"rule", model::EscapeForTerminal(waiver.rule_id)},
                   {"object", model::EscapeForTerminal(waiver.object_id)},
                   {"reason", model::EscapeForTerminal(waiver.reason)}}) +
             "\n";
    }
  }
  if (workspace.files.size() > 1) {
    out += Text(input, "report.text.per-agency") + "\n";
    // Each column is as wide as its longest header or cell plus one space (in code points, so that
    // Vietnamese labels such as "cấp quốc gia" line up), and no narrower than the English layout.
    const char* header_ids[] = {"report.column.agency", "report.column.level",  "report.column.state", "report.column.errors",
                                "report.column.warnings", "report.column.infos", "report.column.waived", "report.column.score"};
    constexpr std::size_t kColumns = std::size(header_ids);
    std::vector<std::array<std::string, kColumns>> rows;
    std::vector<std::string> paths;
    std::array<std::string, kColumns> headers;
    for (std::size_t c = 0; c < kColumns; ++c) headers[c] = Text(input, header_ids[c]);
    rows.push_back(headers);
    for (const AgencySummary& row : SummarizeAgencies(input)) {
      const model::SourceFile& file = workspace.files[row.file];
      rows.push_back({model::EscapeForTerminal(file.agency.empty() ? "-" : file.agency),
                      model::EscapeForTerminal(file.level.empty() ? "-" : model::ValueLabel(input.lang, "view.level.", file.level)),
                      model::EscapeForTerminal(file.state.empty() ? "-" : model::ValueLabel(input.lang, "view.state.", file.state)),
                      std::to_string(row.errors), std::to_string(row.warnings), std::to_string(row.infos),
                      std::to_string(row.waived), std::to_string(row.score)});
      paths.push_back(model::EscapeForTerminal(file.path));
    }
    std::array<std::size_t, kColumns> widths{8, 10, 11, 7, 9, 6, 7, 6};
    for (const auto& cells : rows) {
      for (std::size_t c = 0; c < kColumns; ++c) widths[c] = std::max(widths[c], CodePoints(cells[c]) + 1);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < kColumns; ++c) out += Pad(rows[r][c], widths[c]);
      out += (r == 0 ? Text(input, "report.column.file") : paths[r - 1]) + "\n";
    }
    out += Text(input, "report.text.score-rule") + "\n";
  }
  out += PackLines(input);
  out += CountLine(input) + "\n";
  return out;
}

namespace {

void WriteNotes(model::JsonWriter& json, const model::Workspace& workspace, const std::vector<model::Note>& notes) {
  json.Key("notes").BeginArray();
  for (const model::Note& note : notes) {
    json.BeginObject().Field("message", note.message);
    if (note.has_location) {
      json.Field("file", workspace.files[note.location.file].path);
      json.Field("line", note.location.line).Field("column", note.location.column);
    }
    json.EndObject();
  }
  json.EndArray();
}

void WriteDiagnosticFields(model::JsonWriter& json, const model::Workspace& workspace, const model::Diagnostic& diagnostic) {
  json.Field("rule", diagnostic.rule_id).Field("severity", model::SeverityName(diagnostic.severity));
  json.Field("message", diagnostic.message);
  json.Field("file", workspace.files[diagnostic.location.file].path);
  json.Field("line", diagnostic.location.line).Field("column", diagnostic.location.column);
  json.Key("elements").BeginArray();
  for (const std::string& id : diagnostic.element_ids) json.String(id);
  json.EndArray();
  WriteNotes(json, workspace, diagnostic.notes);
}

}  // namespace

std::string WriteJson(const ReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  std::string out;
  model::JsonWriter json(out);
  json.BeginObject();
  json.Key("tool").BeginObject().Field("name", "eaf").Field("version", input.tool_version).EndObject();
  json.Key("pack").BeginObject().Field("id", input.pack.id).Field("version", input.pack.version);
  json.Field("framework", input.pack.framework).EndObject();
  json.Field("lang", input.lang).Field("fail_on", model::SeverityName(input.fail_on));
  json.Field("ignore_waivers", input.report.waivers_ignored);
  json.Key("files").BeginArray();
  for (const model::SourceFile& file : workspace.files) {
    json.BeginObject().Field("path", file.path).Field("loaded", file.loaded);
    json.Field("level", file.level).Field("agency", file.agency).Field("framework", file.framework).Field("state", file.state);
    WritePackJson(json, input.PackOf(static_cast<std::uint32_t>(&file - workspace.files.data())));
    json.EndObject();
  }
  json.EndArray();
  json.Key("findings").BeginArray();
  for (const CheckedFinding& finding : input.report.findings) {
    json.BeginObject();
    WriteDiagnosticFields(json, workspace, finding.diagnostic);
    json.Field("waived", finding.waived);
    if (finding.waived) json.Field("waiver_reason", finding.waiver_reason);
    json.EndObject();
  }
  json.EndArray();
  json.Key("load_diagnostics").BeginArray();
  for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) {
    json.BeginObject();
    WriteDiagnosticFields(json, workspace, diagnostic);
    json.EndObject();
  }
  json.EndArray();
  json.Key("waivers").BeginArray();
  for (const Waiver& waiver : input.report.waivers) {
    json.BeginObject().Field("rule", waiver.rule_id).Field("reason", waiver.reason).Field("object", waiver.object_id);
    json.Field("approved_by", waiver.approved_by).Field("until", waiver.until);
    json.Field("status", checker::WaiverStatusName(waiver.status));
    json.Field("file", workspace.files[waiver.location.file].path);
    json.Field("line", waiver.location.line).Field("column", waiver.location.column).Field("used", waiver.used);
    json.EndObject();
  }
  json.EndArray();
  json.Key("rules").BeginArray();
  for (const RuleRun& run : input.report.rules) {
    json.BeginObject().Field("id", run.rule->id).Field("severity", model::SeverityName(run.severity)).EndObject();
  }
  json.EndArray();
  json.Key("agencies").BeginArray();
  for (const AgencySummary& row : SummarizeAgencies(input)) {
    const model::SourceFile& file = workspace.files[row.file];
    json.BeginObject().Field("file", file.path).Field("agency", file.agency).Field("level", file.level).Field("state", file.state);
    json.Field("error", static_cast<std::uint64_t>(row.errors)).Field("warning", static_cast<std::uint64_t>(row.warnings));
    json.Field("info", static_cast<std::uint64_t>(row.infos)).Field("waived", static_cast<std::uint64_t>(row.waived));
    json.Field("score", row.score).EndObject();
  }
  json.EndArray();
  std::size_t waived = 0;
  for (const CheckedFinding& finding : input.report.findings) waived += finding.waived;
  json.Key("summary").BeginObject();
  json.Field("error", static_cast<std::uint64_t>(input.report.Count(Severity::kError)));
  json.Field("warning", static_cast<std::uint64_t>(input.report.Count(Severity::kWarning)));
  json.Field("info", static_cast<std::uint64_t>(input.report.Count(Severity::kInfo)));
  json.Field("waived", static_cast<std::uint64_t>(waived));
  json.Field("failed", input.report.HasAtLeast(input.fail_on));
  json.EndObject();
  json.EndObject();
  return out;
}

namespace {

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

// A relative URI reference for a path: '/'-separated, unreserved characters kept, the rest %XX.
std::string PathToUri(std::string_view path) {
  std::string uri;
  char buffer[4];
  for (unsigned char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      uri += static_cast<char>(c);
    } else {
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      uri += buffer;
    }
  }
  if (uri.starts_with("./")) uri.erase(0, 2);
  return uri;
}

void WriteSarifLocation(model::JsonWriter& json, const model::Workspace& workspace, const model::SourceLocation& location,
                        std::string_view message = {}) {
  json.BeginObject();
  if (!message.empty()) json.Key("message").BeginObject().Field("text", message).EndObject();
  json.Key("physicalLocation").BeginObject();
  json.Key("artifactLocation").BeginObject().Field("uri", PathToUri(workspace.files[location.file].path)).EndObject();
  // SARIF regions are 1-based; a file-level problem points at 1:1.
  json.Key("region").BeginObject();
  json.Field("startLine", std::max<std::uint32_t>(location.line, 1)).Field("startColumn", std::max<std::uint32_t>(location.column, 1));
  json.EndObject();
  json.EndObject();
  json.EndObject();
}

}  // namespace

std::string WriteSarif(const ReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  // Rule metadata: pack rules that ran, then loader diagnostic ids that occur.
  std::map<std::string, std::size_t> rule_index;
  std::vector<const RuleDefinition*> pack_rules;
  for (const RuleRun& run : input.report.rules) {
    rule_index[run.rule->id] = pack_rules.size();
    pack_rules.push_back(run.rule);
  }
  std::set<std::string> load_ids;
  for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) load_ids.insert(diagnostic.rule_id);
  for (const std::string& id : load_ids) rule_index.emplace(id, pack_rules.size() + std::distance(load_ids.begin(), load_ids.find(id)));

  std::string out;
  model::JsonWriter json(out);
  json.BeginObject();
  json.Field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").Field("version", "2.1.0");
  json.Key("runs").BeginArray().BeginObject();
  json.Key("tool").BeginObject().Key("driver").BeginObject();
  json.Field("name", "eaf").Field("version", input.tool_version).Field("semanticVersion", input.tool_version);
  json.Key("rules").BeginArray();
  for (const RuleRun& run : input.report.rules) {
    const RuleDefinition& rule = *run.rule;
    json.BeginObject().Field("id", rule.id).Field("name", rule.template_name);
    json.Key("shortDescription").BeginObject().Field("text", rule.title.In(input.lang)).EndObject();
    json.Key("fullDescription").BeginObject().Field("text", rule.rationale.In(input.lang)).EndObject();
    const std::string help = rule.title.In(input.lang) + "\n\n" + rule.rationale.In(input.lang) + "\n\n" +
                             Text(input, "report.sarif.source", {{"source", rule.source}});
    json.Key("help").BeginObject().Field("text", help).EndObject();
    json.Key("defaultConfiguration").BeginObject().Field("level", SarifLevel(run.severity)).EndObject();
    json.Key("properties").BeginObject().Field("source", rule.source).Field("unconfirmed", rule.unconfirmed).EndObject();
    json.EndObject();
  }
  for (const std::string& id : load_ids) {
    // eaf's own ids: the loader's, and the policy stage's about waivers (POL-*), each with its title.
    std::string key = "diag." + id;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string* title = model::Messages(input.lang).Find(key);
    json.BeginObject().Field("id", id).Field("name", id.starts_with("POL-") ? "policy" : "loader");
    json.Key("shortDescription").BeginObject().Field("text", title ? *title : Text(input, "report.sarif.loader-problem")).EndObject();
    json.Key("help").BeginObject().Field("text", Text(input, "report.sarif.loader-help")).EndObject();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject().EndObject();  // driver, tool
  // Each file with the pack it was checked with (files checked with different packs in one run).
  json.Key("artifacts").BeginArray();
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    json.BeginObject().Key("location").BeginObject().Field("uri", PathToUri(workspace.files[file].path)).EndObject();
    json.Key("properties").BeginObject();
    WritePackJson(json, input.PackOf(file));
    json.EndObject().EndObject();
  }
  json.EndArray();
  json.Key("results").BeginArray();
  auto result = [&](const model::Diagnostic& diagnostic, const CheckedFinding* finding) {
    json.BeginObject();
    json.Field("ruleId", diagnostic.rule_id).Field("ruleIndex", static_cast<std::uint64_t>(rule_index[diagnostic.rule_id]));
    json.Field("level", SarifLevel(diagnostic.severity));
    json.Key("message").BeginObject().Field("text", diagnostic.message).EndObject();
    json.Key("locations").BeginArray();
    WriteSarifLocation(json, workspace, diagnostic.location);
    json.EndArray();
    bool any_related = false;
    for (const model::Note& note : diagnostic.notes) any_related |= note.has_location;
    if (any_related) {
      json.Key("relatedLocations").BeginArray();
      for (const model::Note& note : diagnostic.notes) {
        if (note.has_location) WriteSarifLocation(json, workspace, note.location, note.message);
      }
      json.EndArray();
    }
    // Every waiver that names the finding stays visible: "accepted" when it silenced it,
    // "rejected" when it did not apply (--ignore-waivers, expired, no reason), which SARIF
    // consumers show as not suppressed.
    if (finding && finding->waiver >= 0) {
      const Waiver& waiver = input.report.waivers[static_cast<std::size_t>(finding->waiver)];
      json.Key("suppressions").BeginArray().BeginObject();
      json.Field("kind", "inSource").Field("status", finding->waived ? "accepted" : "rejected");
      if (!waiver.reason.empty()) json.Field("justification", waiver.reason);
      json.Key("properties").BeginObject().Field("waiverStatus", checker::WaiverStatusName(waiver.status));
      if (!waiver.approved_by.empty()) json.Field("approvedBy", waiver.approved_by);
      if (!waiver.until.empty()) json.Field("until", waiver.until);
      json.EndObject();
      json.EndObject().EndArray();
    }
    if (!diagnostic.element_ids.empty()) {
      json.Key("properties").BeginObject().Key("elements").BeginArray();
      for (const std::string& id : diagnostic.element_ids) json.String(id);
      json.EndArray().EndObject();
    }
    json.EndObject();
  };
  for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) result(diagnostic, nullptr);
  for (const CheckedFinding& finding : input.report.findings) result(finding.diagnostic, &finding);
  json.EndArray();
  json.EndObject().EndArray();  // run, runs
  json.EndObject();
  return out;
}

std::string WriteJunit(const ReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"eaf\">\n";
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    const std::string& path = workspace.files[file].path;
    // A file that could not be loaded was never checked: one failing case with the loader's
    // problem, not a passing case per rule.
    if (!workspace.files[file].loaded) {
      std::string details, type, message;
      for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) {
        if (diagnostic.location.file != file) continue;
        if (type.empty()) {
          type = diagnostic.rule_id;
          message = diagnostic.message;
        }
        details += model::FormatDiagnosticText(workspace.files, diagnostic, input.lang);
      }
      out += "  <testsuite name=\"";
      model::AppendXmlEscaped(out, path);
      out += "\" tests=\"1\" failures=\"1\" errors=\"0\">\n    <testcase classname=\"";
      model::AppendXmlEscaped(out, path);
      out += "\" name=\"load\">\n      <failure message=\"";
      model::AppendXmlEscaped(out, message.empty() ? Text(input, "report.junit.load-failed") : message);
      out += "\" type=\"";
      model::AppendXmlEscaped(out, type);
      out += "\">";
      model::AppendXmlEscaped(out, details);
      out += "</failure>\n    </testcase>\n  </testsuite>\n";
      continue;
    }
    struct Case {
      std::vector<const CheckedFinding*> findings;
    };
    std::map<std::string, Case> cases;
    // The rules of the file's own pack (a run of several packs lists the rules of all).
    const checker::RulePack* pack = input.PackOf(file);
    for (const RuleRun& run : input.report.rules) {
      if (pack && (pack == &input.pack || std::any_of(pack->rules.begin(), pack->rules.end(),
                                                      [&](const RuleDefinition& rule) { return rule.id == run.rule->id; }))) {
        cases[run.rule->id];
      }
    }
    for (const CheckedFinding& finding : input.report.findings) {
      if (finding.diagnostic.location.file == file) cases[finding.diagnostic.rule_id].findings.push_back(&finding);
    }
    std::size_t failures = 0;
    for (const auto& [id, test_case] : cases) {
      failures += std::any_of(test_case.findings.begin(), test_case.findings.end(), [&](const CheckedFinding* f) {
        return !f->waived && f->diagnostic.severity >= input.fail_on;
      });
    }
    std::size_t errors = 0;
    for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) {
      errors += diagnostic.location.file == file && diagnostic.severity == Severity::kError;
    }
    out += "  <testsuite name=\"";
    model::AppendXmlEscaped(out, path);
    out += "\" tests=\"" + std::to_string(cases.size() + (errors ? 1 : 0)) + "\" failures=\"" + std::to_string(failures) +
           "\" errors=\"" + std::to_string(errors ? 1 : 0) + "\">\n";
    out += "    <properties>\n      <property name=\"eaf.pack\" value=\"";
    model::AppendXmlEscaped(out, PackLabel(pack, workspace.files[file], input.lang));
    out += "\"/>\n";
    if (pack) {
      using Property = std::pair<const char*, const std::string*>;
      for (const auto& [name, value] : {Property{"eaf.pack.id", &pack->id}, Property{"eaf.pack.version", &pack->version},
                                        Property{"eaf.pack.framework", &pack->framework}}) {
        out += "      <property name=\"" + std::string(name) + "\" value=\"";
        model::AppendXmlEscaped(out, *value);
        out += "\"/>\n";
      }
    }
    out += "    </properties>\n";
    if (errors) {
      out += "    <testcase classname=\"";
      model::AppendXmlEscaped(out, path);
      out += "\" name=\"load\">\n      <error message=\"";
      model::AppendXmlEscaped(out, Text(input, "report.junit.load-failed"));
      out += "\">";
      for (const model::Diagnostic& diagnostic : input.report.load_diagnostics) {
        if (diagnostic.location.file != file) continue;
        model::AppendXmlEscaped(out, model::FormatDiagnosticText(workspace.files, diagnostic, input.lang));
      }
      out += "</error>\n    </testcase>\n";
    }
    for (const auto& [id, test_case] : cases) {
      out += "    <testcase classname=\"";
      model::AppendXmlEscaped(out, path);
      out += "\" name=\"" + id + "\"";
      if (test_case.findings.empty()) {
        out += "/>\n";
        continue;
      }
      out += ">\n";
      std::string failing, other;
      for (const CheckedFinding* finding : test_case.findings) {
        std::string line = model::FormatDiagnosticText(workspace.files, finding->diagnostic, input.lang);
        if (finding->waived) {
          line = Text(input, "report.junit.waived-finding", {{"finding", line}, {"reason", finding->waiver_reason}}) + "\n";
        }
        (!finding->waived && finding->diagnostic.severity >= input.fail_on ? failing : other) += line;
      }
      if (!failing.empty()) {
        out += "      <failure message=\"";
        model::AppendXmlEscaped(out, test_case.findings.front()->diagnostic.message);
        out += "\" type=\"" + id + "\">";
        model::AppendXmlEscaped(out, failing);
        out += "</failure>\n";
      }
      if (!other.empty()) {
        out += "      <system-out>";
        model::AppendXmlEscaped(out, other);
        out += "</system-out>\n";
      }
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace eaf::review
