// valid-relationship: the relationship type is allowed between the two element types (ArchiMate 3.1 table).

#include <filesystem>
#include <fstream>

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kTable = Rule("MOD-003", "valid-relationship", "warning",
                                "{type} from {source-type} to {target-type} ({source} → {target}, {relationship}); allowed: {allowed}",
                                "<param name=\"table\">archimate-3.1-relationships.xml</param>");

/// A rule reading `table`, written beside the pack.
std::string RuleWithTable(const std::string& name, const std::string& content) {
  std::ofstream(PackFolder() / name) << content;
  return Rule("X-1", "valid-relationship", "warning", "{type}", "<param name=\"table\">" + name + "</param>");
}

// Lines 5-7 (6-8 with model properties): a node, an application component, an artifact.
const std::string kElements = NamedElement("srv", "Server", "", "", "Node") + NamedElement("app", "App", "", "", "ApplicationComponent") +
                              NamedElement("war", "app.war", "", "", "Artifact");

}  // namespace

TEST_CASE("valid-relationship: a node assigned to an application component") {
  const auto workspace = LoadXml(ExchangeModel(kElements, Relation("r1", "Assignment", "srv", "app")));
  CHECK(RunRule(kTable, workspace) ==
        "t.xml:10:5: warning: Assignment from Node to ApplicationComponent ('Server' (srv) → 'App' (app), r1); allowed: "
        "Realization, Serving, Triggering, Flow, Association [MOD-003]\n");
}

TEST_CASE("valid-relationship: the allowed forms are silent") {
  // Realization from the node, or through an artifact assigned to the node that realizes the component.
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(kElements, Relation("r1", "Realization", "srv", "app")))) == "");
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(kElements, Relation("r1", "Assignment", "srv", "war") +
                                                             Relation("r2", "Realization", "war", "app")))) == "");
}

TEST_CASE("valid-relationship: junctions, and relationships ending on a relationship") {
  // Line 8: a junction between the node and the component; r3 associates the artifact with r1.
  const auto workspace = LoadXml(ExchangeModel(kElements + NamedElement("j", "j", "", "", "OrJunction"),
                                               Relation("r1", "Flow", "srv", "j") + Relation("r2", "Flow", "j", "app") +
                                                   Relation("r3", "Association", "war", "r1")));
  CHECK(RunRule(kTable, workspace) == "");
}

TEST_CASE("valid-relationship: plain ArchiMate, so profiled or not, with a waiver on the relationship") {
  const std::string relationship = Relation("r1", "Composition", "app", "srv", Prop("p-waive", "MOD-003: drawn as in the 2019 plan"));
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(kElements, relationship, Province()))) ==
        "[waived: drawn as in the 2019 plan] t.xml:11:5: warning: Composition from ApplicationComponent to Node ('App' (app) → "
        "'Server' (srv), r1); allowed: Serving, Triggering, Flow, Association [MOD-003]\n");
}

TEST_CASE("valid-relationship: a table that cannot be read is a pack error") {
  const auto workspace = LoadXml(ExchangeModel(""));
  CHECK(PackError(RunRule(RuleWithTable("broken-table.xml", "<table><source"), workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: the relationship table broken-table.xml is not well-formed XML: "
        "Error parsing start element tag [PACK-004]\n");
  CHECK(PackError(RunRule(RuleWithTable("type-table.xml", "<table><source type=\"Server\"/></table>"), workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: the relationship table names an unknown type 'Server' [PACK-004]\n");
  CHECK(PackError(RunRule(RuleWithTable("letter-table.xml",
                                        "<table><source type=\"Node\"><target type=\"Node\" allowed=\"ax\"/></source></table>"),
                          workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: the relationship table uses an unknown letter 'x' [PACK-004]\n");
  CHECK(PackError(RunRule(RuleWithTable("empty-table.xml", "<table/>"), workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: the relationship table empty-table.xml holds no <source>/<target> pairs [PACK-004]\n");
}

TEST_CASE("valid-relationship: a table of one pair allows exactly that pair") {
  const std::string rule = RuleWithTable("tiny-table.xml",
                                         "<table><source type=\"Node\"><target type=\"ApplicationComponent\" allowed=\"r\"/></source></table>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElements, Relation("r1", "Realization", "srv", "app")))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElements, Relation("r1", "Flow", "srv", "app") + Relation("r2", "Flow", "app", "srv")))) ==
        "t.xml:10:5: warning: Flow [X-1]\n"
        "t.xml:11:5: warning: Flow [X-1]\n");
}

TEST_CASE("valid-relationship: an end on a relationship is valid only as ArchiMate 3.1 allows it") {
  // Line 9: an actor; r2 flows from it to the relationship r1 (not allowed), r3 associates it (allowed).
  const std::string elements = kElements + NamedElement("a", "Clerk", "", "", "BusinessActor") + NamedElement("gr", "Phase 1", "", "", "Grouping");
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(elements, Relation("r1", "Realization", "srv", "app") + Relation("r2", "Flow", "a", "r1")))) ==
        "t.xml:13:5: warning: Flow from BusinessActor to Relationship ('Clerk' (a) → 'r1', r2); allowed: Association [MOD-003]\n");
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(elements, Relation("r1", "Realization", "srv", "app") + Relation("r3", "Association", "a", "r1") +
                                                             Relation("r4", "Aggregation", "gr", "r1") + Relation("r5", "Association", "r1", "a")))) == "");
}

TEST_CASE("valid-relationship: through junctions, each source-to-target pair must be valid for the junction's type") {
  // srv -Assignment-> j1 -Assignment-> j2 -Assignment-> app: Node to ApplicationComponent is no Assignment;
  // j2 -Assignment-> war (an artifact) is allowed from the node.
  const std::string elements = kElements + NamedElement("j1", "", "", "", "AndJunction") + NamedElement("j2", "", "", "", "OrJunction");
  const std::string relationships = Relation("r1", "Assignment", "srv", "j1") + Relation("r2", "Assignment", "j1", "j2") +
                                    Relation("r3", "Assignment", "j2", "app") + Relation("r4", "Assignment", "j2", "war");
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(elements, relationships))) == "t.xml:12:5: warning: Assignment from Node to ApplicationComponent ('Server' (srv) → 'App' (app), r1); allowed: Realization, Serving, Triggering, Flow, Association [MOD-003]\n"
        "t.xml:14:5: note: through junction 'j2', then 'r3'\n");
  // The valid twin: the node realizes the component through the junctions.
  CHECK(RunRule(kTable, LoadXml(ExchangeModel(elements, Relation("r1", "Realization", "srv", "j1") + Relation("r2", "Realization", "j1", "j2") +
                                                            Relation("r3", "Realization", "j2", "app")))) == "");
}
