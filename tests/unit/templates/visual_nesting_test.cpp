// visual-nesting: an element drawn inside another with no relationship between them (MOD-012).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kRule = Rule("MOD-012", "visual-nesting", "warning", "{child} is drawn inside {parent} in view {view}",
                               "<param name=\"relationship-types\">Composition Aggregation Assignment Realization Specialization</param>");
const std::string kElements = NamedElement("portal", "Portal", "", "", "ApplicationComponent") +
                              NamedElement("app", "Intake", "", "", "ApplicationComponent") + NamedElement("j", "", "", "", "OrJunction");

std::string Nested(const std::string& relationships) {
  return WithViews(ExchangeModel(kElements, relationships), View("v1", "Apps", Node("n1", "portal", Node("n2", "app") + Node("n3", "j"))));
}

// The finding with a relationship in the model (lines 27-29 then hold the relationships).
const std::string kReported = "t.xml:34:9: warning: 'Intake' (app) is drawn inside 'Portal' (portal) in view 'Apps' (v1) [MOD-012]\n";

}  // namespace

TEST_CASE("visual-nesting: nesting without a relationship is reported at the inner node") {
  CHECK(RunRule(kRule, LoadXml(Nested(""))) ==
        "t.xml:31:9: warning: 'Intake' (app) is drawn inside 'Portal' (portal) in view 'Apps' (v1) [MOD-012]\n");
}

TEST_CASE("visual-nesting: a composition from the outer element makes it silent — other types or the wrong way do not") {
  CHECK(RunRule(kRule, LoadXml(Nested(Relation("r1", "Composition", "portal", "app")))) == "");
  CHECK(RunRule(kRule, LoadXml(Nested(Relation("r1", "Flow", "portal", "app")))) == kReported);
  CHECK(RunRule(kRule, LoadXml(Nested(Relation("r1", "Composition", "app", "portal")))) == kReported);
  // Without relationship-types, any relationship from the outer element counts.
  CHECK(RunRule(Rule("X-1", "visual-nesting", "warning", "{child}", ""), LoadXml(Nested(Relation("r1", "Flow", "portal", "app")))) == "");
}

TEST_CASE("visual-nesting: inside a group (no element) nothing is reported") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements), View("v1", "Apps", Node("g1", "", Node("n1", "portal") + Node("n2", "app")))));
  CHECK(RunRule(kRule, workspace) == "");
}
