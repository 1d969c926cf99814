// empty-view: a view that shows nothing (MOD-009).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kRule = Rule("MOD-009", "empty-view", "warning", "View {view} shows nothing", "");
const std::string kElements = NamedElement("a", "Citizen", "", "", "BusinessActor");

}  // namespace

TEST_CASE("empty-view: a view without nodes is reported at the view, one with a node is not") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements), View("v1", "Draft") + View("v2", "Actors", Node("n1", "a"))));
  CHECK(RunRule(kRule, workspace) == "t.xml:27:7: warning: View 'Draft' (v1) shows nothing [MOD-009]\n");
}

TEST_CASE("empty-view: a view holding only a group is not empty, as in Archi") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements), View("v1", "Frame", Node("g1", ""))));
  CHECK(RunRule(kRule, workspace) == "");
}

TEST_CASE("empty-view: plain ArchiMate, so it runs on a profiled model too, in Vietnamese") {
  const auto workspace = LoadXml(WithViews(ExchangeModel(kElements, "", Province()), View("v1", "Nháp")));
  CHECK(RunRule(kRule, workspace, "vi") == "t.xml:28:7: cảnh báo: View 'Nháp' (v1) shows nothing [MOD-009]\n");
}
