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

TEST_CASE("model-property: eaf:state and eaf:framework are checked against their values; eaf:agency is free text") {
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
