#include "review/export/html_report.h"

#include <algorithm>
#include <map>

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/export/check_report.h"
#include "review/export/gap_report.h"
#include "review/export/html_browser.h"

namespace eaf::review {
namespace {

// Graphviz's SVG starts with an XML declaration and a DOCTYPE; inline SVG in HTML wants just <svg>.
std::string InlineSvg(const std::string& svg) {
  const std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

std::string ValueLabel(const std::string& lang, const std::string& prefix, const std::string& value) {
  return model::EscapeHtml(model::ValueLabel(lang, prefix, value));
}

const char* kStyle = R"CSS(
body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;color:#1d1d1d;background:#fff}
header{background:#0b3d6e;color:#fff;padding:16px 24px}
header h1{margin:0 0 8px;font-size:22px}
main{padding:16px 24px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid #d5d9de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef2f6;cursor:pointer;user-select:none}
table.plain th{cursor:default}
.summary td{border:none;padding:2px 12px 2px 0;color:#fff}
.verdict-pass{background:#1e7a34;padding:2px 8px;border-radius:4px}
.verdict-fail{background:#b3261e;padding:2px 8px;border-radius:4px}
.sev-error{color:#b3261e;font-weight:bold}.sev-warning{color:#a15c00;font-weight:bold}.sev-info{color:#555}
tr.waived td{color:#777;text-decoration:line-through}
tr.group td{background:#f7f7f7;font-weight:bold}
.controls{margin:8px 0;display:flex;gap:12px;flex-wrap:wrap}
.diagram{overflow:auto;border:1px solid #d5d9de;margin:8px 0;max-height:80vh}
.diagram g.node{cursor:pointer}
.diagram svg{max-width:100%;height:auto}
small{color:#555}
footer{padding:12px 24px;color:#555;font-size:12px;border-top:1px solid #d5d9de}
)CSS";

// Filtering, sorting and grouping of the findings table; a click on a diagram node filters the
// table to that element. Reads model text only through textContent and dataset: never as HTML.
const char* kScript = R"JS(
(function(){
  var table=document.getElementById('findings-table');
  if(!table)return;
  var body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);
  var filter=document.getElementById('filter');
  var severity=document.getElementById('severity');
  var group=document.getElementById('group');
  var sortColumn=-1,sortUp=true,elementFilter='';
  function visible(row){
    var text=filter.value.toLowerCase();
    if(severity.value&&row.dataset.severity!==severity.value)return false;
    if(elementFilter&&(' '+row.dataset.elements+' ').indexOf(' '+elementFilter+' ')<0)return false;
    return !text||row.textContent.toLowerCase().indexOf(text)>=0;
  }
  function draw(){
    var list=rows.filter(visible);
    if(sortColumn>=0){list.sort(function(a,b){var x=a.cells[sortColumn].textContent,y=b.cells[sortColumn].textContent;
      return (x<y?-1:x>y?1:0)*(sortUp?1:-1);});}
    var key=group.value;
    if(key){list.sort(function(a,b){var x=a.dataset[key]||'',y=b.dataset[key]||'';return x<y?-1:x>y?1:0;});}
    while(body.firstChild)body.removeChild(body.firstChild);
    var last=null;
    list.forEach(function(row){
      if(key&&row.dataset[key]!==last){last=row.dataset[key];var g=document.createElement('tr');g.className='group';
        var c=document.createElement('td');c.colSpan=row.cells.length;c.textContent=last||'-';g.appendChild(c);body.appendChild(g);}
      body.appendChild(row);});
    document.getElementById('shown').textContent=String(list.length);
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){
    sortUp=sortColumn===i?!sortUp:true;sortColumn=i;draw();});});
  [filter,severity,group].forEach(function(e){e.addEventListener('input',draw);e.addEventListener('change',draw);});
  document.getElementById('clear').addEventListener('click',function(){elementFilter='';filter.value='';draw();
    document.getElementById('element-filter').textContent='';});
  Array.prototype.forEach.call(document.querySelectorAll('.diagram g.node'),function(node){
    node.addEventListener('click',function(){
      var id=node.id.indexOf('n-')===0?node.id.substring(2):node.id;
      elementFilter=id;document.getElementById('element-filter').textContent=id;draw();
      document.getElementById('findings').scrollIntoView();});});
  draw();
})();
)JS";

}  // namespace

std::string WriteHtmlReport(const HtmlReportInput& input) {
  const model::Workspace& workspace = input.workspace;
  const checker::CheckReport& report = input.report;
  const std::string& lang = input.lang;
  auto html = [&](std::string_view id, const model::MessageArgs& args = {}) { return HtmlText(lang, id, args); };
  auto severity_word = [&](std::string_view severity) { return html("severity." + std::string(severity)); };
  const std::size_t errors = report.Count(model::Severity::kError);
  const std::size_t warnings = report.Count(model::Severity::kWarning);
  const bool pass = errors == 0;
  const std::string pack = model::EscapeHtml(input.pack.id + " " + input.pack.version);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == "en" ? "en" : "vi") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: no network, no fonts, no frames; only the page's own style and script.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  std::string agencies;
  for (const model::SourceFile& file : workspace.files) {
    if (!file.agency.empty() && agencies.find(file.agency) == std::string::npos) agencies += (agencies.empty() ? "" : ", ") + file.agency;
  }
  out += "<title>" + html("report.html.title", {{"agencies", model::EscapeHtml(agencies)}}) + "</title>\n";
  out += "<style>" + std::string(kStyle) + DossierStyle() + "</style>\n</head>\n<body>\n<header>\n";
  // A model checked with the generic pack alone follows no framework: the page does not name one.
  const auto generic = [](const checker::RulePack* used) { return used && used->framework == "archimate"; };
  const bool all_generic = input.file_packs.empty() ? generic(&input.pack) : std::all_of(input.file_packs.begin(), input.file_packs.end(), generic);
  out += "<h1>" + html(all_generic ? "report.html.heading-generic" : "report.html.heading") + "</h1>\n";
  out += "<table class=\"summary\"><tbody>\n";
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    const std::string& name = model::PickText(file.names, lang);
    out += "<tr><td>" + model::EscapeHtml(file.agency.empty() ? "-" : file.agency) + "</td><td>" + model::EscapeHtml(name) + "</td><td>" +
           ValueLabel(lang, "view.level.", file.level) + "</td><td>" +
           model::EscapeHtml(PackLabel(f < input.file_packs.size() ? input.file_packs[f] : &input.pack, file, lang)) + "</td><td>" +
           ValueLabel(lang, "view.state.", file.state) + "</td><td>" + model::EscapeHtml(file.path) + "</td></tr>\n";
  }
  out += "</tbody></table>\n<p><span class=\"" + std::string(pass ? "verdict-pass" : "verdict-fail") + "\" id=\"verdict\">" +
         html(pass ? "report.html.pass" : "report.html.fail") + "</span> " +
         html("report.html.counts", {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)},
                                     {"infos", std::to_string(report.Count(model::Severity::kInfo))}}) +
         " — " + pack + "</p>\n</header>\n<main>\n";
  out += input.gap_warnings_html;
  const DossierInput dossier{workspace, report, input.pack, input.provenance, lang, input.tool_version};
  out += WriteProvenanceHtml(dossier) + WriteVerdictsHtml(dossier);

  // Findings.
  out += "<section id=\"findings\"><h2>" + html("report.html.findings") + "</h2>\n<div class=\"controls\">";
  out += "<label>" + html("report.html.filter") + " <input id=\"filter\" type=\"search\"></label>";
  out += "<label>" + html("report.html.severity") + " <select id=\"severity\"><option value=\"\">" + html("report.html.all") + "</option>";
  for (const char* severity : {"error", "warning", "info"}) {
    out += "<option value=\"" + std::string(severity) + "\">" + severity_word(severity) + "</option>";
  }
  out += "<option value=\"waived\">" + html("report.html.waived") + "</option></select></label>";
  out += "<label>" + html("report.html.group-by") + " <select id=\"group\"><option value=\"\">-</option><option value=\"rule\">" +
         html("report.html.column.rule") + "</option><option value=\"element\">" + html("report.html.column.element") +
         "</option></select></label>";
  out += "<span>" + html("report.html.element-filter") + " <code id=\"element-filter\"></code> <button id=\"clear\" type=\"button\">" +
         html("report.html.clear") + "</button></span><span>" + html("report.html.rows", {{"count", "<span id=\"shown\"></span>"}}) +
         "</span></div>\n";
  out += "<table id=\"findings-table\"><thead><tr>";
  for (const char* id : {"report.html.column.severity", "report.html.column.rule", "report.html.column.message",
                         "report.html.column.location", "report.html.column.waiver"}) {
    out += "<th>" + html(id) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  std::map<std::string, const checker::RuleDefinition*> rules;
  for (const checker::RuleDefinition& rule : input.pack.rules) rules[rule.id] = &rule;
  auto row = [&](const model::Diagnostic& diagnostic, bool waived, const std::string& reason) {
    const std::string severity = waived ? "waived" : model::SeverityName(diagnostic.severity);
    std::string elements;
    for (const std::string& id : diagnostic.element_ids) elements += (elements.empty() ? "" : " ") + id;
    std::string title;
    if (auto it = rules.find(diagnostic.rule_id); it != rules.end()) title = it->second->title.In(lang) + " — " + it->second->source;
    out += "<tr class=\"" + std::string(waived ? "waived" : "") + "\" data-severity=\"" + model::EscapeHtml(severity) + "\" data-rule=\"" +
           model::EscapeHtml(diagnostic.rule_id) + "\" data-element=\"" + model::EscapeHtml(diagnostic.element_ids.empty() ? "" : diagnostic.element_ids.front()) +
           "\" data-elements=\"" + model::EscapeHtml(elements) + "\"><td class=\"sev-" + model::EscapeHtml(model::SeverityName(diagnostic.severity)) + "\">" +
           severity_word(model::SeverityName(diagnostic.severity)) + "</td><td title=\"" + model::EscapeHtml(title) + "\">" +
           model::EscapeHtml(diagnostic.rule_id) + "</td><td>" + model::EscapeHtml(diagnostic.message);
    for (const model::Note& note : diagnostic.notes) out += "<br><small>" + model::EscapeHtml(note.message) + "</small>";
    out += "</td><td>" + model::EscapeHtml(model::FormatLocation(workspace.files, diagnostic.location)) + "</td><td>" + model::EscapeHtml(reason) + "</td></tr>\n";
  };
  for (const model::Diagnostic& diagnostic : report.load_diagnostics) row(diagnostic, false, "");
  for (const checker::CheckedFinding& finding : report.findings) row(finding.diagnostic, finding.waived, finding.waiver_reason);
  out += "</tbody></table>\n</section>\n";

  // Waivers.
  out += "<section id=\"waivers\"><h2>" + html("report.html.waivers") + "</h2>\n";
  if (report.waivers.empty()) out += "<p>" + html("report.html.no-waivers") + "</p>\n";
  else {
    out += "<table class=\"plain\"><thead><tr>";
    for (const char* id : {"report.html.column.rule", "report.html.column.element", "report.html.column.reason", "report.html.column.approved-by",
                           "report.html.column.until", "report.html.column.status", "report.html.column.used"}) {
      out += "<th>" + html(id) + "</th>";
    }
    out += "</tr></thead><tbody>\n";
    for (const checker::Waiver& waiver : report.waivers) {
      const std::string status(checker::WaiverStatusName(waiver.status));
      out += "<tr data-status=\"" + status + "\"><td>" + model::EscapeHtml(waiver.rule_id) + "</td><td>" + model::EscapeHtml(waiver.object_id) + "</td><td>" +
             model::EscapeHtml(waiver.reason) + "</td><td>" + model::EscapeHtml(waiver.approved_by) + "</td><td>" + model::EscapeHtml(waiver.until) +
             "</td><td>" + html("report.html.waiver." + status) + "</td><td>" + html(waiver.used ? "report.html.yes" : "report.html.no") + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</section>\n";

  // Diagrams.
  if (!input.overview_svg.empty() || !input.integration_svg.empty()) {
    out += "<section id=\"diagrams\"><h2>" + html("report.html.diagrams") + "</h2>\n";
    if (!input.overview_svg.empty()) {
      out += "<h3>" + html("report.html.overview") + "</h3><div class=\"diagram\" id=\"diagram-overview\">" + InlineSvg(input.overview_svg) + "</div>\n";
    }
    if (!input.integration_svg.empty()) {
      out += "<h3>" + html("report.html.integration") + "</h3><div class=\"diagram\" id=\"diagram-integration\">" +
             InlineSvg(input.integration_svg) + "</div>\n";
    }
    out += "</section>\n";
  }
  // The model's own views, drawn as saved; a click on an element filters the findings as above.
  if (!input.saved_views.empty()) {
    out += "<section id=\"saved-views\"><h2>" + html("report.html.saved-views") + "</h2>\n";
    if (input.saved_views.size() < input.saved_views_total) {
      out += "<p><small>" + html("report.html.saved-views-capped", {{"shown", std::to_string(input.saved_views.size())},
                                                                  {"total", std::to_string(input.saved_views_total)}}) +
             "</small></p>\n";
    }
    for (std::size_t v = 0; v < input.saved_views.size(); ++v) {
      const SavedViewSvg& view = input.saved_views[v];
      out += "<h3>" + model::EscapeHtml(view.name) + "</h3>";
      if (!view.viewpoint.empty()) out += "<p><small>" + html("report.html.viewpoint", {{"viewpoint", model::EscapeHtml(view.viewpoint)}}) + "</small></p>";
      out += "<div class=\"diagram\" id=\"saved-view-" + std::to_string(v) + "\">" + InlineSvg(view.svg) + "</div>\n";
    }
    out += "</section>\n";
  }
  out += input.gap_html;
  out += WriteApprovalHtml(dossier);
  out += WriteElementBrowser(workspace, report, lang);
  out += "</main>\n<footer>eaf " + model::EscapeHtml(input.tool_version) + " — " + pack + " — " +
         (all_generic ? html("report.html.generic-source")
                     : input.pack.framework == "2.0" ? html("report.html.framework-source")
                                                     : model::EscapeHtml(input.pack.title.In(lang))) + "</footer>\n";
  out += "<script>" + std::string(kScript) + ElementBrowserScript() + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace eaf::review
