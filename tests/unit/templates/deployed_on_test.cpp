// deployed-on: an application is realized by a node, directly or through an artifact assigned to one.

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string Element(const std::string& id, const std::string& type, const std::string& properties = "") {
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

std::string Link(const std::string& id, const std::string& type, const std::string& source, const std::string& target) {
  return "    <relationship identifier=\"" + id + "\" xsi:type=\"" + type + "\" source=\"" + source + "\" target=\"" + target + "\"/>\n";
}

const std::string kRule = Rule("TEC-001", "deployed-on", "warning", "{element} is deployed on no node (Node, Device, SystemSoftware)",
                               "<param name=\"types\">ApplicationComponent</param>");

// Line 6: the application; line 7: the node.
const std::string kApp = Element("motcua", "ApplicationComponent", Prop("p-kind", "app.one-stop-shop"));

}  // namespace

TEST_CASE("deployed-on: an application realized by nothing is reported") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kApp + Element("dc", "Node"), "", Province()))) ==
        "t.xml:6:5: warning: 'motcua' (motcua) is deployed on no node (Node, Device, SystemSoftware) [TEC-001]\n");
}

TEST_CASE("deployed-on: a Node, Device or SystemSoftware realizing it deploys it") {
  for (const std::string type : {"Node", "Device", "SystemSoftware"}) {
    CAPTURE(type);
    const auto workspace = LoadXml(ExchangeModel(kApp + Element("host", type), Link("r1", "Realization", "host", "motcua"), Province()));
    CHECK(RunRule(kRule, workspace) == "");
  }
}

TEST_CASE("deployed-on: through an Artifact assigned to a node that realizes the application") {
  const std::string elements = kApp + Element("dc", "Node") + Element("war", "Artifact");
  const std::string links = Link("r1", "Assignment", "dc", "war") + Link("r2", "Realization", "war", "motcua");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
  // An artifact assigned to nothing deploys nothing.
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, Link("r2", "Realization", "war", "motcua"), Province()))) ==
        "t.xml:6:5: warning: 'motcua' (motcua) is deployed on no node (Node, Device, SystemSoftware) [TEC-001]\n");
}

TEST_CASE("deployed-on: other relationships from a node are not a deployment") {
  // Assignment from a node to an application is not allowed by ArchiMate; Serving is a use, not hosting;
  // a realization in the wrong direction does not count either.
  const std::string elements = kApp + Element("dc", "Node");
  for (const std::string& links : {Link("r1", "Assignment", "dc", "motcua"), Link("r1", "Serving", "dc", "motcua"),
                                  Link("r1", "Realization", "motcua", "dc")}) {
    CAPTURE(links);
    CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
          "t.xml:6:5: warning: 'motcua' (motcua) is deployed on no node (Node, Device, SystemSoftware) [TEC-001]\n");
  }
}

TEST_CASE("deployed-on: a realization by another application is not a deployment") {
  const std::string elements = kApp + Element("core", "ApplicationComponent");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, Link("r1", "Realization", "core", "motcua"), Province()))) ==
        "t.xml:6:5: warning: 'motcua' (motcua) is deployed on no node (Node, Device, SystemSoftware) [TEC-001]\n"
        "t.xml:7:5: warning: 'core' (core) is deployed on no node (Node, Device, SystemSoftware) [TEC-001]\n");
}

TEST_CASE("deployed-on: another agency's system is checked in its own file") {
  const std::string reference = Element("ngsp", "ApplicationComponent", Prop("p-kind", "platform.ngsp") + Prop("p-owner", "VN"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(reference, "", Province()))) == "");
}

TEST_CASE("deployed-on: ignore-kinds and types choose the subjects") {
  const std::string elements = Element("csdl", "ApplicationComponent", Prop("p-kind", "db.sector")) +
                               Element("svc", "ApplicationService") + Element("ss", "SystemSoftware");
  const std::string ignoring = Rule("X-1", "deployed-on", "info", "{element} ({kind}) has no node",
                                    "<param name=\"ignore-kinds\">db.*</param>");
  CHECK(RunRule(ignoring, LoadXml(ExchangeModel(elements, "", Province()))) == "");
  const std::string by_default = Rule("X-1", "deployed-on", "info", "{element} ({kind}) has no node", "");
  CHECK(RunRule(by_default, LoadXml(ExchangeModel(elements, "", Province()))) ==
        "t.xml:6:5: info: 'csdl' (csdl) (db.sector) has no node [X-1]\n");
  const std::string services = Rule("X-1", "deployed-on", "info", "{element} has no node",
                                    "<param name=\"types\">ApplicationService</param>");
  CHECK(RunRule(services, LoadXml(ExchangeModel(elements, "", Province()))) == "t.xml:7:5: info: 'svc' (svc) has no node [X-1]\n");
}

TEST_CASE("deployed-on: a waiver on the application silences the finding") {
  const std::string app = Element("motcua", "ApplicationComponent", Prop("p-waive", "TEC-001: SaaS from the vendor"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(app, "", Province()))) ==
        "[waived: SaaS from the vendor] t.xml:6:5: warning: 'motcua' (motcua) is deployed on no node (Node, Device, "
        "SystemSoftware) [TEC-001]\n");
}

TEST_CASE("deployed-on: a model without eaf:level is skipped") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(kApp))) == "");
}
