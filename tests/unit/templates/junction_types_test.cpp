// junction-types: a junction joining relationships of different types (MOD-014).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kRule = Rule("MOD-014", "junction-types", "warning", "Junction {element} joins {types}", "");
// Lines 5-8.
const std::string kElements = NamedElement("a", "Clerk", "", "", "BusinessActor") + NamedElement("p", "Intake", "", "", "BusinessProcess") +
                              NamedElement("q", "Review", "", "", "BusinessProcess") + NamedElement("j", "", "", "", "AndJunction");

}  // namespace

TEST_CASE("junction-types: a Flow into a junction leaving as Triggering, with a note per type") {
  const auto workspace = LoadXml(ExchangeModel(kElements, Relation("r1", "Flow", "p", "j") + Relation("r2", "Triggering", "j", "q") +
                                                              Relation("r3", "Flow", "a", "j")));
  CHECK(RunRule(kRule, workspace) == "t.xml:8:5: warning: Junction 'j' joins Flow, Triggering [MOD-014]\n"
        "t.xml:11:5: note: a Flow relationship: 'r1'\n"
        "t.xml:12:5: note: a Triggering relationship: 'r2'\n");
}

TEST_CASE("junction-types: one type in and out is silent") {
  const auto workspace = LoadXml(ExchangeModel(kElements, Relation("r1", "Triggering", "p", "j") + Relation("r2", "Triggering", "j", "q")));
  CHECK(RunRule(kRule, workspace) == "");
}
