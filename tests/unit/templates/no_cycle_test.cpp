// no-cycle: relationships of the given types form no cycle; one finding per cycle, a note per step.

#include "check_util.h"

using namespace eaf::test;

namespace {

std::string Element(const std::string& id, const std::string& type = "ApplicationComponent", const std::string& properties = "") {
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + id + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

std::string Link(const std::string& id, const std::string& type, const std::string& source, const std::string& target) {
  return "    <relationship identifier=\"" + id + "\" xsi:type=\"" + type + "\" source=\"" + source + "\" target=\"" + target + "\"/>\n";
}

const std::string kRule = Rule("MOD-008", "no-cycle", "error", "{element} is part of itself through a cycle of {length} steps",
                               "<param name=\"relationship-types\">Composition Aggregation</param>");

}  // namespace

TEST_CASE("no-cycle: a two-step cycle, reported at its first element with one note per step") {
  const auto workspace = LoadXml(ExchangeModel(
      Element("a") + Element("b"), Link("r1", "Composition", "a", "b") + Link("r2", "Composition", "b", "a"), Province()));
  CHECK(RunRule(kRule, workspace) ==
        "t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 2 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:7:5: note: 'b' (b) → 'a' (a)\n");
}

TEST_CASE("no-cycle: a tree of parts is compliant") {
  const std::string links = Link("r1", "Composition", "a", "b") + Link("r2", "Aggregation", "a", "c") +
                            Link("r3", "Composition", "b", "c");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(Element("a") + Element("b") + Element("c"), links, Province()))) == "");
}

TEST_CASE("no-cycle: a relationship from an element to itself is a cycle of one step") {
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(Element("a"), Link("r1", "Aggregation", "a", "a"), Province()))) ==
        "t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 1 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'a' (a)\n");
}

TEST_CASE("no-cycle: a cycle mixing the given types — other types do not close it") {
  const std::string elements = Element("a") + Element("b") + Element("c");
  const std::string links = Link("r1", "Composition", "a", "b") + Link("r2", "Aggregation", "b", "c") +
                            Link("r3", "Composition", "c", "a");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 3 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:7:5: note: 'b' (b) → 'c' (c)\n"
        "t.xml:8:5: note: 'c' (c) → 'a' (a)\n");
  const std::string composition_only = Rule("X-1", "no-cycle", "error", "{element}: {length}",
                                            "<param name=\"relationship-types\">Composition</param>");
  CHECK(RunRule(composition_only, LoadXml(ExchangeModel(elements, links, Province()))) == "");
  // A Flow back to the start is an exchange, not a part.
  const std::string with_flow = Link("r1", "Composition", "a", "b") + Link("r2", "Flow", "b", "a");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, with_flow, Province()))) == "");
}

TEST_CASE("no-cycle: two separate cycles give two findings, in file order") {
  const std::string elements = Element("a") + Element("b") + Element("c") + Element("d");
  const std::string links = Link("r1", "Composition", "d", "c") + Link("r2", "Composition", "c", "d") +
                            Link("r3", "Composition", "a", "b") + Link("r4", "Composition", "b", "a");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 2 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:7:5: note: 'b' (b) → 'a' (a)\n"
        "t.xml:8:5: error: 'c' (c) is part of itself through a cycle of 2 steps [MOD-008]\n"
        "t.xml:8:5: note: 'c' (c) → 'd' (d)\n"
        "t.xml:9:5: note: 'd' (d) → 'c' (c)\n");
}

TEST_CASE("no-cycle: one finding for a strongly connected group, showing one cycle through it") {
  // a -> b -> c -> a and b -> a: one group of three elements, one finding.
  const std::string elements = Element("a") + Element("b") + Element("c");
  const std::string links = Link("r1", "Composition", "a", "b") + Link("r2", "Composition", "b", "c") +
                            Link("r3", "Composition", "c", "a") + Link("r4", "Composition", "b", "a");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 3 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:7:5: note: 'b' (b) → 'c' (c)\n"
        "t.xml:8:5: note: 'c' (c) → 'a' (a)\n");
}

TEST_CASE("no-cycle: runs without eaf:level, and ignores dangling relationships") {
  const std::string links = Link("r1", "Composition", "a", "b") + Link("r2", "Composition", "b", "a") +
                            Link("r3", "Composition", "a", "missing");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(Element("a") + Element("b"), links))) ==
        "t.xml:5:5: error: 'a' (a) is part of itself through a cycle of 2 steps [MOD-008]\n"
        "t.xml:5:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:6:5: note: 'b' (b) → 'a' (a)\n");
}

TEST_CASE("no-cycle: a waiver on any element of the cycle silences it") {
  const std::string elements = Element("a") + Element("b", "ApplicationComponent", Prop("p-waive", "MOD-008: modelling in progress"));
  const std::string links = Link("r1", "Composition", "a", "b") + Link("r2", "Composition", "b", "a");
  CHECK(RunRule(kRule, LoadXml(ExchangeModel(elements, links, Province()))) ==
        "[waived: modelling in progress] t.xml:6:5: error: 'a' (a) is part of itself through a cycle of 2 steps [MOD-008]\n"
        "t.xml:6:5: note: 'a' (a) → 'b' (b)\n"
        "t.xml:7:5: note: 'b' (b) → 'a' (a)\n");
}
