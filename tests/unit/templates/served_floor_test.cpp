// served-floor: a system serving an online public service above level 2 has security level 3 or more (SEC-007).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kServedFloor = Rule("SEC-007", "served-floor", "warning",
                                      "{element} has level {value} but serves {subject} at '{subject-value}'; needs {min}",
                                      "<param name=\"subject-kinds\">service.public</param><param name=\"when-property\">eaf:service-level</param>"
                                      "<param name=\"when-min\">3</param><param name=\"when-phrases\">toàn trình; một phần</param>"
                                      "<param name=\"types\">ApplicationComponent</param><param name=\"property\">eaf:security-level</param>"
                                      "<param name=\"min\">3</param>");

std::string Service(const std::string& id, const std::string& level) {
  return NamedElement(id, id, "service.public", "", "BusinessService", Prop("p-service", level));
}
std::string System(const std::string& id, const std::string& level) {
  return NamedElement(id, id, "app.sector", "", "ApplicationComponent", level.empty() ? "" : Prop("p-sec", level));
}

}  // namespace

TEST_CASE("served-floor: a level-2 system serving a level-4 service, and one serving a fully online service") {
  // Lines 6-11.
  const auto workspace = LoadXml(ExchangeModel(System("civil", "2") + Service("birth", "4") + System("land", "2") +
                                                   Service("permit", "toàn trình") + System("ok", "3") + Service("info", "2"),
                                               Relation("r1", "Serving", "civil", "birth") + Relation("r2", "Realization", "land", "permit") +
                                                   Relation("r3", "Serving", "ok", "birth") + Relation("r4", "Serving", "civil", "info"),
                                               Province()));
  CHECK(RunRule(kServedFloor, workspace) ==
        "t.xml:6:5: warning: 'civil' (civil) has level 2 but serves 'birth' (birth) at '4'; needs 3 [SEC-007]\n"
        "t.xml:7:5: note: it serves 'birth' (birth), at 4\n"
        "t.xml:8:5: warning: 'land' (land) has level 2 but serves 'permit' (permit) at 'toàn trình'; needs 3 [SEC-007]\n"
        "t.xml:9:5: note: it serves 'permit' (permit), at toàn trình\n");
}

TEST_CASE("served-floor: a level-2 service, a system without a level, another agency's system, an Association") {
  const auto workspace = LoadXml(ExchangeModel(System("a", "2") + Service("s2", "2") + System("b", "") + Service("s4", "4") +
                                                   NamedElement("ref", "ref", "app.sector", "VN", "ApplicationComponent", Prop("p-sec", "1")) +
                                                   System("c", "1"),
                                               Relation("r1", "Serving", "a", "s2") + Relation("r2", "Serving", "b", "s4") +
                                                   Relation("r3", "Serving", "ref", "s4") + Relation("r4", "Association", "c", "s4"),
                                               Province()));
  CHECK(RunRule(kServedFloor, workspace) == "");
}

TEST_CASE("served-floor: neither when-min nor when-phrases is a pack error") {
  CHECK(RunRule(Rule("X-1", "served-floor", "warning", "{element}",
                     "<param name=\"subject-kinds\">service.public</param><param name=\"when-property\">eaf:service-level</param>"
                     "<param name=\"types\">ApplicationComponent</param><param name=\"property\">eaf:security-level</param>"
                     "<param name=\"min\">3</param>"),
                LoadXml(ExchangeModel(System("a", "2"), "", Province())))
            .find("PACK ERROR") != std::string::npos);
}
