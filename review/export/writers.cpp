#include "review/export/writers.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/json_writer.h"
#include "model/messages.h"
#include "model/statistics.h"
#include "render/saved_views.h"

namespace eaf::review {
namespace {

using model::Statistics;
using model::Text;
using model::Workspace;

std::string Escaped(std::string_view text) { return model::EscapeForTerminal(text); }

// Pack text in the Markdown rule list: safe for a terminal, then for a Markdown table.
std::string MarkdownCell(std::string_view text) { return model::EscapeMarkdownCell(Escaped(text)); }

std::string SeverityWord(model::Severity severity, const std::string& lang) {
  return Text(lang, std::string("severity.") + model::SeverityName(severity));
}

// Pads to a width counted in code points, so that Vietnamese words line up.
std::string Pad(const std::string& text, std::size_t width) {
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80;
  return text + std::string(width > points ? width - points : 1, ' ');
}

void PrintCounts(std::string& out, const std::string& title, const std::map<std::string, std::uint64_t>& counts,
                 const std::string& empty_key_label) {
  if (counts.empty()) return;
  out += "  " + title + ":\n";
  std::size_t width = 0;
  for (const auto& [key, count] : counts) width = std::max(width, (key.empty() ? empty_key_label : Escaped(key)).size());
  for (const auto& [key, count] : model::SortedByCount(counts)) {
    const std::string label = key.empty() ? empty_key_label : Escaped(key);
    out += "    " + label + std::string(width + 2 - std::min(width, label.size()), ' ') + std::to_string(count) + "\n";
  }
}

std::string Counts(const Statistics& statistics, const std::string& lang) {
  return Text(lang, "review.stats.counts",
              {{"elements", std::to_string(statistics.elements)},
               {"relationships", std::to_string(statistics.relationships)},
               {"views", std::to_string(statistics.views)}});
}

std::string DiagnosticCounts(const Statistics& statistics, const std::string& lang) {
  return Text(lang, "review.stats.diagnostic-counts",
              {{"errors", std::to_string(statistics.errors)},
               {"warnings", std::to_string(statistics.warnings)},
               {"infos", std::to_string(statistics.infos)}});
}

void PrintBreakdown(std::string& out, const Statistics& statistics, const std::string& lang) {
  PrintCounts(out, Text(lang, "review.stats.by-type"), statistics.elements_by_type, "");
  PrintCounts(out, Text(lang, "review.stats.by-kind"), statistics.elements_by_kind, Text(lang, "review.stats.no-kind"));
  PrintCounts(out, Text(lang, "review.stats.relationships-by-type"), statistics.relationships_by_type, "");
}

void WriteCounts(model::JsonWriter& json, std::string_view key, const std::map<std::string, std::uint64_t>& counts) {
  json.Key(key).BeginObject();
  for (const auto& [name, count] : counts) json.Field(name, count);
  json.EndObject();
}

void WriteStatistics(model::JsonWriter& json, const Statistics& statistics) {
  json.Field("elements", statistics.elements).Field("relationships", statistics.relationships).Field("views", statistics.views);
  WriteCounts(json, "elements_by_type", statistics.elements_by_type);
  WriteCounts(json, "elements_by_kind", statistics.elements_by_kind);
  WriteCounts(json, "relationships_by_type", statistics.relationships_by_type);
  json.Key("diagnostic_counts").BeginObject();
  json.Field("error", statistics.errors).Field("warning", statistics.warnings).Field("info", statistics.infos);
  json.EndObject();
}

void WriteDiagnostic(model::JsonWriter& json, const Workspace& workspace, const model::Diagnostic& diagnostic) {
  json.BeginObject();
  json.Field("id", diagnostic.rule_id).Field("severity", model::SeverityName(diagnostic.severity));
  json.Field("message", diagnostic.message);
  json.Field("file", workspace.files[diagnostic.location.file].path);
  json.Field("line", diagnostic.location.line).Field("column", diagnostic.location.column);
  if (!diagnostic.notes.empty()) {
    json.Key("notes").BeginArray();
    for (const model::Note& note : diagnostic.notes) {
      json.BeginObject().Field("message", note.message);
      if (note.has_location) json.Field("line", note.location.line).Field("column", note.location.column);
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
}

// What a list shows: the pack's rules, or every id of the registry.
std::vector<const checker::DiagnosticInfo*> Listed(const LoadedPack& pack, bool all) {
  std::vector<const checker::DiagnosticInfo*> listed;
  if (!all) {
    // The pack's own order.
    for (const checker::RuleDefinition& rule : pack.pack.rules) listed.push_back(pack.registry.Find(rule.id));
    return listed;
  }
  for (const checker::DiagnosticInfo& info : pack.registry.All()) listed.push_back(&info);
  return listed;
}

std::string OriginWord(const checker::DiagnosticInfo& info, const std::string& lang) {
  return Text(lang, "review.origin." + std::string(checker::OriginName(info.origin)));
}

}  // namespace

std::string DiagnosticTitle(const checker::DiagnosticInfo& info, const std::string& lang) {
  if (info.rule) return info.rule->title.In(lang);
  std::string id = info.id;
  std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return Text(lang, "diag." + id);
}

std::string WriteStatsText(const Workspace& workspace, const std::string& lang) {
  std::string out;
  Statistics total;
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    const Statistics statistics = model::ComputeStatistics(workspace, f);
    total.Merge(statistics);
    out += Escaped(file.path) + ": ";
    if (!file.loaded) {
      out += Text(lang, "review.stats.not-loaded") + "\n";
    } else {
      out += std::string(model::SourceFormatName(file.format)) + ", " + Counts(statistics, lang) + "\n";
      const std::string& name = model::PickText(file.names);
      if (!name.empty()) out += "  " + Text(lang, "review.stats.model", {{"name", Escaped(name)}}) + "\n";
      auto show = [](const std::string& value) { return value.empty() ? std::string("-") : Escaped(value); };
      out += "  " +
             Text(lang, "review.stats.properties",
                  {{"level", show(file.level)}, {"agency", show(file.agency)}, {"framework", show(file.framework)}, {"state", show(file.state)}}) +
             "\n";
      PrintBreakdown(out, statistics, lang);
    }
    out += "  " + Text(lang, "review.stats.diagnostics", {{"counts", DiagnosticCounts(statistics, lang)}}) + "\n";
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      if (diagnostic.location.file != f) continue;
      const std::string text = model::FormatDiagnosticText(workspace.files, diagnostic, lang);
      for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        out += "  " + text.substr(start, end + 1 - start);
        start = end + 1;
      }
    }
  }
  if (workspace.files.size() > 1) {
    out += Text(lang, "review.stats.total",
                {{"files", std::to_string(workspace.files.size())}, {"counts", Counts(total, lang)}, {"diagnostics", DiagnosticCounts(total, lang)}}) +
           "\n";
    PrintBreakdown(out, total, lang);
  }
  return out;
}

namespace {

std::size_t CodePoints(std::string_view text) {
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80;
  return points;
}

}  // namespace

std::string WriteViewsText(const Workspace& workspace, const std::string& lang) {
  const std::vector<render::SavedViewEntry> entries = render::ListSavedViews(workspace, lang);
  if (entries.empty()) return Text(lang, "review.views.none") + "\n";
  std::string out;
  for (std::size_t begin = 0; begin < entries.size();) {
    std::size_t end = begin;
    while (end < entries.size() && entries[end].file == entries[begin].file) ++end;
    out += Escaped(entries[begin].file) + ": " + Text(lang, "review.views.count", {{"count", std::to_string(end - begin)}}) + "\n";
    std::vector<std::array<std::string, 4>> rows{{Text(lang, "review.views.id"), Text(lang, "review.views.name"),
                                                  Text(lang, "review.views.viewpoint"), Text(lang, "review.views.elements")}};
    for (std::size_t e = begin; e < end; ++e) {
      rows.push_back({Escaped(entries[e].id), Escaped(entries[e].name), entries[e].viewpoint.empty() ? "-" : Escaped(entries[e].viewpoint),
                      std::to_string(entries[e].elements)});
    }
    std::array<std::size_t, 4> width{};
    for (const auto& row : rows) {
      for (std::size_t c = 0; c < 3; ++c) width[c] = std::max(width[c], CodePoints(row[c]));
    }
    for (const auto& row : rows) {
      std::string line = " ";
      for (std::size_t c = 0; c < 3; ++c) line += " " + row[c] + std::string(width[c] - CodePoints(row[c]) + 1, ' ');
      out += line + row[3] + "\n";
    }
    begin = end;
  }
  return out;
}

std::string WriteViewsJson(const Workspace& workspace, const std::string& lang) {
  std::string text;
  model::JsonWriter json(text);
  json.BeginObject();
  json.Key("views").BeginArray();
  for (const render::SavedViewEntry& entry : render::ListSavedViews(workspace, lang)) {
    json.BeginObject();
    json.Field("file", entry.file).Field("id", entry.id).Field("name", entry.name).Field("viewpoint", entry.viewpoint);
    json.Field("elements", static_cast<std::uint64_t>(entry.elements));
    json.Field("nodes", static_cast<std::uint64_t>(workspace.views[static_cast<std::size_t>(entry.index)].nodes.size()));
    json.Field("connections", static_cast<std::uint64_t>(workspace.views[static_cast<std::size_t>(entry.index)].connections.size()));
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return text;
}

std::string WriteStatsJson(const Workspace& workspace) {
  std::string text;
  model::JsonWriter json(text);
  Statistics total;
  json.BeginObject();
  json.Key("files").BeginArray();
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    const Statistics statistics = model::ComputeStatistics(workspace, f);
    total.Merge(statistics);
    json.BeginObject();
    json.Field("path", file.path).Field("loaded", file.loaded);
    json.Field("format", model::SourceFormatName(file.format));
    json.Field("model_id", file.model_id).Field("name", model::PickText(file.names));
    json.Key("properties").BeginObject();
    json.Field("level", file.level).Field("agency", file.agency);
    json.Field("framework", file.framework).Field("state", file.state);
    json.EndObject();
    WriteStatistics(json, statistics);
    json.Key("diagnostics").BeginArray();
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      if (diagnostic.location.file == f) WriteDiagnostic(json, workspace, diagnostic);
    }
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.Key("total").BeginObject();
  json.Field("files", static_cast<std::uint64_t>(workspace.files.size()));
  WriteStatistics(json, total);
  json.EndObject();
  json.EndObject();
  return text;
}

namespace {
// The name of the pack file that defines `rule`: the pack's own, or a pack it includes.
std::string PackFileName(const checker::RulePack& pack, const checker::RuleDefinition& rule) {
  const std::uint32_t file = rule.location.file < pack.files.size() ? rule.location.file : 0;
  return std::filesystem::path(pack.files[file].path).filename().string();
}
}  // namespace

std::string WriteRulesText(const LoadedPack& pack, const std::string& lang, bool all) {
  std::string out;
  for (const checker::DiagnosticInfo* info : Listed(pack, all)) {
    out += Pad(info->id, 10) + Pad(SeverityWord(info->severity, lang), 11);
    if (all) out += Pad(OriginWord(*info, lang), 10);
    out += Escaped(DiagnosticTitle(*info, lang)) + "\n";
  }
  out += Text(lang, all ? "review.rules.count-all" : "review.rules.count",
              {{"count", std::to_string(all ? pack.registry.All().size() : pack.pack.rules.size())},
               {"pack", pack.pack.id},
               {"version", pack.pack.version}}) +
         "\n";
  return out;
}

std::string WriteRulesMarkdown(const LoadedPack& pack, const std::string& lang, bool all) {
  std::string out = "# " + MarkdownCell(pack.pack.title.In(lang)) + " (" + pack.pack.id + " " + pack.pack.version + ")\n\n" +
                    Text(lang, "review.rules.markdown-header") + "\n|---|---|---|---|---|\n";
  for (const checker::DiagnosticInfo* info : Listed(pack, all)) {
    const checker::RuleDefinition* rule = info->rule;
    out += "| " + info->id + " | " + model::SeverityName(info->severity) + " | ";
    out += rule ? "[" + rule->template_name + "](" + rule->template_name + ".md)" : OriginWord(*info, lang);
    out += " | " + MarkdownCell(DiagnosticTitle(*info, lang));
    if (rule && rule->unconfirmed) out += " " + Text(lang, "review.rules.unconfirmed-mark");
    out += " | " + MarkdownCell(rule ? rule->source : info->doc) + " |\n";
  }
  return out;
}

std::string WriteRulesJson(const LoadedPack& pack, const std::string& lang, bool all) {
  std::string text;
  model::JsonWriter json(text);
  json.BeginObject().Field("pack", pack.pack.id).Field("version", pack.pack.version).Field("framework", pack.pack.framework);
  json.Key("rules").BeginArray();
  for (const checker::DiagnosticInfo* info : Listed(pack, all)) {
    json.BeginObject().Field("id", info->id).Field("severity", model::SeverityName(info->severity));
    if (all) json.Field("origin", checker::OriginName(info->origin));
    if (info->rule) {
      json.Field("template", info->rule->template_name).Field("title", info->rule->title.In(lang)).Field("source", info->rule->source);
      json.Field("unconfirmed", info->rule->unconfirmed);
      json.Field("file", PackFileName(pack.pack, *info->rule));
    } else {
      json.Field("title", DiagnosticTitle(*info, lang)).Field("fatal", info->fatal).Field("doc", info->doc);
    }
    json.EndObject();
  }
  json.EndArray().EndObject();
  return text;
}

std::string WriteExplanation(const LoadedPack& pack, const std::string& id, const std::string& lang) {
  const checker::DiagnosticInfo* info = pack.registry.Find(id);
  if (!info) return {};
  std::string out = info->id + " (" + SeverityWord(info->severity, lang) + "): " + DiagnosticTitle(*info, lang) + "\n\n";
  const checker::RuleDefinition* rule = info->rule;
  if (!rule) {
    out += Text(lang, "review.explain.origin", {{"origin", OriginWord(*info, lang)}}) + "\n";
    if (info->fatal) out += Text(lang, "review.explain.fatal") + "\n";
    for (const checker::DiagnosticInfo& other : pack.registry.All()) {
      if (other.mapped_by == info->id) out += Text(lang, "review.explain.mapped", {{"rule", other.id}, {"pack", pack.pack.id}}) + "\n";
    }
    out += Text(lang, "review.explain.doc", {{"doc", info->doc}}) + "\n";
    if (!info->fatal) out += Text(lang, "review.explain.waive", {{"id", info->id}}) + "\n";
    return out;
  }
  out += Text(lang, "review.explain.why", {{"text", rule->rationale.In(lang)}}) + "\n\n";
  out += Text(lang, "review.explain.source", {{"source", rule->source}}) + "\n";
  if (rule->unconfirmed) out += Text(lang, "review.explain.unconfirmed") + "\n";
  const checker::RuleTemplate* implementation = pack.checker.TemplateOf(*rule);
  out += Text(lang, "review.explain.template",
              {{"template", rule->template_name}, {"summary", implementation ? Text(lang, implementation->SummaryId()) : ""}}) +
         "\n" + Text(lang, "review.explain.doc", {{"doc", info->doc}}) + "\n";
  out += Text(lang, rule->location.file == 0 ? "review.explain.pack" : "review.explain.pack-included",
              {{"pack", pack.pack.id}, {"version", pack.pack.version}, {"framework", pack.pack.framework},
               {"file", PackFileName(pack.pack, *rule)}}) +
         "\n";
  if (!info->mapped_by.empty()) out += Text(lang, "review.explain.reports", {{"id", info->mapped_by}}) + "\n";
  if (!rule->parameters.empty()) {
    out += Text(lang, "review.explain.parameters") + "\n";
    for (const checker::RawParameter& parameter : rule->parameters) out += "  " + parameter.name + " = " + parameter.value + "\n";
  }
  out += Text(lang, "review.explain.message", {{"text", rule->message.In(lang)}}) + "\n";
  if (!rule->example.empty()) out += Text(lang, "review.explain.example", {{"text", rule->example}}) + "\n";
  out += Text(lang, "review.explain.waive", {{"id", rule->id}}) + "\n";
  return out;
}

}  // namespace eaf::review
