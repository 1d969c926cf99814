#include "check_util.h"

using namespace eaf::test;
namespace model = eaf::model;

namespace {

std::string Model(const std::string& level, const std::string& agency, const std::string& elements) {
  return ExchangeModel(elements, "", Prop("p-level", level) + Prop("p-agency", agency));
}

std::string Database(const std::string& id, const std::string& subject) {
  return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><name>" + id + "</name><properties>" +
         Prop("p-kind", "db.national") + Prop("p-subject", subject) + "</properties></element>\n";
}

model::Workspace Load(const std::vector<std::pair<std::string, std::string>>& files) {
  model::Workspace workspace;
  for (const auto& [path, xml] : files) workspace.Add(model::LoadBuffer(path, xml));
  workspace.Finish();
  return workspace;
}

const std::string kMasters = Rule("FED-004", "single-owner", "error", "{element} of {owner} masters {value} like {other}",
                                  "<param name=\"kinds\">db.national</param><param name=\"per-property\">eaf:subject</param>");

}  // namespace

TEST_CASE("single-owner: two agencies mastering the same national data") {
  const auto workspace = Load({{"vn.xml", Model("national", "VN", Database("pop", "population"))},
                               {"bca.xml", Model("ministry", "BCA", Database("pop2", "population") + Database("id", "identity"))}});
  CHECK(RunRule(kMasters, workspace) ==
        "bca.xml:6:5: error: 'pop2' (pop2) of BCA masters population like 'pop' (pop) (VN) [FED-004]\n"
        "vn.xml:6:5: note: already owned in vn.xml: 'pop' (pop)\n");
}

TEST_CASE("single-owner: different subjects, or references, are fine") {
  const std::string reference = "    <element identifier=\"ref\" xsi:type=\"ApplicationComponent\"><properties>" +
                                Prop("p-kind", "db.national") + Prop("p-subject", "population") + Prop("p-owner", "VN") +
                                "</properties></element>\n";
  const auto workspace = Load({{"vn.xml", Model("national", "VN", Database("pop", "population"))},
                               {"bca.xml", Model("ministry", "BCA", Database("id", "identity") + reference)}});
  CHECK(RunRule(kMasters, workspace) == "");
}

TEST_CASE("single-owner: a kind that exists once nationally, owned twice") {
  const std::string rule = Rule("FED-003", "single-owner", "error", "{element} ({kind}) of {owner}, but {other}",
                                "<param name=\"kinds\">platform.ngsp</param>");
  auto ngsp = [](const std::string& id) {
    return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><properties>" + Prop("p-kind", "platform.ngsp") +
           "</properties></element>\n";
  };
  const auto workspace = Load({{"vn.xml", Model("national", "VN", ngsp("ngsp"))}, {"byt.xml", Model("ministry", "BYT", ngsp("own-ngsp"))}});
  CHECK(RunRule(rule, workspace) ==
        "byt.xml:6:5: error: 'own-ngsp' (platform.ngsp) of BYT, but 'ngsp' (VN) [FED-003]\n"
        "vn.xml:6:5: note: already owned in vn.xml: 'ngsp'\n");
  const auto single = Load({{"vn.xml", Model("national", "VN", ngsp("ngsp"))}, {"byt.xml", Model("ministry", "BYT", "")}});
  CHECK(RunRule(rule, single) == "");
}
