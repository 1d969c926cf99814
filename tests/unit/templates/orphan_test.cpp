// orphan: an element that takes part in no relationship (MOD-006).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kOrphan = Rule("MOD-006", "orphan", "info", "{element} ({kind}) takes part in no relationship",
                                 "<param name=\"ignore-types\">Grouping Junction Location</param>");

}  // namespace

TEST_CASE("orphan: a lone element is reported at its place, connected ones are not") {
  // Lines 6-8.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("lgsp", "LGSP", "platform.lgsp") +
                                                   NamedElement("mail", "Mail", "app.email"),
                                               Relation("r1", "Flow", "os", "lgsp"), Province()));
  CHECK(RunRule(kOrphan, workspace) == "t.xml:8:5: info: 'Mail' (mail) (app.email) takes part in no relationship [MOD-006]\n");
}

TEST_CASE("orphan: the connected twin is silent") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop") + NamedElement("lgsp", "LGSP", "platform.lgsp") +
                                                   NamedElement("mail", "Mail", "app.email"),
                                               Relation("r1", "Flow", "os", "lgsp") + Relation("r2", "Serving", "mail", "os"),
                                               Province()));
  CHECK(RunRule(kOrphan, workspace) == "");
}

TEST_CASE("orphan: any relationship type counts, and so does an end on a relationship") {
  // Line 6 accesses line 7; line 8 is associated with the relationship r1 itself.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop") +
                                                   NamedElement("data", "Dossier", "", "", "DataObject") +
                                                   NamedElement("note", "Contract", "", "", "BusinessObject"),
                                               Relation("r1", "Access", "os", "data") + Relation("r2", "Association", "note", "r1"),
                                               Province()));
  CHECK(RunRule(kOrphan, workspace) == "");
}

TEST_CASE("orphan: ignored types are never reported — without ignore-types they are") {
  // Lines 6-9: a grouping, a junction, a location, a lone node without a kind.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("g", "Province systems", "", "", "Grouping") +
                                                   NamedElement("j", "j", "", "", "AndJunction") + NamedElement("loc", "Hà Nội", "", "", "Location") +
                                                   NamedElement("srv", "Server", "", "", "Node"),
                                               "", Province()));
  CHECK(RunRule(kOrphan, workspace) == "t.xml:9:5: info: 'Server' (srv) () takes part in no relationship [MOD-006]\n");
  const std::string all = Rule("MOD-006", "orphan", "info", "{element}", "");
  CHECK(RunRule(all, workspace) ==
        "t.xml:6:5: info: 'Province systems' (g) [MOD-006]\n"
        "t.xml:7:5: info: 'j' (j) [MOD-006]\n"
        "t.xml:8:5: info: 'Hà Nội' (loc) [MOD-006]\n"
        "t.xml:9:5: info: 'Server' (srv) [MOD-006]\n");
}

TEST_CASE("orphan: plain ArchiMate, so it runs on a model without the profile") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("srv", "Server", "", "", "Node")));
  CHECK(RunRule(kOrphan, workspace) == "t.xml:5:5: info: 'Server' (srv) () takes part in no relationship [MOD-006]\n");
}

TEST_CASE("orphan: an element on a dangling relationship still takes part in it") {
  // r1 points at an identifier that does not exist: MOD-001's business, not an orphan.
  const auto workspace = LoadXml(ExchangeModel(NamedElement("os", "One-stop", "app.one-stop-shop"),
                                               Relation("r1", "Flow", "os", "nowhere"), Province()));
  CHECK(RunRule(kOrphan, workspace) == "");
}

TEST_CASE("orphan: a waiver on the element") {
  const auto workspace = LoadXml(ExchangeModel(
      NamedElement("srv", "Spare server", "", "", "Node", Prop("p-waive", "MOD-006: cold standby")), "", Province()));
  CHECK(RunRule(kOrphan, workspace) ==
        "[waived: cold standby] t.xml:6:5: info: 'Spare server' (srv) () takes part in no relationship [MOD-006]\n");
}
