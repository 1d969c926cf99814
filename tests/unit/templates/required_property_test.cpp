// required-property: the agency's elements of given types or kinds declare a property, in a range or a list.

#include <filesystem>

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kSecurityLevel = Rule("SEC-001", "required-property", "error", "{element}: {property} {detail}",
                                        "<param name=\"property\">eaf:security-level</param><param name=\"types\">ApplicationComponent</param>"
                                        "<param name=\"min\">1</param><param name=\"max\">5</param>");

std::string Level(const std::string& value) { return Prop("p-sec", value); }

}  // namespace

TEST_CASE("required-property: a missing, an empty and an out-of-range security level") {
  // Lines 6-10.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop") +
                                                   NamedElement("lgsp", "LGSP", "platform.lgsp", "", "ApplicationComponent", Level("")) +
                                                   NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("7")) +
                                                   NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Level("high")) +
                                                   NamedElement("doc", "Documents", "app.document-management", "", "ApplicationComponent", Level("3")),
                                               "", Province()));
  CHECK(RunRule(kSecurityLevel, workspace) ==
        "t.xml:6:5: error: 'One-stop' (os): eaf:security-level not declared [SEC-001]\n"
        "t.xml:7:5: error: 'LGSP' (lgsp): eaf:security-level not declared [SEC-001]\n"
        "t.xml:8:5: error: 'Portal' (dvc): eaf:security-level value '7' is outside 1–5 [SEC-001]\n"
        "t.xml:9:5: error: 'Mail' (mail): eaf:security-level value 'high' is outside 1–5 [SEC-001]\n");
  CHECK(RunRule(kSecurityLevel, workspace, "vi") ==
        "t.xml:6:5: lỗi: 'One-stop' (os): eaf:security-level chưa khai báo [SEC-001]\n"
        "t.xml:7:5: lỗi: 'LGSP' (lgsp): eaf:security-level chưa khai báo [SEC-001]\n"
        "t.xml:8:5: lỗi: 'Portal' (dvc): eaf:security-level giá trị '7' nằm ngoài khoảng 1–5 [SEC-001]\n"
        "t.xml:9:5: lỗi: 'Mail' (mail): eaf:security-level giá trị 'high' nằm ngoài khoảng 1–5 [SEC-001]\n");
}

TEST_CASE("required-property: declared within the range is fine — other types and references are not checked") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop", "", "ApplicationComponent", Level("1")) +
                                                   NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("5")) +
                                                   NamedElement("ngsp", "NGSP", "platform.ngsp", "VN") +
                                                   NamedElement("srv", "Server", "infra.data-center", "", "Node") +
                                                   NamedElement("svc", "Service", "service.public", "", "BusinessService"),
                                               "", Province()));
  CHECK(RunRule(kSecurityLevel, workspace) == "");
}

TEST_CASE("required-property: subjects by kind, e.g. a public service's online level") {
  const std::string rule = Rule("BUS-002", "required-property", "warning", "{element} ({kind}): {property}='{value}' {detail}",
                                "<param name=\"property\">eaf:service-level</param><param name=\"kinds\">service.public</param>"
                                "<param name=\"min\">1</param><param name=\"max\">4</param>");
  // Lines 6-8.
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("s1", "Birth registration", "service.public", "", "BusinessService", Prop("p-service", "4")) +
          NamedElement("s2", "Land registration", "service.public", "", "BusinessService", Prop("p-service", "0")) +
          NamedElement("s3", "Other service", "", "", "BusinessService"),
      "", Province()));
  CHECK(RunRule(rule, workspace) ==
        "t.xml:7:5: warning: 'Land registration' (s2) (service.public): eaf:service-level='0' value '0' is outside 1–4 [BUS-002]\n");
}

// Decree 42/2022 replaced levels 1-4 with "toàn trình" (fully online) and "một phần" (partly online):
// a 2.0 model may use either vocabulary.
TEST_CASE("required-property: phrases accepted besides the range (online service levels)") {
  const std::string rule = Rule("BUS-002", "required-property", "warning", "{element}: {detail}",
                                "<param name=\"property\">eaf:service-level</param><param name=\"kinds\">service.public</param>"
                                "<param name=\"min\">1</param><param name=\"max\">4</param>"
                                "<param name=\"phrases\">toàn trình; một phần</param>");
  // Lines 6-10.
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("s1", "Birth", "service.public", "", "BusinessService", Prop("p-service", "toàn trình")) +
          NamedElement("s2", "Land", "service.public", "", "BusinessService", Prop("p-service", " một phần ")) +
          NamedElement("s3", "Tax", "service.public", "", "BusinessService", Prop("p-service", "3")) +
          NamedElement("s4", "Permit", "service.public", "", "BusinessService", Prop("p-service", "toàn phần")) +
          NamedElement("s5", "Licence", "service.public", "", "BusinessService", Prop("p-service", "5")),
      "", Province()));
  CHECK(RunRule(rule, workspace) ==
        "t.xml:9:5: warning: 'Permit' (s4): value 'toàn phần' is neither a whole number from 1 to 4 nor one of 'toàn trình', 'một phần' [BUS-002]\n"
        "t.xml:10:5: warning: 'Licence' (s5): value '5' is neither a whole number from 1 to 4 nor one of 'toàn trình', 'một phần' [BUS-002]\n");
  CHECK(RunRule(rule, workspace, "vi").find("giá trị 'toàn phần' không phải số nguyên từ 1 đến 4, cũng không phải một trong "
                                            "'toàn trình', 'một phần' [BUS-002]") != std::string::npos);
}

TEST_CASE("required-property: a list of allowed values") {
  const std::string rule = Rule("X-1", "required-property", "warning", "{element}: {detail}",
                                "<param name=\"property\">eaf:state</param><param name=\"kinds\">app.*</param>"
                                "<param name=\"values\">baseline target</param>");
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop", "", "ApplicationComponent", Prop("p-state", "target")) +
                                                   NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Prop("p-state", "current")),
                                               "", Province()));
  CHECK(RunRule(rule, workspace) == "t.xml:7:5: warning: 'Mail' (mail): value 'current' is not one of baseline, target [X-1]\n");
  CHECK(RunRule(rule, workspace, "vi") ==
        "t.xml:7:5: cảnh báo: 'Mail' (mail): giá trị 'current' không thuộc các giá trị cho phép: baseline, target [X-1]\n");
}

TEST_CASE("required-property: only a maximum, or only a minimum") {
  const std::string at_most = Rule("X-1", "required-property", "warning", "{element}: {detail}",
                                   "<param name=\"property\">eaf:security-level</param><param name=\"types\">ApplicationComponent</param>"
                                   "<param name=\"max\">3</param>");
  const std::string at_least = Rule("X-2", "required-property", "warning", "{element}: {detail}",
                                    "<param name=\"property\">eaf:security-level</param><param name=\"types\">ApplicationComponent</param>"
                                    "<param name=\"min\">2</param>");
  const auto workspace = LoadXml(ExchangeModel(NamedElement("dvc", "Portal", "portal.public-service", "", "ApplicationComponent", Level("4")) +
                                                   NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Level("1")) +
                                                   NamedElement("os", "One-stop", "app.one-stop-shop", "", "ApplicationComponent", Level("high")),
                                               "", Province()));
  CHECK(RunRule(at_most, workspace) ==
        "t.xml:6:5: warning: 'Portal' (dvc): value '4' is above the maximum 3 [X-1]\n"
        "t.xml:8:5: warning: 'One-stop' (os): value 'high' is not an integer [X-1]\n");
  CHECK(RunRule(at_least, workspace) ==
        "t.xml:7:5: warning: 'Mail' (mail): value '1' is below the minimum 2 [X-2]\n"
        "t.xml:8:5: warning: 'One-stop' (os): value 'high' is not an integer [X-2]\n");
  // Each variant of the detail is one whole clause in Vietnamese too.
  CHECK(RunRule(at_most, workspace, "vi") ==
        "t.xml:6:5: cảnh báo: 'Portal' (dvc): giá trị '4' lớn hơn mức tối đa 3 [X-1]\n"
        "t.xml:8:5: cảnh báo: 'One-stop' (os): giá trị 'high' không phải số nguyên [X-1]\n");
  CHECK(RunRule(at_least, workspace, "vi") ==
        "t.xml:7:5: cảnh báo: 'Mail' (mail): giá trị '1' nhỏ hơn mức tối thiểu 2 [X-2]\n"
        "t.xml:8:5: cảnh báo: 'One-stop' (os): giá trị 'high' không phải số nguyên [X-2]\n");
}

TEST_CASE("required-property: the levels filter and an unprofiled model") {
  const std::string rule = Rule("X-1", "required-property", "error", "{element}: {detail}",
                                "<param name=\"property\">eaf:security-level</param><param name=\"types\">ApplicationComponent</param>"
                                "<param name=\"levels\">ministry</param>");
  const std::string elements = NamedElement("os", "One-stop", "app.one-stop-shop");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Province()))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Prop("p-level", "ministry") + Prop("p-agency", "BYT")))) ==
        "t.xml:6:5: error: 'One-stop' (os): not declared [X-1]\n");
  CHECK(RunRule(kSecurityLevel, LoadXml(ExchangeModel(elements))) == "");
}

TEST_CASE("required-property: neither types nor kinds is a pack error") {
  CHECK(PackError(RunRule(Rule("X-1", "required-property", "error", "{element}", "<param name=\"property\">eaf:security-level</param>"),
                          LoadXml(ExchangeModel("")))) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: give 'types' or 'kinds': which elements must declare the property [PACK-004]\n");
}

TEST_CASE("required-property: a waiver on the element") {
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("os", "One-stop", "app.one-stop-shop", "", "ApplicationComponent", Prop("p-waive", "SEC-001: level being approved")), "",
      Province()));
  CHECK(RunRule(kSecurityLevel, workspace) ==
        "[waived: level being approved] t.xml:6:5: error: 'One-stop' (os): eaf:security-level not declared [SEC-001]\n");
}

TEST_CASE("required-property: when-property narrows the subjects, pattern asks a form (an approved level's decision)") {
  const std::string rule = Rule("SEC-008", "required-property", "warning", "{element}: {property} {detail}",
                                "<param name=\"property\">eaf:security-approval</param><param name=\"types\">ApplicationComponent</param>"
                                "<param name=\"when-property\">eaf:security-level</param><param name=\"when-min\">3</param>"
                                "<param name=\"pattern\">[0-9]+(/[0-9]{4})?/QĐ-[^ ]+</param>");
  // Lines 6-11: level 2 (not asked), level 3 without a decision, level 4 with a malformed one, level 3
  // with a good one, no level at all (SEC-001's finding, not this rule's), a decision with its year.
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("mail", "Mail", "app.email", "", "ApplicationComponent", Level("2")) +
          NamedElement("os", "One-stop", "app.one-stop-shop", "", "ApplicationComponent", Level("3")) +
          NamedElement("lgsp", "LGSP", "platform.lgsp", "", "ApplicationComponent", Level("4") + Prop("p-approval", "QĐ số 12")) +
          NamedElement("dvc", "Portal", "portal.information", "", "ApplicationComponent", Level("3") + Prop("p-approval", "1234/QĐ-UBND")) +
          NamedElement("doc", "Documents", "app.document-management") +
          NamedElement("rep", "Reporting", "app.reporting", "", "ApplicationComponent", Level("5") + Prop("p-approval", "56/2021/QĐ-BYT")),
      "", Province()));
  CHECK(RunRule(rule, workspace) ==
        "t.xml:7:5: warning: 'One-stop' (os): eaf:security-approval not declared [SEC-008]\n"
        "t.xml:8:5: warning: 'LGSP' (lgsp): eaf:security-approval value 'QĐ số 12' does not have the required form [SEC-008]\n");
  // A reference to another agency's system is checked in its owner's file.
  const auto reference = LoadXml(ExchangeModel(NamedElement("ngsp", "NGSP", "platform.ngsp", "BKHCN", "ApplicationComponent", Level("4")), "",
                                               Province()));
  CHECK(RunRule(rule, reference) == "");
}

TEST_CASE("required-property: when-property without when-min, and a pattern that is no regular expression, are pack errors") {
  CHECK(PackError(RunRule(Rule("X-1", "required-property", "error", "{element}",
                               "<param name=\"property\">eaf:security-approval</param><param name=\"types\">ApplicationComponent</param>"
                               "<param name=\"when-property\">eaf:security-level</param>"),
                          LoadXml(ExchangeModel("")))) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: give 'when-property' and 'when-min' together [PACK-004]\n");
  CHECK(PackError(RunRule(Rule("X-1", "required-property", "error", "{element}",
                               "<param name=\"property\">eaf:security-approval</param><param name=\"types\">ApplicationComponent</param>"
                               "<param name=\"pattern\">[0-9</param>"),
                          LoadXml(ExchangeModel("")))) ==
        "PACK ERROR:\npack.xml:3:1: error: rule X-1: pattern '[0-9' is not a regular expression (ECMAScript) [PACK-004]\n");
}
