// no-direct-exchange: application-layer elements exchange through a platform, not point to point.

#include <filesystem>

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kBetweenAgencies =
    Rule("INT-001", "no-direct-exchange", "error", "{source} ({source-owner}) to {target} ({target-owner}) by {relationship}",
         "<param name=\"owners\">different</param><param name=\"exempt-kinds\">platform.*</param>"
         "<param name=\"accept-justification\">true</param>");

const std::string kWithinAgency =
    Rule("INT-006", "no-direct-exchange", "warning", "{source} to {target} inside {source-owner}",
         "<param name=\"owners\">same</param><param name=\"exempt-kinds\">platform.* db.*</param>"
         "<param name=\"levels\">ministry province</param>");

// Lines 6-9: the one-stop-shop, a national database (a reference), the LGSP, the NGSP (a reference).
const std::string kProvinceElements = NamedElement("os", "One-stop", "app.one-stop-shop") +
                                      NamedElement("pop", "Population DB", "db.national", "VN") +
                                      NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("ngsp", "NGSP", "platform.ngsp", "VN");

}  // namespace

TEST_CASE("no-direct-exchange: a link between agencies that bypasses the platforms") {
  const auto workspace = LoadXml(ExchangeModel(kProvinceElements, Relation("r1", "Flow", "os", "pop"), Province()));
  CHECK(RunRule(kBetweenAgencies, workspace) ==
        "t.xml:12:5: error: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r1 [INT-001]\n");
}

TEST_CASE("no-direct-exchange: the same link through the LGSP and the NGSP is fine") {
  const auto workspace = LoadXml(ExchangeModel(kProvinceElements,
                                               Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Flow", "lgsp", "ngsp") +
                                                   Relation("r3", "Flow", "ngsp", "pop"),
                                               Province()));
  CHECK(RunRule(kBetweenAgencies, workspace) == "");
}

TEST_CASE("no-direct-exchange: Serving and Triggering are exchanges too, in either direction") {
  const auto workspace = LoadXml(ExchangeModel(kProvinceElements,
                                               Relation("r1", "Serving", "pop", "os") + Relation("r2", "Triggering", "os", "pop"),
                                               Province()));
  CHECK(RunRule(kBetweenAgencies, workspace) ==
        "t.xml:12:5: error: 'Population DB' (pop) (VN) to 'One-stop' (os) (PTO) by r1 [INT-001]\n"
        "t.xml:13:5: error: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r2 [INT-001]\n");
}

TEST_CASE("no-direct-exchange: only exchanges between two application-layer elements count") {
  // Line 10: a server of the other agency; line 11: a citizen (business layer).
  const auto workspace = LoadXml(ExchangeModel(
      kProvinceElements + NamedElement("srv", "VN server", "", "VN", "Node") + NamedElement("citizen", "Citizen", "user.citizen", "", "BusinessActor"),
      Relation("r1", "Association", "os", "pop") + Relation("r2", "Access", "os", "pop") + Relation("r3", "Flow", "os", "srv") +
          Relation("r4", "Serving", "os", "citizen"),
      Province()));
  CHECK(RunRule(kBetweenAgencies, workspace) == "");
}

TEST_CASE("no-direct-exchange: eaf:justification downgrades a fallback link to a warning with the reason") {
  const auto justified = LoadXml(ExchangeModel(
      kProvinceElements, Relation("r1", "Flow", "os", "pop", Prop("p-just", "NGSP not yet connected to the population DB")),
      Province()));
  CHECK(RunRule(kBetweenAgencies, justified) ==
        "t.xml:12:5: warning: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r1 [INT-001]\n"
        "t.xml:12:5: note: accepted as a fallback connection model (Circular 13/2017), reason: NGSP not yet connected to "
        "the population DB\n");
  CHECK(RunRule(kBetweenAgencies, justified, "vi") ==
        "t.xml:12:5: cảnh báo: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r1 [INT-001]\n"
        "t.xml:12:5: ghi chú: chấp nhận theo mô hình kết nối dự phòng (Thông tư 13/2017), lý do: NGSP not yet connected to "
        "the population DB\n");
  // Without accept-justification the reason changes nothing.
  const std::string strict = Rule("INT-001", "no-direct-exchange", "error", "{source} to {target}",
                                  "<param name=\"owners\">different</param><param name=\"exempt-kinds\">platform.*</param>");
  CHECK(RunRule(strict, justified) == "t.xml:12:5: error: 'One-stop' (os) to 'Population DB' (pop) [INT-001]\n");
  // An empty justification is no justification.
  const auto empty = LoadXml(ExchangeModel(kProvinceElements, Relation("r1", "Flow", "os", "pop", Prop("p-just", "")), Province()));
  CHECK(RunRule(kBetweenAgencies, empty) ==
        "t.xml:12:5: error: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r1 [INT-001]\n");
}

TEST_CASE("no-direct-exchange: a waiver on the relationship silences it, with its reason") {
  const auto workspace = LoadXml(ExchangeModel(
      kProvinceElements, Relation("r1", "Flow", "os", "pop", Prop("p-waive", "INT-001: pilot until 2026")), Province()));
  CHECK(RunRule(kBetweenAgencies, workspace) ==
        "[waived: pilot until 2026] t.xml:12:5: error: 'One-stop' (os) (PTO) to 'Population DB' (pop) (VN) by r1 [INT-001]\n");
}

TEST_CASE("no-direct-exchange: owners=same reports a mesh between the agency's own systems") {
  // Lines 6-11: one-stop-shop, sector app, LGSP, shared DB, two references of the same other agency.
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("sector", "Land app", "app.sector") +
          NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("shared", "Shared DB", "db.shared") +
          NamedElement("ref1", "BYT app", "app.sector", "BYT") + NamedElement("ref2", "BYT portal", "portal.information", "BYT"),
      Relation("r1", "Flow", "sector", "os") + Relation("r2", "Flow", "sector", "lgsp") + Relation("r3", "Flow", "os", "shared") +
          Relation("r4", "Flow", "ref1", "ref2") + Relation("r5", "Flow", "os", "ref1"),
      Province()));
  // r2 and r3 touch an exempt kind; r4 is between another agency's systems; r5 crosses agencies.
  CHECK(RunRule(kWithinAgency, workspace) == "t.xml:14:5: warning: 'Land app' (sector) to 'One-stop' (os) inside PTO [INT-006]\n");
  CHECK(RunRule(kBetweenAgencies, workspace) ==
        "t.xml:18:5: error: 'One-stop' (os) (PTO) to 'BYT app' (ref1) (BYT) by r5 [INT-001]\n");
}

TEST_CASE("no-direct-exchange: the levels filter and an unprofiled model") {
  const std::string elements = NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("sector", "Land app", "app.sector");
  const std::string relationships = Relation("r1", "Flow", "sector", "os");
  const auto national = LoadXml(ExchangeModel(elements, relationships, Prop("p-level", "national") + Prop("p-agency", "VN")));
  CHECK(RunRule(kWithinAgency, national) == "");
  const auto ministry = LoadXml(ExchangeModel(elements, relationships, Prop("p-level", "ministry") + Prop("p-agency", "BYT")));
  CHECK(RunRule(kWithinAgency, ministry) == "t.xml:10:5: warning: 'Land app' (sector) to 'One-stop' (os) inside BYT [INT-006]\n");
  // No eaf:level: MOD-005's business, the profile rules do not run.
  const auto unprofiled = LoadXml(ExchangeModel(elements, relationships));
  CHECK(RunRule(kWithinAgency, unprofiled) == "");
}

TEST_CASE("no-direct-exchange: a bad 'owners' value is a pack error") {
  const std::string rule = Rule("X-1", "no-direct-exchange", "error", "{source}",
                                "<param name=\"owners\">other</param><param name=\"exempt-kinds\">platform.*</param>");
  CHECK(PackError(RunRule(rule, LoadXml(ExchangeModel("")))) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: parameter 'owners' is 'other'; use different or same [PACK-004]\n");
}
