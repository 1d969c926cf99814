#include "render/html_report.h"

#include <map>
#include <set>

#include "checker/output/report_writers.h"
#include "model/diagnostic_format.h"
#include "render/gap_report.h"

namespace eaf::render {
namespace {

const char* Say(const HtmlReportInput& input, const char* vi, const char* en) { return input.lang == "en" ? en : vi; }

// Graphviz's SVG starts with an XML declaration and a DOCTYPE; inline SVG in HTML wants just <svg>.
std::string InlineSvg(const std::string& svg) {
  const std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
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
  const std::size_t errors = report.Count(model::Severity::kError);
  const std::size_t warnings = report.Count(model::Severity::kWarning);
  const bool pass = errors == 0;
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(input.lang == "en" ? "en" : "vi") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: no network, no fonts, no frames; only the page's own style and script.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  std::string agencies;
  for (const model::SourceFile& file : workspace.files) {
    if (!file.agency.empty() && agencies.find(file.agency) == std::string::npos) agencies += (agencies.empty() ? "" : ", ") + file.agency;
  }
  out += "<title>" + EscapeHtml(Say(input, "Báo cáo kiểm tra kiến trúc ", "Architecture review ")) + EscapeHtml(agencies) + "</title>\n";
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<header>\n";
  out += "<h1>" + EscapeHtml(Say(input, "Báo cáo kiểm tra kiến trúc Chính phủ điện tử", "e-Government architecture review")) + "</h1>\n";
  out += "<table class=\"summary\"><tbody>\n";
  for (const model::SourceFile& file : workspace.files) {
    const std::string& name = model::PickText(file.names, input.lang);
    out += "<tr><td>" + EscapeHtml(file.agency.empty() ? "-" : file.agency) + "</td><td>" + EscapeHtml(name) + "</td><td>" +
           EscapeHtml(file.level) + "</td><td>" + EscapeHtml(Say(input, "Khung ", "framework ")) +
           EscapeHtml(file.framework.empty() ? "2.0" : file.framework) + "</td><td>" + EscapeHtml(file.state) + "</td><td>" +
           EscapeHtml(file.path) + "</td></tr>\n";
  }
  out += "</tbody></table>\n<p><span class=\"" + std::string(pass ? "verdict-pass" : "verdict-fail") + "\" id=\"verdict\">" +
         EscapeHtml(pass ? Say(input, "ĐẠT: không có lỗi", "PASS: no errors") : Say(input, "KHÔNG ĐẠT", "FAIL")) + "</span> " +
         std::to_string(errors) + EscapeHtml(Say(input, " lỗi, ", " errors, ")) + std::to_string(warnings) +
         EscapeHtml(Say(input, " cảnh báo, ", " warnings, ")) + std::to_string(report.Count(model::Severity::kInfo)) +
         EscapeHtml(Say(input, " thông tin", " infos")) + " — " + EscapeHtml(input.pack.id + " " + input.pack.version) + "</p>\n</header>\n<main>\n";

  // Findings.
  out += "<section id=\"findings\"><h2>" + EscapeHtml(Say(input, "Vi phạm", "Findings")) + "</h2>\n<div class=\"controls\">";
  out += "<label>" + EscapeHtml(Say(input, "Lọc: ", "Filter: ")) + "<input id=\"filter\" type=\"search\"></label>";
  out += "<label>" + EscapeHtml(Say(input, "Mức: ", "Severity: ")) + "<select id=\"severity\"><option value=\"\">" +
         EscapeHtml(Say(input, "tất cả", "all")) + "</option><option value=\"error\">error</option><option value=\"warning\">warning</option>"
         "<option value=\"info\">info</option><option value=\"waived\">" + EscapeHtml(Say(input, "được miễn", "waived")) + "</option></select></label>";
  out += "<label>" + EscapeHtml(Say(input, "Nhóm theo: ", "Group by: ")) + "<select id=\"group\"><option value=\"\">-</option><option value=\"rule\">" +
         EscapeHtml(Say(input, "quy tắc", "rule")) + "</option><option value=\"element\">" + EscapeHtml(Say(input, "phần tử", "element")) +
         "</option></select></label>";
  out += "<span>" + EscapeHtml(Say(input, "Phần tử: ", "Element: ")) + "<code id=\"element-filter\"></code> <button id=\"clear\" type=\"button\">" +
         EscapeHtml(Say(input, "bỏ lọc", "clear")) + "</button></span><span><span id=\"shown\"></span> " + EscapeHtml(Say(input, "dòng", "rows")) + "</span></div>\n";
  out += "<table id=\"findings-table\"><thead><tr><th>" + EscapeHtml(Say(input, "mức", "severity")) + "</th><th>" +
         EscapeHtml(Say(input, "quy tắc", "rule")) + "</th><th>" + EscapeHtml(Say(input, "nội dung", "message")) + "</th><th>" +
         EscapeHtml(Say(input, "vị trí", "location")) + "</th><th>" + EscapeHtml(Say(input, "miễn trừ", "waiver")) + "</th></tr></thead><tbody>\n";
  std::map<std::string, const checker::RuleDefinition*> rules;
  for (const checker::RuleDefinition& rule : input.pack.rules) rules[rule.id] = &rule;
  auto row = [&](const model::Diagnostic& diagnostic, bool waived, const std::string& reason) {
    const std::string severity = waived ? "waived" : model::SeverityName(diagnostic.severity);
    std::string elements;
    for (const std::string& id : diagnostic.element_ids) elements += (elements.empty() ? "" : " ") + id;
    std::string title;
    if (auto it = rules.find(diagnostic.rule_id); it != rules.end()) title = it->second->title.In(input.lang) + " — " + it->second->source;
    out += "<tr class=\"" + std::string(waived ? "waived" : "") + "\" data-severity=\"" + EscapeHtml(severity) + "\" data-rule=\"" +
           EscapeHtml(diagnostic.rule_id) + "\" data-element=\"" + EscapeHtml(diagnostic.element_ids.empty() ? "" : diagnostic.element_ids.front()) +
           "\" data-elements=\"" + EscapeHtml(elements) + "\"><td class=\"sev-" + EscapeHtml(model::SeverityName(diagnostic.severity)) + "\">" +
           EscapeHtml(model::SeverityName(diagnostic.severity)) + "</td><td title=\"" + EscapeHtml(title) + "\">" +
           EscapeHtml(diagnostic.rule_id) + "</td><td>" + EscapeHtml(diagnostic.message);
    for (const model::Note& note : diagnostic.notes) out += "<br><small>" + EscapeHtml(note.message) + "</small>";
    out += "</td><td>" + EscapeHtml(model::FormatLocation(workspace.files, diagnostic.location)) + "</td><td>" + EscapeHtml(reason) + "</td></tr>\n";
  };
  for (const model::Diagnostic& diagnostic : report.load_diagnostics) row(diagnostic, false, "");
  for (const checker::CheckedFinding& finding : report.findings) row(finding.diagnostic, finding.waived, finding.waiver_reason);
  out += "</tbody></table>\n</section>\n";

  // Waivers.
  out += "<section id=\"waivers\"><h2>" + EscapeHtml(Say(input, "Miễn trừ (eaf:waive)", "Waivers (eaf:waive)")) + "</h2>\n";
  if (report.waivers.empty()) out += "<p>" + EscapeHtml(Say(input, "Không có miễn trừ.", "No waivers.")) + "</p>\n";
  else {
    out += "<table class=\"plain\"><thead><tr><th>" + EscapeHtml(Say(input, "quy tắc", "rule")) + "</th><th>" + EscapeHtml(Say(input, "phần tử", "element")) +
           "</th><th>" + EscapeHtml(Say(input, "lý do", "reason")) + "</th><th>" + EscapeHtml(Say(input, "đã dùng", "used")) + "</th></tr></thead><tbody>\n";
    for (const checker::Waiver& waiver : report.waivers) {
      out += "<tr><td>" + EscapeHtml(waiver.rule_id) + "</td><td>" + EscapeHtml(waiver.object_id) + "</td><td>" + EscapeHtml(waiver.reason) +
             "</td><td>" + EscapeHtml(waiver.used ? Say(input, "có", "yes") : Say(input, "không", "no")) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</section>\n";

  // Diagrams.
  if (!input.overview_svg.empty() || !input.integration_svg.empty()) {
    out += "<section id=\"diagrams\"><h2>" + EscapeHtml(Say(input, "Sơ đồ (bấm vào một phần tử để lọc vi phạm)",
                                                            "Diagrams (click an element to filter the findings)")) + "</h2>\n";
    if (!input.overview_svg.empty()) {
      out += "<h3>" + EscapeHtml(Say(input, "Sơ đồ tổng thể", "Overview")) + "</h3><div class=\"diagram\" id=\"diagram-overview\">" +
             InlineSvg(input.overview_svg) + "</div>\n";
    }
    if (!input.integration_svg.empty()) {
      out += "<h3>" + EscapeHtml(Say(input, "Sơ đồ tích hợp", "Integration")) + "</h3><div class=\"diagram\" id=\"diagram-integration\">" +
             InlineSvg(input.integration_svg) + "</div>\n";
    }
    out += "</section>\n";
  }
  out += input.gap_html;
  out += "</main>\n<footer>eaf " + EscapeHtml(input.tool_version) + " — " + EscapeHtml(input.pack.id + " " + input.pack.version) + " — " +
         EscapeHtml(Say(input, "Khung Kiến trúc CPĐT Việt Nam 2.0 (Quyết định 2323/QĐ-BTTTT)",
                        "Vietnam e-Government Architecture Framework 2.0 (Decision 2323/QĐ-BTTTT)")) + "</footer>\n";
  out += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace eaf::render
