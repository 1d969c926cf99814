// Saved views: finding the one the user names, drawing it at its own bounds, and hostile views.

#include <doctest/doctest.h>

#include "check_util.h"
#include "render/graphviz_renderer.h"
#include "render/saved_views.h"

using namespace eaf::test;
namespace model = eaf::model;
namespace render = eaf::render;

namespace {

std::string PlacedNode(const std::string& id, const std::string& element, const std::string& bounds, const std::string& inside = "") {
  return "        <node identifier=\"" + id + "\" xsi:type=\"Element\" elementRef=\"" + element + "\" " + bounds +
         (inside.empty() ? "/>\n" : ">\n" + inside + "        </node>\n");
}

model::Workspace SavedModel(const std::string& views) {
  return LoadXml(WithViews(ExchangeModel("    <element identifier=\"a\" xsi:type=\"ApplicationComponent\"><name>A</name></element>\n"
                                         "    <element identifier=\"b\" xsi:type=\"BusinessService\"><name>B</name></element>\n",
                                         Relation("r", "Serving", "a", "b")),
                           views));
}

const render::DiagramNode* FindNode(const render::Diagram& diagram, const std::string& id) {
  for (const render::DiagramNode& node : diagram.nodes) {
    if (node.id == id) return &node;
  }
  return nullptr;
}

std::string AttributeOf(const render::Attributes& attributes, const std::string& name) {
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return "";
}

render::ViewResult Draw(const model::Workspace& workspace, std::int32_t index, const eaf::checker::CheckReport* report = nullptr) {
  render::ViewOptions options;
  options.view = render::ViewKind::kSaved;
  options.saved = index;
  options.lang = "en";
  return render::BuildView(workspace, report, options);
}

}  // namespace

TEST_CASE("saved views: addressed by saved:ID, id, exact name, then name in any case, near names suggested") {
  const model::Workspace workspace = SavedModel(View("v1", "Tổng thể") + View("v2", "Chi tiết") + View("v3", "Chi tiết"));
  CHECK(render::FindSavedView(workspace, "saved:v1", "vi").index == 0);
  CHECK(render::FindSavedView(workspace, "v1", "vi").index == 0);
  CHECK(render::FindSavedView(workspace, "Tổng thể", "vi").index == 0);
  CHECK(render::FindSavedView(workspace, "tổng thể", "vi").index == 0);
  const render::SavedViewMatch twice = render::FindSavedView(workspace, "Chi tiết", "vi");
  CHECK(twice.index == -1);
  CHECK(twice.ambiguous);
  CHECK(twice.candidates == std::vector<std::string>{"v2", "v3"});
  const render::SavedViewMatch near = render::FindSavedView(workspace, "Tong the", "vi");
  CHECK(near.index == -1);
  CHECK_FALSE(near.ambiguous);
  CHECK(near.candidates == std::vector<std::string>{"Tổng thể"});
  CHECK(render::FindSavedView(workspace, "zzzzzzzzzzzz", "vi").candidates.empty());
}

TEST_CASE("saved views: listed sorted by name, with the nodes that show elements counted") {
  const model::Workspace workspace =
      SavedModel(View("v2", "Bbb", PlacedNode("n1", "a", "x=\"0\" y=\"0\" w=\"10\" h=\"10\"") + Node("g", "")) + View("v1", "Aaa"));
  const std::vector<render::SavedViewEntry> entries = render::ListSavedViews(workspace, "vi");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].id == "v1");
  CHECK(entries[1].id == "v2");
  CHECK(entries[1].elements == 1);
}

TEST_CASE("saved views: nodes pinned at their bounds, parents first, edges along the bendpoints") {
  const std::string inside = PlacedNode("n2", "b", "x=\"120\" y=\"140\" w=\"100\" h=\"40\"");
  const model::Workspace workspace = SavedModel(View(
      "v1", "V",
      PlacedNode("n1", "a", "x=\"100\" y=\"100\" w=\"300\" h=\"200\"", inside) +
          "        <connection identifier=\"c\" relationshipRef=\"r\" xsi:type=\"Relationship\" source=\"n1\" target=\"n2\">"
          "<bendpoint x=\"500\" y=\"160\"/></connection>\n"));
  const render::ViewResult result = Draw(workspace, 0);
  REQUIRE(result.ok);
  const render::Diagram& diagram = result.diagram;
  CHECK(diagram.layout == "nop2");
  // The service carries its icon (a stadium) in its corner: two invisible anchors and one stroke,
  // pinned inside its box; the box itself is unchanged.
  REQUIRE(diagram.nodes.size() == 4);
  CHECK(diagram.nodes[2].id == "n2-icon-a");
  CHECK(AttributeOf(diagram.nodes[2].attributes, "style") == "invis");
  CHECK(AttributeOf(diagram.nodes[3].attributes, "pos") == "127,167!");  // 3 points in from n2's top-right corner (130,170)
  CHECK(diagram.nodes[0].id == "n1");  // the parent first: drawn under its child
  // Frame: x from 100 to 500 (the bendpoint), y from 100 to 300, 10 pt margin: height 220.
  CHECK(AttributeOf(diagram.nodes[0].attributes, "pos") == "162,110!");  // moved right by half of that
  CHECK(AttributeOf(diagram.nodes[0].attributes, "width") == "4.1111");  // 300 - 4 points: a component
  CHECK(AttributeOf(diagram.nodes[1].attributes, "pos") == "80,150!");
  CHECK(AttributeOf(diagram.nodes[1].attributes, "shape") == "box");
  CHECK(AttributeOf(diagram.nodes[1].attributes, "style") == "rounded,filled");  // a service
  CHECK(AttributeOf(diagram.nodes[0].attributes, "shape") == "component");
  REQUIRE(diagram.edges.size() == 2);
  CHECK(AttributeOf(diagram.edges[0].attributes, "class") == "icon icon-service");
  // Serving: an arrowhead at the target; the line leaves n1 towards (500,160), turns there, ends at n2.
  const std::string pos = AttributeOf(diagram.edges[1].attributes, "pos");
  CHECK(pos.starts_with("e,"));
  CHECK(pos.find("410,150") != std::string::npos);  // the bendpoint, in Graphviz's coordinates

  std::string svg, error;
  REQUIRE(render::RenderDiagram(diagram, "svg", svg, error));
  CHECK(svg.find("<title>n2</title>") != std::string::npos);
}

TEST_CASE("saved views: the model's colours where given, else the layer's, findings outlined in red") {
  const model::Workspace workspace = SavedModel(View(
      "v1", "V",
      "        <node identifier=\"n1\" xsi:type=\"Element\" elementRef=\"a\" x=\"0\" y=\"0\" w=\"100\" h=\"50\">"
      "<style><fillColor r=\"255\" g=\"0\" b=\"0\"/><lineColor r=\"0\" g=\"0\" b=\"255\"/></style></node>\n" +
          PlacedNode("n2", "b", "x=\"200\" y=\"0\" w=\"100\" h=\"50\"")));
  const render::ViewResult plain = Draw(workspace, 0);
  CHECK(AttributeOf(FindNode(plain.diagram, "n1")->attributes, "fillcolor") == "#ff0000");
  CHECK(AttributeOf(FindNode(plain.diagram, "n1")->attributes, "color") == "#0000ff");
  CHECK(AttributeOf(FindNode(plain.diagram, "n2")->attributes, "fillcolor") == "#ffffb5");  // business layer

  eaf::checker::CheckReport report;
  eaf::checker::CheckedFinding finding;
  finding.diagnostic.rule_id = "APP-001";
  finding.diagnostic.severity = model::Severity::kError;
  finding.diagnostic.element_ids = {"a"};
  report.findings.push_back(finding);
  const render::ViewResult marked = Draw(workspace, 0, &report);
  const render::Attributes& attributes = FindNode(marked.diagram, "n1")->attributes;
  CHECK(AttributeOf(attributes, "color") == "#d00000");
  CHECK(AttributeOf(attributes, "fontcolor").empty());  // the label keeps its colour: red on a dark fill is unreadable
  CHECK(AttributeOf(attributes, "tooltip").find("APP-001") != std::string::npos);
  render::ViewOptions off;
  off.view = render::ViewKind::kSaved;
  off.saved = 0;
  off.highlight = false;
  CHECK(AttributeOf(FindNode(render::BuildView(workspace, &report, off).diagram, "n1")->attributes, "color") == "#0000ff");
}

TEST_CASE("saved views: hostile views draw sanely and say what they skipped") {
  SUBCASE("no nodes") {
    const model::Workspace workspace = SavedModel(View("v1", "Trống"));
    const render::ViewResult result = Draw(workspace, 0);
    REQUIRE(result.ok);
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0] == "the saved view 'Trống' has no nodes; drawn empty");
    std::string svg, error;
    CHECK(render::RenderDiagram(result.diagram, "svg", svg, error));
  }
  SUBCASE("negative and huge bounds, a connection to a missing node") {
    const model::Workspace workspace = SavedModel(View(
        "v1", "V",
        PlacedNode("n1", "a", "x=\"-2147483648\" y=\"-5000\" w=\"-20\" h=\"99999999999\"") +
            PlacedNode("n2", "b", "x=\"1e999\" y=\"nan\" w=\"10\" h=\"10\"") +
            "        <connection identifier=\"c\" relationshipRef=\"r\" xsi:type=\"Relationship\" source=\"n1\" target=\"gone\"/>\n"));
    const render::ViewResult result = Draw(workspace, 0);
    REQUIRE(result.ok);
    CHECK(result.diagram.edges.empty());
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0].find("1 connections") != std::string::npos);
    std::string svg, error;
    CHECK(render::RenderDiagram(result.diagram, "svg", svg, error));
    CHECK(render::RenderDiagram(result.diagram, "png", svg, error));
  }
  SUBCASE("a cycle of nesting (not from a loader: built in memory)") {
    model::Workspace workspace = SavedModel(View("v1", "V", PlacedNode("n1", "a", "x=\"0\" y=\"0\" w=\"10\" h=\"10\"") +
                                                                PlacedNode("n2", "b", "x=\"20\" y=\"0\" w=\"10\" h=\"10\"")));
    workspace.views[0].nodes[0].parent = 1;
    workspace.views[0].nodes[1].parent = 0;
    const render::ViewResult result = Draw(workspace, 0);
    REQUIRE(result.ok);
    CHECK(result.diagram.nodes.size() == 2);
  }
  SUBCASE("no such view") {
    const model::Workspace workspace = SavedModel(View("v1", "V"));
    const render::ViewResult result = Draw(workspace, 7);
    CHECK_FALSE(result.ok);
    CHECK(result.error == "no saved view to draw");
  }
}
