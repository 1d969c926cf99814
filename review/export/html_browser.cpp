#include "review/export/html_browser.h"

#include <map>
#include <unordered_map>

#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "model/profile.h"
#include "review/export/gap_report.h"

namespace eaf::review {
namespace {

// On paper the list and its search are of no use: only the element shown is printed.
const char* kBrowserStyle = R"CSS(
#browser .browser{display:flex;gap:16px;align-items:flex-start}
#browser .browser-list{flex:0 0 30%;max-height:85vh;overflow:auto;border:1px solid #d5d9de;padding:8px;position:sticky;top:0}
#browser .browser-list input{width:100%;box-sizing:border-box;font-size:14px;padding:4px}
#browser .browser-list ul{list-style:none;margin:8px 0 0;padding:0;font-size:13px}
#browser .browser-list li{padding:2px 4px}
#browser .browser-list li.current{background:#e3ecf7}
#browser .browser-detail{flex:1;min-width:0}
#browser .browser-detail article{display:none;border:1px solid #d5d9de;padding:8px 12px}
#browser .browser-detail article:target,#browser .browser-detail article.current{display:block}
#browser .browser-detail:has(article:target) .browser-pick,#browser .browser-detail:has(article.current) .browser-pick{display:none}
#browser article h3{margin:4px 0 8px}
#browser article h4{margin:12px 0 4px}
#browser table.facts th{width:12em}
#browser p.documentation{white-space:pre-wrap}
@media print{#browser .browser-list,#browser .browser-pick{display:none}}
)CSS";

// Search folds case and Vietnamese diacritics, so "ha noi" finds "Hà Nội". Model text is only
// read through textContent and dataset, never written as HTML.
const char* kBrowserScript = R"JS(
(function(){
  var list=document.getElementById('browser-items');
  if(!list)return;
  var items=Array.prototype.slice.call(list.children);
  var search=document.getElementById('browser-search');
  var shown=document.getElementById('browser-shown');
  function fold(s){return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g,'').replace(/\u0111/g,'d');}
  var keys=items.map(function(li){return fold(li.textContent+' '+li.dataset.id);});
  function filter(){
    var q=fold(search.value.trim()),n=0;
    items.forEach(function(li,i){var hit=!q||keys[i].indexOf(q)>=0;li.hidden=!hit;if(hit)n++;});
    shown.textContent=String(n);
  }
  var current=[];
  function follow(){
    var h='';
    try{h=decodeURIComponent(location.hash.substring(1));}catch(e){return;}
    if(h.indexOf('q=')===0){search.value=h.substring(2);filter();return;}
    if(!/^el-[0-9]+$/.test(h))return;
    var article=document.getElementById(h);
    if(!article)return;
    current.forEach(function(e){e.classList.remove('current');});
    current=[article];
    var link=list.querySelector('a[href="#'+h+'"]');
    if(link)current.push(link.parentNode);
    current.forEach(function(e){e.classList.add('current');});
  }
  search.addEventListener('input',filter);
  window.addEventListener('hashchange',follow);
  filter();
  follow();
})();
)JS";

// Same-file key of an element id: ids are unique within one file only.
std::string Key(std::uint32_t file, const std::string& id) { return std::to_string(file) + "\x1f" + id; }

}  // namespace

std::string ElementAnchor(std::int32_t index) { return "el-" + std::to_string(index); }

const char* ElementBrowserScript() { return kBrowserScript; }

std::string WriteElementBrowser(const model::Workspace& workspace, const checker::CheckReport& report, const std::string& lang,
                                std::size_t max_elements) {
  auto html = [&](std::string_view id, const model::MessageArgs& args = {}) { return HtmlText(lang, id, args); };
  if (workspace.elements.size() > max_elements) {
    return "<section id=\"browser\"><h2>" + html("browser.title") + "</h2>\n<p>" +
           html("browser.too-large", {{"count", std::to_string(workspace.elements.size())}, {"limit", std::to_string(max_elements)}}) +
           "</p>\n</section>\n";
  }
  auto name_of = [&](const model::Element& element) {
    const std::string& name = element.Name(lang);
    return model::EscapeHtml(name.empty() ? element.id : name);
  };
  auto link = [&](std::int32_t index) { return "<a href=\"#" + ElementAnchor(index) + "\">" + name_of(workspace.elements[index]) + "</a>"; };

  // Relationships by end, saved views and findings by element, each built once.
  std::vector<std::vector<std::int32_t>> outgoing(workspace.elements.size()), incoming(workspace.elements.size());
  for (std::size_t i = 0; i < workspace.relationships.size(); ++i) {
    const model::Relationship& r = workspace.relationships[i];
    if (r.source_index >= 0 && !r.source_is_relationship) outgoing[r.source_index].push_back(static_cast<std::int32_t>(i));
    if (r.target_index >= 0 && !r.target_is_relationship) incoming[r.target_index].push_back(static_cast<std::int32_t>(i));
  }
  std::unordered_map<std::string, std::vector<std::int32_t>> views;
  for (std::size_t v = 0; v < workspace.views.size(); ++v) {
    const model::View& view = workspace.views[v];
    for (const model::ViewNode& node : view.nodes) {
      if (node.element_id.empty()) continue;
      std::vector<std::int32_t>& list = views[Key(view.location.file, node.element_id)];
      if (list.empty() || list.back() != static_cast<std::int32_t>(v)) list.push_back(static_cast<std::int32_t>(v));
    }
  }
  std::unordered_map<std::string, std::vector<const checker::CheckedFinding*>> findings;
  for (const checker::CheckedFinding& finding : report.findings) {
    for (const std::string& id : finding.diagnostic.element_ids) findings[id].push_back(&finding);
  }

  std::string out = "<section id=\"browser\"><style>" + std::string(kBrowserStyle) + "</style><h2>" + html("browser.title") + "</h2>\n";
  out += "<div class=\"browser\"><nav class=\"browser-list\"><input id=\"browser-search\" type=\"search\" placeholder=\"" + html("browser.search") +
         "\" aria-label=\"" + html("browser.search") + "\"><small>" +
         html("browser.shown", {{"count", "<span id=\"browser-shown\">" + std::to_string(workspace.elements.size()) + "</span>"}}) +
         "</small>\n<ul id=\"browser-items\">\n";
  for (std::size_t i = 0; i < workspace.elements.size(); ++i) {
    const model::Element& element = workspace.elements[i];
    out += "<li data-id=\"" + model::EscapeHtml(element.id) + "\">" + link(static_cast<std::int32_t>(i)) + " <small>" +
           model::EscapeHtml(model::ElementTypeName(element.type)) + "</small></li>\n";
  }
  out += "</ul></nav>\n<div class=\"browser-detail\"><p class=\"browser-pick\">" + html("browser.pick") + "</p>\n";

  const std::string none = "<p>" + html("browser.none") + "</p>\n";
  auto relationship_table = [&](const std::vector<std::int32_t>& list, bool from_here) {
    if (list.empty()) return none;
    std::string table = "<table class=\"plain\"><thead><tr><th>" + html("gap.column.type") + "</th><th>" +
                        html(from_here ? "gap.column.target-end" : "gap.column.source") + "</th><th>" + html("gap.column.id") + "</th></tr></thead><tbody>\n";
    for (std::int32_t index : list) {
      const model::Relationship& r = workspace.relationships[index];
      const std::int32_t other = from_here ? r.target_index : r.source_index;
      const bool other_is_relationship = from_here ? r.target_is_relationship : r.source_is_relationship;
      const std::string& name = r.Name(lang);
      table += "<tr><td>" + model::EscapeHtml(model::RelationshipTypeName(r.type)) + (name.empty() ? "" : " <small>" + model::EscapeHtml(name) + "</small>") +
               "</td><td>" + (other_is_relationship ? model::EscapeHtml(DescribeEnd(workspace, other, true, lang)) : link(other)) + "</td><td>" +
               model::EscapeHtml(r.id) + "</td></tr>\n";
    }
    return table + "</tbody></table>\n";
  };
  for (std::size_t i = 0; i < workspace.elements.size(); ++i) {
    const model::Element& element = workspace.elements[i];
    out += "<article id=\"" + ElementAnchor(static_cast<std::int32_t>(i)) + "\" class=\"element\"><h3>" + name_of(element) + "</h3>\n";
    out += "<table class=\"plain facts\"><tbody>\n<tr><th>" + html("browser.id") + "</th><td><code>" + model::EscapeHtml(element.id) + "</code></td></tr>\n";
    out += "<tr><th>" + html("browser.type") + "</th><td>" + model::EscapeHtml(model::ElementTypeName(element.type)) + "</td></tr>\n";
    if (!element.kind.empty()) {
      out += "<tr><th>" + html("browser.kind") + "</th><td>" + model::EscapeHtml(model::KindLabel(lang, element.kind)) + " <code>" +
             model::EscapeHtml(element.kind) + "</code></td></tr>\n";
    }
    if (!element.owner.empty()) out += "<tr><th>" + html("browser.owner") + "</th><td>" + model::EscapeHtml(element.owner) + "</td></tr>\n";
    out += "<tr><th>" + html("browser.location") + "</th><td>" + model::EscapeHtml(model::FormatLocation(workspace.files, element.location)) +
           "</td></tr>\n</tbody></table>\n";
    if (!element.documentation.empty()) {
      out += "<h4>" + html("browser.documentation") + "</h4>\n<p class=\"documentation\">" + model::EscapeHtml(element.documentation) + "</p>\n";
    }
    if (!element.properties.empty()) {
      out += "<h4>" + html("browser.properties") + "</h4>\n<table class=\"plain\"><tbody>\n";
      for (const model::Property& property : element.properties) {
        out += "<tr><th>" + model::EscapeHtml(property.key) + "</th><td>" + model::EscapeHtml(property.value) + "</td></tr>\n";
      }
      out += "</tbody></table>\n";
    }
    out += "<h4>" + html("browser.outgoing") + "</h4>\n" + relationship_table(outgoing[i], true);
    out += "<h4>" + html("browser.incoming") + "</h4>\n" + relationship_table(incoming[i], false);
    out += "<h4>" + html("browser.views") + "</h4>\n";
    if (auto it = views.find(Key(element.location.file, element.id)); it == views.end()) {
      out += none;
    } else {
      out += "<ul>";
      for (std::int32_t v : it->second) {
        const model::View& view = workspace.views[v];
        out += "<li>" + model::EscapeHtml(view.Name(lang).empty() ? view.id : view.Name(lang)) + "</li>";
      }
      out += "</ul>\n";
    }
    out += "<h4>" + html("browser.findings") + "</h4>\n";
    if (auto it = findings.find(element.id); it == findings.end()) {
      out += none;
    } else {
      out += "<ul>";
      for (const checker::CheckedFinding* finding : it->second) {
        const std::string severity(model::SeverityName(finding->diagnostic.severity));
        out += "<li" + std::string(finding->waived ? " class=\"waived\"" : "") + "><span class=\"sev-" + severity + "\">" + html("severity." + severity) +
               "</span> <code>" + model::EscapeHtml(finding->diagnostic.rule_id) + "</code> " + model::EscapeHtml(finding->diagnostic.message) + "</li>";
      }
      out += "</ul>\n";
    }
    out += "</article>\n";
  }
  out += "</div></div>\n</section>\n";
  return out;
}

}  // namespace eaf::review
