#include "review/export/html_gap.h"

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/export/html_browser.h"

namespace eaf::review {
namespace {

using checker::GapAnalysis;

// The gap's own style; it travels with the section, so the report and the page of its own look
// the same.
const char* kGapStyle = R"CSS(
.gap-warning{background:#fff4e5;border:1px solid #a15c00;border-left:6px solid #a15c00;padding:8px 12px;margin:8px 0}
#gap table{margin:4px 0 12px}
#gap td.number{text-align:right}
#gap ul.changes{margin:0;padding-left:16px}
#gap .before{color:#b3261e}#gap .after{color:#1e7a34}
)CSS";

std::string Number(std::size_t value) { return "<td class=\"number\">" + std::to_string(value) + "</td>"; }

}  // namespace

std::string WriteGapWarningsHtml(const GapInput& input) {
  std::string out;
  for (const model::MessageRef& warning : input.gap.warnings) {
    out += "<div class=\"gap-warning\" role=\"alert\"><b>" + HtmlText(input.lang, "gap.warning") + ":</b> " +
           model::EscapeHtml(model::Text(input.lang, warning)) + "</div>\n";
  }
  return out;
}

std::string WriteGapHtml(const GapInput& input, bool link_elements) {
  const GapAnalysis& gap = input.gap;
  const model::MessageCatalog& text = model::Messages(input.lang);
  auto html = [&](std::string_view id, const model::MessageArgs& args = {}) { return HtmlText(input.lang, id, args); };
  auto escaped = [&](std::string_view id, const model::MessageArgs& args = {}) { return model::EscapeHtml(text.Format(id, args)); };
  // A target element, linked to the element browser when the page has one.
  auto target_element = [&](std::int32_t index) {
    const std::string words = model::EscapeHtml(Describe(input.target, index, input.lang));
    return link_elements ? "<a href=\"#" + ElementAnchor(index) + "\">" + words + "</a>" : words;
  };
  auto baseline_element = [&](std::int32_t index) { return model::EscapeHtml(Describe(*input.baseline, index, input.lang)); };
  auto head = [&](std::initializer_list<std::string_view> ids) {
    std::string row = "<thead><tr>";
    for (std::string_view id : ids) row += "<th>" + html(id) + "</th>";
    return row + "</tr></thead>";
  };

  std::string out = "<section id=\"gap\"><style>" + std::string(kGapStyle) + "</style><h2>" + html("gap.html.title") + "</h2>\n";
  out += WriteGapWarningsHtml(input);
  const model::SourceFile& file = input.target.files.front();
  out += "<ul>\n<li>" + html("gap.target", {{"path", model::EscapeHtml(file.path)}}) + "</li>\n";
  if (input.baseline) out += "<li>" + html("gap.baseline", {{"path", model::EscapeHtml(input.baseline->files.front().path)}}) + "</li>\n";
  out += "<li>" + html("gap.pack", {{"pack", model::EscapeHtml(input.pack.id)}, {"version", model::EscapeHtml(input.pack.version)}}) +
         "</li>\n</ul>\n";

  if (gap.has_baseline) {
    out += "<h3 id=\"gap-changes\">" + html("gap.changes") + "</h3>\n<table class=\"plain\">" +
           head({"gap.column.elements-added", "gap.column.elements-removed", "gap.column.elements-changed", "gap.column.relationships-added",
                 "gap.column.relationships-removed"}) +
           "<tbody><tr>" + Number(gap.added.size()) + Number(gap.removed.size()) + Number(gap.changed.size()) + Number(gap.relationships_added) +
           Number(gap.relationships_removed) + "</tr></tbody></table>\n";
    auto element_list = [&](std::string_view anchor, std::string_view heading, const std::vector<checker::ElementChange>& changes, bool added) {
      if (changes.empty()) return;
      out += "<h4 id=\"" + std::string(anchor) + "\">" + html(heading) + "</h4>\n<ul>\n";
      for (const checker::ElementChange& change : changes) {
        out += "<li>" + (added ? target_element(change.target) : baseline_element(change.baseline)) + "</li>\n";
      }
      out += "</ul>\n";
    };
    element_list("gap-added", "gap.added-elements", gap.added, true);
    element_list("gap-removed", "gap.removed-elements", gap.removed, false);
    if (!gap.changed.empty()) {
      out += "<h4 id=\"gap-changed\">" + html("gap.changed-elements") + "</h4>\n<table class=\"plain\">" +
             head({"gap.column.element", "gap.column.matched-by", "gap.column.changes"}) + "<tbody>\n";
      for (const checker::ElementChange& change : gap.changed) {
        out += "<tr><td>" + target_element(change.target) + "</td><td>" + model::EscapeHtml(MatchedBy(change, text)) + "</td><td><ul class=\"changes\">";
        for (const checker::ValueChange& value : change.changes) {
          const std::string none = text.Format("gap.value.none");
          out += "<li><code>" + model::EscapeHtml(value.field == "name" ? text.Format("gap.field.name") : value.field) + "</code>: <span class=\"before\">" +
                 model::EscapeHtml(value.before ? *value.before : none) + "</span> → <span class=\"after\">" +
                 model::EscapeHtml(value.after ? *value.after : none) + "</span></li>";
        }
        out += "</ul></td></tr>\n";
      }
      out += "</tbody></table>\n";
    }
    auto relationships = [&](std::string_view anchor, std::string_view heading, const model::Workspace& workspace,
                             const std::vector<std::int32_t>& list, bool in_target) {
      if (list.empty()) return;
      out += "<h4 id=\"" + std::string(anchor) + "\">" + html(heading) + "</h4>\n<table class=\"plain\">" +
             head({"gap.column.id", "gap.column.type", "gap.column.source", "gap.column.target-end"}) + "<tbody>\n";
      auto end = [&](std::int32_t index, bool is_relationship) {
        if (in_target && index >= 0 && !is_relationship) return target_element(index);
        return model::EscapeHtml(DescribeEnd(workspace, index, is_relationship, input.lang));
      };
      for (std::int32_t index : list) {
        const model::Relationship& r = workspace.relationships[index];
        out += "<tr><td>" + model::EscapeHtml(r.id) + "</td><td>" + model::EscapeHtml(model::RelationshipTypeName(r.type)) + "</td><td>" +
               end(r.source_index, r.source_is_relationship) + "</td><td>" + end(r.target_index, r.target_is_relationship) + "</td></tr>\n";
      }
      out += "</tbody></table>\n";
    };
    relationships("gap-relationships-added", "gap.added-relationships", input.target, gap.added_relationships, true);
    relationships("gap-relationships-removed", "gap.removed-relationships", *input.baseline, gap.removed_relationships, false);

    out += "<h3 id=\"gap-rules\">" + html("gap.findings-per-rule") + "</h3>\n<table class=\"plain\">" +
           head({"gap.column.rule", "gap.column.resolved", "gap.column.introduced", "gap.column.remaining"}) + "<tbody>\n";
    for (const checker::RuleDelta& delta : gap.rules) {
      out += "<tr><td>" + model::EscapeHtml(delta.rule_id) + "</td>" + Number(delta.resolved) + Number(delta.introduced) + Number(delta.remaining) +
             "</tr>\n";
    }
    out += "</tbody></table>\n";
  }

  out += "<h3 id=\"gap-todo\">" + html("gap.todo") + "</h3>\n";
  if (gap.todo.empty()) {
    out += "<p>" + html("gap.todo.none") + "</p>\n";
  } else {
    out += "<table class=\"plain\">" + head({"gap.column.rule", "report.html.column.message", "gap.column.law", "gap.column.location"}) + "<tbody>\n";
    for (const checker::TodoItem& item : gap.todo) {
      out += "<tr><td>" + model::EscapeHtml(item.rule_id) + "</td><td>" + model::EscapeHtml(item.message) + "</td><td>" + model::EscapeHtml(item.source) +
             "</td><td>" + model::EscapeHtml(model::FormatLocation(input.target.files, item.location)) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }

  out += "<h3 id=\"gap-coverage\">" + html("gap.coverage") + "</h3>\n<table class=\"plain\"><thead><tr><th>" + html("gap.column.architecture") + "</th>";
  if (gap.has_baseline) out += "<th>" + html("gap.column.baseline") + "</th>";
  out += "<th>" + html("gap.column.target") + "</th><th>" + html("gap.column.missing-kinds") + "</th></tr></thead><tbody>\n";
  auto coverage_cell = [&](const checker::Coverage& c) {
    return "<td>" + escaped("gap.coverage.cell", {{"present", std::to_string(c.kinds_present)}, {"total", std::to_string(c.kinds_total)},
                                                  {"percent", Percent(c.kinds_present, c.kinds_total)}, {"elements", std::to_string(c.elements)}}) +
           "</td>";
  };
  for (std::size_t i = 0; i < gap.target_coverage.size(); ++i) {
    const checker::Coverage& after = gap.target_coverage[i];
    out += "<tr><td>" + model::EscapeHtml(ArchitectureLabel(text, after.architecture)) + "</td>";
    if (gap.has_baseline) out += coverage_cell(gap.baseline_coverage[i]);
    std::string missing;
    for (const std::string& kind : after.missing_kinds) missing += (missing.empty() ? "" : "; ") + model::KindLabel(input.lang, kind);
    out += coverage_cell(after) + "<td>" + model::EscapeHtml(missing) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";

  out += "<h3 id=\"gap-roadmap\">" + html("gap.roadmap") + "</h3>\n";
  if (gap.work.empty()) {
    out += "<p>" + html("gap.roadmap.none") + "</p>\n";
  } else {
    out += "<table class=\"plain\">" + head({"gap.column.phase", "gap.column.work-package", "gap.column.realizes"}) + "<tbody>\n";
    for (const checker::WorkItem& item : gap.work) {
      out += "<tr><td>" + (item.phase.empty() ? html("gap.roadmap.no-phase") : model::EscapeHtml(item.phase)) + "</td><td>" +
             target_element(item.element) + "</td><td>";
      for (std::size_t k = 0; k < item.realizes.size(); ++k) out += (k ? "<br>" : "") + target_element(item.realizes[k]);
      out += "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  if (gap.has_baseline) {
    out += "<h4 id=\"gap-without-task\">" + html("gap.additions-without-task") + "</h4>\n";
    if (gap.additions_without_task.empty()) out += "<p>" + html("gap.none") + "</p>\n";
    else {
      out += "<ul>\n";
      for (std::int32_t index : gap.additions_without_task) out += "<li>" + target_element(index) + "</li>\n";
      out += "</ul>\n";
    }
  }
  if (!gap.plateaus.empty() || !gap.gaps.empty()) {
    out += "<h4 id=\"gap-plateaus\">" + html("gap.plateaus-and-gaps") + "</h4>\n<ul>\n";
    for (std::int32_t index : gap.plateaus) out += "<li>" + html("gap.plateau", {{"element", target_element(index)}}) + "</li>\n";
    for (std::int32_t index : gap.gaps) out += "<li>" + html("gap.gap", {{"element", target_element(index)}}) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

std::string WriteGapHtmlPage(const GapInput& input) {
  const std::string& agency = input.target.files.front().agency;
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(input.lang == "en" ? "en" : "vi") +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n<title>" +
         HtmlText(input.lang, "gap.title", {{"agency", model::EscapeHtml(agency)}}) +
         "</title>\n<style>body{font-family:\"Noto Sans\",system-ui,sans-serif;margin:24px;color:#1d1d1d}table{border-collapse:collapse;font-size:13px}"
         "th,td{border:1px solid #d5d9de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eef2f6}</style>\n</head>\n<body>\n<h1>" +
         HtmlText(input.lang, "gap.title", {{"agency", model::EscapeHtml(agency)}}) + "</h1>\n" + WriteGapHtml(input) + "</body>\n</html>\n";
}

}  // namespace eaf::review
