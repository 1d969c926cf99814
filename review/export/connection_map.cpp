#include "review/export/connection_map.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numbers>
#include <numeric>
#include <set>
#include <tuple>
#include <vector>

#include "model/escaping.h"
#include "model/messages.h"
#include "model/profile.h"

namespace eaf::review {
namespace {

using checker::ConnectionMap;
using checker::MapSystem;
using checker::Route;

std::string Html(const std::string& lang, std::string_view id, const model::MessageArgs& args = {}) {
  return model::EscapeHtml(model::Text(lang, id, args));
}

std::string StateLabel(const std::string& lang, const std::string& state) {
  const std::string* label = model::Messages(lang).Find("view.state." + state);
  return label ? *label : state;
}

struct Point {
  long x = 0, y = 0;
};

// Evenly on a circle of `radius`, starting at the top, clockwise; whole pixels, so the page is stable.
std::vector<Point> Ring(std::size_t count, double radius, double offset = 0) {
  std::vector<Point> points;
  for (std::size_t i = 0; i < count; ++i) {
    const double angle = 2 * std::numbers::pi * (static_cast<double>(i) + offset) / static_cast<double>(count) - std::numbers::pi / 2;
    points.push_back({std::lround(radius * std::cos(angle)), std::lround(radius * std::sin(angle))});
  }
  return points;
}

// The radius at which `count` nodes sit `spacing` apart, at least `minimum`.
double RadiusFor(std::size_t count, double spacing, double minimum) {
  return std::max(minimum, static_cast<double>(count) * spacing / (2 * std::numbers::pi));
}

const char* kStyle = R"CSS(
body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;color:#1d1d1d;background:#fff}
header{background:#0b3d6e;color:#fff;padding:12px 24px}
header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;font-size:13px}
.layout{display:flex;gap:0;height:78vh;border-bottom:1px solid #d5d9de}
.stage{flex:1;position:relative;overflow:hidden;background:#fbfcfd}
.stage svg{width:100%;height:100%;cursor:grab;user-select:none}
.tools{position:absolute;top:8px;left:8px;display:flex;gap:6px;align-items:center;background:#fff;padding:6px;border:1px solid #d5d9de;border-radius:4px}
.tools button{min-width:32px}
aside{width:380px;overflow:auto;padding:12px 16px;border-left:1px solid #d5d9de;font-size:13px}
aside h2{font-size:16px;margin:4px 0}
.legend{background:#f7f9fb;border:1px solid #d5d9de;border-radius:4px;padding:6px 10px;font-size:12px;margin-bottom:10px}
.legend svg{width:40px;height:12px;vertical-align:middle;cursor:default}
main{padding:12px 24px}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #d5d9de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef2f6}
td.conformant{background:#e3f4e1}td.direct{background:#fbe0de}td.missing{background:#fff0d6}td.owner{background:#eceff3}td.none{color:#999}
.matrix{overflow:auto;max-width:100%;max-height:85vh}
#matrix thead th{position:sticky;top:0;z-index:2}
#matrix tbody th{position:sticky;left:0;z-index:1;background:#eef2f6}
#matrix thead th:first-child{left:0;z-index:3}
.l-conformant{stroke:#2e8b3a;stroke-width:2}
.l-direct{stroke:#c62828;stroke-width:3}
.l-missing{stroke:#e08a00;stroke-width:2;stroke-dasharray:8 5}
.l-owner{stroke:#7a7a7a;stroke-width:1.5;stroke-dasharray:2 4}
.l-national{stroke:#5b8bd0;stroke-width:1}
g.node{cursor:pointer}
g.node text{font-size:17px;text-anchor:middle;dominant-baseline:central;pointer-events:none}
g.agency rect{fill:#e7eef7;stroke:#35577d}
g.agency.errors rect{fill:#f4a6a6}g.agency.warnings rect{fill:#ffd89b}g.agency.clean rect{fill:#b7e4b7}
g.platform rect{fill:#9fd9f2;stroke:#2b6f8e}
g.database ellipse{fill:#d6ecff;stroke:#2b6f8e}
g.shared rect{fill:#fff;stroke:#555;stroke-dasharray:4 3}
g.node.hit rect,g.node.hit ellipse{stroke:#d400d4;stroke-width:4}
g.node.selected rect{stroke:#000;stroke-width:3}
line.dim{opacity:.15}
text.group{font-weight:bold;fill:#0b3d6e;opacity:.55;dominant-baseline:central}
ul{padding-left:18px}
.sev-error{color:#b3261e;font-weight:bold}.sev-warning{color:#a15c00;font-weight:bold}.sev-info{color:#555}
)CSS";

// Pan and zoom on the viewBox, search over nodes (case and diacritics folded), and the side panel of
// the agency clicked. Reads model text only through textContent and dataset: never as HTML.
const char* kScript = R"JS(
(function(){
  var svg=document.getElementById('map');
  if(!svg)return;
  var box=svg.viewBox.baseVal,home={x:box.x,y:box.y,w:box.width,h:box.height};
  function set(x,y,w,h){svg.setAttribute('viewBox',x+' '+y+' '+w+' '+h);}
  function zoom(f,cx,cy){if(cx===undefined){cx=box.x+box.width/2;cy=box.y+box.height/2;}
    set(cx-(cx-box.x)*f,cy-(cy-box.y)*f,box.width*f,box.height*f);}
  function point(e){var r=svg.getBoundingClientRect();var s=Math.max(box.width/r.width,box.height/r.height);
    return {x:box.x+(e.clientX-r.left)*s,y:box.y+(e.clientY-r.top)*s,s:s};}
  svg.addEventListener('wheel',function(e){e.preventDefault();var p=point(e);zoom(e.deltaY<0?0.85:1/0.85,p.x,p.y);},{passive:false});
  var drag=null;
  svg.addEventListener('mousedown',function(e){drag={x:e.clientX,y:e.clientY,bx:box.x,by:box.y,s:point(e).s};});
  window.addEventListener('mousemove',function(e){if(!drag)return;set(drag.bx-(e.clientX-drag.x)*drag.s,drag.by-(e.clientY-drag.y)*drag.s,box.width,box.height);});
  window.addEventListener('mouseup',function(){drag=null;});
  document.getElementById('zoom-in').onclick=function(){zoom(0.8);};
  document.getElementById('zoom-out').onclick=function(){zoom(1.25);};
  document.getElementById('fit').onclick=function(){set(home.x,home.y,home.w,home.h);};
  function fold(s){return s.normalize('NFD').replace(/[\u0300-\u036f]/g,'').replace(/[\u0111\u0110]/g,'d').toLowerCase();}
  var nodes=Array.prototype.slice.call(svg.querySelectorAll('g.node'));
  var search=document.getElementById('search');
  function find(){var q=fold(search.value.trim()),n=0;
    nodes.forEach(function(g){var hit=q!==''&&fold(g.dataset.search||'').indexOf(q)>=0;g.classList.toggle('hit',hit);if(hit)n++;});
    document.getElementById('found').textContent=String(n);}
  search.addEventListener('input',find);
  var lines=Array.prototype.slice.call(svg.querySelectorAll('line[data-agency]'));
  function show(code){
    Array.prototype.forEach.call(document.querySelectorAll('section.panel'),function(p){p.hidden=p.dataset.agency!==code;});
    document.getElementById('panel-hint').hidden=!!code;
    nodes.forEach(function(g){g.classList.toggle('selected',!!code&&g.dataset.agency===code);});
    lines.forEach(function(l){l.classList.toggle('dim',!!code&&l.dataset.agency!==code);});}
  nodes.forEach(function(g){if(g.dataset.agency)g.addEventListener('click',function(){show(g.dataset.agency);});});
  var hash=decodeURIComponent(location.hash.slice(1));
  if(hash.indexOf('q=')===0){search.value=hash.slice(2);find();}
  else if(hash.indexOf('agency=')===0){show(hash.slice(7));}
  else find();
})();
)JS";

const char* GroupClass(MapSystem::Group group) {
  switch (group) {
    case MapSystem::Group::kPlatform: return "platform";
    case MapSystem::Group::kDatabase: return "database";
    case MapSystem::Group::kShared: return "shared";
  }
  return "shared";
}

std::string Num(long value) { return std::to_string(value); }

// From this many agencies the groups on the ring are named (a handful are read one by one).
constexpr std::size_t kNamedGroupsFrom = 20;

// The picture: agencies on the outer ring; national platforms, then databases, then other
// agencies' shared systems on inner rings.
std::string MapSvg(const MapInput& input) {
  const ConnectionMap& map = input.map;
  const std::string& lang = input.lang;
  std::vector<std::size_t> by_group[3];
  for (std::size_t s = 0; s < map.systems.size(); ++s) by_group[static_cast<int>(map.systems[s].group)].push_back(s);
  const double r0 = RadiusFor(by_group[0].size(), 230, by_group[0].size() > 1 ? 160 : 0);
  const double r1 = std::max(r0 + 170, RadiusFor(by_group[1].size(), 230, 0));
  const double r2 = std::max(r1 + 170, RadiusFor(by_group[2].size(), 230, 0));
  std::vector<Point> system_at(map.systems.size());
  const double radii[3] = {r0, r1, r2};
  for (int g = 0; g < 3; ++g) {
    const std::vector<Point> ring = Ring(by_group[g].size(), radii[g], g * 0.5);
    for (std::size_t i = 0; i < ring.size(); ++i) system_at[by_group[g][i]] = ring[i];
  }
  // Agencies grouped by level on the ring (ministries, then provinces, then others), two empty
  // slots between groups, each group named outside its arc: at a hundred agencies the arcs are
  // what the eye finds first.
  std::vector<std::size_t> ring_order(map.agencies.size());
  std::iota(ring_order.begin(), ring_order.end(), std::size_t{0});
  auto level_rank = [&](std::size_t a) { return map.agencies[a].level == "ministry" ? 0 : map.agencies[a].level == "province" ? 1 : 2; };
  std::stable_sort(ring_order.begin(), ring_order.end(), [&](std::size_t x, std::size_t y) { return level_rank(x) < level_rank(y); });
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [first, last) in ring_order
  for (std::size_t i = 0; i < ring_order.size(); ++i) {
    if (i == 0 || level_rank(ring_order[i]) != level_rank(ring_order[i - 1])) groups.emplace_back(i, i);
    groups.back().second = i + 1;
  }
  const std::size_t gap = groups.size() > 1 ? 2 : 0;
  const double outer = std::max(r2 + 260, RadiusFor(map.agencies.size() + gap * groups.size(), 150, 420));
  const std::vector<Point> slots = Ring(map.agencies.size() + gap * groups.size(), outer);
  const long group_font = std::max(24L, std::lround(outer / 20));  // legible when the picture fits the screen
  const std::vector<Point> labels = Ring(map.agencies.size() + gap * groups.size(), outer + 60 + static_cast<double>(group_font));
  std::vector<Point> agency_at(map.agencies.size());
  std::string group_labels;
  const bool named = groups.size() > 1 && map.agencies.size() >= kNamedGroupsFrom;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i = groups[g].first; i < groups[g].second; ++i) agency_at[ring_order[i]] = slots[i + g * gap];
    if (!named) continue;
    const Point& at = labels[(groups[g].first + groups[g].second - 1) / 2 + g * gap];
    static const char* const kGroupIds[] = {"map.group.ministry", "map.group.province", "map.group.other"};
    // Away from the ring: to the right of an arc on the right, to the left of one on the left.
    const char* anchor = static_cast<double>(at.x) > outer / 3 ? "start" : static_cast<double>(at.x) < -outer / 3 ? "end" : "middle";
    group_labels += "<text class=\"group\" x=\"" + Num(at.x) + "\" y=\"" + Num(at.y) + "\" font-size=\"" + Num(group_font) + "\" text-anchor=\"" + anchor + "\">" +
                    Html(lang, kGroupIds[level_rank(ring_order[groups[g].first])], {{"count", std::to_string(groups[g].second - groups[g].first)}}) +
                    "</text>\n";
  }
  // Wider than high when groups are named: a label beside its arc runs up to 22 of its heights.
  const long extent = std::lround(outer + 120) + (named ? 2 * group_font : 0);
  const long extent_x = extent + (named ? 22 * group_font : 0);
  std::string out = "<svg id=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + Num(-extent_x) + " " + Num(-extent) + " " +
                    Num(2 * extent_x) + " " + Num(2 * extent) + "\" role=\"img\">\n<g id=\"lines\">\n";
  for (const auto& [a, b] : map.system_links) {
    out += "<line class=\"l-national\" x1=\"" + Num(system_at[a].x) + "\" y1=\"" + Num(system_at[a].y) + "\" x2=\"" + Num(system_at[b].x) +
           "\" y2=\"" + Num(system_at[b].y) + "\"/>\n";
  }
  // One line per agency, system and class; a route through a national platform is drawn as the
  // agency's line to that platform and the platform's to the system.
  std::set<std::tuple<std::size_t, std::size_t, std::string_view>> drawn;
  for (const checker::Connection& connection : map.connections) {
    if (connection.route == Route::kThroughHub) continue;
    const std::string_view css = checker::RouteClass(connection.route);
    if (!drawn.emplace(connection.agency, connection.system, css).second) continue;
    const Point& a = agency_at[connection.agency];
    const Point& s = system_at[connection.system];
    std::string title = map.agencies[connection.agency].code + " → " + map.systems[connection.system].key + ": " +
                        model::Text(lang, "map.route." + std::string(checker::RouteName(connection.route)));
    if (!connection.rule.empty()) title += " (" + connection.rule + ")";
    out += "<line class=\"l-" + std::string(css) + "\" data-agency=\"" + model::EscapeHtml(map.agencies[connection.agency].code) + "\" x1=\"" +
           Num(a.x) + "\" y1=\"" + Num(a.y) + "\" x2=\"" + Num(s.x) + "\" y2=\"" + Num(s.y) + "\"><title>" + model::EscapeHtml(title) +
           "</title></line>\n";
  }
  out += "</g>\n<g id=\"groups\">\n" + group_labels + "</g>\n<g id=\"nodes\">\n";
  for (std::size_t s = 0; s < map.systems.size(); ++s) {
    const MapSystem& system = map.systems[s];
    const std::string name = checker::SystemName(system, input.workspace, lang);
    const Point& p = system_at[s];
    out += "<g class=\"node " + std::string(GroupClass(system.group)) + "\" id=\"s-" + Num(static_cast<long>(s)) + "\" data-search=\"" +
           model::EscapeHtml(system.key + " " + name + " " + system.owner) + "\"><title>" +
           model::EscapeHtml(name + "\n" + system.key + " — " + model::Text(lang, "map.column.owner") + ": " + (system.owner.empty() ? "-" : system.owner)) +
           "</title>";
    if (system.group == MapSystem::Group::kDatabase) {
      out += "<ellipse cx=\"" + Num(p.x) + "\" cy=\"" + Num(p.y) + "\" rx=\"105\" ry=\"24\"/>";
    } else {
      out += "<rect x=\"" + Num(p.x - 105) + "\" y=\"" + Num(p.y - 22) + "\" width=\"210\" height=\"44\" rx=\"3\"/>";
    }
    std::string label = system.key;
    if (label.size() > 22) label = label.substr(0, 20) + "…";
    out += "<text x=\"" + Num(p.x) + "\" y=\"" + Num(p.y) + "\">" + model::EscapeHtml(label) + "</text></g>\n";
  }
  for (std::size_t a = 0; a < map.agencies.size(); ++a) {
    const checker::MapAgency& agency = map.agencies[a];
    const Point& p = agency_at[a];
    const char* health = agency.errors ? "errors" : agency.warnings ? "warnings" : "clean";
    std::string names;
    for (std::uint32_t f : agency.files) names += " " + model::PickText(input.workspace.files[f].names, lang);
    std::string label = agency.code;
    if (label.size() > 14) label = label.substr(0, 12) + "…";
    out += "<g class=\"node agency " + std::string(health) + "\" id=\"a-" + Num(static_cast<long>(a)) + "\" data-agency=\"" + model::EscapeHtml(agency.code) +
           "\" data-search=\"" + model::EscapeHtml(agency.code + names) + "\"><title>" + model::EscapeHtml(agency.code + names) + "</title>" +
           "<rect x=\"" + Num(p.x - 65) + "\" y=\"" + Num(p.y - 22) + "\" width=\"130\" height=\"44\" rx=\"10\"/><text x=\"" + Num(p.x) + "\" y=\"" +
           Num(p.y) + "\">" + model::EscapeHtml(label) + "</text></g>\n";
  }
  out += "</g>\n</svg>\n";
  return out;
}

std::string LegendLine(const char* css, const std::string& text) {
  return "<div><svg viewBox=\"0 0 40 12\"><line class=\"" + std::string(css) + "\" x1=\"0\" y1=\"6\" x2=\"40\" y2=\"6\"/></svg> " + text + "</div>\n";
}

std::string Legend(const std::string& lang) {
  std::string out = "<div class=\"legend\" id=\"legend\"><strong>" + Html(lang, "map.legend.title") + "</strong>\n";
  out += LegendLine("l-conformant", Html(lang, "map.legend.conformant"));
  out += LegendLine("l-direct", Html(lang, "map.legend.direct"));
  out += LegendLine("l-missing", Html(lang, "map.legend.missing"));
  out += LegendLine("l-owner", Html(lang, "map.legend.owner"));
  out += LegendLine("l-national", Html(lang, "map.legend.national"));
  out += "<div>▭ " + Html(lang, "map.legend.agency") + " · <span style=\"color:#2b6f8e\">■</span> " + Html(lang, "map.legend.platform") +
         " · ⬭ " + Html(lang, "map.legend.database") + " · ⬚ " + Html(lang, "map.legend.shared") + "</div>\n</div>\n";
  return out;
}

// "Found: N", with N in a span the script fills: the message is escaped, the span is not.
std::string FoundCount(const std::string& lang) {
  std::string text = Html(lang, "map.found", {{"count", "@count@"}});
  const std::size_t at = text.find("@count@");
  return at == std::string::npos ? text : text.replace(at, 7, "<span id=\"found\">0</span>");
}

std::string FindingAnchor(std::int64_t finding) { return "f-" + std::to_string(finding); }

// Each rule's title in the page's language: the packs' rules, then eaf's own ids (diag.*).
std::map<std::string_view, std::string> RuleTitles(const MapInput& input) {
  std::map<std::string_view, std::string> titles;
  for (const checker::RulePack* pack : input.packs) {
    for (const checker::RuleDefinition& rule : pack->rules) titles.emplace(rule.id, rule.title.In(input.lang));
  }
  for (const checker::CheckedFinding& finding : input.report.findings) {
    const std::string& id = finding.diagnostic.rule_id;
    if (titles.count(id)) continue;
    std::string key = "diag." + id;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string* title = model::Messages(input.lang).Find(key);
    titles.emplace(id, title ? *title : std::string());
  }
  return titles;
}

// The agency's findings: those the connections name (a breach, a missing link) one line each, with
// the anchor the matrix links to; the others as counts per rule and severity, since a national
// federation holds thousands per agency (issue 19); `eaf check` on its files lists them all.
std::string PanelFindings(const MapInput& input, const std::map<std::string_view, std::string>& titles, std::size_t a, std::size_t first_connection) {
  const ConnectionMap& map = input.map;
  const checker::MapAgency& agency = map.agencies[a];
  const std::string& lang = input.lang;
  std::set<std::int64_t> linked;
  for (std::size_t c = first_connection; c < map.connections.size() && map.connections[c].agency == a; ++c) {
    if (map.connections[c].finding >= 0) linked.insert(map.connections[c].finding);
  }
  std::string out = "<h3>" + Html(lang, "map.panel.connection-findings") + "</h3>\n<ul>\n";
  for (std::int64_t i : linked) {
    const model::Diagnostic& diagnostic = input.report.findings[i].diagnostic;
    out += "<li><span class=\"sev-" + std::string(model::SeverityName(diagnostic.severity)) + "\">" + model::EscapeHtml(diagnostic.rule_id) +
           "</span> " + model::EscapeHtml(diagnostic.message) + "</li>\n";
  }
  if (linked.empty()) out += "<li>" + Html(lang, "map.panel.none") + "</li>\n";
  out += "</ul>\n";
  // (rule, severity) -> count, in rule order.
  std::map<std::pair<std::string_view, model::Severity>, std::size_t> counts;
  for (std::size_t i : agency.findings) {
    if (linked.count(static_cast<std::int64_t>(i))) continue;
    const model::Diagnostic& diagnostic = input.report.findings[i].diagnostic;
    ++counts[{diagnostic.rule_id, diagnostic.severity}];
  }
  out += "<h3>" + Html(lang, "map.panel.other-findings") + "</h3>\n";
  if (counts.empty()) return out + "<p>" + Html(lang, "map.panel.none") + "</p>\n";
  out += "<table class=\"counts\"><thead><tr><th>" + Html(lang, "map.column.rule") + "</th><th>" + Html(lang, "map.column.severity") + "</th><th>" +
         Html(lang, "map.column.title") + "</th><th>" + Html(lang, "map.column.count") + "</th></tr></thead><tbody>\n";
  for (const auto& [key, count] : counts) {
    const std::string severity = model::SeverityName(key.second);
    auto title = titles.find(key.first);
    out += "<tr><td>" + model::EscapeHtml(std::string(key.first)) + "</td><td class=\"sev-" + severity + "\">" + Html(lang, "severity." + severity) +
           "</td><td>" + (title == titles.end() ? std::string() : model::EscapeHtml(title->second)) + "</td><td>" + std::to_string(count) +
           "</td></tr>\n";
  }
  std::string files;
  for (std::uint32_t f : agency.files) files += (files.empty() ? "" : " ") + model::QuoteShell(input.workspace.files[f].path);
  out += "</tbody></table>\n<p><small>" + Html(lang, "map.panel.full-list") + "<br><code>eaf check " + model::EscapeHtml(files) +
         "</code><br><code>eaf report " + model::EscapeHtml(files) + " -o " + model::EscapeHtml(agency.code) + ".html</code></small></p>\n";
  return out;
}

std::string Panels(const MapInput& input) {
  const ConnectionMap& map = input.map;
  const std::string& lang = input.lang;
  std::string out = "<p id=\"panel-hint\">" + Html(lang, "map.panel.hint") + "</p>\n";
  const std::map<std::string_view, std::string> titles = RuleTitles(input);
  std::size_t next = 0;
  for (std::size_t a = 0; a < map.agencies.size(); ++a) {
    const checker::MapAgency& agency = map.agencies[a];
    out += "<section class=\"panel\" data-agency=\"" + model::EscapeHtml(agency.code) + "\" hidden>\n<h2>" + model::EscapeHtml(agency.code) + "</h2>\n<p>";
    for (std::uint32_t f : agency.files) out += model::EscapeHtml(model::PickText(input.workspace.files[f].names, lang)) + "<br><small>" +
                                                model::EscapeHtml(input.workspace.files[f].path) + "</small><br>";
    out += Html(lang, "map.panel.counts", {{"errors", std::to_string(agency.errors)}, {"warnings", std::to_string(agency.warnings)}}) + "</p>\n";
    out += "<h3>" + Html(lang, "map.panel.connections") + "</h3>\n<table><thead><tr><th>" + Html(lang, "map.column.system") + "</th><th>" +
           Html(lang, "map.column.route") + "</th><th>" + Html(lang, "map.column.rule") + "</th></tr></thead><tbody>\n";
    std::size_t rows = 0;
    while (next < map.connections.size() && map.connections[next].agency < a) ++next;
    for (std::size_t c = next; c < map.connections.size() && map.connections[c].agency == a; ++c) {
      const checker::Connection& connection = map.connections[c];
      model::MessageArgs args;
      if (connection.route == Route::kThroughHub) args = {{"hub", map.systems[connection.hub].key}};
      out += "<tr><td title=\"" + model::EscapeHtml(checker::SystemName(map.systems[connection.system], input.workspace, lang)) + "\">" +
             model::EscapeHtml(map.systems[connection.system].key) + "</td><td class=\"" + std::string(checker::RouteClass(connection.route)) + "\">" +
             Html(lang, "map.route." + std::string(checker::RouteName(connection.route)), args) + "</td><td>";
      if (connection.finding >= 0) out += "<a href=\"#" + FindingAnchor(connection.finding) + "\">" + model::EscapeHtml(connection.rule) + "</a>";
      out += "</td></tr>\n";
      ++rows;
    }
    if (!rows) out += "<tr><td colspan=\"3\">" + Html(lang, "map.panel.none") + "</td></tr>\n";
    out += "</tbody></table>\n" + PanelFindings(input, titles, a, next) + "</section>\n";
  }
  return out;
}

std::string MatrixHtml(const MapInput& input) {
  const checker::MatrixTable table = checker::BuildMatrixTable(input.map, input.workspace, input.lang);
  std::string out = "<div class=\"matrix\"><table id=\"matrix\"><thead><tr>";
  for (std::size_t c = 0; c < table.headers.size(); ++c) {
    out += "<th title=\"" + model::EscapeHtml(table.header_names[c]) + "\">" + model::EscapeHtml(table.headers[c]) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const checker::MatrixCell& cell = row[c];
      if (c == 0) {
        out += "<th>" + model::EscapeHtml(cell.text) + "</th>";
        continue;
      }
      out += "<td class=\"" + cell.css_class + "\">" + model::EscapeHtml(cell.text);
      if (!cell.rule.empty()) {
        out += " <a href=\"#" + FindingAnchor(cell.finding) + "\">" + model::EscapeHtml(cell.rule) + "</a>";
      }
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  return out;
}

// The findings the matrix links to.
std::string LinkedFindings(const MapInput& input) {
  std::set<std::int64_t> linked;
  for (const checker::Connection& connection : input.map.connections) {
    if (connection.finding >= 0) linked.insert(connection.finding);
  }
  if (linked.empty()) return {};
  std::string out = "<h2>" + Html(input.lang, "map.panel.findings") + "</h2>\n<ul id=\"findings\">\n";
  for (std::int64_t i : linked) {
    const model::Diagnostic& diagnostic = input.report.findings[i].diagnostic;
    const std::string& path = input.workspace.files[diagnostic.location.file].path;
    out += "<li id=\"" + FindingAnchor(i) + "\"><span class=\"sev-" + std::string(model::SeverityName(diagnostic.severity)) + "\">" +
           model::EscapeHtml(diagnostic.rule_id) + "</span> " + model::EscapeHtml(diagnostic.message) + " <small>" + model::EscapeHtml(path) + ":" +
           std::to_string(diagnostic.location.line) + "</small></li>\n";
  }
  out += "</ul>\n";
  return out;
}

}  // namespace

std::string WriteMapHtml(const MapInput& input) {
  const std::string& lang = input.lang;
  const ConnectionMap& map = input.map;
  const std::string state = StateLabel(lang, map.state);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == "en" ? "en" : "vi") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: no network, no fonts, no frames; only the page's own style and script.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + Html(lang, "map.title", {{"state", state}}) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header><h1>" + Html(lang, "map.title", {{"state", state}}) + "</h1><p>" + Html(lang, "map.heading") + " — <span id=\"counts\">" +
         Html(lang, "map.counts", {{"agencies", std::to_string(map.agencies.size())}, {"systems", std::to_string(map.systems.size())},
                                   {"connections", std::to_string(map.connections.size())}}) +
         "</span></p></header>\n";
  if (map.agencies.empty()) out += "<p id=\"empty\" style=\"padding:0 24px\">" + Html(lang, "map.empty", {{"state", state}}) + "</p>\n";
  out += "<div class=\"layout\">\n<div class=\"stage\">\n" + MapSvg(input);
  out += "<div class=\"tools\"><input id=\"search\" type=\"search\" placeholder=\"" + Html(lang, "map.search") + "\" aria-label=\"" +
         Html(lang, "map.search") + "\"> <small>" + FoundCount(lang) + "</small>" +
         "<button id=\"zoom-in\" type=\"button\" title=\"" + Html(lang, "map.zoom-in") + "\">+</button><button id=\"zoom-out\" type=\"button\" title=\"" +
         Html(lang, "map.zoom-out") + "\">−</button><button id=\"fit\" type=\"button\">" + Html(lang, "map.fit") + "</button></div>\n";
  out += "</div>\n<aside id=\"panel\">\n" + Legend(lang) + Panels(input) + "</aside>\n</div>\n";
  out += "<main>\n<h2>" + Html(lang, "map.matrix.title") + "</h2>\n" + MatrixHtml(input) + LinkedFindings(input) + "</main>\n";
  out += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

std::string WriteMapMarkdown(const MapInput& input) {
  const std::string& lang = input.lang;
  const ConnectionMap& map = input.map;
  const std::string state = StateLabel(lang, map.state);
  const checker::MatrixTable table = checker::BuildMatrixTable(map, input.workspace, lang);
  std::string out = "# " + model::EscapeMarkdownCell(model::Text(lang, "map.title", {{"state", state}})) + "\n\n";
  out += model::EscapeMarkdownCell(model::Text(lang, "map.counts", {{"agencies", std::to_string(map.agencies.size())},
                                                                     {"systems", std::to_string(map.systems.size())},
                                                                     {"connections", std::to_string(map.connections.size())}})) +
         "\n\n";
  if (map.agencies.empty()) return out + model::EscapeMarkdownCell(model::Text(lang, "map.empty", {{"state", state}})) + "\n";
  out += "## " + model::EscapeMarkdownCell(model::Text(lang, "map.matrix.systems")) + "\n\n| " + model::EscapeMarkdownCell(model::Text(lang, "map.column.key")) +
         " | " + model::EscapeMarkdownCell(model::Text(lang, "map.column.name")) + " | " + model::EscapeMarkdownCell(model::Text(lang, "map.column.owner")) +
         " |\n|---|---|---|\n";
  for (const MapSystem& system : map.systems) {
    out += "| " + model::EscapeMarkdownCell(system.key) + " | " + model::EscapeMarkdownCell(checker::SystemName(system, input.workspace, lang)) + " | " +
           model::EscapeMarkdownCell(system.owner.empty() ? "-" : system.owner) + " |\n";
  }
  out += "\n## " + model::EscapeMarkdownCell(model::Text(lang, "map.matrix.title")) + "\n\n|";
  for (const std::string& header : table.headers) out += " " + model::EscapeMarkdownCell(header) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < table.headers.size(); ++c) out += "---|";
  out += "\n";
  for (const auto& row : table.rows) {
    out += "|";
    for (const checker::MatrixCell& cell : row) {
      out += " " + model::EscapeMarkdownCell(cell.text) + (cell.rule.empty() ? "" : " (" + model::EscapeMarkdownCell(cell.rule) + ")") + " |";
    }
    out += "\n";
  }
  return out;
}

std::string WriteMapJson(const MapInput& input) {
  const std::string& lang = input.lang;
  const ConnectionMap& map = input.map;
  const checker::MatrixTable table = checker::BuildMatrixTable(map, input.workspace, lang);
  std::string out = "{\n  \"state\": ";
  model::AppendJsonString(out, map.state);
  out += ",\n  \"agencies\": [";
  for (std::size_t a = 0; a < map.agencies.size(); ++a) {
    const checker::MapAgency& agency = map.agencies[a];
    out += a ? ",\n    {\"code\": " : "\n    {\"code\": ";
    model::AppendJsonString(out, agency.code);
    out += ", \"level\": ";
    model::AppendJsonString(out, agency.level);
    out += ", \"files\": [";
    for (std::size_t i = 0; i < agency.files.size(); ++i) {
      if (i) out += ", ";
      model::AppendJsonString(out, input.workspace.files[agency.files[i]].path);
    }
    out += "], \"errors\": " + std::to_string(agency.errors) + ", \"warnings\": " + std::to_string(agency.warnings) + "}";
  }
  out += map.agencies.empty() ? "],\n  \"systems\": [" : "\n  ],\n  \"systems\": [";
  for (std::size_t s = 0; s < map.systems.size(); ++s) {
    const MapSystem& system = map.systems[s];
    out += s ? ",\n    {\"key\": " : "\n    {\"key\": ";
    model::AppendJsonString(out, system.key);
    out += ", \"name\": ";
    model::AppendJsonString(out, checker::SystemName(system, input.workspace, lang));
    out += ", \"kind\": ";
    model::AppendJsonString(out, system.kind);
    out += ", \"owner\": ";
    model::AppendJsonString(out, system.owner);
    out += ", \"group\": \"" + std::string(GroupClass(system.group)) + "\"}";
  }
  out += map.systems.empty() ? "],\n  \"connections\": [" : "\n  ],\n  \"connections\": [";
  for (std::size_t c = 0; c < map.connections.size(); ++c) {
    const checker::Connection& connection = map.connections[c];
    out += c ? ",\n    {\"agency\": " : "\n    {\"agency\": ";
    model::AppendJsonString(out, map.agencies[connection.agency].code);
    out += ", \"system\": ";
    model::AppendJsonString(out, map.systems[connection.system].key);
    out += ", \"route\": \"" + std::string(checker::RouteName(connection.route)) + "\", \"class\": \"" + std::string(checker::RouteClass(connection.route)) +
           "\"";
    if (connection.route == Route::kThroughHub) {
      out += ", \"hub\": ";
      model::AppendJsonString(out, map.systems[connection.hub].key);
    }
    if (!connection.rule.empty()) {
      out += ", \"rule\": ";
      model::AppendJsonString(out, connection.rule);
    }
    if (!connection.relationship.empty()) {
      out += ", \"relationship\": ";
      model::AppendJsonString(out, connection.relationship);
    }
    out += "}";
  }
  out += map.connections.empty() ? "],\n  \"matrix\": {\"headers\": [" : "\n  ],\n  \"matrix\": {\"headers\": [";
  for (std::size_t c = 0; c < table.headers.size(); ++c) {
    if (c) out += ", ";
    model::AppendJsonString(out, table.headers[c]);
  }
  out += "], \"rows\": [";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out += r ? ",\n    [" : "\n    [";
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const checker::MatrixCell& cell = table.rows[r][c];
      out += c ? ", {\"text\": " : "{\"text\": ";
      model::AppendJsonString(out, cell.text);
      out += ", \"class\": ";
      model::AppendJsonString(out, cell.css_class);
      if (!cell.rule.empty()) {
        out += ", \"rule\": ";
        model::AppendJsonString(out, cell.rule);
      }
      out += "}";
    }
    out += "]";
  }
  out += table.rows.empty() ? "]}\n}\n" : "\n  ]}\n}\n";
  return out;
}

}  // namespace eaf::review
