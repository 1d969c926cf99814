// viewpoint: an element that its view's viewpoint does not allow (MOD-015).

#include <filesystem>
#include <fstream>

#include "check_util.h"

using namespace eaf::test;

namespace {

/// The rule with the bundled viewpoint table copied beside the pack.
std::string ViewpointRule() {
  std::filesystem::copy_file(EAF_SOURCE_DIR "/rules/archimate-3.1-viewpoints.xml", PackFolder() / "archimate-3.1-viewpoints.xml",
                             std::filesystem::copy_options::overwrite_existing);
  return Rule("MOD-015", "viewpoint", "warning", "{element} ({type}) is not allowed by viewpoint {viewpoint} of view {view}",
              "<param name=\"viewpoints\">archimate-3.1-viewpoints.xml</param>");
}

const std::string kElements = NamedElement("a", "Citizen", "", "", "BusinessActor") + NamedElement("srv", "Server", "", "", "Node") +
                              NamedElement("g", "Ward", "", "", "Grouping");

std::string InView(const std::string& viewpoint) {
  return WithViews(ExchangeModel(kElements), View("v1", "People", Node("n1", "a") + Node("n2", "srv") + Node("n3", "g"), viewpoint));
}

}  // namespace

TEST_CASE("viewpoint: a Node in an Organization view is reported at its node — groupings are always allowed") {
  CHECK(RunRule(ViewpointRule(), LoadXml(InView("Organization"))) == "t.xml:31:9: warning: 'Server' (srv) (Node) is not allowed by viewpoint Organization of view 'People' (v1) [MOD-015]\n");
  // Archi's viewpoint id names the same viewpoint.
  CHECK(RunRule(ViewpointRule(), LoadXml(InView("organization"))) == "t.xml:31:9: warning: 'Server' (srv) (Node) is not allowed by viewpoint Organization of view 'People' (v1) [MOD-015]\n");
}

TEST_CASE("viewpoint: allowed, unknown or no viewpoint is silent") {
  CHECK(RunRule(ViewpointRule(), LoadXml(InView("Layered"))) == "");
  CHECK(RunRule(ViewpointRule(), LoadXml(InView("Introductory"))) == "");
  CHECK(RunRule(ViewpointRule(), LoadXml(InView(""))) == "");
}

TEST_CASE("viewpoint: a table naming an unknown type or group is a pack error") {
  std::ofstream(PackFolder() / "bad-viewpoints.xml") << "<viewpoints><viewpoint id=\"x\" name=\"X\" types=\"@nothing\"/></viewpoints>";
  const std::string rule = Rule("X-1", "viewpoint", "warning", "{element}", "<param name=\"viewpoints\">bad-viewpoints.xml</param>");
  CHECK(PackError(RunRule(rule, LoadXml(ExchangeModel(kElements)))) == "PACK ERROR:\n"
        "pack.xml:3:1: error: rule X-1: the viewpoint table names an unknown group '@nothing' [PACK-004]\n");
}
