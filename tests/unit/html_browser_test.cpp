// The HTML gap section and the element browser of the review report: complete, linked, escaped.

#include <doctest/doctest.h>

#include "check_util.h"
#include "checker/gap.h"
#include "review/export/html_browser.h"
#include "review/export/html_gap.h"
#include "review/export/html_report.h"

using namespace eaf::test;
namespace model = eaf::model;
namespace checker = eaf::checker;
namespace review = eaf::review;

namespace {

// A model with one saved view holding `a`, before the closing tag.
std::string WithView(std::string xml) {
  const std::string view =
      "  <views><diagrams><view identifier=\"v1\" xsi:type=\"Diagram\"><name xml:lang=\"vi\">Tổng quan &lt;b&gt;</name>"
      "<node identifier=\"n1\" elementRef=\"a\" xsi:type=\"Element\" x=\"0\" y=\"0\" w=\"120\" h=\"55\"/></view></diagrams></views>\n";
  xml.insert(xml.rfind("</model>"), view);
  return xml;
}

std::string Count(const std::string& text, const std::string& piece) {
  std::size_t count = 0;
  for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++count;
  return std::to_string(count);
}

}  // namespace

TEST_CASE("browser: every element with its facts, relationships both ways as links, views and findings — model text escaped") {
  const auto workspace = LoadXml(WithView(ExchangeModel(
      NamedElement("a", "Cổng &lt;script&gt;x&lt;/script&gt;", "portal.public-service", "SLA", "ApplicationComponent", Prop("p-sec", "3")) +
          NamedElement("b", "LGSP", "platform.lgsp") + NamedElement("c", "Máy chủ", "", "", "Node"),
      Relation("r1", "Flow", "a", "b") + Relation("r2", "Realization", "c", "b"))));
  checker::CheckReport report;
  checker::CheckedFinding finding;
  finding.diagnostic.rule_id = "VN-TEST";
  finding.diagnostic.severity = model::Severity::kWarning;
  finding.diagnostic.message = "thiếu <gì>";
  finding.diagnostic.element_ids = {"b"};
  report.findings.push_back(finding);
  const std::string html = review::WriteElementBrowser(workspace, report, "en");

  CHECK(Count(html, "<article id=\"el-") == "3");
  CHECK(html.find("<li data-id=\"a\"><a href=\"#el-0\">Cổng &lt;script&gt;x&lt;/script&gt;</a> <small>ApplicationComponent</small></li>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  // a → b outgoing from a; b has it incoming, and c's realization too: every end a link.
  const std::string b = html.substr(html.find("<article id=\"el-1\""), html.find("<article id=\"el-2\"") - html.find("<article id=\"el-1\""));
  CHECK(b.find("<h4>Relationships to it</h4>\n<table class=\"plain\"><thead><tr><th>type</th><th>source</th><th>id</th></tr></thead><tbody>\n"
               "<tr><td>Flow</td><td><a href=\"#el-0\">Cổng &lt;script&gt;x&lt;/script&gt;</a></td><td>r1</td></tr>\n"
               "<tr><td>Realization</td><td><a href=\"#el-2\">Máy chủ</a></td><td>r2</td></tr>\n") != std::string::npos);
  CHECK(b.find("<li><span class=\"sev-warning\">warning</span> <code>VN-TEST</code> thiếu &lt;gì&gt;</li>") != std::string::npos);
  CHECK(b.find("<h4>Views it appears in</h4>\n<p>None.</p>") != std::string::npos);
  const std::string a = html.substr(html.find("<article id=\"el-0\""), html.find("<article id=\"el-1\"") - html.find("<article id=\"el-0\""));
  CHECK(a.find("<tr><td>Flow</td><td><a href=\"#el-1\">LGSP</a></td><td>r1</td></tr>") != std::string::npos);
  CHECK(a.find("<h4>Views it appears in</h4>\n<ul><li>Tổng quan &lt;b&gt;</li></ul>") != std::string::npos);
  CHECK(a.find("<tr><th>eaf:security-level</th><td>3</td></tr>") != std::string::npos);
  CHECK(a.find("<tr><th>owner</th><td>SLA</td></tr>") != std::string::npos);
  // Vietnamese, from the catalogue.
  const std::string vi = review::WriteElementBrowser(workspace, report, "vi");
  CHECK(vi.find("<h2>Duyệt phần tử</h2>") != std::string::npos);
  CHECK(vi.find("<h4>Quan hệ đi</h4>") != std::string::npos);
  CHECK(vi.find("{browser.") == std::string::npos);
  // A model larger than the browser holds gets a sentence instead.
  CHECK(review::WriteElementBrowser(workspace, report, "en", 2) ==
        "<section id=\"browser\"><h2>Element browser</h2>\n<p>The model has 3 elements, more than the browser holds in one page (2): it is "
        "left out. Open the model in its modelling tool, or check it with eaf stats.</p>\n</section>\n");
}

TEST_CASE("gap HTML: warnings first, then changes with old → new, relationships listed, to-do, coverage with headers, roadmap") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("a", "Cổng", "portal.public-service", "", "ApplicationComponent", Prop("p-sec", "2")) +
                                                  NamedElement("gone", "Cũ &lt;i&gt;", ""),
                                              Relation("r-old", "Flow", "a", "gone"), Prop("p-agency", "SLA") + Prop("p-state", "target")),
                                "b.xml");
  const auto target = LoadXml(ExchangeModel(NamedElement("a", "Cổng", "portal.public-service", "", "ApplicationComponent", Prop("p-sec", "3")) +
                                                NamedElement("new", "Mới", "") +
                                                NamedElement("wp", "Triển khai 2026", "", "", "WorkPackage") +
                                                NamedElement("pl", "Giai đoạn 1", "", "", "Plateau"),
                                            Relation("r-new", "Flow", "a", "new") + Relation("r-wp", "Realization", "wp", "new"),
                                            Prop("p-agency", "LSN") + Prop("p-state", "target")),
                              "t.xml");
  checker::CheckReport baseline_report, target_report;
  checker::CheckedFinding finding;
  finding.diagnostic.rule_id = "VN-TODO";
  finding.diagnostic.severity = model::Severity::kError;
  finding.diagnostic.message = "cần <thêm>";
  target_report.findings.push_back(finding);
  checker::RulePack pack;
  const checker::GapAnalysis gap = checker::AnalyzeGap(&baseline, &baseline_report, target, target_report, pack);
  const std::string html = review::WriteGapHtml({gap, &baseline, target, pack, "en"}, true);

  const std::size_t warning = html.find("<div class=\"gap-warning\" role=\"alert\"><b>Warning:</b> Baseline and target are of different agencies");
  CHECK(warning != std::string::npos);
  CHECK(html.find("<b>Warning:</b> The baseline b.xml says eaf:state target") != std::string::npos);
  CHECK(warning < html.find("<h3"));
  CHECK(html.find("<li><code>eaf:security-level</code>: <span class=\"before\">2</span> → <span class=\"after\">3</span></li>") != std::string::npos);
  CHECK(html.find("<h4 id=\"gap-relationships-added\">Added relationships</h4>") != std::string::npos);
  CHECK(html.find("<tr><td>r-new</td><td>Flow</td><td><a href=\"#el-0\">Cổng (a, ") != std::string::npos);
  CHECK(html.find("<tr><td>r-old</td><td>Flow</td><td>Cổng (a, ") != std::string::npos);
  CHECK(html.find("Cũ &lt;i&gt; (gone)</td></tr>") != std::string::npos);
  CHECK(html.find("<li>Cũ &lt;i&gt; (gone)</li>") != std::string::npos);
  CHECK(html.find("<tr><td>VN-TODO</td><td>cần &lt;thêm&gt;</td>") != std::string::npos);
  CHECK(html.find("<thead><tr><th>architecture</th><th>baseline</th><th>target</th><th>kinds missing (target)</th></tr></thead>") != std::string::npos);
  CHECK(html.find("<tr><td>2026</td><td><a href=\"#el-2\">Triển khai 2026 (wp)</a></td><td><a href=\"#el-1\">Mới (new)</a></td></tr>") != std::string::npos);
  CHECK(html.find("<li>Plateau: <a href=\"#el-3\">Giai đoạn 1 (pl)</a></li>") != std::string::npos);
  // Without the browser, no links.
  CHECK(review::WriteGapHtml({gap, &baseline, target, pack, "en"}).find("<a href") == std::string::npos);
  const std::string vi = review::WriteGapHtml({gap, &baseline, target, pack, "vi"});
  CHECK(vi.find("<b>Cảnh báo:</b> Hiện trạng và mục tiêu thuộc các cơ quan khác nhau") != std::string::npos);
  CHECK(vi.find("{gap.") == std::string::npos);
}

TEST_CASE("report: the gap's warnings come first in the page, and the browser and its script are in it") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("a", "A", ""), "", Prop("p-agency", "SLA") + Prop("p-state", "baseline")), "b.xml");
  const auto target = LoadXml(ExchangeModel(NamedElement("a", "A", ""), "", Prop("p-agency", "SLA")), "t.xml");
  checker::CheckReport report;
  checker::RulePack pack;
  const checker::GapAnalysis gap = checker::AnalyzeGap(&baseline, &report, target, report, pack);
  const review::GapInput gap_input{gap, &baseline, target, pack, "en"};
  CHECK(review::WriteGapWarningsHtml(gap_input) ==
        "<div class=\"gap-warning\" role=\"alert\"><b>Warning:</b> The target t.xml has no eaf:state; a target should say eaf:state target.</div>\n");
  review::HtmlReportInput input{target, report, pack, "en", "test", "", "", review::WriteGapHtml(gap_input, true)};
  input.gap_warnings_html = review::WriteGapWarningsHtml(gap_input);
  const std::string html = review::WriteHtmlReport(input);
  CHECK(html.find("<main>\n<div class=\"gap-warning\" role=\"alert\">") != std::string::npos);
  CHECK(html.find("<section id=\"browser\">") != std::string::npos);
  CHECK(html.find("var list=document.getElementById('browser-items');") != std::string::npos);
  CHECK(Count(html, "<script") == "1");
}
