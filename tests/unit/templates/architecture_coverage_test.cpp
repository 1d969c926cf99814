// architecture-coverage: the model holds elements of each of the five architectures.

#include "check_util.h"

#include <filesystem>

using namespace eaf::test;

namespace {

std::string Element(const std::string& id, const std::string& type, const std::string& properties = "") {
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

const std::string kAll = Rule("REQ-006", "architecture-coverage", "warning", "no element of the {architecture} architecture",
                              "<param name=\"architectures\">business data application technology security</param>"
                              "<param name=\"levels\">ministry province</param>");

// One element of each architecture.
const std::string kComplete = Element("ubnd", "BusinessActor", Prop("p-kind", "agency.province")) +
                              Element("hoso", "DataObject") + Element("motcua", "ApplicationComponent") +
                              Element("dc", "Node", Prop("p-kind", "infra.data-center")) +
                              Element("soc", "Node", Prop("p-kind", "sec.soc"));

}  // namespace

TEST_CASE("architecture-coverage: a model with only an application reports the four missing architectures") {
  const auto workspace = LoadXml(ExchangeModel(Element("motcua", "ApplicationComponent"), "", Province()));
  CHECK(RunRule(kAll, workspace) ==
        "t.xml:2:1: warning: no element of the business architecture [REQ-006]\n"
        "t.xml:2:1: warning: no element of the data architecture [REQ-006]\n"
        "t.xml:2:1: warning: no element of the security architecture [REQ-006]\n"
        "t.xml:2:1: warning: no element of the technology architecture [REQ-006]\n");
}

TEST_CASE("architecture-coverage: one element of each architecture is enough") {
  CHECK(RunRule(kAll, LoadXml(ExchangeModel(kComplete, "", Province()))) == "");
}

TEST_CASE("architecture-coverage: the kind decides before the ArchiMate type") {
  // A Node of kind sec.soc is security, not technology; an ApplicationComponent of kind db.national
  // is data, not application. Without them the model lacks technology and application.
  const std::string elements = Element("ubnd", "BusinessActor") +
                               Element("csdl", "ApplicationComponent", Prop("p-kind", "db.national")) +
                               Element("soc", "Node", Prop("p-kind", "sec.soc"));
  CHECK(RunRule(kAll, LoadXml(ExchangeModel(elements, "", Province()))) ==
        "t.xml:2:1: warning: no element of the application architecture [REQ-006]\n"
        "t.xml:2:1: warning: no element of the technology architecture [REQ-006]\n");
}

TEST_CASE("architecture-coverage: elements of no architecture count for none") {
  // Motivation and Grouping elements belong to none of the five architectures.
  const std::string elements = kComplete + Element("goal", "Goal") + Element("group", "Grouping");
  CHECK(RunRule(kAll, LoadXml(ExchangeModel(elements, "", Province()))) == "");
  const std::string only_other = Element("goal", "Goal") + Element("group", "Grouping") + Element("where", "Location");
  const std::string rule = Rule("X-1", "architecture-coverage", "warning", "no {architecture}",
                                "<param name=\"architectures\">business technology</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(only_other, "", Province()))) ==
        "t.xml:2:1: warning: no business [X-1]\n"
        "t.xml:2:1: warning: no technology [X-1]\n");
}

TEST_CASE("architecture-coverage: only the architectures the rule names are required") {
  const std::string rule = Rule("X-1", "architecture-coverage", "info", "no {architecture}",
                                "<param name=\"architectures\">security</param>");
  const std::string elements = Element("ubnd", "BusinessActor") + Element("dc", "Node");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements, "", Province()))) == "t.xml:2:1: info: no security [X-1]\n");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(elements + Element("fw", "SystemSoftware", Prop("p-kind", "sec.firewall")), "",
                                            Province()))) == "");
}

TEST_CASE("architecture-coverage: the levels filter skips other levels") {
  const std::string national = Prop("p-level", "national") + Prop("p-agency", "VN");
  CHECK(RunRule(kAll, LoadXml(ExchangeModel(Element("ngsp", "ApplicationComponent"), "", national))) == "");
  const std::string ministry = Prop("p-level", "ministry") + Prop("p-agency", "BYT");
  CHECK(RunRule(kAll, LoadXml(ExchangeModel(kComplete, "", ministry))) == "");
}

TEST_CASE("architecture-coverage: a model without eaf:level is not a profiled model and is skipped") {
  const std::string rule = Rule("X-1", "architecture-coverage", "warning", "no {architecture}",
                                "<param name=\"architectures\">security</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(Element("motcua", "ApplicationComponent")))) == "");
}

TEST_CASE("architecture-coverage: a reference to another agency's element counts for coverage") {
  // Coverage is about what the model describes; the national monitoring system is owned by VN.
  const std::string rule = Rule("X-1", "architecture-coverage", "warning", "no {architecture}",
                                "<param name=\"architectures\">security</param>");
  const std::string reference = Element("giamsat", "Node", Prop("p-kind", "sec.national-monitoring") + Prop("p-owner", "VN"));
  CHECK(RunRule(rule, LoadXml(ExchangeModel(reference, "", Province()))) == "");
}

TEST_CASE("architecture-coverage: an unknown architecture name is a pack error") {
  const std::string rule = Rule("X-1", "architecture-coverage", "warning", "no {architecture}",
                                "<param name=\"architectures\">business securty</param>");
  const std::string pack = WritePack(Rule("X-1", "orphan", "info", "m", ""));
  CHECK(RunRule(rule, LoadXml(ExchangeModel(kComplete, "", Province()))) ==
        "PACK ERROR:\n" + pack + ":3:1: error: rule X-1: 'securty' is not one of business, data, application, technology, security [PACK-004]\n");
}

TEST_CASE("architecture-coverage: messages in Vietnamese name the architecture as written in the pack") {
  const std::string rule = Rule("REQ-006", "architecture-coverage", "warning", "Mô hình chưa có phần tử nào của kiến trúc {architecture}",
                                "<param name=\"architectures\">data</param>");
  CHECK(RunRule(rule, LoadXml(ExchangeModel(Element("motcua", "ApplicationComponent"), "", Province())), "vi") ==
        "t.xml:2:1: cảnh báo: Mô hình chưa có phần tử nào của kiến trúc data [REQ-006]\n");
}
