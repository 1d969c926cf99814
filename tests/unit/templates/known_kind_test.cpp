// known-kind: eaf:kind is a kind of the profile and sits on the ArchiMate type that kind expects.

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string Element(const std::string& id, const std::string& type, const std::string& properties = "") {
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

const std::string kRule = Rule("MOD-004", "known-kind", "warning", "{element} has eaf:kind '{kind}': {detail}", "");

}  // namespace

TEST_CASE("known-kind: a misspelt kind, with the closest known kind suggested") {
  const auto workspace = LoadXml(ExchangeModel(Element("lgsp", "ApplicationComponent", Prop("p-kind", "platform.lgps")), "", Province()));
  CHECK(RunRule(kRule, workspace) ==
        "t.xml:6:5: warning: 'lgsp' (lgsp) has eaf:kind 'platform.lgps': this kind is not in the VN-EAF profile; did you "
        "mean 'platform.lgsp'? [MOD-004]\n");
}

TEST_CASE("known-kind: a kind far from every known kind gets no suggestion") {
  const auto workspace = LoadXml(ExchangeModel(Element("x", "ApplicationComponent", Prop("p-kind", "blockchain")), "", Province()));
  CHECK(RunRule(kRule, workspace) ==
        "t.xml:6:5: warning: 'x' (x) has eaf:kind 'blockchain': this kind is not in the VN-EAF profile [MOD-004]\n");
}

TEST_CASE("known-kind: a known kind on the wrong ArchiMate type names the expected types") {
  const std::string elements = Element("lgsp", "Node", Prop("p-kind", "platform.lgsp")) +
                               Element("csdl", "Node", Prop("p-kind", "db.national"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, "", Province()))) ==
        "t.xml:6:5: warning: 'lgsp' (lgsp) has eaf:kind 'platform.lgsp': its ArchiMate type is Node, this kind expects "
        "ApplicationComponent [MOD-004]\n"
        "t.xml:7:5: warning: 'csdl' (csdl) has eaf:kind 'db.national': its ArchiMate type is Node, this kind expects "
        "ApplicationComponent or DataObject [MOD-004]\n");
}

TEST_CASE("known-kind: known kinds on their types, and elements without a kind, are compliant") {
  const std::string elements = Element("lgsp", "ApplicationComponent", Prop("p-kind", "platform.lgsp")) +
                               Element("csdl", "DataObject", Prop("p-kind", "db.national")) +
                               Element("dan", "BusinessRole", Prop("p-kind", "user.citizen")) +
                               Element("fw", "SystemSoftware", Prop("p-kind", "sec.firewall")) +
                               Element("net", "CommunicationNetwork", Prop("p-kind", "infra.network.specialized")) +
                               Element("plain", "Node");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, "", Province()))) == "");
}

TEST_CASE("known-kind: a family name alone is not a kind") {
  const auto workspace = LoadXml(ExchangeModel(Element("p", "ApplicationComponent", Prop("p-kind", "platform")), "", Province()));
  CHECK(RunRule(kRule, workspace) ==
        "t.xml:6:5: warning: 'p' (p) has eaf:kind 'platform': this kind is not in the VN-EAF profile [MOD-004]\n");
}

TEST_CASE("known-kind: runs on a model without eaf:level too") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(Element("x", "Node", Prop("p-kind", "infra.clod"))))) ==
        "t.xml:5:5: warning: 'x' (x) has eaf:kind 'infra.clod': this kind is not in the VN-EAF profile; did you mean "
        "'infra.cloud'? [MOD-004]\n");
}

TEST_CASE("known-kind: a waiver on the element silences the finding") {
  const std::string element = Element("x", "Node", Prop("p-kind", "platform.lgsp") + Prop("p-waive", "MOD-004: LGSP appliance"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(element, "", Province()))) ==
        "[waived: LGSP appliance] t.xml:6:5: warning: 'x' (x) has eaf:kind 'platform.lgsp': its ArchiMate type is Node, "
        "this kind expects ApplicationComponent [MOD-004]\n");
}

TEST_CASE("known-kind: the detail in Vietnamese") {
  const std::string elements = Element("a", "ApplicationComponent", Prop("p-kind", "platform.lgps")) +
                               Element("b", "Node", Prop("p-kind", "db.national"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, "", Province())), "vi") ==
        "t.xml:6:5: cảnh báo: 'a' (a) has eaf:kind 'platform.lgps': loại này không có trong hồ sơ VN-EAF; có phải là "
        "'platform.lgsp'? [MOD-004]\n"
        "t.xml:7:5: cảnh báo: 'b' (b) has eaf:kind 'db.national': phần tử có kiểu ArchiMate Node, trong khi loại này cần kiểu "
        "ApplicationComponent hoặc DataObject [MOD-004]\n");
}

TEST_CASE("known-kind: an unknown kind with nothing close, in Vietnamese") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(Element("a", "ApplicationComponent", Prop("p-kind", "zzz")), "", Province())), "vi") ==
        "t.xml:6:5: cảnh báo: 'a' (a) has eaf:kind 'zzz': loại này không có trong hồ sơ VN-EAF [MOD-004]\n");
}
