#include "render/gap_report.h"

#include <cstdio>
#include <map>

#include "model/diagnostic_format.h"
#include "model/json_writer.h"

namespace eaf::render {
namespace {

using checker::GapAnalysis;

const char* Say(const GapInput& input, const char* vi, const char* en) { return input.lang == "en" ? en : vi; }

std::string Describe(const model::Workspace& workspace, std::int32_t index, const std::string& lang) {
  const model::Element& element = workspace.elements[index];
  const std::string& name = element.Name(lang);
  return (name.empty() ? element.id : name) + " (" + element.id + (element.kind.empty() ? "" : ", " + element.kind) + ")";
}

std::string Percent(std::size_t part, std::size_t whole) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buffer;
}

// Markdown table cells: pipes escaped, line breaks folded; HTML-significant characters escaped
// too, since Markdown renderers pass inline HTML through.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '\n': case '\r': out += ' '; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

const char* MatchName(checker::MatchKind kind) {
  switch (kind) {
    case checker::MatchKind::kId: return "id";
    case checker::MatchKind::kCode: return "eaf:code";
    case checker::MatchKind::kKindAndName: return "kind+name";
  }
  return "id";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string WriteGapMarkdown(const GapInput& input) {
  const GapAnalysis& gap = input.gap;
  std::string out;
  const model::SourceFile& file = input.target.files.front();
  out += std::string("# ") + Say(input, "Báo cáo khoảng cách kiến trúc", "Architecture gap report") + ": " + Cell(file.agency) + "\n\n";
  out += std::string("- ") + Say(input, "Mục tiêu", "Target") + ": " + Cell(file.path) + "\n";
  if (input.baseline) out += std::string("- ") + Say(input, "Hiện trạng", "Baseline") + ": " + Cell(input.baseline->files.front().path) + "\n";
  out += std::string("- ") + Say(input, "Bộ quy tắc", "Rule pack") + ": " + input.pack.id + " " + input.pack.version + "\n\n";

  if (gap.has_baseline) {
    out += std::string("## ") + Say(input, "Thay đổi", "Changes") + "\n\n";
    out += std::string("| ") + Say(input, "thêm", "added") + " | " + Say(input, "bỏ", "removed") + " | " + Say(input, "đổi", "changed") +
           " | " + Say(input, "quan hệ thêm", "relationships added") + " | " + Say(input, "quan hệ bỏ", "relationships removed") + " |\n";
    out += "|---|---|---|---|---|\n";
    out += "| " + std::to_string(gap.added.size()) + " | " + std::to_string(gap.removed.size()) + " | " + std::to_string(gap.changed.size()) +
           " | " + std::to_string(gap.relationships_added) + " | " + std::to_string(gap.relationships_removed) + " |\n\n";
    if (!gap.added.empty()) {
      out += std::string("### ") + Say(input, "Phần tử thêm mới", "Added elements") + "\n\n";
      for (const auto& change : gap.added) out += "- " + Cell(Describe(input.target, change.target, input.lang)) + "\n";
      out += "\n";
    }
    if (!gap.removed.empty()) {
      out += std::string("### ") + Say(input, "Phần tử loại bỏ", "Removed elements") + "\n\n";
      for (const auto& change : gap.removed) out += "- " + Cell(Describe(*input.baseline, change.baseline, input.lang)) + "\n";
      out += "\n";
    }
    if (!gap.changed.empty()) {
      out += std::string("### ") + Say(input, "Phần tử thay đổi", "Changed elements") + "\n\n";
      out += std::string("| ") + Say(input, "phần tử", "element") + " | " + Say(input, "khớp theo", "matched by") + " | " +
             Say(input, "thay đổi", "changes") + " |\n|---|---|---|\n";
      for (const auto& change : gap.changed) {
        std::string changes;
        for (const std::string& line : change.changes) changes += (changes.empty() ? "" : "; ") + line;
        out += "| " + Cell(Describe(input.target, change.target, input.lang)) + " | " + MatchName(change.matched_by) +
               (change.renamed ? Say(input, " (đổi tên)", " (renamed)") : "") + " | " + Cell(changes) + " |\n";
      }
      out += "\n";
    }
    out += std::string("## ") + Say(input, "Vi phạm theo quy tắc", "Findings per rule") + "\n\n";
    out += std::string("| ") + Say(input, "quy tắc", "rule") + " | " + Say(input, "đã khắc phục", "resolved") + " | " +
           Say(input, "phát sinh", "introduced") + " | " + Say(input, "còn lại", "remaining") + " |\n|---|---|---|---|\n";
    for (const auto& delta : gap.rules) {
      out += "| " + delta.rule_id + " | " + std::to_string(delta.resolved) + " | " + std::to_string(delta.introduced) + " | " +
             std::to_string(delta.remaining) + " |\n";
    }
    out += "\n";
  }

  out += std::string("## ") + Say(input, "Việc còn phải làm theo Khung", "What the framework still requires") + "\n\n";
  if (gap.todo.empty()) out += Say(input, "Không còn yêu cầu nào.\n\n", "Nothing left.\n\n");
  int number = 0;
  for (const auto& item : gap.todo) {
    out += std::to_string(++number) + ". **" + item.rule_id + "** " + Cell(item.message) + " — " + Cell(item.source) + " (" +
           Cell(model::FormatLocation(input.target.files, item.location)) + ")\n";
  }
  if (!gap.todo.empty()) out += "\n";

  out += std::string("## ") + Say(input, "Độ phủ năm kiến trúc thành phần", "Coverage of the five architectures") + "\n\n";
  out += std::string("| ") + Say(input, "kiến trúc", "architecture") + " | " + (gap.has_baseline ? Say(input, "hiện trạng", "baseline") + std::string(" | ") : "") +
         Say(input, "mục tiêu", "target") + " | " + Say(input, "loại còn thiếu (mục tiêu)", "kinds missing (target)") + " |\n";
  out += gap.has_baseline ? "|---|---|---|---|\n" : "|---|---|---|\n";
  for (std::size_t i = 0; i < gap.target_coverage.size(); ++i) {
    const checker::Coverage& after = gap.target_coverage[i];
    auto cell = [](const checker::Coverage& c) {
      return std::to_string(c.kinds_present) + "/" + std::to_string(c.kinds_total) + " (" + Percent(c.kinds_present, c.kinds_total) +
             "), " + std::to_string(c.elements) + " el.";
    };
    std::string missing;
    for (const std::string& kind : after.missing_kinds) missing += (missing.empty() ? "" : ", ") + kind;
    out += "| " + std::string(model::ArchitectureName(after.architecture)) + " | " +
           (gap.has_baseline ? cell(gap.baseline_coverage[i]) + " | " : "") + cell(after) + " | " + Cell(missing) + " |\n";
  }
  out += "\n";

  out += std::string("## ") + Say(input, "Lộ trình", "Roadmap") + "\n\n";
  if (gap.work.empty()) out += Say(input, "Mô hình chưa có gói công việc (WorkPackage) nào.\n\n", "The model has no work package (WorkPackage).\n\n");
  std::string phase = "\x01";
  for (const auto& item : gap.work) {
    if (item.phase != phase) {
      phase = item.phase;
      out += std::string("### ") + (phase.empty() ? Say(input, "Chưa xếp giai đoạn", "No phase") : Cell(phase)) + "\n\n";
    }
    out += "- " + Cell(Describe(input.target, item.element, input.lang));
    if (!item.realizes.empty()) {
      out += std::string(" → ");
      for (std::size_t k = 0; k < item.realizes.size(); ++k) out += (k ? ", " : "") + Cell(Describe(input.target, item.realizes[k], input.lang));
    }
    out += "\n";
  }
  if (!gap.work.empty()) out += "\n";
  if (gap.has_baseline) {
    out += std::string("### ") + Say(input, "Phần bổ sung chưa có nhiệm vụ", "Additions without a task") + "\n\n";
    if (gap.additions_without_task.empty()) out += Say(input, "Không có.\n", "None.\n");
    for (std::int32_t index : gap.additions_without_task) out += "- " + Cell(Describe(input.target, index, input.lang)) + "\n";
    out += "\n";
  }
  if (!gap.plateaus.empty() || !gap.gaps.empty()) {
    out += std::string("### Plateau / Gap\n\n");
    for (std::int32_t index : gap.plateaus) out += "- Plateau: " + Cell(Describe(input.target, index, input.lang)) + "\n";
    for (std::int32_t index : gap.gaps) out += "- Gap: " + Cell(Describe(input.target, index, input.lang)) + "\n";
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
      for (const std::string& line : change.changes) json.String(line);
      json.EndArray().EndObject();
    }
    json.EndArray();
    json.Key("relationships").BeginObject();
    json.Field("added", static_cast<std::uint64_t>(gap.relationships_added));
    json.Field("removed", static_cast<std::uint64_t>(gap.relationships_removed));
    json.Field("kept", static_cast<std::uint64_t>(gap.relationships_kept)).EndObject();
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

std::string WriteGapHtml(const GapInput& input) {
  // The Markdown's content, as HTML: headings, lists and tables from the same data.
  const GapAnalysis& gap = input.gap;
  std::string out = "<section id=\"gap\"><h2>" + EscapeHtml(Say(input, "Khoảng cách kiến trúc", "Architecture gap")) + "</h2>\n";
  if (gap.has_baseline) {
    out += "<p>" + EscapeHtml(Say(input, "Thêm ", "Added ")) + std::to_string(gap.added.size()) + ", " +
           EscapeHtml(Say(input, "bỏ ", "removed ")) + std::to_string(gap.removed.size()) + ", " +
           EscapeHtml(Say(input, "đổi ", "changed ")) + std::to_string(gap.changed.size()) + ".</p>\n";
    out += "<table class=\"plain\"><thead><tr><th>" + EscapeHtml(Say(input, "quy tắc", "rule")) + "</th><th>" +
           EscapeHtml(Say(input, "đã khắc phục", "resolved")) + "</th><th>" + EscapeHtml(Say(input, "phát sinh", "introduced")) +
           "</th><th>" + EscapeHtml(Say(input, "còn lại", "remaining")) + "</th></tr></thead><tbody>\n";
    for (const auto& delta : gap.rules) {
      out += "<tr><td>" + EscapeHtml(delta.rule_id) + "</td><td>" + std::to_string(delta.resolved) + "</td><td>" +
             std::to_string(delta.introduced) + "</td><td>" + std::to_string(delta.remaining) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "<h3>" + EscapeHtml(Say(input, "Việc còn phải làm theo Khung", "What the framework still requires")) + "</h3>\n<ol>\n";
  for (const auto& item : gap.todo) {
    out += "<li><b>" + EscapeHtml(item.rule_id) + "</b> " + EscapeHtml(item.message) + " <small>" + EscapeHtml(item.source) + "</small></li>\n";
  }
  out += "</ol>\n<h3>" + EscapeHtml(Say(input, "Độ phủ năm kiến trúc", "Coverage of the five architectures")) + "</h3>\n";
  out += "<table class=\"plain\"><tbody>\n";
  for (std::size_t i = 0; i < gap.target_coverage.size(); ++i) {
    const auto& after = gap.target_coverage[i];
    out += "<tr><td>" + EscapeHtml(model::ArchitectureName(after.architecture)) + "</td>";
    if (gap.has_baseline) {
      const auto& before = gap.baseline_coverage[i];
      out += "<td>" + std::to_string(before.kinds_present) + "/" + std::to_string(before.kinds_total) + "</td>";
    }
    out += "<td>" + std::to_string(after.kinds_present) + "/" + std::to_string(after.kinds_total) + " (" + Percent(after.kinds_present, after.kinds_total) + ")</td></tr>\n";
  }
  out += "</tbody></table>\n<h3>" + EscapeHtml(Say(input, "Lộ trình", "Roadmap")) + "</h3>\n<ul>\n";
  for (const auto& item : gap.work) {
    out += "<li>" + EscapeHtml(item.phase.empty() ? "-" : item.phase) + ": " + EscapeHtml(Describe(input.target, item.element, input.lang)) + "</li>\n";
  }
  out += "</ul>\n";
  if (gap.has_baseline && !gap.additions_without_task.empty()) {
    out += "<h3>" + EscapeHtml(Say(input, "Phần bổ sung chưa có nhiệm vụ", "Additions without a task")) + "</h3>\n<ul>\n";
    for (std::int32_t index : gap.additions_without_task) out += "<li>" + EscapeHtml(Describe(input.target, index, input.lang)) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

}  // namespace eaf::render
