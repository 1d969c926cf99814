// not-in-view: an element (MOD-010) or a relationship (MOD-011) that no view shows.

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kElementRule = Rule("MOD-010", "not-in-view", "warning", "{element} appears in no view",
                                      "<param name=\"concept\">element</param>");
const std::string kRelationshipRule = Rule("MOD-011", "not-in-view", "warning", "{type} {relationship} ({source} → {target}) appears in no view",
                                           "<param name=\"concept\">relationship</param>");
// Lines 5-7.
const std::string kElements = NamedElement("a", "Citizen", "", "", "BusinessActor") + NamedElement("p", "Apply", "", "", "BusinessProcess") +
                              NamedElement("s", "Service", "", "", "BusinessService");
const std::string kRelationships = Relation("r1", "Assignment", "a", "p") + Relation("r2", "Realization", "p", "s");

}  // namespace

TEST_CASE("not-in-view: elements and relationships that no view shows are reported at their place") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements, kRelationships),
                                           View("v1", "Main", Node("n1", "a") + Node("n2", "p") + Connection("c1", "r1", "n1", "n2"))));
  CHECK(RunRule(kElementRule, workspace) == "t.xml:7:5: warning: 'Service' (s) appears in no view [MOD-010]\n");
  CHECK(RunRule(kRelationshipRule, workspace) == "t.xml:11:5: warning: Realization 'r2' ('Apply' (p) → 'Service' (s)) appears in no view [MOD-011]\n");
}

TEST_CASE("not-in-view: the twin that shows everything is silent — nested nodes count") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements, kRelationships),
                                           View("v1", "Main", Node("n1", "a") + Node("n2", "p", Node("n3", "s")) +
                                                                  Connection("c1", "r1", "n1", "n2") + Connection("c2", "r2", "n2", "n3"))));
  CHECK(RunRule(kElementRule, workspace) == "");
  CHECK(RunRule(kRelationshipRule, workspace) == "");
}

TEST_CASE("not-in-view: a file with no view at all is not checked") {
  const auto workspace = LoadXml(ExchangeModel(kElements, kRelationships));
  CHECK(RunRule(kElementRule, workspace) == "");
  CHECK(RunRule(kRelationshipRule, workspace) == "");
}

TEST_CASE("not-in-view: ignored types, and a bad concept is a pack error") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements + NamedElement("j", "", "", "", "AndJunction")), View("v1", "Main", Node("n1", "a") + Node("n2", "p") + Node("n3", "s"))));
  CHECK(RunRule(Rule("X-1", "not-in-view", "warning", "{element}", "<param name=\"concept\">element</param><param name=\"ignore-types\">Junction</param>"), workspace) == "");
  CHECK(PackError(RunRule(Rule("X-1", "not-in-view", "warning", "{element}", "<param name=\"concept\">view</param>"), workspace)) == "PACK ERROR:\n"
        "pack.xml:3:1: error: rule X-1: concept must be 'element' or 'relationship', not 'view' [PACK-004]\n");
}
