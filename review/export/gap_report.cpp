#include "review/export/gap_report.h"

#include <cstdio>
#include <initializer_list>
#include <span>

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/json_writer.h"
#include "model/messages.h"

namespace eaf::review {
namespace {

using checker::GapAnalysis;

// A Markdown table's header row and rule, from the catalogue's column names.
std::string TableHead(const model::MessageCatalog& text, std::span<const std::string_view> ids) {
  std::string names = "|", rule = "|";
  for (std::string_view id : ids) {
    names += " " + text.Format(id) + " |";
    rule += "---|";
  }
  return names + "\n" + rule + "\n";
}
std::string TableHead(const model::MessageCatalog& text, std::initializer_list<std::string_view> ids) {
  return TableHead(text, std::span<const std::string_view>(ids.begin(), ids.size()));
}

// A model string (a name, a path, a finding's message) in the Markdown, which is mostly read in a
// terminal: escaped for the terminal as check's text writer does, then for Markdown.
std::string Cell(std::string_view text) { return model::EscapeMarkdownCell(model::EscapeForTerminal(text)); }

// The JSON's codes for how a baseline element was matched.
const char* MatchName(checker::MatchKind kind) {
  switch (kind) {
    case checker::MatchKind::kId: return "id";
    case checker::MatchKind::kCode: return "eaf:code";
    case checker::MatchKind::kKindAndName: return "kind+name";
  }
  return "id";
}

}  // namespace

std::string Describe(const model::Workspace& workspace, std::int32_t index, const std::string& lang) {
  const model::Element& element = workspace.elements[index];
  const std::string& name = element.Name(lang);
  return (name.empty() ? element.id : name) + " (" + element.id + (element.kind.empty() ? "" : ", " + model::KindLabel(lang, element.kind)) + ")";
}

std::string DescribeEnd(const model::Workspace& workspace, std::int32_t index, bool is_relationship, const std::string& lang) {
  if (index < 0) return "?";
  if (is_relationship) return model::Text(lang, "browser.relationship-end", {{"id", workspace.relationships[index].id}});
  return Describe(workspace, index, lang);
}

std::string DescribeRelationship(const model::Workspace& workspace, std::int32_t index, const std::string& lang) {
  const model::Relationship& r = workspace.relationships[index];
  return model::Text(lang, "gap.relationship",
                     {{"type", std::string(model::RelationshipTypeName(r.type))},
                      {"id", r.id},
                      {"source", DescribeEnd(workspace, r.source_index, r.source_is_relationship, lang)},
                      {"target", DescribeEnd(workspace, r.target_index, r.target_is_relationship, lang)}});
}

std::string ArchitectureLabel(const model::MessageCatalog& text, model::Architecture architecture) {
  return text.Format("view.architecture." + std::string(model::ArchitectureName(architecture)));
}

std::string Percent(std::size_t part, std::size_t whole) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buffer;
}

std::string_view MatchMessage(checker::MatchKind kind) {
  switch (kind) {
    case checker::MatchKind::kId: return "gap.matched-by.id";
    case checker::MatchKind::kCode: return "gap.matched-by.code";
    case checker::MatchKind::kKindAndName: return "gap.matched-by.kind-and-name";
  }
  return "gap.matched-by.id";
}

std::string MatchedBy(const checker::ElementChange& change, const model::MessageCatalog& text) {
  std::string matched_by = text.Format(MatchMessage(change.matched_by));
  return change.renamed ? text.Format("gap.matched-by.renamed", {{"matched_by", matched_by}}) : matched_by;
}

std::string ChangeText(const checker::ValueChange& value, const model::MessageCatalog& text) {
  return checker::FormatChange(value, text.Format("gap.value.none"), value.field == "name" ? text.Format("gap.field.name") : "");
}

std::string HtmlText(std::string_view lang, std::string_view id, const model::MessageArgs& html) {
  const model::MessageCatalog& catalogue = model::Messages(lang);
  const std::string* text = catalogue.Find(id);
  // Braces survive escaping, so the placeholders are filled after it, with markup left as it is.
  return text ? model::FillPlaceholders(model::EscapeHtml(*text), html) : model::EscapeHtml(catalogue.Format(id, html));
}

std::string WriteGapMarkdown(const GapInput& input) {
  const GapAnalysis& gap = input.gap;
  const model::MessageCatalog& text = model::Messages(input.lang);
  auto describe = [&](const model::Workspace& workspace, std::int32_t index) { return Cell(Describe(workspace, index, input.lang)); };
  std::string out;
  const model::SourceFile& file = input.target.files.front();
  out += "# " + text.Format("gap.title", {{"agency", Cell(file.agency)}}) + "\n\n";
  for (const model::MessageRef& warning : gap.warnings) {
    out += "> **" + text.Format("gap.warning") + ":** " + Cell(model::Text(input.lang, warning)) + "\n\n";
  }
  out += "- " + text.Format("gap.target", {{"path", Cell(file.path)}}) + "\n";
  if (input.baseline) out += "- " + text.Format("gap.baseline", {{"path", Cell(input.baseline->files.front().path)}}) + "\n";
  out += "- " + text.Format("gap.pack", {{"pack", Cell(input.pack.id)}, {"version", Cell(input.pack.version)}}) + "\n\n";

  if (gap.has_baseline) {
    out += "## " + text.Format("gap.changes") + "\n\n";
    out += TableHead(text, {"gap.column.elements-added", "gap.column.elements-removed", "gap.column.elements-changed",
                            "gap.column.relationships-added", "gap.column.relationships-removed"});
    out += "| " + std::to_string(gap.added.size()) + " | " + std::to_string(gap.removed.size()) + " | " + std::to_string(gap.changed.size()) +
           " | " + std::to_string(gap.relationships_added) + " | " + std::to_string(gap.relationships_removed) + " |\n\n";
    if (!gap.added.empty()) {
      out += "### " + text.Format("gap.added-elements") + "\n\n";
      for (const auto& change : gap.added) out += "- " + describe(input.target, change.target) + "\n";
      out += "\n";
    }
    if (!gap.removed.empty()) {
      out += "### " + text.Format("gap.removed-elements") + "\n\n";
      for (const auto& change : gap.removed) out += "- " + describe(*input.baseline, change.baseline) + "\n";
      out += "\n";
    }
    if (!gap.changed.empty()) {
      out += "### " + text.Format("gap.changed-elements") + "\n\n";
      out += TableHead(text, {"gap.column.element", "gap.column.matched-by", "gap.column.changes"});
      for (const auto& change : gap.changed) {
        std::string changes;
        for (const checker::ValueChange& value : change.changes) changes += (changes.empty() ? "" : "; ") + ChangeText(value, text);
        out += "| " + describe(input.target, change.target) + " | " + Cell(MatchedBy(change, text)) + " | " + Cell(changes) + " |\n";
      }
      out += "\n";
    }
    auto relationships = [&](std::string_view heading, const model::Workspace& workspace, const std::vector<std::int32_t>& list) {
      if (list.empty()) return;
      out += "### " + text.Format(heading) + "\n\n";
      for (std::int32_t index : list) out += "- " + Cell(DescribeRelationship(workspace, index, input.lang)) + "\n";
      out += "\n";
    };
    relationships("gap.added-relationships", input.target, gap.added_relationships);
    relationships("gap.removed-relationships", *input.baseline, gap.removed_relationships);
    out += "## " + text.Format("gap.findings-per-rule") + "\n\n";
    out += TableHead(text, {"gap.column.rule", "gap.column.resolved", "gap.column.introduced", "gap.column.remaining"});
    for (const auto& delta : gap.rules) {
      out += "| " + Cell(delta.rule_id) + " | " + std::to_string(delta.resolved) + " | " + std::to_string(delta.introduced) + " | " +
             std::to_string(delta.remaining) + " |\n";
    }
    out += "\n";
  }

  out += "## " + text.Format("gap.todo") + "\n\n";
  if (gap.todo.empty()) out += text.Format("gap.todo.none") + "\n\n";
  int number = 0;
  for (const auto& item : gap.todo) {
    out += std::to_string(++number) + ". **" + Cell(item.rule_id) + "** " + Cell(item.message) + " — " + Cell(item.source) + " (" +
           model::EscapeMarkdownCell(model::FormatLocation(input.target.files, item.location)) + ")\n";
  }
  if (!gap.todo.empty()) out += "\n";

  out += "## " + text.Format("gap.coverage") + "\n\n";
  std::vector<std::string_view> coverage_columns{"gap.column.architecture"};
  if (gap.has_baseline) coverage_columns.push_back("gap.column.baseline");
  coverage_columns.insert(coverage_columns.end(), {"gap.column.target", "gap.column.missing-kinds"});
  out += TableHead(text, coverage_columns);
  for (std::size_t i = 0; i < gap.target_coverage.size(); ++i) {
    const checker::Coverage& after = gap.target_coverage[i];
    auto cell = [&](const checker::Coverage& c) {
      return text.Format("gap.coverage.cell", {{"present", std::to_string(c.kinds_present)}, {"total", std::to_string(c.kinds_total)},
                                               {"percent", Percent(c.kinds_present, c.kinds_total)}, {"elements", std::to_string(c.elements)}});
    };
    // Kind labels hold commas themselves, so a semicolon separates them.
    std::string missing;
    for (const std::string& kind : after.missing_kinds) missing += (missing.empty() ? "" : "; ") + model::KindLabel(input.lang, kind);
    out += "| " + ArchitectureLabel(text, after.architecture) + " | " + (gap.has_baseline ? cell(gap.baseline_coverage[i]) + " | " : "") +
           cell(after) + " | " + Cell(missing) + " |\n";
  }
  out += "\n";

  out += "## " + text.Format("gap.roadmap") + "\n\n";
  if (gap.work.empty()) out += text.Format("gap.roadmap.none") + "\n\n";
  std::string phase = "\x01";
  for (const auto& item : gap.work) {
    if (item.phase != phase) {
      if (phase != "\x01") out += "\n";  // a blank line ends the previous phase's list
      phase = item.phase;
      out += "### " + (phase.empty() ? text.Format("gap.roadmap.no-phase") : Cell(phase)) + "\n\n";
    }
    out += "- " + describe(input.target, item.element);
    if (!item.realizes.empty()) {
      out += " → ";
      for (std::size_t k = 0; k < item.realizes.size(); ++k) out += (k ? ", " : "") + describe(input.target, item.realizes[k]);
    }
    out += "\n";
  }
  if (!gap.work.empty()) out += "\n";
  if (gap.has_baseline) {
    out += "### " + text.Format("gap.additions-without-task") + "\n\n";
    if (gap.additions_without_task.empty()) out += text.Format("gap.none") + "\n";
    for (std::int32_t index : gap.additions_without_task) out += "- " + describe(input.target, index) + "\n";
    out += "\n";
  }
  if (!gap.plateaus.empty() || !gap.gaps.empty()) {
    out += "### " + text.Format("gap.plateaus-and-gaps") + "\n\n";
    for (std::int32_t index : gap.plateaus) out += "- " + text.Format("gap.plateau", {{"element", describe(input.target, index)}}) + "\n";
    for (std::int32_t index : gap.gaps) out += "- " + text.Format("gap.gap", {{"element", describe(input.target, index)}}) + "\n";
    out += "\n";
  }
  return out;
}

std::string WriteGapJson(const GapInput& input) {
  const GapAnalysis& gap = input.gap;
  std::string out;
  model::JsonWriter json(out);
  auto element = [&](const model::Workspace& workspace, std::int32_t index) {
    const model::Element& e = workspace.elements[index];
    json.BeginObject().Field("id", e.id).Field("name", e.Name(input.lang)).Field("kind", e.kind).Field("owner", e.owner);
    json.Field("type", model::ElementTypeName(e.type)).EndObject();
  };
  json.BeginObject();
  json.Key("warnings").BeginArray();
  for (const model::MessageRef& warning : gap.warnings) {
    json.BeginObject().Field("id", warning.id).Field("message", model::Text(input.lang, warning)).EndObject();
  }
  json.EndArray();
  json.Field("target", input.target.files.front().path);
  json.Field("baseline", input.baseline ? input.baseline->files.front().path : "");
  json.Key("pack").BeginObject().Field("id", input.pack.id).Field("version", input.pack.version).EndObject();
  if (gap.has_baseline) {
    json.Key("added").BeginArray();
    for (const auto& change : gap.added) element(input.target, change.target);
    json.EndArray();
    json.Key("removed").BeginArray();
    for (const auto& change : gap.removed) element(*input.baseline, change.baseline);
    json.EndArray();
    json.Key("changed").BeginArray();
    for (const auto& change : gap.changed) {
      json.BeginObject().Field("id", input.target.elements[change.target].id);
      json.Field("baseline_id", input.baseline->elements[change.baseline].id);
      json.Field("matched_by", MatchName(change.matched_by)).Field("renamed", change.renamed);
      json.Key("changes").BeginArray();
      // JSON keeps one neutral form for machines: "field: before → after", "(none)" for an absent side.
      for (const checker::ValueChange& value : change.changes) json.String(checker::FormatChange(value, "(none)"));
      json.EndArray().EndObject();
    }
    json.EndArray();
    json.Key("relationships").BeginObject();
    json.Field("added", static_cast<std::uint64_t>(gap.relationships_added));
    json.Field("removed", static_cast<std::uint64_t>(gap.relationships_removed));
    json.Field("kept", static_cast<std::uint64_t>(gap.relationships_kept));
    auto relationships = [&](std::string_view key, const model::Workspace& workspace, const std::vector<std::int32_t>& list) {
      json.Key(key).BeginArray();
      for (std::int32_t index : list) {
        const model::Relationship& r = workspace.relationships[index];
        json.BeginObject().Field("id", r.id).Field("type", model::RelationshipTypeName(r.type)).Field("source", r.source);
        json.Field("target", r.target).EndObject();
      }
      json.EndArray();
    };
    relationships("added_list", input.target, gap.added_relationships);
    relationships("removed_list", *input.baseline, gap.removed_relationships);
    json.EndObject();
    json.Key("rules").BeginArray();
    for (const auto& delta : gap.rules) {
      json.BeginObject().Field("rule", delta.rule_id).Field("resolved", static_cast<std::uint64_t>(delta.resolved));
      json.Field("introduced", static_cast<std::uint64_t>(delta.introduced)).Field("remaining", static_cast<std::uint64_t>(delta.remaining));
      json.EndObject();
    }
    json.EndArray();
  }
  json.Key("todo").BeginArray();
  for (const auto& item : gap.todo) {
    json.BeginObject().Field("rule", item.rule_id).Field("message", item.message).Field("source", item.source);
    json.Field("file", input.target.files[item.location.file].path).Field("line", item.location.line);
    json.Field("column", item.location.column).EndObject();
  }
  json.EndArray();
  auto coverage = [&](std::string_view key, const std::vector<checker::Coverage>& entries) {
    json.Key(key).BeginArray();
    for (const auto& entry : entries) {
      json.BeginObject().Field("architecture", model::ArchitectureName(entry.architecture));
      json.Field("elements", static_cast<std::uint64_t>(entry.elements)).Field("kinds_present", static_cast<std::uint64_t>(entry.kinds_present));
      json.Field("kinds_total", static_cast<std::uint64_t>(entry.kinds_total));
      json.Key("percent").Number(entry.kinds_total ? 100.0 * static_cast<double>(entry.kinds_present) / static_cast<double>(entry.kinds_total) : 0.0);
      json.Key("missing_kinds").BeginArray();
      for (const std::string& kind : entry.missing_kinds) json.String(kind);
      json.EndArray().EndObject();
    }
    json.EndArray();
  };
  if (gap.has_baseline) coverage("baseline_coverage", gap.baseline_coverage);
  coverage("target_coverage", gap.target_coverage);
  json.Key("roadmap").BeginArray();
  for (const auto& item : gap.work) {
    json.BeginObject().Field("work_package", input.target.elements[item.element].id).Field("name", input.target.elements[item.element].Name(input.lang));
    json.Field("phase", item.phase).Key("realizes").BeginArray();
    for (std::int32_t index : item.realizes) json.String(input.target.elements[index].id);
    json.EndArray().EndObject();
  }
  json.EndArray();
  json.Key("additions_without_task").BeginArray();
  for (std::int32_t index : gap.additions_without_task) json.String(input.target.elements[index].id);
  json.EndArray();
  json.EndObject();
  return out;
}

}  // namespace eaf::review
