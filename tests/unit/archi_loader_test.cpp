#include <doctest/doctest.h>

#include "test_util.h"

using eaf::test::DiagnosticText;
using eaf::test::LoadXml;
namespace model = eaf::model;

namespace {
const char* kArchiModel =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"Sơn La\" id=\"m1\" version=\"5.0.0\">\n"
    "  <folder name=\"Application\" id=\"f1\" type=\"application\">\n"
    "    <folder name=\"Nền tảng\" id=\"f2\">\n"
    "      <element xsi:type=\"archimate:ApplicationComponent\" name=\"LGSP Sơn La\" id=\"lgsp\" profiles=\"pr1\">\n"
    "        <documentation>Nền tảng tích hợp</documentation>\n"
    "        <property key=\"eaf:security-level\" value=\"3\"/>\n"
    "      </element>\n"
    "    </folder>\n"
    "    <element xsi:type=\"archimate:DataObject\" name=\"Hồ sơ\" id=\"data\"/>\n"
    "    <element xsi:type=\"archimate:Junction\" id=\"j\" type=\"or\"/>\n"
    "  </folder>\n"
    "  <folder name=\"Relations\" id=\"f3\" type=\"relations\">\n"
    "    <element xsi:type=\"archimate:AccessRelationship\" id=\"r1\" source=\"lgsp\" target=\"data\"/>\n"
    "    <element xsi:type=\"archimate:AccessRelationship\" id=\"r2\" source=\"lgsp\" target=\"data\" accessType=\"1\"/>\n"
    "    <element xsi:type=\"archimate:AssociationRelationship\" id=\"r3\" source=\"j\" target=\"r1\"/>\n"
    "  </folder>\n"
    "  <folder name=\"Views\" id=\"f4\" type=\"diagrams\">\n"
    "    <element xsi:type=\"archimate:ArchimateDiagramModel\" name=\"Tổng thể\" id=\"v1\">\n"
    "      <child xsi:type=\"archimate:Group\" id=\"g1\" name=\"Nhóm\">\n"
    "        <bounds x=\"100\" y=\"50\" width=\"400\" height=\"300\"/>\n"
    "        <child xsi:type=\"archimate:DiagramObject\" id=\"o1\" archimateElement=\"lgsp\">\n"
    "          <bounds x=\"10\" y=\"20\" width=\"120\" height=\"55\"/>\n"
    "          <sourceConnection xsi:type=\"archimate:Connection\" id=\"c1\" source=\"o1\" target=\"o2\" archimateRelationship=\"r1\"/>\n"
    "        </child>\n"
    "        <child xsi:type=\"archimate:DiagramObject\" id=\"o2\" archimateElement=\"data\">\n"
    "          <bounds x=\"200\" y=\"20\"/>\n"
    "        </child>\n"
    "      </child>\n"
    "    </element>\n"
    "  </folder>\n"
    "  <property key=\"eaf:level\" value=\"province\"/>\n"
    "  <property key=\"eaf:agency\" value=\"SLA\"/>\n"
    "  <profile name=\"platform.lgsp\" id=\"pr1\" conceptType=\"ApplicationComponent\"/>\n"
    "</archimate:model>\n";
}  // namespace

TEST_CASE("archi: elements, folders, properties, specializations and model properties") {
  const model::Workspace workspace = LoadXml(kArchiModel, "son-la.archimate");
  CHECK(DiagnosticText(workspace) == "");
  const model::SourceFile& file = workspace.files[0];
  CHECK(file.format == model::SourceFormat::kArchi);
  CHECK(file.level == "province");
  CHECK(file.agency == "SLA");
  CHECK(file.names[0].text == "Sơn La");
  REQUIRE(workspace.elements.size() == 3);
  const model::Element& lgsp = workspace.elements[0];
  CHECK(lgsp.Name() == "LGSP Sơn La");
  CHECK(lgsp.folder == "Application/Nền tảng");
  CHECK(lgsp.documentation == "Nền tảng tích hợp");
  CHECK(lgsp.specialization == "platform.lgsp");
  CHECK(lgsp.kind == "platform.lgsp");  // a specialization named like a kind counts as that kind
  CHECK(lgsp.owner == "SLA");
  CHECK(lgsp.location.line == 5);
  CHECK(lgsp.location.column == 7);
  CHECK(workspace.elements[2].type == model::ElementType::kJunction);
}

TEST_CASE("archi: access without accessType means write — relationships on relationships are kept") {
  const model::Workspace workspace = LoadXml(kArchiModel, "son-la.archimate");
  REQUIRE(workspace.relationships.size() == 3);
  CHECK(workspace.relationships[0].access_type == model::AccessType::kWrite);
  CHECK(workspace.relationships[1].access_type == model::AccessType::kRead);
  CHECK(workspace.relationships[2].target_is_relationship);
}

TEST_CASE("archi: nested diagram bounds become absolute") {
  const model::Workspace workspace = LoadXml(kArchiModel, "son-la.archimate");
  REQUIRE(workspace.views.size() == 1);
  const model::View& view = workspace.views[0];
  CHECK(view.Name() == "Tổng thể");
  REQUIRE(view.nodes.size() == 3);
  CHECK(view.nodes[0].label == "Nhóm");
  CHECK(view.nodes[1].element_id == "lgsp");
  CHECK(view.nodes[1].x == 110);
  CHECK(view.nodes[1].y == 70);
  CHECK(view.nodes[1].parent == 0);
  CHECK(view.nodes[2].x == 300);
  CHECK(view.nodes[2].width == -1);  // Archi's default size
  REQUIRE(view.connections.size() == 1);
  CHECK(view.connections[0].relationship_id == "r1");
}

TEST_CASE("archi: view kinds, colours and relative bendpoints made absolute") {
  const char* xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"M\" id=\"m1\" version=\"5.0.0\">\n"
      "  <folder name=\"A\" id=\"f1\" type=\"application\">\n"
      "    <element xsi:type=\"archimate:ApplicationComponent\" name=\"A\" id=\"a\"/>\n"
      "    <element xsi:type=\"archimate:ApplicationComponent\" name=\"B\" id=\"b\"/>\n"
      "    <element xsi:type=\"archimate:FlowRelationship\" id=\"r\" source=\"a\" target=\"b\"/>\n"
      "    <element xsi:type=\"archimate:ArchimateDiagramModel\" name=\"V\" id=\"v\">\n"
      "      <child xsi:type=\"archimate:Group\" id=\"g\" name=\"G\" fillColor=\"#D2D7D7\" lineColor=\"red\">\n"
      "        <bounds x=\"100\" y=\"100\" width=\"400\" height=\"300\"/>\n"
      "        <child xsi:type=\"archimate:DiagramObject\" id=\"o1\" archimateElement=\"a\">\n"
      "          <bounds x=\"0\" y=\"0\" width=\"100\" height=\"50\"/>\n"
      "          <sourceConnection xsi:type=\"archimate:Connection\" id=\"c\" source=\"o1\" target=\"o2\" archimateRelationship=\"r\" lineColor=\"#0000ff\">\n"
      "            <bendpoint startX=\"50\" startY=\"100\" endX=\"-250\" endY=\"-200\"/>\n"
      "          </sourceConnection>\n"
      "        </child>\n"
      "      </child>\n"
      "      <child xsi:type=\"archimate:DiagramObject\" id=\"o2\" archimateElement=\"b\">\n"
      "        <bounds x=\"600\" y=\"500\"/>\n"
      "      </child>\n"
      "      <child xsi:type=\"archimate:Note\" id=\"n\"><bounds x=\"0\" y=\"0\" width=\"80\" height=\"40\"/><content>Ghi chú</content></child>\n"
      "      <child xsi:type=\"archimate:DiagramModelReference\" id=\"ref\" model=\"v\"><bounds x=\"0\" y=\"60\"/></child>\n"
      "    </element>\n"
      "  </folder>\n"
      "</archimate:model>\n";
  const model::Workspace workspace = LoadXml(xml, "m.archimate");
  REQUIRE(workspace.views.size() == 1);
  const model::View& view = workspace.views[0];
  REQUIRE(view.nodes.size() == 5);
  CHECK(view.nodes[0].kind == model::ViewNodeKind::kGroup);
  CHECK(view.nodes[0].fill_color == "#d2d7d7");
  CHECK(view.nodes[0].line_color == "");  // "red" is not a colour Archi writes
  CHECK(view.nodes[1].kind == model::ViewNodeKind::kElement);
  CHECK(view.nodes[3].kind == model::ViewNodeKind::kNote);
  CHECK(view.nodes[3].label == "Ghi chú");
  CHECK(view.nodes[4].kind == model::ViewNodeKind::kReference);
  CHECK(view.nodes[2].DrawnWidth() == 120);  // Archi's default size
  CHECK(view.nodes[0].DrawnWidth() == 400);
  REQUIRE(view.connections.size() == 1);
  CHECK(view.connections[0].line_color == "#0000ff");
  REQUIRE(view.connections[0].bendpoints.size() == 1);
  // Source centre (150,125) + (50,100) = (200,225); target centre (660,527.5) + (-250,-200) = (410,327.5);
  // weight 1/2 blends them.
  CHECK(view.connections[0].bendpoints[0].x == 305);
  CHECK(view.connections[0].bendpoints[0].y == 276);
}

TEST_CASE("archi: nested offsets that overflow are clamped") {
  const char* xml =
      "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"M\" id=\"m1\">\n"
      "  <folder name=\"V\" id=\"f\" type=\"diagrams\">\n"
      "    <element xsi:type=\"archimate:ArchimateDiagramModel\" name=\"V\" id=\"v\">\n"
      "      <child xsi:type=\"archimate:Group\" id=\"g\"><bounds x=\"2147483000\" y=\"-2147483000\" width=\"1\" height=\"1\"/>\n"
      "        <child xsi:type=\"archimate:Group\" id=\"h\"><bounds x=\"2147483000\" y=\"-2147483000\" width=\"1\" height=\"1\"/></child>\n"
      "      </child>\n"
      "    </element>\n"
      "  </folder>\n"
      "</archimate:model>\n";
  const model::Workspace workspace = LoadXml(xml, "m.archimate");
  REQUIRE(workspace.views.size() == 1);
  REQUIRE(workspace.views[0].nodes.size() == 2);
  CHECK(workspace.views[0].nodes[1].x == 2147483647);
  CHECK(workspace.views[0].nodes[1].y == -2147483647 - 1);
}

TEST_CASE("archi: an unknown element type is reported with a suggestion") {
  const std::string xml =
      "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"x\" id=\"m\">\n"
      "  <folder name=\"B\" id=\"f\"><element xsi:type=\"archimate:BusinesActor\" id=\"a\"/></folder>\n"
      "</archimate:model>\n";
  CHECK(DiagnosticText(LoadXml(xml, "x.archimate")) ==
        "x.archimate:2:27: error: unknown element type 'archimate:BusinesActor'; did you mean "
        "'archimate:BusinessActor'?; the element is skipped [LOAD-008]\n");
}

TEST_CASE("archi: the real models load with the independent counts") {
  struct Expected {
    const char* file;
    std::size_t elements, relationships, views;
  };
  for (const Expected& expected : {Expected{"archisurance.archimate", 120, 176, 17},
                                   Expected{"lfenergy-functional.archimate", 1156, 2242, 108},
                                   Expected{"model_zipped.archimate", 0, 0, 2}}) {
    CAPTURE(expected.file);
    const auto workspace = model::LoadWorkspace({std::string(EAF_SHARED_MODELS_DIR "/") + expected.file});
    CHECK(DiagnosticText(workspace) == "");
    CHECK(workspace.files[0].loaded);
    CHECK(workspace.files[0].format == model::SourceFormat::kArchi);
    CHECK(workspace.elements.size() == expected.elements);
    CHECK(workspace.relationships.size() == expected.relationships);
    CHECK(workspace.views.size() == expected.views);
  }
}

TEST_CASE("archi: ArchiMate 2.x models load as Archi converts them, with the file's counts and places") {
  struct Expected {
    const char* file;
    std::size_t elements, relationships, views;
    const char* info;  // the LOAD-020 line
  };
  const std::string dir = EAF_SOURCE_DIR "/tests/data/legacy/";
  for (const Expected& expected :
       {Expected{"archisurance-archi-2.2.archimate", 120, 178, 17,
                 ":2:1: info: 76 object(s) of ArchiMate 2.x types read as their ArchiMate 3.1 types, as Archi's model "
                 "converter reads them: InfrastructureService \u2192 TechnologyService, Network \u2192 CommunicationNetwork, "
                 "RealisationRelationship \u2192 RealizationRelationship, SpecialisationRelationship \u2192 "
                 "SpecializationRelationship, UsedByRelationship \u2192 ServingRelationship [LOAD-020]\n"},
        Expected{"archisurance-exchange-2.1.xml", 120, 178, 17, nullptr},
        Expected{"types-archi-3.archimate", 9, 3, 1, nullptr},
        Expected{"types-exchange-2.1.xml", 9, 4, 1, nullptr}}) {
    CAPTURE(expected.file);
    const auto workspace = model::LoadWorkspace({dir + expected.file});
    REQUIRE(workspace.diagnostics.size() == 1);  // the one info line, nothing else
    CHECK(workspace.diagnostics[0].rule_id == "LOAD-020");
    if (expected.info) CHECK(DiagnosticText(workspace) == dir + expected.file + expected.info);
    CHECK(workspace.elements.size() == expected.elements);
    CHECK(workspace.relationships.size() == expected.relationships);
    CHECK(workspace.views.size() == expected.views);
  }
  // Every type Archi renames, and the converted objects keep their lines.
  const auto old_model = model::LoadWorkspace({dir + "types-archi-3.archimate"});
  const auto new_model = model::LoadWorkspace({dir + "types-archi-5.archimate"});
  CHECK(DiagnosticText(new_model) == "");
  REQUIRE(old_model.elements.size() == new_model.elements.size());
  for (std::size_t i = 0; i < old_model.elements.size(); ++i) {
    CAPTURE(old_model.elements[i].id);
    CHECK(old_model.elements[i].type == new_model.elements[i].type);
    CHECK(old_model.elements[i].location.line == new_model.elements[i].location.line);
  }
  REQUIRE(old_model.relationships.size() == new_model.relationships.size());
  for (std::size_t i = 0; i < old_model.relationships.size(); ++i) {
    CHECK(old_model.relationships[i].type == new_model.relationships[i].type);
    CHECK(old_model.relationships[i].location.line == new_model.relationships[i].location.line);
  }
  REQUIRE(old_model.views[0].connections.size() == 1);
  CHECK(old_model.views[0].connections[0].relationship_id == "r1");  // Archi 2.x "relationship" attribute
}

TEST_CASE("loader: the second definition of an id is reported once and takes no further part") {
  const std::string xml =
      "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"x\" id=\"m\">\n"
      "  <folder name=\"A\" id=\"f\">\n"
      "    <element xsi:type=\"archimate:ApplicationComponent\" id=\"a\" name=\"first\"/>\n"
      "    <element xsi:type=\"archimate:ApplicationComponent\" id=\"b\" name=\"other\"/>\n"
      "    <element xsi:type=\"archimate:Node\" id=\"a\" name=\"copy\"/>\n"
      "    <element xsi:type=\"archimate:FlowRelationship\" id=\"r\" source=\"a\" target=\"b\"/>\n"
      "  </folder>\n"
      "</archimate:model>\n";
  const auto workspace = LoadXml(xml, "x.archimate");
  CHECK(DiagnosticText(workspace) ==
        "x.archimate:5:5: error: duplicate identifier 'a' [LOAD-012]\n"
        "x.archimate:3:5: note: first defined here\n");
  REQUIRE(workspace.elements.size() == 2);
  CHECK(workspace.elements[0].Name() == "first");
  CHECK(workspace.elements[1].id == "b");
  REQUIRE(workspace.relationships.size() == 1);
  CHECK(workspace.relationships[0].source_index == 0);
  CHECK(workspace.relationships[0].target_index == 1);
}
