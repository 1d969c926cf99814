// loader-diagnostic: the loader's own diagnostics of one id, reported as a pack rule's findings.

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string Element(const std::string& id, const std::string& type, const std::string& properties = "") {
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

const std::string kDangling = Rule("MOD-001", "loader-diagnostic", "error",
                                   "A relationship refers to something that does not exist: {detail}",
                                   "<param name=\"diagnostic\">LOAD-011</param>");
const std::string kDuplicate = Rule("MOD-002", "loader-diagnostic", "error", "Duplicate identifier: {detail}",
                                    "<param name=\"diagnostic\">LOAD-012</param>");

// Lines 6-7: two elements; relationships from line 10.
const std::string kTwo = Element("motcua", "ApplicationComponent") + Element("lgsp", "ApplicationComponent");

}  // namespace

TEST_CASE("loader-diagnostic: a relationship to an undefined element (MOD-001)") {
  const auto workspace = LoadXml(ExchangeModel(
      kTwo, "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"motcua\" target=\"khong-co\"/>\n", Province()));
  CHECK(RunRule(kDangling, workspace) ==
        "t.xml:10:5: error: A relationship refers to something that does not exist: relationship 'r1' refers to target "
        "'khong-co', which is not defined in this file [MOD-001]\n");
}

TEST_CASE("loader-diagnostic: a relationship without a source (MOD-001)") {
  const auto workspace =
      LoadXml(ExchangeModel(kTwo, "    <relationship identifier=\"r1\" xsi:type=\"Flow\" target=\"lgsp\"/>\n", Province()));
  CHECK(RunRule(kDangling, workspace) ==
        "t.xml:10:5: error: A relationship refers to something that does not exist: relationship 'r1' has no source [MOD-001]\n");
}

TEST_CASE("loader-diagnostic: a duplicate identifier, with a note at the first definition (MOD-002)") {
  const auto workspace = LoadXml(ExchangeModel(kTwo + Element("lgsp", "Node"), "", Province()));
  CHECK(RunRule(kDuplicate, workspace) ==
        "t.xml:8:5: error: Duplicate identifier: duplicate identifier 'lgsp' [MOD-002]\n"
        "t.xml:7:5: note: first defined here\n");
}

TEST_CASE("loader-diagnostic: a rule reports only its own diagnostic id — a clean model gives nothing") {
  const auto duplicate = LoadXml(ExchangeModel(kTwo + Element("lgsp", "Node"), "", Province()));
  CHECK(RunRule(kDangling, duplicate) == "");
  const auto clean = LoadXml(ExchangeModel(
      kTwo, "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"motcua\" target=\"lgsp\"/>\n", Province()));
  CHECK(RunRule(kDangling, clean) == "");
  CHECK(RunRule(kDuplicate, clean) == "");
}

TEST_CASE("loader-diagnostic: the {id} placeholder names the object — runs without eaf:level") {
  const std::string rule = Rule("X-1", "loader-diagnostic", "warning", "bad reference in {id}",
                                "<param name=\"diagnostic\">LOAD-011</param>");
  const auto workspace = LoadXml(
      ExchangeModel(kTwo, "    <relationship identifier=\"r9\" xsi:type=\"Flow\" source=\"nowhere\" target=\"lgsp\"/>\n"));
  CHECK(RunRule(rule, workspace) == "t.xml:9:5: warning: bad reference in r9 [X-1]\n");
}

TEST_CASE("loader-diagnostic: a waiver on the relationship silences the finding") {
  const auto workspace = LoadXml(ExchangeModel(
      kTwo,
      "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"motcua\" target=\"ngsp\"><properties>" +
          Prop("p-waive", "MOD-001: NGSP is in the national file") + "</properties></relationship>\n",
      Province()));
  CHECK(RunRule(kDangling, workspace) ==
        "[waived: NGSP is in the national file] t.xml:10:5: error: A relationship refers to something that does not exist: "
        "relationship 'r1' refers to target 'ngsp', which is not defined in this file [MOD-001]\n");
}
