// required-count: the agency owns between min and max elements of each given kind.

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kOneLgsp = Rule("REQ-001", "required-count", "error", "{agency} has {count} of {kind} ({min}..{max})",
                                  "<param name=\"kinds\">platform.lgsp</param><param name=\"levels\">ministry province</param>"
                                  "<param name=\"min\">1</param><param name=\"max\">1</param>");

const std::string kPortals = Rule("REQ-003", "required-count", "error", "{agency} lacks {kind} ({count}, at least {min}, at most {max})",
                                  "<param name=\"kinds\">portal.public-service portal.information</param>"
                                  "<param name=\"levels\">ministry province</param><param name=\"min\">1</param>");

}  // namespace

TEST_CASE("required-count: no LGSP at all is reported at the model") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop"), "", Province()));
  CHECK(RunRule(kOneLgsp, workspace) == "t.xml:2:1: error: PTO has 0 of platform.lgsp (1..1) [REQ-001]\n");
}

TEST_CASE("required-count: exactly one is fine") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp"), "", Province()));
  CHECK(RunRule(kOneLgsp, workspace) == "");
}

TEST_CASE("required-count: two is reported at the second, with a note at each") {
  // Lines 6-8.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("os", "One-stop", "app.one-stop-shop") +
                                                   NamedElement("lgsp2", "LGSP of the health department", "platform.lgsp"),
                                               "", Province()));
  CHECK(RunRule(kOneLgsp, workspace) ==
        "t.xml:8:5: error: PTO has 2 of platform.lgsp (1..1) [REQ-001]\n"
        "t.xml:6:5: note: one " + KindLabel("en", "platform.lgsp") + ": 'LGSP' (lgsp)\n"
        "t.xml:8:5: note: one " + KindLabel("en", "platform.lgsp") + ": 'LGSP of the health department' (lgsp2)\n");
  // Vietnamese names the kind by its label, never by its code.
  CHECK(RunRule(kOneLgsp, workspace, "vi") ==
        "t.xml:8:5: lỗi: PTO has 2 of platform.lgsp (1..1) [REQ-001]\n"
        "t.xml:6:5: ghi chú: 'LGSP' (lgsp) là một " + KindLabel("vi", "platform.lgsp") + "\n"
        "t.xml:8:5: ghi chú: 'LGSP of the health department' (lgsp2) là một " + KindLabel("vi", "platform.lgsp") + "\n");
}

TEST_CASE("required-count: references to another agency's systems do not count") {
  // The province's own LGSP plus a reference to the ministry's: one owned, fine.
  const auto one = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp") + NamedElement("byt", "BYT LGSP", "platform.lgsp", "BYT"),
                                         "", Province()));
  CHECK(RunRule(kOneLgsp, one) == "");
  // Only the reference: none of its own. eaf:owner equal to the file's agency is owned.
  const auto none = LoadXml(ExchangeModel(NamedElement("byt", "BYT LGSP", "platform.lgsp", "BYT"), "", Province()));
  CHECK(RunRule(kOneLgsp, none) == "t.xml:2:1: error: PTO has 0 of platform.lgsp (1..1) [REQ-001]\n");
  const auto explicit_owner = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp", "PTO"), "", Province()));
  CHECK(RunRule(kOneLgsp, explicit_owner) == "");
}

TEST_CASE("required-count: each kind is counted on its own — no max means no limit") {
  // Lines 6-7: two public-service portals (fine, no max) and no information portal.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Portal", "portal.public-service") +
                                                   NamedElement("dvc2", "Second portal", "portal.public-service"),
                                               "", Province()));
  CHECK(RunRule(kPortals, workspace) == "t.xml:2:1: error: PTO lacks portal.information (0, at least 1, at most ∞) [REQ-003]\n");
  const auto both = LoadXml(ExchangeModel(NamedElement("dvc", "Portal", "portal.public-service") + NamedElement("info", "Info", "portal.information"),
                                          "", Province()));
  CHECK(RunRule(kPortals, both) == "");
}

TEST_CASE("required-count: a kind family, and too few but not none") {
  const std::string rule = Rule("X-1", "required-count", "warning", "{agency}: {count} of {kind}, at least {min}",
                                "<param name=\"kinds\">sec.*</param><param name=\"min\">2</param>");
  // Lines 6-7: one SOC, one firewall: two of the family.
  const auto two = LoadXml(ExchangeModel(NamedElement("soc", "SOC", "sec.soc", "", "Node") + NamedElement("fw", "Firewall", "sec.firewall", "", "Node"),
                                         "", Province()));
  CHECK(RunRule(rule, two) == "");
  const auto one = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("soc", "SOC", "sec.soc", "", "Node"),
                                         "", Province()));
  CHECK(RunRule(rule, one) ==
        "t.xml:7:5: warning: PTO: 1 of sec.*, at least 2 [X-1]\n"
        "t.xml:7:5: note: one " + KindLabel("en", "sec.soc") + ": 'SOC' (soc)\n");
}

TEST_CASE("required-count: the levels filter — min defaults to 1") {
  const auto national = LoadXml(ExchangeModel(NamedElement("ngsp", "NGSP", "platform.ngsp"), "", Prop("p-level", "national") + Prop("p-agency", "VN")));
  CHECK(RunRule(kOneLgsp, national) == "");
  const std::string rule = Rule("X-1", "required-count", "error", "{agency} needs {kind}", "<param name=\"kinds\">platform.ngsp</param>");
  CHECK(RunRule(rule, national) == "");
  const auto ministry = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp"), "", Prop("p-level", "ministry") + Prop("p-agency", "BYT")));
  CHECK(RunRule(rule, ministry) == "t.xml:2:1: error: BYT needs platform.ngsp [X-1]\n");
}

TEST_CASE("required-count: a waiver on one of the counted elements") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp") +
                                                   NamedElement("lgsp2", "Old LGSP", "platform.lgsp", "", "ApplicationComponent",
                                                           Prop("p-waive", "REQ-001: retired in 2025")),
                                               "", Province()));
  CHECK(RunRule(kOneLgsp, workspace) ==
        "[waived: retired in 2025] t.xml:7:5: error: PTO has 2 of platform.lgsp (1..1) [REQ-001]\n"
        "t.xml:6:5: note: one " + KindLabel("en", "platform.lgsp") + ": 'LGSP' (lgsp)\n"
        "t.xml:7:5: note: one " + KindLabel("en", "platform.lgsp") + ": 'Old LGSP' (lgsp2)\n");
}

TEST_CASE("required-count: {kind-label} names the kind in words, for Vietnamese messages") {
  const std::string rule = Rule("X-1", "required-count", "error", "Cơ quan {agency} có {count} {kind-label}",
                                "<param name=\"kinds\">platform.lgsp</param><param name=\"min\">1</param><param name=\"max\">1</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop"), "", Province())), "vi") ==
        "t.xml:2:1: lỗi: Cơ quan PTO có 0 " + KindLabel("vi", "platform.lgsp") + " [X-1]\n");
}

TEST_CASE("required-count: states limits the rule to targets (4.0: no public-service portal of the agency's own)") {
  const std::string rule = Rule("REQ-010", "required-count", "warning", "{agency} target has {count} {kind} ({min}..{max})",
                                "<param name=\"kinds\">portal.public-service</param><param name=\"levels\">ministry province</param>"
                                "<param name=\"states\">target</param><param name=\"min\">0</param><param name=\"max\">0</param>");
  // Line 6: the province's own portal; line 7: a reference to another agency's, which does not count.
  const std::string elements =
      NamedElement("dvc", "Portal", "portal.public-service") + NamedElement("dvcqg", "National portal", "portal.public-service", "VPCP");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Province() + Prop("p-state", "target")))) ==
        "t.xml:6:5: warning: PTO target has 1 portal.public-service (0..0) [REQ-010]\n"
        "t.xml:6:5: note: one " + KindLabel("en", "portal.public-service") + ": 'Portal' (dvc)\n");
  // A baseline, or a model that declares no state, may still hold the old portal.
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Province() + Prop("p-state", "baseline")))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Province()))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(NamedElement("info", "Information portal", "portal.information"), "",
                                            Province() + Prop("p-state", "target")))) == "");
}
