#include "review/export/html_dossier.h"

#include "model/clock.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/export/check_report.h"
#include "review/export/gap_report.h"

namespace eaf::review {
namespace {

std::string Cell(const std::string& text) { return "<td>" + model::EscapeHtml(text) + "</td>"; }

}  // namespace

Provenance MakeProvenance(const model::Workspace& workspace, const model::Workspace* baseline, const std::string& pack_path,
                          std::int64_t generated_at) {
  Provenance provenance;
  provenance.generated_at = generated_at;
  provenance.pack = model::DigestFile(pack_path);
  for (const model::SourceFile& file : workspace.files) provenance.files.push_back({file.path, file.agency, false, model::DigestFile(file.path)});
  if (baseline) {
    for (const model::SourceFile& file : baseline->files) provenance.files.push_back({file.path, file.agency, true, model::DigestFile(file.path)});
  }
  return provenance;
}

std::string WriteProvenanceHtml(const DossierInput& input) {
  auto html = [&](std::string_view id, const model::MessageArgs& args = {}) { return HtmlText(input.lang, id, args); };
  const Provenance& provenance = input.provenance;
  std::string out = "<section id=\"provenance\"><h2>" + html("report.html.provenance") + "</h2>\n<table class=\"plain facts\"><tbody>\n";
  auto fact = [&](const char* id, const char* label_id, const std::string& value) {
    out += "<tr><th>" + html(label_id) + "</th><td id=\"" + id + "\">" + value + "</td></tr>\n";
  };
  fact("generated-at", "report.html.generated-at", model::EscapeHtml(model::UtcDateTime(provenance.generated_at)));
  fact("tool-version", "report.html.tool-version", "eaf " + model::EscapeHtml(input.tool_version));
  fact("pack-id", "report.html.pack-id", model::EscapeHtml(input.pack.id));
  fact("pack-version", "report.html.pack-version", model::EscapeHtml(input.pack.version));
  fact("pack-sha256", "report.html.pack-sha256",
       "<code>" + (provenance.pack ? provenance.pack->sha256 : html("report.html.unreadable")) + "</code>");
  out += "</tbody></table>\n<table class=\"plain\" id=\"input-files\"><thead><tr>";
  for (const char* id : {"report.column.file", "report.column.agency", "report.html.column.role", "report.html.column.bytes",
                         "report.html.column.sha256"}) {
    out += "<th>" + html(id) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const Provenance::File& file : provenance.files) {
    const std::optional<model::FileDigest>& digest = file.digest;
    out += "<tr>" + Cell(file.path) + Cell(file.agency.empty() ? "-" : file.agency) + "<td>" +
           html(file.baseline ? "report.html.role.baseline" : "report.html.role.target") + "</td><td class=\"number\">" +
           (digest ? std::to_string(digest->size) : "-") + "</td><td><code>" + (digest ? digest->sha256 : html("report.html.unreadable")) +
           "</code></td></tr>\n";
  }
  out += "</tbody></table>\n<p><small>" + html("report.html.provenance-note") + "</small></p>\n</section>\n";
  return out;
}

std::string WriteVerdictsHtml(const DossierInput& input) {
  auto html = [&](std::string_view id, const model::MessageArgs& args = {}) { return HtmlText(input.lang, id, args); };
  const ReportInput report_input{input.workspace, input.report, input.pack, input.lang, model::Severity::kError, input.tool_version};
  std::string out = "<section id=\"verdicts\"><h2>" + html("report.html.verdicts") + "</h2>\n<table class=\"plain\"><thead><tr>";
  for (const char* id : {"report.column.agency", "report.column.file", "report.column.errors", "report.column.warnings",
                         "report.column.infos", "report.column.waived", "report.html.column.verdict"}) {
    out += "<th>" + html(id) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  bool all_pass = true;
  for (const AgencySummary& row : SummarizeAgencies(report_input)) {
    const model::SourceFile& file = input.workspace.files[row.file];
    const bool pass = file.loaded && row.errors == 0;
    all_pass = all_pass && pass;
    out += "<tr>" + Cell(file.agency.empty() ? "-" : file.agency) + Cell(file.path) + "<td class=\"number\">" + std::to_string(row.errors) +
           "</td><td class=\"number\">" + std::to_string(row.warnings) + "</td><td class=\"number\">" + std::to_string(row.infos) +
           "</td><td class=\"number\">" + std::to_string(row.waived) + "</td><td><span class=\"" + (pass ? "verdict-pass" : "verdict-fail") +
           "\">" + html(pass ? "report.html.pass" : "report.html.fail") + "</span></td></tr>\n";
  }
  // Federation findings fall on no single file's row alone; the overall verdict counts them all.
  all_pass = all_pass && input.report.Count(model::Severity::kError) == 0;
  out += "</tbody></table>\n<p>" + html("report.html.overall") + " <span id=\"overall-verdict\" class=\"" +
         (all_pass ? "verdict-pass" : "verdict-fail") + "\">" + html(all_pass ? "report.html.pass" : "report.html.fail") + "</span></p>\n";
  out += "<p><small>" + html("report.html.verdict-rule") + "</small></p>\n</section>\n";
  return out;
}

std::string WriteApprovalHtml(const DossierInput& input) {
  auto html = [&](std::string_view id) { return HtmlText(input.lang, id); };
  std::string out = "<section id=\"approval\"><h2>" + html("report.html.approval") + "</h2>\n<table class=\"plain approval\"><tbody>\n";
  for (const char* id : {"report.html.approval.reviewer", "report.html.approval.unit", "report.html.approval.date"}) {
    out += "<tr><th>" + html(id) + "</th><td class=\"blank\"></td></tr>\n";
  }
  out += "<tr><th>" + html("report.html.approval.decision") + "</th><td>";
  for (const char* id : {"report.html.approval.approved", "report.html.approval.conditional", "report.html.approval.rejected"}) {
    out += "<span class=\"choice\">&#9744; " + html(id) + "</span> ";
  }
  out += "</td></tr>\n<tr><th>" + html("report.html.approval.remarks") + "</th><td class=\"blank tall\"></td></tr>\n";
  out += "<tr><th>" + html("report.html.approval.signature") + "</th><td class=\"blank tall\"></td></tr>\n";
  out += "</tbody></table>\n</section>\n";
  return out;
}

const char* DossierStyle() {
  return R"CSS(
table.facts{width:auto;margin-bottom:10px}table.facts th{background:none;font-weight:normal;color:#555}
td.number{text-align:right}
td code{overflow-wrap:anywhere;word-break:break-all}
table.approval th{width:22%}
table.approval td.blank{height:28px}table.approval td.tall{height:90px}
.choice{margin-right:18px;white-space:nowrap}
@page{size:A4;margin:14mm 12mm}
@media print{
body{font-size:11px}
header,.verdict-pass,.verdict-fail{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.controls,button,input,select{display:none}
table{width:100%}
th,td{overflow-wrap:anywhere;word-break:break-word}
thead{display:table-header-group}
tr{break-inside:avoid}
h2,h3{break-after:avoid}
.diagram{overflow:visible;max-height:none;border:none;break-inside:avoid}
.diagram svg{max-width:100%;max-height:250mm;width:auto;height:auto}
#approval{break-before:page;break-inside:avoid}
th{cursor:default}
}
)CSS";
}

}  // namespace eaf::review
