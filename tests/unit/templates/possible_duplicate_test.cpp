// possible-duplicate: elements of one type and one name (MOD-013).

#include "check_util.h"

using namespace eaf::test;

namespace {

const std::string kRule = Rule("MOD-013", "possible-duplicate", "warning", "{element} may be a duplicate: {count} other {type}",
                               "<param name=\"ignore-types\">Junction</param>");

}  // namespace

TEST_CASE("possible-duplicate: names equal once trimmed and case-folded, one finding per group with a note per other") {
  // Lines 5-8: "Citizen", " citizen ", a role "Citizen" (another type), "Công dân" and "CÔNG DÂN".
  const auto workspace = LoadXml(ExchangeModel(NamedElement("a1", "Citizen", "", "", "BusinessActor") +
                                               NamedElement("a2", " citizen ", "", "", "BusinessActor") +
                                               NamedElement("r1", "Citizen", "", "", "BusinessRole") +
                                               NamedElement("a3", "Công dân", "", "", "BusinessActor") +
                                               NamedElement("a4", "CÔNG DÂN", "", "", "BusinessActor")));
  CHECK(RunRule(kRule, workspace) == "t.xml:5:5: warning: 'Citizen' (a1) may be a duplicate: 1 other BusinessActor [MOD-013]\n"
        "t.xml:6:5: note: the same type and name: 'citizen' (a2)\n"
        "t.xml:8:5: warning: 'Công dân' (a3) may be a duplicate: 1 other BusinessActor [MOD-013]\n"
        "t.xml:9:5: note: the same type and name: 'CÔNG DÂN' (a4)\n");
}

TEST_CASE("possible-duplicate: diacritics are kept, so 'Công dân' and 'Cong dan' differ — unnamed and ignored types are never compared") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("a1", "Công dân", "", "", "BusinessActor") +
                                               NamedElement("a2", "Cong dan", "", "", "BusinessActor") +
                                               NamedElement("j1", "", "", "", "AndJunction") + NamedElement("j2", "", "", "", "AndJunction") +
                                               NamedElement("n1", " ", "", "", "Node") + NamedElement("n2", "", "", "", "Node")));
  CHECK(RunRule(kRule, workspace) == "");
}

TEST_CASE("possible-duplicate: the note in Vietnamese") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("a1", "Công dân", "", "", "BusinessActor") +
                                               NamedElement("a2", "công dân", "", "", "BusinessActor")));
  CHECK(RunRule(kRule, workspace, "vi") == "t.xml:5:5: cảnh báo: 'Công dân' (a1) may be a duplicate: 1 other BusinessActor [MOD-013]\n"
        "t.xml:6:5: ghi chú: cùng kiểu và tên: 'công dân' (a2)\n");
}
