// model-property: the model declares the given model-level properties, with values the profile knows.

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kElement = "    <element identifier=\"a\" xsi:type=\"ApplicationComponent\"><name>a</name></element>\n";

const std::string kRule = Rule("MOD-005", "model-property", "error", "Model property {property}: {detail}",
                               "<param name=\"properties\">eaf:level eaf:agency</param>");

}  // namespace

TEST_CASE("model-property: a model without eaf:level and eaf:agency, reported at <model>") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement))) ==
        "t.xml:2:1: error: Model property eaf:agency: not declared [MOD-005]\n"
        "t.xml:2:1: error: Model property eaf:level: not declared [MOD-005]\n");
}

TEST_CASE("model-property: a model declaring both is compliant") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "province") + Prop("p-agency", "PTO")))) == "");
}

TEST_CASE("model-property: one missing, one empty") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "ministry")))) ==
        "t.xml:2:1: error: Model property eaf:agency: not declared [MOD-005]\n");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "ministry") + Prop("p-agency", "")))) ==
        "t.xml:2:1: error: Model property eaf:agency: not declared [MOD-005]\n");
}

TEST_CASE("model-property: a level the profile does not know lists the allowed values") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "district") + Prop("p-agency", "PTO")))) ==
        "t.xml:2:1: error: Model property eaf:level: value 'district' is not valid; use national, ministry, province [MOD-005]\n");
}

TEST_CASE("model-property: eaf:state and eaf:framework are checked against their values — eaf:agency is free text") {
  const std::string rule = Rule("X-1", "model-property", "warning", "{property}: {detail}",
                                "<param name=\"properties\">eaf:agency eaf:state eaf:framework</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElement, "",
                                            Prop("p-agency", "Sở TT&amp;TT") + Prop("p-state", "target") +
                                                Prop("p-framework", "3.0")))) == "");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElement, "",
                                            Prop("p-agency", "PTO") + Prop("p-state", "hien-trang") +
                                                Prop("p-framework", "2.1")))) ==
        "t.xml:2:1: warning: eaf:framework: value '2.1' is not valid; use 2.0, 3.0, 4.0 [X-1]\n"
        "t.xml:2:1: warning: eaf:state: value 'hien-trang' is not valid; use baseline, target [X-1]\n");
}

TEST_CASE("model-property: the detail in Vietnamese") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "xa"))), "vi") ==
        "t.xml:2:1: lỗi: Model property eaf:agency: chưa khai báo [MOD-005]\n"
        "t.xml:2:1: lỗi: Model property eaf:level: giá trị 'xa' không hợp lệ; hãy dùng một trong các giá trị: national, ministry, "
        "province [MOD-005]\n");
}

TEST_CASE("model-property: a mistyped value is reported with the nearest one") {
  const std::string rule = Rule("X-1", "model-property", "warning", "{property}: {detail}",
                                "<param name=\"properties\">eaf:level eaf:state</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "Ministry") + Prop("p-state", "taget")))) ==
        "t.xml:2:1: warning: eaf:level: value 'Ministry' is not valid; did you mean 'ministry'? (use national, ministry, province) [X-1]\n"
        "t.xml:2:1: warning: eaf:state: value 'taget' is not valid; did you mean 'target'? (use baseline, target) [X-1]\n");
}

// REQ-007: agency codes in the form of Decision 20/2020/QĐ-TTg (digits, A-Z, dots, at most 35).
TEST_CASE("model-property: pattern: the form of a declared value — an absent one is another rule's") {
  const std::string rule = Rule("REQ-007", "model-property", "warning", "Agency code {property}: {detail}",
                                "<param name=\"properties\">eaf:agency</param>"
                                "<param name=\"pattern\">(?=.{1,35}$)[0-9A-Z]+(\\.[0-9A-Z]+)*</param>");
  auto agency = [](const std::string& code) { return LoadXml(ExchangeModel(kElement, "", Prop("p-level", "province") + Prop("p-agency", code))); };
  CHECK(RunRule(rule, agency("PTO")) == "");
  CHECK(RunRule(rule, agency("000.00.15.H58")) == "");
  CHECK(RunRule(rule, agency("So TT-TT")) == "t.xml:2:1: warning: Agency code eaf:agency: value 'So TT-TT' does not have the required form [REQ-007]\n");
  CHECK(RunRule(rule, agency("pto")) == "t.xml:2:1: warning: Agency code eaf:agency: value 'pto' does not have the required form [REQ-007]\n");
  CHECK(RunRule(rule, agency(std::string(36, 'A'))).find("does not have the required form") != std::string::npos);
  CHECK(RunRule(rule, agency("A..B")).find("does not have the required form") != std::string::npos);
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kElement, "", Prop("p-level", "province")))) == "");
  CHECK(RunRule(rule, agency("so"), "vi") == "t.xml:2:1: cảnh báo: Agency code eaf:agency: giá trị 'so' không đúng dạng quy định [REQ-007]\n");
  CHECK(RunRule(Rule("X-1", "model-property", "warning", "{detail}",
                     "<param name=\"properties\">eaf:agency</param><param name=\"pattern\">([A-Z</param>"),
                agency("PTO"))
            .find("PACK ERROR") != std::string::npos);
}
