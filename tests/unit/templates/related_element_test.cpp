// related-element: each subject has a relationship with an element of the required kinds or types.

#include <filesystem>

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kMonitored = Rule("SEC-002", "related-element", "warning", "{element} has level {value} but no link to {related}",
                                    "<param name=\"when-property\">eaf:security-level</param><param name=\"when-min\">3</param>"
                                    "<param name=\"related-kinds\">sec.soc</param>");

const std::string kServed = Rule("BUS-001", "related-element", "warning", "{element} ({kind}) is served by no {related}",
                                 "<param name=\"subject-kinds\">service.public</param>"
                                 "<param name=\"related-types\">ApplicationComponent ApplicationService ApplicationInterface</param>"
                                 "<param name=\"relationship-types\">Serving Realization</param><param name=\"direction\">incoming</param>");

std::string Level(const std::string& value) { return Prop("p-sec", value); }

// Lines 6-8: a level-3 portal, a level-2 e-mail system, the SOC.
const std::string kSystems = NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("3")) +
                             NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Level("2")) +
                             NamedElement("soc", "SOC", "sec.soc", "", "Node");

// Lines 6-7: a public service and the one-stop-shop.
const std::string kService = NamedElement("svc", "Birth registration", "service.public", "", "BusinessService") +
                             NamedElement("os", "One-stop", "app.one-stop-shop");

}  // namespace

TEST_CASE("related-element: a level-3 system that no SOC monitors") {
  const auto workspace = LoadXml(ExchangeModel(kSystems, "", Province()));
  CHECK(RunRule(kMonitored, workspace) == "t.xml:6:5: warning: 'Portal' (dvc) has level 3 but no link to sec.soc [SEC-002]\n");
}

TEST_CASE("related-element: any relationship with the SOC, in either direction, satisfies it") {
  CHECK(RunRule(kMonitored, LoadXml(ExchangeModel(kSystems, Relation("r1", "Serving", "soc", "dvc"), Province()))) == "");
  CHECK(RunRule(kMonitored, LoadXml(ExchangeModel(kSystems, Relation("r1", "Association", "dvc", "soc"), Province()))) == "");
}

TEST_CASE("related-element: a relationship with something else does not count") {
  const auto workspace = LoadXml(ExchangeModel(kSystems, Relation("r1", "Flow", "dvc", "mail"), Province()));
  CHECK(RunRule(kMonitored, workspace) == "t.xml:6:5: warning: 'Portal' (dvc) has level 3 but no link to sec.soc [SEC-002]\n");
}

TEST_CASE("related-element: the SOC may be another agency's (outsourced) — a reference subject is not checked") {
  // Lines 6-8: the province portal served by an outsourced SOC; a level-4 NGSP referenced from VN.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("3")) +
                                                   NamedElement("soc", "VNPT SOC", "sec.soc", "VNPT", "Node") +
                                                   NamedElement("ngsp", "NGSP", "platform.ngsp", "VN", "ApplicationComponent", Level("4")),
                                               Relation("r1", "Serving", "soc", "dvc"), Province()));
  CHECK(RunRule(kMonitored, workspace) == "");
}

TEST_CASE("related-element: a threshold value that is not an integer leaves the element out") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("high")),
                                               "", Province()));
  CHECK(RunRule(kMonitored, workspace) == "");
}

TEST_CASE("related-element: a public service served by an application") {
  CHECK(RunRule(kServed, LoadXml(ExchangeModel(kService, Relation("r1", "Serving", "os", "svc"), Province()))) == "");
  CHECK(RunRule(kServed, LoadXml(ExchangeModel(kService, Relation("r1", "Realization", "os", "svc"), Province()))) == "");
  CHECK(RunRule(kServed, LoadXml(ExchangeModel(kService, "", Province()))) ==
        "t.xml:6:5: warning: 'Birth registration' (svc) (service.public) is served by no ApplicationComponent | "
        "ApplicationService | ApplicationInterface [BUS-001]\n");
}

TEST_CASE("related-element: relationship-types and direction are honoured") {
  const std::string expected =
      "t.xml:6:5: warning: 'Birth registration' (svc) (service.public) is served by no ApplicationComponent | "
      "ApplicationService | ApplicationInterface [BUS-001]\n";
  // An Association is not among the relationship types.
  CHECK(RunRule(kServed, LoadXml(ExchangeModel(kService, Relation("r1", "Association", "os", "svc"), Province()))) == expected);
  // Serving from the service to the application is outgoing.
  CHECK(RunRule(kServed, LoadXml(ExchangeModel(kService, Relation("r1", "Serving", "svc", "os"), Province()))) == expected);
  const std::string outgoing = Rule("X-1", "related-element", "warning", "{element}",
                                    "<param name=\"subject-kinds\">service.public</param><param name=\"related-types\">ApplicationComponent</param>"
                                    "<param name=\"direction\">outgoing</param>");
  CHECK(RunRule(outgoing, LoadXml(ExchangeModel(kService, Relation("r1", "Serving", "svc", "os"), Province()))) == "");
  CHECK(RunRule(outgoing, LoadXml(ExchangeModel(kService, Relation("r1", "Serving", "os", "svc"), Province()))) ==
        "t.xml:6:5: warning: 'Birth registration' (svc) [X-1]\n");
}

TEST_CASE("related-element: subjects by type, and the levels filter") {
  const std::string rule = Rule("X-1", "related-element", "warning", "{element} ({kind})",
                                "<param name=\"subject-types\">BusinessService</param><param name=\"related-kinds\">app.*</param>"
                                "<param name=\"levels\">province</param>");
  const std::string elements = kService + NamedElement("svc2", "Internal service", "", "", "BusinessService");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, Relation("r1", "Serving", "os", "svc"), Province()))) ==
        "t.xml:8:5: warning: 'Internal service' (svc2) () [X-1]\n");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, Relation("r1", "Serving", "os", "svc"),
                                            Prop("p-level", "ministry") + Prop("p-agency", "BYT")))) == "");
}

TEST_CASE("related-element: configurations that cannot work are pack errors") {
  const auto workspace = LoadXml(ExchangeModel(""));
  CHECK(PackError(RunRule(Rule("X-1", "related-element", "warning", "{element}", "<param name=\"subject-kinds\">service.public</param>"),
                          workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: give 'related-kinds' or 'related-types' [PACK-004]\n");
  CHECK(PackError(RunRule(Rule("X-1", "related-element", "warning", "{element}", "<param name=\"related-kinds\">sec.soc</param>"),
                          workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: give 'subject-kinds', 'subject-types' or 'when-property' [PACK-004]\n");
  CHECK(PackError(RunRule(Rule("X-1", "related-element", "warning", "{element}",
                               "<param name=\"subject-kinds\">service.public</param><param name=\"related-kinds\">app.*</param>"
                               "<param name=\"direction\">in</param>"),
                          workspace)) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: parameter 'direction' is 'in'; use any, incoming or outgoing [PACK-004]\n");
}

TEST_CASE("related-element: a level-3 SOC is its own monitoring") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("soc", "SOC", "sec.soc", "", "Node", Level("3")), "", Province()));
  CHECK(RunRule(kMonitored, workspace) == "");
}
