#include "check_util.h"

using namespace eaf::test;
namespace model = eaf::model;

namespace {

const std::string kRules = Rule("FED-001", "federation-consistency", "error", "{element} refers to {owner}/{code}, not found",
                                "<param name=\"check\">references</param>") +
                           Rule("FED-002", "federation-consistency", "error", "{element} claims {code} like {other}",
                                "<param name=\"check\">codes</param>");

std::string Model(const std::string& level, const std::string& agency, const std::string& elements,
                  const std::string& state = "target") {
  return ExchangeModel(elements, "",
                       Prop("p-level", level) + Prop("p-agency", agency) + (state.empty() ? "" : Prop("p-state", state)));
}

std::string Element(const std::string& id, const std::string& kind, const std::string& owner, const std::string& code) {
  return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><name>" + id + "</name><properties>" +
         Prop("p-kind", kind) + (owner.empty() ? "" : Prop("p-owner", owner)) + (code.empty() ? "" : Prop("p-code", code)) +
         "</properties></element>\n";
}

model::Workspace Load(const std::vector<std::pair<std::string, std::string>>& files) {
  model::Workspace workspace;
  for (const auto& [path, xml] : files) workspace.Add(model::LoadBuffer(path, xml));
  workspace.Finish();
  return workspace;
}

}  // namespace

TEST_CASE("federation-consistency: references resolve by eaf:code or by a nationally unique kind") {
  const auto workspace = Load({{"vn.xml", Model("national", "VN", Element("ngsp", "platform.ngsp", "", "VN-NGSP") +
                                                                      Element("pop", "db.national", "", "VN-DB-POP"), "")},
                               {"pto.xml", Model("province", "PTO", Element("ref-ngsp", "platform.ngsp", "VN", "OTHER-CODE") +
                                                                        Element("ref-pop", "db.national", "VN", "VN-DB-POP") +
                                                                        Element("ref-x", "db.national", "VN", "VN-DB-LAND"))}});
  // ref-ngsp resolves by kind (NGSP exists once nationally); ref-pop by code; ref-x is unknown to VN.
  CHECK(RunRule(kRules, workspace) == "pto.xml:8:5: error: 'ref-x' (ref-x) refers to VN/VN-DB-LAND, not found [FED-001]\n");
}

TEST_CASE("federation-consistency: a reference whose owner has no file in the run is not reported") {
  const auto workspace = Load({{"pto.xml", Model("province", "PTO", Element("ref", "db.national", "BYT", "BYT-X"))},
                               {"sla.xml", Model("province", "SLA", Element("lgsp", "platform.lgsp", "", "SLA-LGSP"))}});
  CHECK(RunRule(kRules, workspace) == "");
}

TEST_CASE("federation-consistency: a single file runs no federation rule") {
  const auto workspace = Load({{"pto.xml", Model("province", "PTO", Element("ref", "db.national", "VN", "NOPE"))}});
  CHECK(RunRule(kRules, workspace) == "");
}

TEST_CASE("federation-consistency: one code claimed by two files is a conflict naming both places") {
  const auto workspace = Load({{"a.xml", Model("province", "PTO", Element("lgsp", "platform.lgsp", "", "LGSP-01"))},
                               {"b.xml", Model("province", "SLA", Element("lgsp", "platform.lgsp", "", "LGSP-01"))}});
  CHECK(RunRule(kRules, workspace) ==
        "b.xml:6:5: error: 'lgsp' (lgsp) claims LGSP-01 like 'lgsp' (lgsp) (" + KindLabel("en", "platform.lgsp") + ", PTO) [FED-002]\n"
        "a.xml:6:5: note: also claimed in a.xml: 'lgsp' (lgsp)\n");
}

TEST_CASE("federation-consistency: baseline and target of one agency do not conflict or resolve across states") {
  const auto workspace = Load({{"vn.xml", Model("national", "VN", Element("ngsp", "platform.ngsp", "", "VN-NGSP"), "")},
                               {"base.xml", Model("province", "PTO", Element("lgsp", "platform.lgsp", "", "PTO-LGSP") +
                                                                         Element("ref", "platform.ngsp", "VN", "VN-NGSP"), "baseline")},
                               {"target.xml", Model("province", "PTO", Element("lgsp", "platform.lgsp", "", "PTO-LGSP") +
                                                                           Element("ref", "platform.ngsp", "VN", "VN-NGSP"), "target")}});
  CHECK(RunRule(kRules, workspace) == "");
}

// The national model lists national systems under their real owners (Decree 85/2016): its entries
// resolve references while no file of the owner is loaded, and yield to the owner's file when one is.
TEST_CASE("federation-consistency: the national register's entries stand for their owners' systems") {
  const std::string national = Model("national", "VN", Element("npsp", "portal.national-public-service", "VPCP", "VN-NPSP") +
                                                           Element("civil", "db.national", "BTP", "VN-DB-CIVIL-STATUS"), "");
  const std::string province = Model("province", "PTO", Element("ref-npsp", "portal.national-public-service", "VPCP", "VN-NPSP") +
                                                            Element("ref-civil", "db.national", "BTP", "VN-DB-CIVIL-STATUS") +
                                                            Element("ref-hotich", "app.sector", "BTP", "BTP-HOTICH"));
  // No BTP or VPCP file: the register resolves what it lists; what it does not list is not reported.
  const auto register_only = Load({{"vn.xml", national}, {"pto.xml", province}});
  CHECK(RunRule(kRules, register_only) == "");
  const auto federation = eaf::checker::ResolveFederation(register_only);
  CHECK(federation.status[static_cast<std::size_t>(register_only.FindElement(1, "ref-npsp"))] == eaf::checker::ReferenceStatus::kResolved);
  CHECK(federation.status[static_cast<std::size_t>(register_only.FindElement(1, "ref-hotich"))] == eaf::checker::ReferenceStatus::kOwnerNotLoaded);
  // With BTP's file loaded, BTP's own elements decide: the register's entry resolves to BTP's
  // database, and a reference to a system BTP's file lacks is reported.
  const auto with_owner = Load({{"vn.xml", national}, {"pto.xml", province},
                                {"btp.xml", Model("ministry", "BTP", Element("db", "db.national", "", "VN-DB-CIVIL-STATUS"))}});
  CHECK(RunRule(kRules, with_owner) == "pto.xml:8:5: error: 'ref-hotich' (ref-hotich) refers to BTP/BTP-HOTICH, not found [FED-001]\n");
}
