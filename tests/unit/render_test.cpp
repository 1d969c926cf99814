// Rendering: DOT text is deterministic and injection-proof; SVG/PNG/PDF are smoke-tested.

#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "check_util.h"
#include "checker/gap.h"
#include "render/graphviz_renderer.h"
#include "render/layout_bounds.h"
#include "render/notation.h"
#include "render/views.h"
#include "review/export/html_gap.h"
#include "review/export/html_report.h"

using namespace eaf::test;
namespace model = eaf::model;
namespace render = eaf::render;
namespace review = eaf::review;

namespace {

model::Workspace ProvinceModel(const std::string& extra_name = "Cổng dịch vụ công tỉnh Sơn La") {
  return LoadXml(ExchangeModel(
      "    <element identifier=\"lgsp\" xsi:type=\"ApplicationComponent\"><name>LGSP Sơn La</name><properties>" +
          Prop("p-kind", "platform.lgsp") + Prop("p-sec", "3") + "</properties></element>\n"
          "    <element identifier=\"portal\" xsi:type=\"ApplicationComponent\"><name>" + extra_name + "</name><properties>" +
          Prop("p-kind", "portal.public-service") + "</properties></element>\n"
          "    <element identifier=\"dc\" xsi:type=\"Node\"><name>Trung tâm dữ liệu</name><properties>" +
          Prop("p-kind", "infra.data-center") + "</properties></element>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"portal\" target=\"lgsp\"/>\n"
      "    <relationship identifier=\"r2\" xsi:type=\"Realization\" source=\"dc\" target=\"lgsp\"/>\n",
      Prop("p-level", "province") + Prop("p-agency", "SLA")));
}

}  // namespace

TEST_CASE("render: the DOT of a view is deterministic and keys nodes by model id") {
  const auto workspace = ProvinceModel();
  render::ViewOptions options;
  options.view = render::ViewKind::kIntegration;
  const std::string first = render::WriteDot(render::BuildView(workspace, nullptr, options).diagram);
  const std::string second = render::WriteDot(render::BuildView(workspace, nullptr, options).diagram);
  CHECK(first == second);
  CHECK(first.find("\"lgsp\" [label=\"LGSP Sơn La\"") != std::string::npos);
  CHECK(first.find("\"portal\" -> \"lgsp\" [id=\"e-r1\", style=\"dashed\"") != std::string::npos);
}

namespace {

// The value of a Graphviz attribute among edge attributes, "" when absent.
std::string AttributeOf(const render::Attributes& attributes, const std::string& name) {
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return "";
}

// A relationship's drawing as "style tail-decoration head-decoration dir", "" for Graphviz defaults.
std::string Drawn(model::RelationshipType type, model::AccessType access = model::AccessType::kNone, bool directed = false) {
  const render::Attributes attributes = render::EdgeNotation(render::NotationOf(type, access, directed));
  return AttributeOf(attributes, "style") + "|" + AttributeOf(attributes, "arrowtail") + "|" + AttributeOf(attributes, "arrowhead") +
         "|" + AttributeOf(attributes, "dir");
}

}  // namespace

TEST_CASE("render: each relationship is drawn with its ArchiMate 3.1 notation") {
  using model::AccessType;
  using model::RelationshipType;
  // The whole is the source: its end carries the diamond (filled for composition, hollow for aggregation).
  CHECK(Drawn(RelationshipType::kComposition) == "|diamond|none|both");
  CHECK(Drawn(RelationshipType::kAggregation) == "|odiamond|none|both");
  // A dot at the source, an arrowhead at the target.
  CHECK(Drawn(RelationshipType::kAssignment) == "|dot|normal|both");
  CHECK(Drawn(RelationshipType::kRealization) == "dotted||empty|");
  // Serving and influence: open arrowheads, never filled.
  CHECK(Drawn(RelationshipType::kServing) == "||ovee|");
  CHECK(Drawn(RelationshipType::kInfluence) == "dashed||ovee|");
  CHECK(Drawn(RelationshipType::kTriggering) == "||normal|");
  CHECK(Drawn(RelationshipType::kFlow) == "dashed||normal|");
  CHECK(Drawn(RelationshipType::kSpecialization) == "||empty|");
  CHECK(Drawn(RelationshipType::kAssociation) == "||none|");
  CHECK(Drawn(RelationshipType::kAssociation, AccessType::kNone, true) == "||olvee|");
  // Access: the arrowhead points the way the data goes; write is the schema's default.
  CHECK(Drawn(RelationshipType::kAccess, AccessType::kWrite) == "dotted||ovee|");
  CHECK(Drawn(RelationshipType::kAccess, AccessType::kNone) == "dotted||ovee|");
  CHECK(Drawn(RelationshipType::kAccess, AccessType::kRead) == "dotted|ovee||back");
  CHECK(Drawn(RelationshipType::kAccess, AccessType::kReadWrite) == "dotted|ovee|ovee|both");
  CHECK(Drawn(RelationshipType::kAccess, AccessType::kAccess) == "dotted||none|");
  // The variant only where it changes the drawing.
  CHECK(render::NotationOf(RelationshipType::kAccess, AccessType::kNone, false).Variant() == "write");
  CHECK(render::NotationOf(RelationshipType::kFlow, AccessType::kRead, true).Variant().empty());
  CHECK(render::NotationOf(RelationshipType::kAssociation, AccessType::kNone, true).Variant() == "directed");
}

TEST_CASE("render: the legend shows the line styles the diagram uses, and only those") {
  const auto workspace = ProvinceModel();
  render::ViewOptions options;
  options.view = render::ViewKind::kIntegration;
  options.legend = true;
  options.lang = "en";
  const render::Diagram diagram = render::BuildView(workspace, nullptr, options).diagram;
  std::vector<std::string> lines;
  for (const render::DiagramEdge& edge : diagram.edges) {
    if (AttributeOf(edge.attributes, "id").rfind("e-legend-line-", 0) == 0) lines.push_back(AttributeOf(edge.attributes, "label"));
  }
  // The integration view draws the flow between portal and LGSP; the realization from a node is not in it.
  CHECK(lines == std::vector<std::string>{"Flow"});
  // Left to right a sample edge lies flat by itself; top to bottom a one-rank cluster lays it flat.
  for (const render::DiagramCluster& cluster : diagram.clusters) CHECK(cluster.id.rfind("legend-line-", 0) != 0);
  options.view = render::ViewKind::kOverview;
  options.lang = "vi";
  lines.clear();
  for (const render::DiagramEdge& edge : render::BuildView(workspace, nullptr, options).diagram.edges) {
    if (AttributeOf(edge.attributes, "id").rfind("e-legend-line-", 0) == 0) lines.push_back(AttributeOf(edge.attributes, "label"));
  }
  CHECK(lines == std::vector<std::string>{"quan hệ hiện thực hóa", "quan hệ luồng"});
  std::size_t flat_rows = 0;
  for (const render::DiagramCluster& cluster : render::BuildView(workspace, nullptr, options).diagram.clusters) {
    flat_rows += cluster.id.rfind("legend-line-", 0) == 0 && AttributeOf(cluster.attributes, "rank") == "same";
  }
  CHECK(flat_rows == 2);
  // A collapsed view draws merged edges plainly: no line style to explain.
  options.max_nodes = 1;
  for (const render::DiagramEdge& edge : render::BuildView(workspace, nullptr, options).diagram.edges) {
    CHECK(AttributeOf(edge.attributes, "id").rfind("e-legend-line-", 0) != 0);
  }
}

TEST_CASE("render: names cannot inject DOT statements") {
  const auto workspace = ProvinceModel("x\"]; \"evil\" -> \"lgsp\"; \"y");
  render::ViewOptions options;
  options.view = render::ViewKind::kIntegration;
  const std::string dot = render::WriteDot(render::BuildView(workspace, nullptr, options).diagram);
  CHECK(dot.find("\"evil\" -> \"lgsp\"") == std::string::npos);
  CHECK(dot.find("x\\\"]; \\\"evil\\\"") != std::string::npos);
  std::string svg, error;
  REQUIRE(render::RenderDiagram(render::BuildView(workspace, nullptr, options).diagram, "svg", svg, error));
  pugi::xml_document document;
  CHECK(document.load_string(svg.c_str()));
  CHECK(!document.find_node([](pugi::xml_node n) { return std::string_view(n.attribute("id").value()) == "n-evil"; }));
}

TEST_CASE("render: SVG is well-formed, keeps Vietnamese as UTF-8, ids and tooltips") {
  const auto workspace = ProvinceModel();
  render::ViewOptions options;
  std::string svg, error;
  REQUIRE(render::RenderDiagram(render::BuildView(workspace, nullptr, options).diagram, "svg", svg, error));
  pugi::xml_document document;
  REQUIRE(document.load_string(svg.c_str()));
  CHECK(svg.find("Trung tâm dữ liệu") != std::string::npos);
  // Graphviz writes '-' as a character reference; compare parsed attribute values.
  const pugi::xml_node node = document.find_node([](pugi::xml_node n) { return std::string_view(n.attribute("id").value()) == "n-lgsp"; });
  REQUIRE(node);
  const pugi::xml_node link = node.find_node([](pugi::xml_node n) { return !n.attribute("xlink:title").empty(); });
  REQUIRE(link);
  // The kind by its label: no raw kind code in Vietnamese text.
  CHECK(std::string(link.attribute("xlink:title").value()) ==
        "loại: Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP)\nchủ quản: SLA\ncấp độ ATTT: 3");
}

TEST_CASE("render: PNG and PDF come out with their signatures") {
  const auto workspace = ProvinceModel();
  render::ViewOptions options;
  options.legend = true;
  std::string png, pdf, error;
  REQUIRE(render::RenderDiagram(render::BuildView(workspace, nullptr, options).diagram, "png", png, error));
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(png.size() > 1000);
  REQUIRE(render::RenderDiagram(render::BuildView(workspace, nullptr, options).diagram, "pdf", pdf, error));
  CHECK(pdf.substr(0, 5) == "%PDF-");
}

TEST_CASE("render: a bitmap over the size limits is refused with its size and the way to get the picture") {
  std::string error;
  CHECK(render::FitsBitmap(1000, 1000, "en", error));
  CHECK(error.empty());
  // 30,000 x 500 points are 40,000 x 667 pixels at 96 dpi: over 16,384 a side.
  CHECK_FALSE(render::FitsBitmap(30000, 500, "en", error));
  CHECK(error.find("40000 × 667") != std::string::npos);
  CHECK(error.find("--format svg") != std::string::npos);
  // 6,000 x 6,000 points are 64 megapixels: over 50.
  CHECK_FALSE(render::FitsBitmap(6000, 6000, "vi", error));
  CHECK(error.find("8000 × 8000") != std::string::npos);
}

TEST_CASE("render: the overview stacks its bands in a grid, its relationships laid out after the nodes") {
  const auto workspace = ProvinceModel();
  render::ViewOptions options;
  const render::ViewResult view = render::BuildView(workspace, nullptr, options);
  CHECK(view.diagram.loose_edges_after_layout);
  std::size_t grid = 0, loose = 0;
  for (const render::DiagramEdge& edge : view.diagram.edges) {
    for (const auto& [name, value] : edge.attributes) {
      grid += name == "style" && value == "invis";
      loose += name == "constraint" && value == "false";
    }
  }
  CHECK(grid > 0);
  CHECK(loose + grid == view.diagram.edges.size());
  std::string svg, error;
  REQUIRE(render::RenderDiagram(view.diagram, "svg", svg, error));
  CHECK(svg.find("<svg") != std::string::npos);
}

TEST_CASE("render: a view over the node limit collapses to groups with counts, and says so") {
  std::string elements;
  for (int i = 0; i < 30; ++i) {
    elements += "    <element identifier=\"a" + std::to_string(i) + "\" xsi:type=\"ApplicationComponent\"><properties>" +
                Prop("p-kind", "app.sector") + "</properties></element>\n";
  }
  const auto workspace = LoadXml(ExchangeModel(elements, "", Prop("p-level", "province") + Prop("p-agency", "SLA")));
  render::ViewOptions options;
  options.view = render::ViewKind::kIntegration;
  options.max_nodes = 10;
  options.lang = "en";
  const render::ViewResult result = render::BuildView(workspace, nullptr, options);
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0] == "the view has 30 nodes, more than --max-nodes 10; drawn collapsed: one node per group and kind, with counts");
  REQUIRE(result.diagram.nodes.size() == 1);
  CHECK(render::WriteDot(result.diagram).find("label=\"sector information\\nsystem\\n× 30\"") != std::string::npos);
  options.lang = "vi";
  const render::ViewResult vietnamese = render::BuildView(workspace, nullptr, options);
  REQUIRE(vietnamese.notes.size() == 1);
  CHECK(vietnamese.notes[0] ==
        "sơ đồ có 30 nút, vượt giới hạn --max-nodes 10; đã vẽ gộp: mỗi nhóm và mỗi loại một nút, kèm số lượng");
  CHECK(render::WriteDot(vietnamese.diagram).find("label=\"hệ thống thông tin\\nchuyên ngành\\n× 30\"") != std::string::npos);
}

TEST_CASE("render: neighborhood of an unknown element is an error, not a crash") {
  render::ViewOptions options;
  options.view = render::ViewKind::kNeighborhood;
  options.focus = "nope";
  options.lang = "en";
  const render::ViewResult result = render::BuildView(ProvinceModel(), nullptr, options);
  CHECK_FALSE(result.ok);
  CHECK(result.error == "no element with id, eaf:code or name 'nope' in the given files");
  options.lang = "vi";
  CHECK(render::BuildView(ProvinceModel(), nullptr, options).error ==
        "không có phần tử nào mang mã, eaf:code hoặc tên 'nope' trong các tệp đã cho");
}

TEST_CASE("render: --focus takes an element's id, its eaf:code or its exact name, and suggests near ones") {
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("lgsp", "LGSP Sơn La", "platform.lgsp", "", "ApplicationComponent", Prop("p-code", "SLA-LGSP")) +
          NamedElement("portal", "Cổng dịch vụ công tỉnh Sơn La", "portal.public-service") +
          NamedElement("portal2", "Cổng trùng tên", "portal.public-service") +
          NamedElement("portal3", "Cổng trùng tên", "portal.public-service"),
      Relation("r1", "Flow", "portal", "lgsp"), Prop("p-level", "province") + Prop("p-agency", "SLA")));
  render::ViewOptions options;
  options.view = render::ViewKind::kNeighborhood;
  options.lang = "en";
  auto title = [&](const std::string& focus) {
    options.focus = focus;
    const render::ViewResult result = render::BuildView(workspace, nullptr, options);
    if (!result.ok) return "error: " + result.error;
    for (const auto& [key, value] : result.diagram.graph_attributes) {
      if (key == "label") return value;
    }
    return std::string("no title");
  };
  const std::string lgsp = title("lgsp");
  CHECK(lgsp.find("LGSP Sơn La") != std::string::npos);
  CHECK(title("SLA-LGSP") == lgsp);   // eaf:code
  CHECK(title("LGSP Sơn La") == lgsp);  // exact name
  CHECK(title("LGSP Son La") == "error: no element with id, eaf:code or name 'LGSP Son La' in the given files; "
                                "did you mean 'LGSP Sơn La'?");
  CHECK(title("SLA-LGPS") == "error: no element with id, eaf:code or name 'SLA-LGPS' in the given files; "
                             "did you mean 'SLA-LGSP'?");
  CHECK(title("Cổng trùng tên") ==
        "error: 'Cổng trùng tên' is the name of 2 elements (portal2, portal3); give the id or eaf:code of the one to focus on");
}

TEST_CASE("render: the HTML report and its gap section speak the report's language, from the catalogues") {
  eaf::checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  eaf::checker::Checker checker;
  REQUIRE(eaf::checker::LoadRulePack(EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml", pack, diagnostics));
  REQUIRE(eaf::checker::Checker::Compile(pack, checker, diagnostics));
  const auto workspace = ProvinceModel();
  auto report_in = [&](const std::string& lang) {
    eaf::checker::CheckOptions options;
    options.lang = lang;
    const eaf::checker::CheckReport report = checker.Run(workspace, options);
    const eaf::checker::GapAnalysis gap = eaf::checker::AnalyzeGap(nullptr, nullptr, workspace, report, pack);
    review::HtmlReportInput input{workspace, report, pack, lang, "test", "", "", ""};
    input.gap_html = review::WriteGapHtml({gap, nullptr, workspace, pack, lang});
    return review::WriteHtmlReport(input);
  };
  const std::string vi = report_in("vi");
  for (const char* piece : {"<html lang=\"vi\">", "KHÔNG ĐẠT</span>", "<td>cấp tỉnh</td><td>vn-eaf-2.0 1.0.0 (Khung 2.0)</td>", "<th>mức độ</th>",
                            "<option value=\"error\">lỗi</option>", "<span id=\"shown\"></span> dòng",
                            "<td class=\"sev-error\">lỗi</td>", "<h3 id=\"gap-coverage\">Độ phủ năm kiến trúc thành phần</h3>",
                            "<tr><td>an toàn thông tin</td>", "Không có miễn trừ."}) {
    CHECK_MESSAGE(vi.find(piece) != std::string::npos, piece);
  }
  const std::string en = report_in("en");
  for (const char* piece : {"<html lang=\"en\">", "FAIL</span>", "<td>province</td><td>vn-eaf-2.0 1.0.0 (framework 2.0)</td>", "<th>severity</th>",
                            "<option value=\"error\">error</option>", "<span id=\"shown\"></span> rows",
                            "<td class=\"sev-error\">error</td>", "<h3 id=\"gap-coverage\">Coverage of the five architectures</h3>",
                            "<tr><td>security</td>", "No waivers."}) {
    CHECK_MESSAGE(en.find(piece) != std::string::npos, piece);
  }
  // A message id the catalogues lack would show as {id}.
  for (const std::string* html : {&vi, &en}) {
    CHECK(html->find("{report.") == std::string::npos);
    CHECK(html->find("{gap.") == std::string::npos);
    CHECK(html->find("{severity.") == std::string::npos);
  }
}

// A model checked with the generic pack follows no framework: the page names the pack, not a framework
// nor the e-Government architecture.
TEST_CASE("render: the HTML report of a model checked with the generic pack names no framework") {
  eaf::checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  eaf::checker::Checker checker;
  REQUIRE(eaf::checker::LoadRulePack(EAF_SOURCE_DIR "/rules/archimate.xml", pack, diagnostics));
  REQUIRE(eaf::checker::Checker::Compile(pack, checker, diagnostics));
  const auto workspace = LoadXml(ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"ApplicationComponent\"><name>App</name></element>\n", ""));
  for (const std::string lang : {"vi", "en"}) {
    CAPTURE(lang);
    eaf::checker::CheckOptions options;
    options.lang = lang;
    const eaf::checker::CheckReport report = checker.Run(workspace, options);
    review::HtmlReportInput input{workspace, report, pack, lang, "test", "", "", ""};
    input.file_packs = {&pack};
    const std::string html = review::WriteHtmlReport(input);
    const std::string header = html.substr(0, html.find("</header>"));
    for (const char* absent : {"Khung 2.0", "framework 2.0", "Chính phủ điện tử", "e-Government"}) {
      CHECK_MESSAGE(header.find(absent) == std::string::npos, absent);
    }
    CHECK(header.find(lang == "vi" ? "<h1>Báo cáo kiểm tra mô hình ArchiMate</h1>" : "<h1>ArchiMate model review</h1>") != std::string::npos);
    CHECK(header.find(lang == "vi" ? "archimate 1.0.0 (kiểm tra chung ArchiMate, không theo Khung nào)"
                                   : "archimate 1.0.0 (generic ArchiMate checks, no framework)") != std::string::npos);
  }
}

TEST_CASE("render: the gap Markdown escapes model names and paths for the terminal, as check's text does") {
  eaf::checker::RulePack pack;
  // ESC (a colour sequence), a line separator, a right-to-left override and a pipe in a name.
  const auto target = ProvinceModel("Cổng\x1b[31m đỏ\xE2\x80\xA8giả | \xE2\x80\xAE" "lật");
  const auto baseline = LoadXml(ExchangeModel(""));
  const eaf::checker::CheckReport report;
  const eaf::checker::GapAnalysis gap = eaf::checker::AnalyzeGap(&baseline, &report, target, report, pack);
  const std::string markdown = review::WriteGapMarkdown({gap, &baseline, target, pack, "vi"});
  CHECK(markdown.find("- Cổng\\x1b[31m đỏ\\u2028giả \\| \\u202elật (portal, ") != std::string::npos);
  CHECK(markdown.find('\x1b') == std::string::npos);
  CHECK(markdown.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(markdown.find("\xE2\x80\xAE") == std::string::npos);
}

TEST_CASE("render: a dense diagram gets straight edges, merged parallels and ranks from a spanning forest") {
  // A deep path, then many edges back along it: dot would add a virtual node per rank spanned.
  render::Diagram diagram;
  diagram.lang = "en";
  const int n = 60;
  for (int i = 0; i < n; ++i) diagram.nodes.push_back({"n" + std::to_string(i), -1, {}});
  for (int i = 0; i + 1 < n; ++i) diagram.edges.push_back({"n" + std::to_string(i), "n" + std::to_string(i + 1), {}});
  for (int i = 1; i < n; ++i) {
    for (int j = 0; j < 3; ++j) diagram.edges.push_back({"n" + std::to_string(i), "n0", {{"label", "REST"}}});
  }
  CHECK(render::EstimateLayoutWork(diagram) > 1000);
  render::LayoutBounds bounds;
  bounds.max_work = 1000;
  bounds.max_edges = 100;
  const std::vector<std::string> notes = render::BoundLayout(diagram, bounds);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0] == "the view has 236 relationships between 60 nodes, too dense to lay out in full: parallel ones drawn as one "
                    "edge with a count (118 edges), ranks from a spanning tree");
  CHECK(notes[1] == "only the first 100 of 118 edges drawn; narrow the view (--view neighborhood, --layer) to see the rest");
  const std::string dot = render::WriteDot(diagram);
  CHECK(dot.find("splines=\"line\"") != std::string::npos);
  CHECK(dot.find("xlabel=\"REST × 3\"") != std::string::npos);
  CHECK(dot.find("tooltip=\"3 relationships\"") != std::string::npos);
  // Whatever stays, the layout's work is now small: no edge spans more than one rank.
  CHECK(render::EstimateLayoutWork(diagram) < 1000);
}

TEST_CASE("render: a sparse diagram is left exactly as built") {
  render::ViewOptions options;
  options.lang = "en";
  render::Diagram diagram = render::BuildView(ProvinceModel(), nullptr, options).diagram;
  const std::string before = render::WriteDot(diagram);
  CHECK(render::BoundLayout(diagram).empty());
  CHECK(render::WriteDot(diagram) == before);
}

TEST_CASE("render: a security level outside 1-5 is not shown as a level") {
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("ok", "Valid", "app.internal", "", "ApplicationComponent", Prop("p-sec", "3")) +
          NamedElement("bad", "Invalid", "app.internal", "", "ApplicationComponent", Prop("p-sec", "7")),
      "", Prop("p-level", "province") + Prop("p-agency", "SLA")));
  render::ViewOptions options;
  options.view = render::ViewKind::kLayer;
  options.layer = model::Architecture::kApplication;
  options.lang = "en";
  const std::string dot = render::WriteDot(render::BuildView(workspace, nullptr, options).diagram);
  CHECK(dot.find("security level: 3") != std::string::npos);
  CHECK(dot.find("security level: 7") == std::string::npos);
}
