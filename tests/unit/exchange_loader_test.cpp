#include <doctest/doctest.h>

#include "model/messages.h"
#include "model/profile.h"
#include "test_util.h"

using eaf::test::DiagnosticText;
using eaf::test::ExchangeModel;
using eaf::test::LoadXml;
namespace model = eaf::model;

TEST_CASE("exchange: elements, names per language, properties, kind and owner") {
  const std::string xml = ExchangeModel(
      "    <element identifier=\"lgsp\" xsi:type=\"ApplicationComponent\">\n"
      "      <name xml:lang=\"vi\">Nền tảng LGSP tỉnh Phú Thọ</name>\n"
      "      <name xml:lang=\"en\">Phu Tho LGSP</name>\n"
      "      <documentation xml:lang=\"vi\">Trục tích hợp</documentation>\n"
      "      <properties><property propertyDefinitionRef=\"p-kind\"><value xml:lang=\"vi\">platform.lgsp</value></property>\n"
      "      <property propertyDefinitionRef=\"p-sec\"><value>3</value></property></properties>\n"
      "    </element>\n"
      "    <element identifier=\"ngsp\" xsi:type=\"ApplicationComponent\"><name>NGSP</name>\n"
      "      <properties><property propertyDefinitionRef=\"p-owner\"><value>VN</value></property></properties></element>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"lgsp\" target=\"ngsp\"/>\n",
      "<property propertyDefinitionRef=\"p-level\"><value>province</value></property>"
      "<property propertyDefinitionRef=\"p-agency\"><value>PTO</value></property>");
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) == "");
  REQUIRE(workspace.files.size() == 1);
  CHECK(workspace.files[0].format == model::SourceFormat::kExchange);
  CHECK(workspace.files[0].level == "province");
  CHECK(workspace.files[0].agency == "PTO");
  REQUIRE(workspace.elements.size() == 2);
  const model::Element& lgsp = workspace.elements[0];
  CHECK(lgsp.Name() == "Nền tảng LGSP tỉnh Phú Thọ");
  CHECK(lgsp.Name("en") == "Phu Tho LGSP");
  CHECK(lgsp.documentation == "Trục tích hợp");
  CHECK(lgsp.kind == "platform.lgsp");
  CHECK(lgsp.owner == "PTO");
  CHECK(*lgsp.FindProperty("eaf:security-level") == "3");
  CHECK(lgsp.location.line == 6);
  CHECK(lgsp.location.column == 5);
  CHECK(workspace.elements[1].owner == "VN");
  CHECK(workspace.IsOwned(lgsp));
  CHECK_FALSE(workspace.IsOwned(workspace.elements[1]));
  REQUIRE(workspace.relationships.size() == 1);
  CHECK(workspace.relationships[0].type == model::RelationshipType::kFlow);
  CHECK(workspace.relationships[0].source_index == 0);
  CHECK(workspace.relationships[0].target_index == 1);
  CHECK(workspace.FindElement(0, "ngsp") == 1);
  CHECK(workspace.FindElement(0, "nothing") == -1);
}

TEST_CASE("exchange: dangling reference and duplicate id are diagnostics with file:line:col") {
  const std::string xml = ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"Node\"/>\n"
      "    <element identifier=\"a\" xsi:type=\"Device\"/>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Serving\" source=\"a\" target=\"ghost\"/>\n");
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) ==
        "t.xml:6:5: error: duplicate identifier 'a' [LOAD-012]\n"
        "t.xml:5:5: note: first defined here\n"
        "t.xml:9:5: error: relationship 'r1' refers to target 'ghost', which is not defined in this file [LOAD-011]\n");
  CHECK(workspace.files[0].loaded);
}

TEST_CASE("exchange: unknown xsi:type suggests the closest type and skips the element") {
  const std::string xml = ExchangeModel("    <element identifier=\"a\" xsi:type=\"AplicationComponent\"/>\n");
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) ==
        "t.xml:5:5: error: unknown element type 'AplicationComponent'; did you mean 'ApplicationComponent'?; "
        "the element is skipped [LOAD-008]\n");
  CHECK(workspace.elements.empty());
}

TEST_CASE("exchange: an unknown type with no close match gives no suggestion") {
  const model::Workspace workspace = LoadXml(ExchangeModel("    <element identifier=\"a\" xsi:type=\"Spaceship\"/>\n"));
  CHECK(DiagnosticText(workspace) == "t.xml:5:5: error: unknown element type 'Spaceship'; the element is skipped [LOAD-008]\n");
}

TEST_CASE("exchange: relationships on relationships are kept, not dropped") {
  const std::string xml = ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"Node\"/>\n"
      "    <element identifier=\"b\" xsi:type=\"Node\"/>\n"
      "    <element identifier=\"n\" xsi:type=\"BusinessObject\"/>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"a\" target=\"b\"/>\n"
      "    <relationship identifier=\"r2\" xsi:type=\"Association\" source=\"n\" target=\"r1\"/>\n");
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) == "");
  REQUIRE(workspace.relationships.size() == 2);
  CHECK(workspace.relationships[1].target_is_relationship);
  CHECK(workspace.relationships[1].target_index == 0);
  CHECK_FALSE(workspace.relationships[1].ConnectsElements());
}

TEST_CASE("exchange: access type, junctions, organizations and views") {
  const std::string xml =
      "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:x=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
      "  <elements>\n"
      "    <element identifier=\"app\" x:type=\"ApplicationComponent\"><name>App</name></element>\n"
      "    <element identifier=\"data\" x:type=\"DataObject\"><name>Data</name></element>\n"
      "    <element identifier=\"j\" x:type=\"OrJunction\"/>\n"
      "  </elements>\n"
      "  <relationships>\n"
      "    <relationship identifier=\"r1\" x:type=\"Access\" source=\"app\" target=\"data\" accessType=\"Read\"/>\n"
      "    <relationship identifier=\"r2\" x:type=\"Access\" source=\"app\" target=\"data\"/>\n"
      "  </relationships>\n"
      "  <organizations><item><label>Ứng dụng</label><item><label>Lõi</label><item identifierRef=\"app\"/></item></item></organizations>\n"
      "  <views><diagrams><view identifier=\"v1\" x:type=\"Diagram\"><name>Tổng thể</name>\n"
      "    <node identifier=\"n1\" elementRef=\"app\" x:type=\"Element\" x=\"10\" y=\"20\" w=\"120\" h=\"55\">\n"
      "      <node identifier=\"n2\" elementRef=\"data\" x:type=\"Element\" x=\"30\" y=\"40\" w=\"50\" h=\"20\"/>\n"
      "    </node>\n"
      "    <connection identifier=\"c1\" relationshipRef=\"r1\" x:type=\"Relationship\" source=\"n1\" target=\"n2\"/>\n"
      "  </view></diagrams></views>\n"
      "</model>\n";
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) == "");
  REQUIRE(workspace.elements.size() == 3);
  CHECK(workspace.elements[2].type == model::ElementType::kJunction);
  CHECK(workspace.elements[0].folder == "Ứng dụng/Lõi");
  CHECK(workspace.relationships[0].access_type == model::AccessType::kRead);
  CHECK(workspace.relationships[1].access_type == model::AccessType::kWrite);
  REQUIRE(workspace.views.size() == 1);
  const model::View& view = workspace.views[0];
  CHECK(view.Name() == "Tổng thể");
  REQUIRE(view.nodes.size() == 2);
  CHECK(view.nodes[1].parent == 0);
  CHECK(view.nodes[1].x == 30);  // exchange-format bounds are absolute already
  REQUIRE(view.connections.size() == 1);
  CHECK(view.connections[0].relationship_id == "r1");
}

TEST_CASE("exchange: view styles, groups, notes, diagram links and bendpoints") {
  const std::string xml =
      "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:x=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
      "  <elements><element identifier=\"app\" x:type=\"ApplicationComponent\"><name>App</name></element></elements>\n"
      "  <relationships><relationship identifier=\"r1\" x:type=\"Association\" source=\"app\" target=\"app\"/></relationships>\n"
      "  <views><diagrams><view identifier=\"v1\" x:type=\"Diagram\"><name>V</name>\n"
      "    <node identifier=\"g\" x:type=\"Container\" x=\"0\" y=\"0\" w=\"400\" h=\"300\"><label>Nhóm</label>\n"
      "      <style><fillColor r=\"210\" g=\"215\" b=\"215\" a=\"100\"/><lineColor r=\"92\" g=\"92\" b=\"92\"/></style>\n"
      "      <node identifier=\"n1\" elementRef=\"app\" x:type=\"Element\" x=\"10\" y=\"20\" w=\"120\" h=\"55\"/>\n"
      "    </node>\n"
      "    <node identifier=\"t\" x:type=\"Label\" x=\"500\" y=\"0\" w=\"100\" h=\"40\"><label>Ghi chú</label>\n"
      "      <style><fillColor r=\"300\" g=\"0\" b=\"0\"/></style></node>\n"
      "    <node identifier=\"l\" x:type=\"Label\" x=\"500\" y=\"60\" w=\"100\" h=\"40\"><label>Khác</label><viewRef ref=\"v2\"/></node>\n"
      "    <connection identifier=\"c1\" relationshipRef=\"r1\" x:type=\"Relationship\" source=\"n1\" target=\"n1\">\n"
      "      <style><lineColor r=\"0\" g=\"0\" b=\"255\"/></style><bendpoint x=\"200\" y=\"40\"/><bendpoint x=\"200\" y=\"120\"/>\n"
      "    </connection>\n"
      "  </view></diagrams></views>\n"
      "</model>\n";
  const model::Workspace workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) == "");
  REQUIRE(workspace.views.size() == 1);
  const model::View& view = workspace.views[0];
  REQUIRE(view.nodes.size() == 4);
  CHECK(view.nodes[0].kind == model::ViewNodeKind::kGroup);
  CHECK(view.nodes[0].label == "Nhóm");
  CHECK(view.nodes[0].fill_color == "#d2d7d7");
  CHECK(view.nodes[0].line_color == "#5c5c5c");
  CHECK(view.nodes[1].kind == model::ViewNodeKind::kElement);
  CHECK(view.nodes[1].parent == 0);
  CHECK(view.nodes[1].fill_color == "");
  CHECK(view.nodes[2].kind == model::ViewNodeKind::kNote);
  CHECK(view.nodes[2].fill_color == "");  // r=300 is no colour
  CHECK(view.nodes[3].kind == model::ViewNodeKind::kReference);
  REQUIRE(view.connections.size() == 1);
  CHECK(view.connections[0].line_color == "#0000ff");
  REQUIRE(view.connections[0].bendpoints.size() == 2);
  CHECK(view.connections[0].bendpoints[1].x == 200);
  CHECK(view.connections[0].bendpoints[1].y == 120);
}

TEST_CASE("exchange: a view showing a missing element is a warning") {
  const std::string xml =
      "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
      "  <views><diagrams><view identifier=\"v1\" xsi:type=\"Diagram\"><name>V</name>\n"
      "    <node identifier=\"n1\" elementRef=\"gone\" xsi:type=\"Element\" x=\"0\" y=\"0\" w=\"1\" h=\"1\"/>\n"
      "  </view></diagrams></views>\n"
      "</model>\n";
  CHECK(DiagnosticText(LoadXml(xml)) ==
        "t.xml:3:5: warning: view 'V' shows 'gone', which is not defined in this file [LOAD-013]\n");
}

TEST_CASE("exchange: wrong root element and malformed XML") {
  auto workspace = LoadXml("<?xml version=\"1.0\"?>\n<diagram/>\n");
  CHECK(DiagnosticText(workspace) ==
        "t.xml:2:1: error: root element <diagram> is neither an ArchiMate exchange-format <model> (namespace "
        "http://www.opengroup.org/xsd/archimate/3.0/) nor an Archi <archimate:model> [LOAD-003]\n");
  CHECK_FALSE(workspace.files[0].loaded);
  workspace = LoadXml("<model>\n  <elements>\n</model>\n");
  CHECK(DiagnosticText(workspace) ==
        "t.xml:3:3: error: malformed XML: Start-end tags mismatch [XML-001]\n");
  CHECK_FALSE(workspace.files[0].loaded);
}

TEST_CASE("exchange: the loader is picked by content, not by extension") {
  const std::string xml = ExchangeModel("    <element identifier=\"a\" xsi:type=\"Node\"/>\n");
  const auto workspace = LoadXml(xml, "model.archimate");
  CHECK(workspace.files[0].format == model::SourceFormat::kExchange);
  CHECK(workspace.elements.size() == 1);
}

TEST_CASE("exchange: the real Archisurance exchange file loads with the independent counts") {
  const auto workspace = model::LoadWorkspace({EAF_SHARED_MODELS_DIR "/archisurance.exchange.xml"});
  CHECK(DiagnosticText(workspace) == "");
  CHECK(workspace.elements.size() == 122);
  CHECK(workspace.relationships.size() == 179);
  CHECK(workspace.views.size() == 18);
  CHECK(workspace.files[0].names.front().text == "Archisurance");
}

TEST_CASE("exchange: with lang vi the loader speaks Vietnamese, and keeps its message ids") {
  const std::string xml = ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"Node\"/>\n"
      "    <element identifier=\"a\" xsi:type=\"Device\"/>\n"
      "    <element identifier=\"b\" xsi:type=\"AplicationComponent\"/>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Serving\" source=\"a\" target=\"ghost\"/>\n");
  model::LoadOptions options;
  options.lang = "vi";
  const model::Workspace workspace = LoadXml(xml, "t.xml", options);
  CHECK(DiagnosticText(workspace) ==
        "t.xml:6:5: error: mã định danh 'a' bị trùng [LOAD-012]\n"
        "t.xml:5:5: note: được định nghĩa lần đầu ở đây\n"
        "t.xml:7:5: error: kiểu phần tử 'AplicationComponent' không có trong ArchiMate (có phải là "
        "'ApplicationComponent'?); phần tử này bị bỏ qua [LOAD-008]\n"
        "t.xml:10:5: error: quan hệ 'r1' tham chiếu tới đích 'ghost', nhưng tệp này không định nghĩa 'ghost' [LOAD-011]\n");
  REQUIRE(workspace.diagnostics.size() == 3);
  CHECK(workspace.diagnostics[0].message_id == "load.duplicate-id");
  CHECK(workspace.diagnostics[0].notes.at(0).message_id == "load.duplicate-id.first-defined");
  CHECK(workspace.diagnostics[2].arguments == model::MessageArgs{{"relationship", "r1"}, {"id", "ghost"}});
}

TEST_CASE("exchange: an English load localized again in Vietnamese — the parser's reason stays inside the sentence") {
  model::Workspace workspace = LoadXml("<model>\n  <elements>\n</model>\n");
  model::Localize(workspace.diagnostics, "vi");
  CHECK(DiagnosticText(workspace) ==
        "t.xml:3:3: error: tệp XML sai cú pháp (trình phân tích XML báo: Start-end tags mismatch) [XML-001]\n");
  workspace = LoadXml("<?xml version=\"1.0\"?>\n<diagram/>\n");
  model::Localize(workspace.diagnostics, "vi");
  CHECK(DiagnosticText(workspace) ==
        "t.xml:2:1: error: phần tử gốc <diagram> không phải <model> của định dạng trao đổi ArchiMate (không gian tên "
        "http://www.opengroup.org/xsd/archimate/3.0/), cũng không phải <archimate:model> của Archi [LOAD-003]\n");
}

TEST_CASE("views: the loader resolves each node's element and each connection's relationship, in the workspace's indices") {
  // Two files in both formats: the second one's indices start after the first one's.
  const auto workspace = model::LoadWorkspace({EAF_SHARED_MODELS_DIR "/archisurance.exchange.xml", EAF_SHARED_MODELS_DIR "/archisurance.archimate"});
  REQUIRE(workspace.files.size() == 2);
  std::size_t nodes = 0, connections = 0;
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    const auto views = workspace.ViewsOf(file);
    for (std::size_t v = views.begin; v < views.end; ++v) {
      for (const model::ViewNode& node : workspace.views[v].nodes) {
        if (node.element_id.empty()) {
          CHECK(node.element == -1);
          continue;
        }
        CHECK(node.element == workspace.FindElement(file, node.element_id));
        nodes += node.element >= 0 && workspace.FileOf(workspace.elements[node.element]).location.file == file;
      }
      for (const model::ViewConnection& connection : workspace.views[v].connections) {
        if (connection.relationship_id.empty()) continue;
        CHECK(connection.relationship == workspace.FindRelationship(file, connection.relationship_id));
        connections += connection.relationship >= 0;
      }
    }
  }
  CHECK(nodes > 200);
  CHECK(connections > 200);
}
