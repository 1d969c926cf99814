// property-floor: minimum values of an integer property by kind (SEC-005).

#include <filesystem>

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kFloors = Rule("SEC-005", "property-floor", "warning", "{element} ({kind}) has level {value}, below {min}",
                                 "<param name=\"property\">eaf:security-level</param>"
                                 "<param name=\"floors\">portal.*=3 platform.ngsp=4 db.national=4</param>");

std::string Level(const std::string& value) { return Prop("p-sec", value); }

}  // namespace

TEST_CASE("property-floor: a portal below its floor") {
  // Lines 6-7.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Public-service portal", "portal.public-service", "", "ApplicationComponent", Level("2")) +
                                                   NamedElement("info", "Information portal", "portal.information", "", "ApplicationComponent", Level("3")),
                                               "", Province()));
  CHECK(RunRule(kFloors, workspace) ==
        "t.xml:6:5: warning: 'Public-service portal' (dvc) (portal.public-service) has level 2, below 3 [SEC-005]\n");
}

TEST_CASE("property-floor: at or above the floor is fine") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Public-service portal", "portal.public-service", "", "ApplicationComponent", Level("3")) +
                                                   NamedElement("pop", "Population DB", "db.national", "", "ApplicationComponent", Level("5")),
                                               "", Prop("p-level", "national") + Prop("p-agency", "VN")));
  CHECK(RunRule(kFloors, workspace) == "");
}

TEST_CASE("property-floor: the highest matching floor applies") {
  const std::string rule = Rule("SEC-005", "property-floor", "warning", "{element} {value} below {min}",
                                "<param name=\"property\">eaf:security-level</param>"
                                "<param name=\"floors\">portal.*=3 portal.information=4</param>");
  const auto workspace = LoadXml(ExchangeModel(NamedElement("info", "Information portal", "portal.information", "", "ApplicationComponent", Level("3")) +
                                                   NamedElement("dvc", "Public-service portal", "portal.public-service", "", "ApplicationComponent", Level("3")),
                                               "", Province()));
  CHECK(RunRule(rule, workspace) == "t.xml:6:5: warning: 'Information portal' (info) 3 below 4 [SEC-005]\n");
}

TEST_CASE("property-floor: references, missing or malformed values and other kinds are not its business") {
  // A national database referenced by the province (VN's obligation, checked in VN's file); a portal
  // without a level and one with a word (SEC-001 reports those); an app with no floor; no kind at all.
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("pop", "Population DB", "db.national", "VN", "ApplicationComponent", Level("2")) +
          NamedElement("dvc", "Public-service portal", "portal.public-service") +
          NamedElement("info", "Information portal", "portal.information", "", "ApplicationComponent", Level("high")) +
          NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Level("1")) +
          NamedElement("x", "Unprofiled", "", "", "ApplicationComponent", Level("1")),
      "", Province()));
  CHECK(RunRule(kFloors, workspace) == "");
}

TEST_CASE("property-floor: an owned national platform in the national model") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("ngsp", "NGSP", "platform.ngsp", "", "ApplicationComponent", Level("3")), "",
                                               Prop("p-level", "national") + Prop("p-agency", "VN")));
  CHECK(RunRule(kFloors, workspace) == "t.xml:6:5: warning: 'NGSP' (ngsp) (platform.ngsp) has level 3, below 4 [SEC-005]\n");
  // Not a profiled model: the rule does not run.
  const auto unprofiled = LoadXml(ExchangeModel(NamedElement("ngsp", "NGSP", "platform.ngsp", "", "ApplicationComponent", Level("3"))));
  CHECK(RunRule(kFloors, unprofiled) == "");
}

TEST_CASE("property-floor: a floor that is not KIND=NUMBER is a pack error") {
  auto rule = [](const std::string& floors) {
    return Rule("X-1", "property-floor", "warning", "{element}",
                "<param name=\"property\">eaf:security-level</param><param name=\"floors\">" + floors + "</param>");
  };
  const auto workspace = LoadXml(ExchangeModel(""));
  CHECK(PackError(RunRule(rule("portal.*"), workspace)) == "PACK ERROR:\npack.xml:3:1: error: rule X-1: floor 'portal.*' is not KIND=NUMBER [PACK-004]\n");
  CHECK(PackError(RunRule(rule("=3"), workspace)) == "PACK ERROR:\npack.xml:3:1: error: rule X-1: floor '=3' is not KIND=NUMBER [PACK-004]\n");
  CHECK(PackError(RunRule(rule("portal.*=three"), workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: floor 'portal.*=three' is not KIND=NUMBER [PACK-004]\n");
}
