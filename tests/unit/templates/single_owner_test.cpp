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

// The national model lists the national databases under their real owners (chủ quản, Decree
// 85/2016): an entry there stands for its owner's database, so a second ministry that claims the
// same national data is caught, while the owner's own file may define the database itself.
TEST_CASE("single-owner: the national register's entries under their real owners") {
  auto owned_by = [](const std::string& id, const std::string& subject, const std::string& owner) {
    return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><name>" + id + "</name><properties>" +
           Prop("p-kind", "db.national") + Prop("p-subject", subject) + Prop("p-owner", owner) +
           Prop("p-code", "VN-DB-CIVIL-STATUS") + "</properties></element>\n";
  };
  const std::string national = Model("national", "VN", owned_by("hotich", "civil-status", "BTP"));
  // The register's entry resolves to the owner's own database (same owner and eaf:code).
  const auto two_claims = Load({{"vn.xml", national},
                                {"btp.xml", Model("ministry", "BTP", owned_by("btp-hotich", "civil-status", "BTP"))},
                                {"bca.xml", Model("ministry", "BCA", Database("bca-hotich", "civil-status"))}});
  CHECK(RunRule(kMasters, two_claims) ==
        "bca.xml:6:5: error: 'bca-hotich' (bca-hotich) of BCA masters civil-status like 'btp-hotich' (btp-hotich) (BTP) [FED-004]\n"
        "btp.xml:6:5: note: already owned in btp.xml: 'btp-hotich' (btp-hotich)\n");
  // Without the owner's file, the register's entry is the owner's database.
  const auto register_only = Load({{"vn.xml", national}, {"bca.xml", Model("ministry", "BCA", Database("bca-hotich", "civil-status"))}});
  CHECK(RunRule(kMasters, register_only) ==
        "bca.xml:6:5: error: 'bca-hotich' (bca-hotich) of BCA masters civil-status like 'hotich' (hotich) (BTP) [FED-004]\n"
        "vn.xml:6:5: note: already owned in vn.xml: 'hotich' (hotich)\n");
  // The owner and the register's entry for its database are one claim.
  const auto owner = Load({{"vn.xml", national}, {"btp.xml", Model("ministry", "BTP", owned_by("btp-hotich", "civil-status", "BTP"))}});
  CHECK(RunRule(kMasters, owner) == "");
  const auto owner_without_code = Load({{"vn.xml", national}, {"btp.xml", Model("ministry", "BTP", Database("btp-hotich", "civil-status"))}});
  CHECK(RunRule(kMasters, owner_without_code) == "");
}
