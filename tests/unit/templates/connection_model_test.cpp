// connection-model: exchanges with national databases follow agency system -> LGSP -> NGSP -> database
// (Circular 13/2017 connection models a-d).

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string App(const std::string& id, const std::string& kind, const std::string& extra = "") {
  const std::string properties = (kind.empty() ? "" : Prop("p-kind", kind)) + extra;
  return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

const std::string kRule =
    Rule("INT-007", "connection-model", "warning",
         "{element} connects to {national} by {model}; the preferred model goes through {expected} (relationship {relationship})",
         "<param name=\"national-kinds\">db.national</param><param name=\"hub-kinds\">platform.ngsp</param>"
         "<param name=\"agency-platform-kinds\">platform.lgsp</param><param name=\"levels\">ministry province</param>");

// Lines 6-9: the agency's one-stop-shop and LGSP, the national NGSP and population database (references).
const std::string kChain = App("motcua", "app.one-stop-shop") + App("lgsp", "platform.lgsp") +
                           App("ngsp", "platform.ngsp", Prop("p-owner", "VN")) +
                           App("dancu", "db.national", Prop("p-owner", "VN") + Prop("p-subject", "population"));

}  // namespace

TEST_CASE("connection-model: the preferred chain (model a) is compliant") {
  // Relationships start on line 12 (6-9 elements, 10 </elements>, 11 <relationships>).
  const std::string links = Relation("r1", "Flow", "motcua", "lgsp") + Relation("r2", "Flow", "lgsp", "ngsp") +
                            Relation("r3", "Serving", "dancu", "ngsp");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, links, Province()))) == "");
}

TEST_CASE("connection-model: an agency system talking directly to a national database is model d") {
  const std::string links = Relation("r1", "Flow", "motcua", "dancu");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, links, Province()))) ==
        "t.xml:12:5: warning: 'motcua' (motcua) connects to 'dancu' (dancu) by direct connection (model d); the preferred "
        "model goes through platform.ngsp (relationship r1) [INT-007]\n");
}

TEST_CASE("connection-model: the LGSP skipping the NGSP is model c, in either direction") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, Relation("r1", "Flow", "lgsp", "dancu"), Province()))) ==
        "t.xml:12:5: warning: 'lgsp' (lgsp) connects to 'dancu' (dancu) by LGSP only (model c); the preferred "
        "model goes through platform.ngsp (relationship r1) [INT-007]\n");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, Relation("r1", "Serving", "dancu", "lgsp"), Province()))) ==
        "t.xml:12:5: warning: 'lgsp' (lgsp) connects to 'dancu' (dancu) by LGSP only (model c); the preferred "
        "model goes through platform.ngsp (relationship r1) [INT-007]\n");
}

TEST_CASE("connection-model: an agency system bypassing its LGSP to reach the NGSP is model b") {
  // Only when that NGSP serves national databases: model b is about national data (PROFILE.md INT-007).
  const std::string serving = Relation("r2", "Serving", "dancu", "ngsp");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, Relation("r1", "Triggering", "ngsp", "motcua") + serving, Province()))) ==
        "t.xml:12:5: warning: 'motcua' (motcua) connects to 'ngsp' (ngsp) by NGSP only (model b); the preferred "
        "model goes through platform.lgsp (relationship r1) [INT-007]\n");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, Relation("r1", "Triggering", "ngsp", "motcua"), Province()))) == "");
}

TEST_CASE("connection-model: a monitoring node or a SOC linked to a national database is no connection model") {
  const std::string elements = kChain + "    <element identifier=\"soc\" xsi:type=\"Node\"><name>soc</name><properties>" +
                               Prop("p-kind", "sec.soc") + "</properties></element>\n" + App("soc-app", "sec.soc");
  const std::string links = Relation("r1", "Serving", "soc", "dancu") + Relation("r2", "Serving", "soc-app", "dancu");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
}

TEST_CASE("connection-model: eaf:justification makes a fallback model at most a warning, with the reason") {
  const std::string rule =
      Rule("X-1", "connection-model", "error", "{element} to {national}: {model}",
           "<param name=\"national-kinds\">db.national</param><param name=\"hub-kinds\">platform.ngsp</param>"
           "<param name=\"agency-platform-kinds\">platform.lgsp</param>");
  const std::string links = Relation("r1", "Flow", "lgsp", "dancu", Prop("p-just", "NGSP not yet connected to the population database"));
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kChain, links, Province()))) ==
        "t.xml:12:5: warning: 'lgsp' (lgsp) to 'dancu' (dancu): LGSP only (model c) [X-1]\n"
        "t.xml:12:5: note: accepted as a fallback connection model (Circular 13/2017), reason: NGSP not yet connected to the "
        "population database\n");
  // Without the justification, the pack's severity stands.
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kChain, Relation("r1", "Flow", "lgsp", "dancu"), Province()))) ==
        "t.xml:12:5: error: 'lgsp' (lgsp) to 'dancu' (dancu): LGSP only (model c) [X-1]\n");
}

TEST_CASE("connection-model: another agency's link to a national database is checked in its own file") {
  const std::string elements = kChain + App("their", "app.sector", Prop("p-owner", "BYT"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "their", "dancu"), Province()))) == "");
}

TEST_CASE("connection-model: the hub, other national databases and the hub's own platforms are not reported") {
  const std::string elements = kChain + App("datdai", "db.national", Prop("p-owner", "VN") + Prop("p-subject", "land"));
  const std::string links = Relation("r1", "Flow", "ngsp", "dancu") + Relation("r2", "Flow", "dancu", "datdai") +
                            Relation("r3", "Flow", "lgsp", "ngsp") + Relation("r4", "Flow", "motcua", "lgsp");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
}

TEST_CASE("connection-model: only exchanges count (Flow, Serving, Triggering between application or technology elements)") {
  // Association and Access are not exchanges.
  const std::string links = Relation("r1", "Association", "motcua", "dancu") + Relation("r2", "Access", "motcua", "dancu");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, links, Province()))) == "");
}

TEST_CASE("connection-model: model b concerns only the agency's own application components") {
  // A referenced system of another agency and a technology node talking to the NGSP are not model b.
  const std::string elements = kChain + App("their", "app.sector", Prop("p-owner", "BYT")) +
                               "    <element identifier=\"dc\" xsi:type=\"Node\"><name>dc</name></element>\n";
  const std::string links = Relation("r1", "Flow", "their", "ngsp") + Relation("r2", "Serving", "dc", "ngsp");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
}

TEST_CASE("connection-model: the levels filter, and model b is never reported in a national model") {
  const std::string national = Prop("p-level", "national") + Prop("p-agency", "VN");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, Relation("r1", "Flow", "motcua", "dancu"), national))) == "");
  const std::string all_levels =
      Rule("X-1", "connection-model", "warning", "{element} to {national}: {model}",
           "<param name=\"national-kinds\">db.national</param><param name=\"hub-kinds\">platform.ngsp</param>"
           "<param name=\"agency-platform-kinds\">platform.lgsp</param>");
  const std::string elements = App("dvcqg", "portal.national-public-service") + App("ngsp", "platform.ngsp") +
                               App("dancu", "db.national");
  CHECK(RunRule(all_levels, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "dvcqg", "ngsp"), national))) == "");
  // The agency that runs a national database links its own systems to it as it likes.
  CHECK(RunRule(all_levels, LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "dvcqg", "dancu"), national))) == "");
}

TEST_CASE("connection-model: a waiver on the relationship silences the finding") {
  const std::string links = Relation("r1", "Flow", "motcua", "dancu", Prop("p-waive", "INT-007: pilot until the LGSP is ready"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kChain, links, Province()))) ==
        "[waived: pilot until the LGSP is ready] t.xml:12:5: warning: 'motcua' (motcua) connects to 'dancu' (dancu) by direct "
        "connection (model d); the preferred model goes through platform.ngsp (relationship r1) [INT-007]\n");
}

TEST_CASE("connection-model: the connection model in Vietnamese") {
  const std::string rule = Rule("X-1", "connection-model", "warning", "{element} tới {national} theo {model}",
                                "<param name=\"national-kinds\">db.national</param><param name=\"hub-kinds\">platform.ngsp</param>"
                                "<param name=\"agency-platform-kinds\">platform.lgsp</param>");
  const std::string links = Relation("r1", "Flow", "motcua", "dancu") + Relation("r2", "Flow", "lgsp", "dancu") +
                            Relation("r3", "Flow", "motcua", "ngsp") + Relation("r4", "Serving", "dancu", "ngsp");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kChain, links, Province())), "vi") ==
        "t.xml:12:5: cảnh báo: 'motcua' (motcua) tới 'dancu' (dancu) theo kết nối trực tiếp (mô hình d) [X-1]\n"
        "t.xml:13:5: cảnh báo: 'lgsp' (lgsp) tới 'dancu' (dancu) theo chỉ qua LGSP (mô hình c) [X-1]\n"
        "t.xml:14:5: cảnh báo: 'motcua' (motcua) tới 'ngsp' (ngsp) theo chỉ qua NGSP (mô hình b) [X-1]\n");
}

TEST_CASE("connection-model: {expected-label} names the expected kind in words, for Vietnamese messages") {
  const std::string rule = Rule("X-1", "connection-model", "warning", "{element} nên đi qua {expected-label}",
                                "<param name=\"national-kinds\">db.national</param><param name=\"hub-kinds\">platform.ngsp</param>"
                                "<param name=\"agency-platform-kinds\">platform.lgsp</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kChain, Relation("r1", "Flow", "motcua", "dancu"), Province())), "vi") ==
        "t.xml:12:5: cảnh báo: 'motcua' (motcua) nên đi qua " + KindLabel("vi", "platform.ngsp") + " [X-1]\n");
}
