// reachability: each owned element of the 'from' kinds reaches one of the 'to' kinds over exchanges.

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kLgspToNgsp = Rule("INT-002", "reachability", "error", "{element} does not reach {target-kind}; nearest reached: {nearest}",
                                     "<param name=\"from\">platform.lgsp</param><param name=\"to\">platform.ngsp</param>"
                                     "<param name=\"max-hops\">1</param><param name=\"levels\">ministry province</param>");

const std::string kDocumentAxis = Rule("INT-003", "reachability", "error", "{element} does not reach {target-kind}; nearest reached: {nearest}",
                                       "<param name=\"from\">app.document-management</param><param name=\"to\">platform.document-axis</param>"
                                       "<param name=\"through\">platform.lgsp</param><param name=\"levels\">ministry province</param>");

const std::string kThroughLgsp = Rule("INT-004", "reachability", "error", "{element} does not reach {target-kind} through {via}; nearest reached: {nearest}",
                                      "<param name=\"from\">app.one-stop-shop</param><param name=\"to\">portal.national-public-service</param>"
                                      "<param name=\"through\">platform.lgsp platform.ngsp</param><param name=\"via\">platform.lgsp</param>"
                                      "<param name=\"levels\">ministry province</param>");

const std::string kFedFromNational = Rule("DAT-001", "reachability", "warning", "{element} is not fed from {target-kind}; nearest reached: {nearest}",
                                          "<param name=\"from\">db.shared db.sector</param><param name=\"to\">db.national</param>"
                                          "<param name=\"through\">platform.lgsp platform.ngsp</param>"
                                          "<param name=\"same-property\">eaf:subject</param>");

// Lines 6-8 of the INT-002 cases: the LGSP, a gateway application, the NGSP (a reference).
const std::string kLgspGatewayNgsp =
    NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("gw", "Gateway", "app.internal") + NamedElement("ngsp", "NGSP", "platform.ngsp", "VN");

// Lines 6-9 of the INT-004 cases.
const std::string kOneStopShop = NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("lgsp", "LGSP", "platform.lgsp") +
                                 NamedElement("ngsp", "NGSP", "platform.ngsp", "VN") +
                                 NamedElement("dvcqg", "National portal", "portal.national-public-service", "VN");

}  // namespace

TEST_CASE("reachability: the LGSP exchanges with the NGSP directly, in either direction") {
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(kLgspGatewayNgsp, Relation("r1", "Flow", "lgsp", "ngsp"), Province()))) == "");
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(kLgspGatewayNgsp, Relation("r1", "Serving", "ngsp", "lgsp"), Province()))) == "");
}

TEST_CASE("reachability: no chain of exchanges at all — an Association is no exchange") {
  const auto workspace = LoadXml(ExchangeModel(kLgspGatewayNgsp, Relation("r1", "Association", "lgsp", "ngsp"), Province()));
  CHECK(RunRule(kLgspToNgsp, workspace) ==
        "t.xml:6:5: error: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: 'LGSP' (lgsp) [INT-002]\n"
        "t.xml:6:5: note: no chain of exchanges leads to a target at all\n");
}

TEST_CASE("reachability: max-hops: a path longer than allowed names the target and the count") {
  const auto workspace = LoadXml(ExchangeModel(kLgspGatewayNgsp, Relation("r1", "Flow", "lgsp", "gw") + Relation("r2", "Flow", "gw", "ngsp"),
                                               Province()));
  CHECK(RunRule(kLgspToNgsp, workspace) ==
        "t.xml:6:5: error: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: 'NGSP' (ngsp) [INT-002]\n"
        "t.xml:7:5: note: reaches 'Gateway' (gw)\n"
        "t.xml:8:5: note: reaches 'NGSP' (ngsp)\n"
        "t.xml:8:5: note: a target is reached in 2 exchange(s), more than the 1 allowed\n");
  CHECK(RunRule(kLgspToNgsp, workspace, "vi") ==
        "t.xml:6:5: lỗi: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: 'NGSP' (ngsp) [INT-002]\n"
        "t.xml:7:5: ghi chú: đến được 'Gateway' (gw)\n"
        "t.xml:8:5: ghi chú: đến được 'NGSP' (ngsp)\n"
        "t.xml:8:5: ghi chú: tới được đích sau 2 bước trao đổi, quá mức tối đa 1 bước\n");
}

TEST_CASE("reachability: a model with no element of the target kind") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp"), "", Province()));
  CHECK(RunRule(kLgspToNgsp, workspace) ==
        "t.xml:6:5: error: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: (the model has no target element) [INT-002]\n"
        "t.xml:6:5: note: the model has no element of kind " + KindLabel("en", "platform.ngsp") + "\n");
}

TEST_CASE("reachability: only the agency's own elements must reach — the levels filter") {
  // Another agency's LGSP referenced in the province model is checked in that agency's file.
  const auto reference = LoadXml(ExchangeModel(NamedElement("lgsp-byt", "BYT LGSP", "platform.lgsp", "BYT") +
                                                   NamedElement("ngsp", "NGSP", "platform.ngsp", "VN"),
                                               "", Province()));
  CHECK(RunRule(kLgspToNgsp, reference) == "");
  const auto national = LoadXml(ExchangeModel(kLgspGatewayNgsp, "", Prop("p-level", "national") + Prop("p-agency", "VN")));
  CHECK(RunRule(kLgspToNgsp, national) == "");
}

TEST_CASE("reachability: through: a path may pass only through the listed kinds") {
  // Lines 6-9: document management, LGSP, national document axis, an internal application.
  const std::string elements = NamedElement("doc", "Documents", "app.document-management") + NamedElement("lgsp", "LGSP", "platform.lgsp") +
                               NamedElement("axis", "Document axis", "platform.document-axis", "VN") +
                               NamedElement("hr", "HR app", "app.internal");
  CHECK(RunRule(kDocumentAxis, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "doc", "lgsp") + Relation("r2", "Flow", "lgsp", "axis"),
                                                     Province()))) == "");
  // Through an internal application: not a path the rule accepts.
  CHECK(RunRule(kDocumentAxis, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "doc", "hr") + Relation("r2", "Flow", "hr", "axis"),
                                                     Province()))) ==
        "t.xml:6:5: error: 'Documents' (doc) does not reach platform.document-axis; nearest reached: 'Documents' (doc) [INT-003]\n"
        "t.xml:6:5: note: closest to a target: 'Documents' (doc), still 2 exchange(s) away\n");
  // The LGSP is entered, the internal application beyond it is not.
  CHECK(RunRule(kDocumentAxis, LoadXml(ExchangeModel(elements,
                                                     Relation("r1", "Flow", "doc", "lgsp") + Relation("r2", "Flow", "lgsp", "hr") +
                                                         Relation("r3", "Flow", "hr", "axis"),
                                                     Province()))) ==
        "t.xml:6:5: error: 'Documents' (doc) does not reach platform.document-axis; nearest reached: 'LGSP' (lgsp) [INT-003]\n"
        "t.xml:7:5: note: reaches 'LGSP' (lgsp)\n"
        "t.xml:7:5: note: closest to a target: 'LGSP' (lgsp), still 2 exchange(s) away\n");
}

TEST_CASE("reachability: via: the one-stop-shop reaches the national portal through the LGSP") {
  const auto workspace = LoadXml(ExchangeModel(kOneStopShop,
                                               Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "lgsp", "ngsp") +
                                                   Relation("r3", "Flow", "ngsp", "dvcqg"),
                                               Province()));
  CHECK(RunRule(kThroughLgsp, workspace) == "");
}

TEST_CASE("reachability: via: a direct link that bypasses the LGSP") {
  const auto workspace = LoadXml(ExchangeModel(kOneStopShop, Relation("r1", "Flow", "os", "dvcqg") + Relation("r2", "Flow", "lgsp", "ngsp"),
                                               Province()));
  CHECK(RunRule(kThroughLgsp, workspace) ==
        "t.xml:6:5: error: 'One-stop' (os) does not reach portal.national-public-service through platform.lgsp; nearest reached: "
        "'National portal' (dvcqg) [INT-004]\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached, but by no path through " + KindLabel("en", "platform.lgsp") + "\n");
  CHECK(RunRule(kThroughLgsp, workspace, "vi") ==
        "t.xml:6:5: lỗi: 'One-stop' (os) does not reach portal.national-public-service through platform.lgsp; nearest reached: "
        "'National portal' (dvcqg) [INT-004]\n"
        "t.xml:9:5: ghi chú: đến được 'National portal' (dvcqg)\n"
        "t.xml:9:5: ghi chú: tới được đích nhưng không có đường nào đi qua " + KindLabel("vi", "platform.lgsp") + "\n");
}

// when-reached: INT-004 requires the reach, INT-010 the route; a one-stop-shop that reaches nothing
// is INT-004's finding alone.
TEST_CASE("reachability: when-reached: only a target reached the wrong way is reported") {
  const std::string route = Rule("INT-010", "reachability", "warning", "{element} reaches {target-kind} but not through {via}",
                                 "<param name=\"from\">app.one-stop-shop</param><param name=\"to\">portal.national-public-service</param>"
                                 "<param name=\"through\">platform.lgsp platform.ngsp</param><param name=\"via\">platform.lgsp</param>"
                                 "<param name=\"when-reached\">true</param>");
  const auto bypass = LoadXml(ExchangeModel(kOneStopShop, Relation("r1", "Flow", "os", "dvcqg") + Relation("r2", "Flow", "lgsp", "ngsp"),
                                            Province()));
  CHECK(RunRule(route, bypass) ==
        "t.xml:6:5: warning: 'One-stop' (os) reaches portal.national-public-service but not through platform.lgsp [INT-010]\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached, but by no path through " + KindLabel("en", "platform.lgsp") + "\n");
  const auto unreached = LoadXml(ExchangeModel(kOneStopShop, Relation("r2", "Flow", "lgsp", "ngsp"), Province()));
  CHECK(RunRule(route, unreached) == "");
  CHECK(RunRule(kThroughLgsp, unreached).find("[INT-004]") != std::string::npos);
  const auto through = LoadXml(ExchangeModel(kOneStopShop,
                                             Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "lgsp", "ngsp") +
                                                 Relation("r3", "Flow", "ngsp", "dvcqg"),
                                             Province()));
  CHECK(RunRule(route, through) == "");
}

TEST_CASE("reachability: via: going to the NGSP directly is no path through the LGSP, even when the LGSP hangs on the NGSP") {
  // os - ngsp - dvcqg, and lgsp - ngsp: the walk os, ngsp, lgsp, ngsp, dvcqg touches the LGSP but
  // no simple path from the one-stop-shop to the portal passes through it.
  const auto workspace = LoadXml(ExchangeModel(kOneStopShop,
                                               Relation("r1", "Flow", "os", "ngsp") + Relation("r2", "Flow", "lgsp", "ngsp") +
                                                   Relation("r3", "Flow", "ngsp", "dvcqg"),
                                               Province()));
  CHECK(RunRule(kThroughLgsp, workspace) ==
        "t.xml:6:5: error: 'One-stop' (os) does not reach portal.national-public-service through platform.lgsp; nearest reached: "
        "'National portal' (dvcqg) [INT-004]\n"
        "t.xml:8:5: note: reaches 'NGSP' (ngsp)\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached, but by no path through " + KindLabel("en", "platform.lgsp") + "\n");
}

TEST_CASE("reachability: via with no through: coming back through the source is no path") {
  // os - lgsp, and os - dvcqg: the walk lgsp, os, dvcqg is not a path from os through the LGSP.
  const std::string rule = Rule("X-1", "reachability", "error", "{element} through {via}: {nearest}",
                                "<param name=\"from\">app.one-stop-shop</param><param name=\"to\">portal.national-public-service</param>"
                                "<param name=\"via\">platform.lgsp</param>");
  const auto bypass = LoadXml(ExchangeModel(kOneStopShop, Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "os", "dvcqg"),
                                            Province()));
  CHECK(RunRule(rule, bypass) ==
        "t.xml:6:5: error: 'One-stop' (os) through platform.lgsp: 'National portal' (dvcqg) [X-1]\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached, but by no path through " + KindLabel("en", "platform.lgsp") + "\n");
  // The shortest way to the LGSP goes through a, yet os, b, lgsp, a, dvcqg is a path through it.
  const auto two_routes = LoadXml(ExchangeModel(kOneStopShop + NamedElement("a", "A", "app.internal") + NamedElement("b", "B", "app.internal"),
                                                Relation("r1", "Flow", "os", "a") + Relation("r2", "Flow", "os", "b") +
                                                    Relation("r3", "Flow", "a", "lgsp") + Relation("r4", "Flow", "b", "lgsp") +
                                                    Relation("r5", "Flow", "a", "dvcqg"),
                                                Province()));
  CHECK(RunRule(rule, two_routes) == "");
}

TEST_CASE("reachability: via and max-hops together count the whole path") {
  const std::string rule = Rule("X-1", "reachability", "error", "{element}: {nearest}",
                                "<param name=\"from\">app.one-stop-shop</param><param name=\"to\">portal.national-public-service</param>"
                                "<param name=\"via\">platform.lgsp</param><param name=\"max-hops\">2</param>");
  const std::string path = Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "lgsp", "ngsp") + Relation("r3", "Flow", "ngsp", "dvcqg");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kOneStopShop, path, Province()))) ==
        "t.xml:6:5: error: 'One-stop' (os): 'National portal' (dvcqg) [X-1]\n"
        "t.xml:7:5: note: reaches 'LGSP' (lgsp)\n"
        "t.xml:8:5: note: reaches 'NGSP' (ngsp)\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached in 3 exchange(s), more than the 2 allowed\n");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kOneStopShop, path + Relation("r4", "Flow", "lgsp", "dvcqg"), Province()))) == "");
  // A short path that misses the via kind says both.
  const auto bypass = LoadXml(ExchangeModel(kOneStopShop, Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "os", "dvcqg"),
                                            Province()));
  CHECK(RunRule(rule, bypass) ==
        "t.xml:6:5: error: 'One-stop' (os): 'National portal' (dvcqg) [X-1]\n"
        "t.xml:9:5: note: reaches 'National portal' (dvcqg)\n"
        "t.xml:9:5: note: a target is reached, but by no path through " + KindLabel("en", "platform.lgsp") + " within 2 exchange(s)\n");
  CHECK(RunRule(rule, bypass, "vi") ==
        "t.xml:6:5: lỗi: 'One-stop' (os): 'National portal' (dvcqg) [X-1]\n"
        "t.xml:9:5: ghi chú: đến được 'National portal' (dvcqg)\n"
        "t.xml:9:5: ghi chú: tới được đích nhưng không có đường nào đi qua " + KindLabel("vi", "platform.lgsp") +
            " trong vòng 2 bước trao đổi\n");
}

TEST_CASE("reachability: same-property: a database is fed from the national database of its subject") {
  // Lines 6-10: a shared DB on population, the LGSP, the NGSP, the national population and land DBs.
  const std::string elements = NamedElement("shared", "Citizen DB", "db.shared", "", "ApplicationComponent", Prop("p-subject", "population")) +
                               NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("ngsp", "NGSP", "platform.ngsp", "VN") +
                               NamedElement("pop", "Population DB", "db.national", "VN", "ApplicationComponent", Prop("p-subject", "population")) +
                               NamedElement("land", "Land DB", "db.national", "VN", "ApplicationComponent", Prop("p-subject", "land"));
  const std::string chain = Relation("r1", "Flow", "lgsp", "shared") + Relation("r2", "Flow", "ngsp", "lgsp");
  CHECK(RunRule(kFedFromNational, LoadXml(ExchangeModel(elements, chain + Relation("r3", "Flow", "pop", "ngsp"), Province()))) == "");
  // Fed from the land database only: not the subject it holds.
  CHECK(RunRule(kFedFromNational, LoadXml(ExchangeModel(elements, chain + Relation("r3", "Flow", "land", "ngsp"), Province()))) ==
        "t.xml:6:5: warning: 'Citizen DB' (shared) is not fed from db.national; nearest reached: 'Citizen DB' (shared) [DAT-001]\n"
        "t.xml:6:5: note: no chain of exchanges leads to a target at all\n");
}

TEST_CASE("reachability: same-property: no national database on that subject, or no subject, is no finding") {
  const std::string elements = NamedElement("tour", "Tourism DB", "db.sector", "", "ApplicationComponent", Prop("p-subject", "tourism")) +
                               NamedElement("plain", "Plain DB", "db.shared") +
                               NamedElement("pop", "Population DB", "db.national", "VN", "ApplicationComponent", Prop("p-subject", "population"));
  CHECK(RunRule(kFedFromNational, LoadXml(ExchangeModel(elements, "", Province()))) == "");
}

TEST_CASE("reachability: the notes in Vietnamese are whole sentences and name kinds by their labels") {
  // No element of the target kind.
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp"), "", Province())), "vi") ==
        "t.xml:6:5: lỗi: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: (mô hình không có phần tử đích nào) [INT-002]\n"
        "t.xml:6:5: ghi chú: mô hình không có phần tử nào thuộc loại " + KindLabel("vi", "platform.ngsp") + "\n");
  // No chain of exchanges.
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(kLgspGatewayNgsp, Relation("r1", "Association", "lgsp", "ngsp"), Province())), "vi") ==
        "t.xml:6:5: lỗi: 'LGSP' (lgsp) does not reach platform.ngsp; nearest reached: 'LGSP' (lgsp) [INT-002]\n"
        "t.xml:6:5: ghi chú: không có chuỗi trao đổi nào dẫn tới đích\n");
  // The closest element, still some exchanges away.
  const std::string elements = NamedElement("doc", "Documents", "app.document-management") + NamedElement("lgsp", "LGSP", "platform.lgsp") +
                               NamedElement("axis", "Document axis", "platform.document-axis", "VN") +
                               NamedElement("hr", "HR app", "app.internal");
  CHECK(RunRule(kDocumentAxis,
                LoadXml(ExchangeModel(elements,
                                      Relation("r1", "Flow", "doc", "lgsp") + Relation("r2", "Flow", "lgsp", "hr") + Relation("r3", "Flow", "hr", "axis"),
                                      Province())),
                "vi") ==
        "t.xml:6:5: lỗi: 'Documents' (doc) does not reach platform.document-axis; nearest reached: 'LGSP' (lgsp) [INT-003]\n"
        "t.xml:7:5: ghi chú: đến được 'LGSP' (lgsp)\n"
        "t.xml:7:5: ghi chú: gần đích nhất: 'LGSP' (lgsp), còn cách đích 2 bước trao đổi\n");
}

TEST_CASE("reachability: {kind-label}, {target-label} and {via-label} name kinds in words, for Vietnamese messages") {
  const std::string rule = Rule("X-1", "reachability", "error", "{kind-label} {element} chưa tới {target-label} qua {via-label}",
                                "<param name=\"from\">app.one-stop-shop</param><param name=\"to\">portal.national-public-service</param>"
                                "<param name=\"via\">platform.lgsp</param>");
  const auto bypass = LoadXml(ExchangeModel(kOneStopShop, Relation("r1", "Flow", "os", "dvcqg"), Province()));
  CHECK(RunRule(rule, bypass, "vi").starts_with("t.xml:6:5: lỗi: " + KindLabel("vi", "app.one-stop-shop") + " 'One-stop' (os) chưa tới " +
                                                KindLabel("vi", "portal.national-public-service") + " qua " +
                                                KindLabel("vi", "platform.lgsp") + " [X-1]\n"));
}

TEST_CASE("reachability: a path through junctions of one relationship type is one exchange") {
  const std::string junctions = NamedElement("j", "", "", "", "AndJunction") + NamedElement("j2", "", "", "", "OrJunction");
  // LGSP -> junction -> junction -> NGSP: one hop, within INT-002's limit of 1.
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(kLgspGatewayNgsp + junctions,
                                                   Relation("r1", "Flow", "lgsp", "j") + Relation("r2", "Flow", "j", "j2") +
                                                       Relation("r3", "Flow", "j2", "ngsp"),
                                                   Province()))) == "");
  // A junction joining a Flow and an Association carries no exchange.
  CHECK(RunRule(kLgspToNgsp, LoadXml(ExchangeModel(kLgspGatewayNgsp + junctions,
                                                   Relation("r1", "Flow", "lgsp", "j") + Relation("r2", "Association", "j", "ngsp"),
                                                   Province())))
            .find("[INT-002]") != std::string::npos);
}

TEST_CASE("reachability: to-owners counts only targets of those owners (4.0: the monitoring system of BCA)") {
  const std::string rule = Rule("SEC-003", "reachability", "warning", "{element} does not reach {target-kind}; nearest reached: {nearest}",
                                "<param name=\"from\">sec.soc</param><param name=\"to\">sec.national-monitoring</param>"
                                "<param name=\"to-owners\">BCA</param><param name=\"max-hops\">2</param>"
                                "<param name=\"levels\">ministry province</param>");
  // Lines 6-8: the SOC, the former MIC centre's monitoring system, the BCA one.
  const std::string elements = NamedElement("soc", "SOC", "sec.soc", "", "Node") +
                               NamedElement("old", "NCSC", "sec.national-monitoring", "BTTTT", "Node") +
                               NamedElement("bca", "A05 monitoring", "sec.national-monitoring", "BCA", "Node");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "soc", "bca"), Province()))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "soc", "old"), Province()))) ==
        "t.xml:6:5: warning: 'SOC' (soc) does not reach sec.national-monitoring; nearest reached: 'SOC' (soc) [SEC-003]\n"
        "t.xml:6:5: note: no chain of exchanges leads to a target at all\n");
  // Without the BCA system, the note says the kind is there but not of that owner.
  const std::string former_only = NamedElement("soc", "SOC", "sec.soc", "", "Node") +
                                  NamedElement("old", "NCSC", "sec.national-monitoring", "BTTTT", "Node");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(former_only, Relation("r1", "Flow", "soc", "old"), Province()))) ==
        "t.xml:6:5: warning: 'SOC' (soc) does not reach sec.national-monitoring; nearest reached: (the model has no target element) [SEC-003]\n"
        "t.xml:6:5: note: the model has elements of kind " + KindLabel("en", "sec.national-monitoring") + ", but none owned by BCA (eaf:owner)\n");
}
