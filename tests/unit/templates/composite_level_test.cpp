// composite-level: a whole declares a level at least the highest of its parts' (Decree 85/2016).

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string System(const std::string& id, const std::string& level, const std::string& extra = "") {
  const std::string properties = (level.empty() ? "" : Prop("p-sec", level)) + extra;
  return "    <element identifier=\"" + id + "\" xsi:type=\"ApplicationComponent\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

const std::string kRule = Rule("SEC-004", "composite-level", "error", "{element} declares level {value} but its part {part} has level {part-value}",
                               "<param name=\"property\">eaf:security-level</param>"
                               "<param name=\"relationship-types\">Composition Aggregation</param>");

}  // namespace

TEST_CASE("composite-level: a whole below its part's level, with a note at the part") {
  // Lines: 6 whole, 7 part; relationships from line 10.
  const auto workspace =
      LoadXml(ExchangeModel(System("whole", "2") + System("part", "3"), Relation("r1", "Composition", "whole", "part"), Province()));
  CHECK(RunRule(kRule, workspace) ==
        "t.xml:6:5: error: 'whole' (whole) declares level 2 but its part 'part' (part) has level 3 [SEC-004]\n"
        "t.xml:7:5: note: part 'part' (part): eaf:security-level = 3\n");
}

TEST_CASE("composite-level: a whole at or above its parts' levels is compliant") {
  const std::string elements = System("whole", "3") + System("a", "3") + System("b", "1");
  const std::string links = Relation("r1", "Composition", "whole", "a") + Relation("r2", "Aggregation", "whole", "b");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
}

TEST_CASE("composite-level: the highest part is named, one finding per whole") {
  const std::string elements = System("whole", "2") + System("a", "3") + System("b", "4") + System("c", "3");
  const std::string links = Relation("r1", "Aggregation", "whole", "a") + Relation("r2", "Composition", "whole", "b") +
                            Relation("r3", "Composition", "whole", "c");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "t.xml:6:5: error: 'whole' (whole) declares level 2 but its part 'b' (b) has level 4 [SEC-004]\n"
        "t.xml:8:5: note: part 'b' (b): eaf:security-level = 4\n");
}

TEST_CASE("composite-level: the direction is whole -> part") {
  // The level-3 element is the whole here: its level-2 part is fine.
  const auto workspace =
      LoadXml(ExchangeModel(System("part", "2") + System("whole", "3"), Relation("r1", "Composition", "whole", "part"), Province()));
  CHECK(RunRule(kRule, workspace) == "");
}

TEST_CASE("composite-level: only the given relationship types make parts — the default is Composition and Aggregation") {
  const std::string elements = System("whole", "1") + System("a", "2") + System("b", "3");
  const std::string links = Relation("r1", "Composition", "whole", "a") + Relation("r2", "Aggregation", "whole", "b") +
                            Relation("r3", "Flow", "whole", "b");
  const auto workspace = LoadXml(ExchangeModel(elements, links, Province()));
  const std::string composition_only = Rule("X-1", "composite-level", "error", "{element} {value} below {part} {part-value}",
                                            "<param name=\"property\">eaf:security-level</param>"
                                            "<param name=\"relationship-types\">Composition</param>");
  CHECK(RunRule(composition_only, workspace) ==
        "t.xml:6:5: error: 'whole' (whole) 1 below 'a' (a) 2 [X-1]\n"
        "t.xml:7:5: note: part 'a' (a): eaf:security-level = 2\n");
  const std::string by_default = Rule("X-1", "composite-level", "error", "{element} {value} below {part} {part-value}",
                                      "<param name=\"property\">eaf:security-level</param>");
  CHECK(RunRule(by_default, workspace) ==
        "t.xml:6:5: error: 'whole' (whole) 1 below 'b' (b) 3 [X-1]\n"
        "t.xml:8:5: note: part 'b' (b): eaf:security-level = 3\n");
}

TEST_CASE("composite-level: a whole or a part without a usable level is left to SEC-001") {
  const std::string elements = System("whole", "") + System("a", "3") + System("w2", "2") + System("b", "high") + System("c", "");
  const std::string links = Relation("r1", "Composition", "whole", "a") + Relation("r2", "Composition", "w2", "b") +
                            Relation("r3", "Composition", "w2", "c");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) == "");
}

TEST_CASE("composite-level: another agency's whole is checked in its own file, a referenced part still counts") {
  const std::string reference_whole = System("their", "1", Prop("p-owner", "VN")) + System("part", "3");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(reference_whole, Relation("r1", "Composition", "their", "part"), Province()))) == "");
  const std::string reference_part = System("whole", "2") + System("shared", "4", Prop("p-owner", "VN"));
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(reference_part, Relation("r1", "Aggregation", "whole", "shared"), Province()))) ==
        "t.xml:6:5: error: 'whole' (whole) declares level 2 but its part 'shared' (shared) has level 4 [SEC-004]\n"
        "t.xml:7:5: note: part 'shared' (shared): eaf:security-level = 4\n");
}

TEST_CASE("composite-level: only direct parts are compared, one step at a time") {
  // top(2) -> mid(2) -> leaf(3): mid is reported; top is compared with mid's declared level.
  const std::string elements = System("top", "2") + System("mid", "2") + System("leaf", "3");
  const std::string links = Relation("r1", "Composition", "top", "mid") + Relation("r2", "Composition", "mid", "leaf");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "t.xml:7:5: error: 'mid' (mid) declares level 2 but its part 'leaf' (leaf) has level 3 [SEC-004]\n"
        "t.xml:8:5: note: part 'leaf' (leaf): eaf:security-level = 3\n");
}

TEST_CASE("composite-level: a waiver on the whole silences the finding") {
  const std::string elements = System("whole", "2", Prop("p-waive", "SEC-004: part retired in 2025")) + System("part", "3");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, Relation("r1", "Composition", "whole", "part"), Province()))) ==
        "[waived: part retired in 2025] t.xml:6:5: error: 'whole' (whole) declares level 2 but its part 'part' (part) has level 3 [SEC-004]\n"
        "t.xml:7:5: note: part 'part' (part): eaf:security-level = 3\n");
}

TEST_CASE("composite-level: a model without eaf:level is skipped") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(System("whole", "2") + System("part", "3"),
                                             Relation("r1", "Composition", "whole", "part")))) == "");
}

TEST_CASE("composite-level: the note in Vietnamese") {
  const auto workspace =
      LoadXml(ExchangeModel(System("whole", "2") + System("part", "3"), Relation("r1", "Composition", "whole", "part"), Province()));
  CHECK(RunRule(kRule, workspace, "vi") ==
        "t.xml:6:5: lỗi: 'whole' (whole) declares level 2 but its part 'part' (part) has level 3 [SEC-004]\n"
        "t.xml:7:5: ghi chú: thành phần 'part' (part): eaf:security-level = 3\n");
}
