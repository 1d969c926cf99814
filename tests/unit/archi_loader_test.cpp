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

TEST_CASE("archi: access without accessType means write; relationships on relationships are kept") {
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
