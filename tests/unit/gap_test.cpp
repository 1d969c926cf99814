// Gap analysis step by step (checker/gap_steps.h): matching, element and relationship changes,
// finding deltas, the to-do list and the roadmap.

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "check_util.h"
#include "checker/gap_steps.h"

using namespace eaf::test;
namespace checker = eaf::checker;
namespace model = eaf::model;

namespace {

// The matches as "baseline id→target id (how)" lines, "baseline id→-" when removed.
std::string MatchText(const model::Workspace& baseline, const model::Workspace& target) {
  const std::vector<checker::ElementMatch> matches = checker::MatchElements(baseline, target);
  std::string text;
  for (std::size_t b = 0; b < matches.size(); ++b) {
    text += baseline.elements[b].id + "→";
    if (matches[b].target < 0) {
      text += "-\n";
      continue;
    }
    const char* how = matches[b].matched_by == checker::MatchKind::kId     ? "id"
                      : matches[b].matched_by == checker::MatchKind::kCode ? "code"
                                                                           : "kind+name";
    text += target.elements[matches[b].target].id + " (" + how + ")\n";
  }
  return text;
}

std::string Code(const std::string& code) { return Prop("p-code", code); }

model::Element MakeElement(const std::string& name, const std::string& kind, const std::string& owner,
                           std::vector<model::Property> properties) {
  model::Element element;
  element.id = "e";
  element.type = model::ElementType::kApplicationComponent;
  if (!name.empty()) element.names.push_back({"vi", name});
  element.kind = kind;
  element.owner = owner;
  element.properties = std::move(properties);
  return element;
}

checker::CheckedFinding Finding(const std::string& rule, const std::string& subject, model::Severity severity = model::Severity::kError,
                                bool waived = false, const std::string& message = "m") {
  checker::CheckedFinding finding;
  finding.diagnostic.rule_id = rule;
  finding.diagnostic.severity = severity;
  finding.diagnostic.message = message;
  if (!subject.empty()) finding.diagnostic.element_ids.push_back(subject);
  finding.waived = waived;
  return finding;
}

// The deltas as "rule resolved/introduced/remaining" lines.
std::string DeltaText(const std::vector<checker::RuleDelta>& deltas) {
  std::string text;
  for (const auto& delta : deltas) {
    text += delta.rule_id + " " + std::to_string(delta.resolved) + "/" + std::to_string(delta.introduced) + "/" +
            std::to_string(delta.remaining) + "\n";
  }
  return text;
}

// Indexes as the ids of the target's elements, space-separated.
std::string Ids(const model::Workspace& workspace, const std::vector<std::int32_t>& indexes) {
  std::string text;
  for (std::int32_t index : indexes) text += (text.empty() ? "" : " ") + workspace.elements[index].id;
  return text;
}

}  // namespace

TEST_CASE("gap: an id match is kept even when another element has the same code or kind and name") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("a", "Cổng", "portal.information", "", "ApplicationComponent", Code("C1"))));
  const auto target = LoadXml(ExchangeModel(NamedElement("b", "Cổng", "portal.information", "", "ApplicationComponent", Code("C1")) +
                                            NamedElement("a", "Cổng mới", "portal.information")));
  CHECK(MatchText(baseline, target) == "a→a (id)\n");
}

TEST_CASE("gap: elements with new ids are matched by eaf:code, before kind and name") {
  // "same-name" has the old element's kind and name; "coded" carries its code: the code wins.
  const auto baseline = LoadXml(ExchangeModel(NamedElement("old", "Cổng", "portal.information", "", "ApplicationComponent", Code("C1"))));
  const auto target = LoadXml(ExchangeModel(NamedElement("same-name", "Cổng", "portal.information") +
                                            NamedElement("coded", "Cổng thông tin", "portal.information", "", "ApplicationComponent", Code("C1"))));
  CHECK(MatchText(baseline, target) == "old→coded (code)\n");
}

TEST_CASE("gap: without id or code, elements are matched by kind and name — a kind is needed") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("p", "LGSP", "platform.lgsp") + NamedElement("no-kind", "Kho", "") +
                                              NamedElement("other-kind", "Cổng", "portal.information")));
  const auto target = LoadXml(ExchangeModel(NamedElement("q", "LGSP", "platform.lgsp") + NamedElement("no-kind-2", "Kho", "") +
                                            NamedElement("other-kind-2", "Cổng", "portal.public-service")));
  CHECK(MatchText(baseline, target) == "p→q (kind+name)\nno-kind→-\nother-kind→-\n");
}

TEST_CASE("gap: a target element is matched once — the first baseline element claims it") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("b1", "A", "", "", "ApplicationComponent", Code("C1")) +
                                              NamedElement("b2", "B", "", "", "ApplicationComponent", Code("C1"))));
  const auto target = LoadXml(ExchangeModel(NamedElement("t1", "C", "", "", "ApplicationComponent", Code("C1"))));
  CHECK(MatchText(baseline, target) == "b1→t1 (code)\nb2→-\n");
}

TEST_CASE("gap: an element's changes are its name, kind, owner and every other property by key") {
  const model::Element before = MakeElement("Cổng A", "portal.information", "PTO",
                                            {{"eaf:kind", "portal.information"}, {"eaf:owner", "PTO"}, {"eaf:security-level", "2"}, {"eaf:code", "C1"}});
  const model::Element after = MakeElement("Cổng B", "", "HNI", {{"eaf:owner", "HNI"}, {"eaf:status", "building"}, {"eaf:security-level", "3"}});
  const checker::ElementChange change = checker::DiffElement(before, after);
  CHECK(change.renamed);
  std::vector<std::string> lines;
  for (const checker::ValueChange& value : change.changes) lines.push_back(checker::FormatChange(value, "(none)"));
  CHECK(lines == std::vector<std::string>{"name: Cổng A → Cổng B", "eaf:kind: portal.information → (none)", "eaf:owner: PTO → HNI",
                                          "eaf:code: C1 → (none)", "eaf:security-level: 2 → 3", "eaf:status: (none) → building"});
  const checker::ElementChange same = checker::DiffElement(before, before);
  CHECK_FALSE(same.renamed);
  CHECK(same.changes.empty());
}

TEST_CASE("gap: matched elements that differ are changed, the rest are added or removed") {
  const auto baseline = LoadXml(ExchangeModel(NamedElement("same", "A", "") + NamedElement("gone", "B", "") +
                                              NamedElement("old", "C", "", "", "ApplicationComponent", Code("C1") + Prop("p-sec", "2"))));
  const auto target = LoadXml(ExchangeModel(NamedElement("new", "C", "", "", "ApplicationComponent", Code("C1") + Prop("p-sec", "3")) +
                                            NamedElement("same", "A", "") + NamedElement("fresh", "D", "")));
  const checker::ElementChanges changes = checker::CompareElements(baseline, target, checker::MatchElements(baseline, target));
  REQUIRE(changes.changed.size() == 1);
  CHECK(changes.changed[0].baseline == 2);
  CHECK(changes.changed[0].target == 0);
  CHECK(changes.changed[0].matched_by == checker::MatchKind::kCode);
  REQUIRE(changes.changed[0].changes.size() == 1);
  CHECK(checker::FormatChange(changes.changed[0].changes[0], "(none)") == "eaf:security-level: 2 → 3");
  REQUIRE(changes.removed.size() == 1);
  CHECK(changes.removed[0].baseline == 1);
  REQUIRE(changes.added.size() == 1);
  CHECK(changes.added[0].target == 2);
}

TEST_CASE("gap: relationships are kept by id, or by type between the matched ends") {
  const std::string baseline_elements = NamedElement("a", "A", "", "", "ApplicationComponent", Code("CA")) + NamedElement("b", "B", "") +
                                        NamedElement("c", "C", "");
  const std::string target_elements = NamedElement("a2", "A", "", "", "ApplicationComponent", Code("CA")) + NamedElement("b", "B", "") +
                                      NamedElement("c", "C", "");
  const auto baseline = LoadXml(ExchangeModel(baseline_elements, Relation("r-id", "Flow", "a", "b") + Relation("r-old", "Serving", "a", "c") +
                                                                      Relation("r-type", "Flow", "b", "c") + Relation("r-gone", "Flow", "c", "b")));
  // r-id keeps its id though its ends changed; r-new is r-old between the matched ends; r-type changed type.
  const auto target = LoadXml(ExchangeModel(target_elements, Relation("r-id", "Flow", "c", "a2") + Relation("r-new", "Serving", "a2", "c") +
                                                                    Relation("r-type2", "Triggering", "b", "c") + Relation("r-extra", "Flow", "b", "a2")));
  const auto matches = checker::MatchElements(baseline, target);
  const auto target_ids = checker::TargetIdsOf(baseline, target, matches);
  CHECK(target_ids.at("a") == "a2");
  const checker::RelationshipCounts counts = checker::CompareRelationships(baseline, target, target_ids);
  CHECK(counts.kept == 2);
  CHECK(counts.removed == 2);
  CHECK(counts.added == 2);
  // Listed, not only counted: r-type and r-gone are gone, r-type2 and r-extra are new.
  CHECK(counts.removed_list == std::vector<std::int32_t>{2, 3});
  CHECK(counts.added_list == std::vector<std::int32_t>{2, 3});
}

TEST_CASE("gap: a target relationship keeps one baseline relationship at most") {
  const std::string elements = NamedElement("a", "A", "") + NamedElement("b", "B", "");
  const auto baseline = LoadXml(ExchangeModel(elements, Relation("r1", "Flow", "a", "b") + Relation("r2", "Flow", "a", "b")));
  const auto target = LoadXml(ExchangeModel(elements, Relation("r3", "Flow", "a", "b")));
  const auto target_ids = checker::TargetIdsOf(baseline, target, checker::MatchElements(baseline, target));
  const checker::RelationshipCounts counts = checker::CompareRelationships(baseline, target, target_ids);
  CHECK(counts.kept == 1);
  CHECK(counts.removed_list == std::vector<std::int32_t>{1});
  CHECK(counts.added_list.empty());
}

namespace {
std::string WarningsText(const std::vector<model::MessageRef>& warnings) {
  std::string text;
  for (const model::MessageRef& warning : warnings) text += model::Text("en", warning) + "\n";
  return text;
}
std::string StateModel(const std::string& agency, const std::string& state) {
  std::string properties = Prop("p-agency", agency);
  if (!state.empty()) properties += Prop("p-state", state);
  return ExchangeModel(NamedElement("a", "A", ""), "", properties);
}
}  // namespace

TEST_CASE("gap: agencies that differ and an eaf:state missing, swapped or wrong are warned about") {
  const auto good_baseline = LoadXml(StateModel("SLA", "baseline"), "b.xml");
  const auto good_target = LoadXml(StateModel("SLA", "target"), "t.xml");
  CHECK(checker::StateWarnings(good_baseline, good_target).empty());
  CHECK(WarningsText(checker::StateWarnings(good_target, good_baseline)) ==
        "The baseline is marked eaf:state target and the target eaf:state baseline: were they given the wrong way round?\n");
  const auto other_agency = LoadXml(StateModel("LSN", ""), "o.xml");
  CHECK(WarningsText(checker::StateWarnings(good_baseline, other_agency)) ==
        "Baseline and target are of different agencies (baseline SLA, target LSN): the comparison matches little.\n"
        "The target o.xml has no eaf:state; a target should say eaf:state target.\n");
  CHECK(WarningsText(checker::StateWarnings(good_target, good_target)) ==
        "The baseline t.xml says eaf:state target; a baseline should say eaf:state baseline.\n");
}

TEST_CASE("gap: findings per rule are resolved, introduced or remaining — waived ones do not count") {
  checker::CheckReport before, after;
  before.findings = {Finding("R1", "old-a"), Finding("R1", "b"), Finding("R2", "c"), Finding("R3", "d", model::Severity::kError, true),
                     Finding("R4", "", model::Severity::kWarning, false, "the model has no level")};
  after.findings = {Finding("R1", "a"), Finding("R2", "e"), Finding("R3", "d"), Finding("R5", "f", model::Severity::kError, true),
                    Finding("R4", "", model::Severity::kWarning, false, "the model has no level"),
                    Finding("R4", "", model::Severity::kWarning, false, "the model has no agency")};
  const std::unordered_map<std::string, std::string> target_ids{{"old-a", "a"}};
  CHECK(DeltaText(checker::CompareFindings(&before, after, target_ids)) == "R1 1/0/1\nR2 1/1/0\nR3 0/1/0\nR4 0/1/1\n");
  // Without a baseline, every finding of the target remains.
  CHECK(DeltaText(checker::CompareFindings(nullptr, after, {})) == "R1 0/0/1\nR2 0/0/1\nR3 0/0/1\nR4 0/0/2\n");
}

TEST_CASE("gap: the to-do list puts prerequisites first by the pack's todo-order, then rule id, then report order") {
  checker::RulePack pack;
  auto rule = [](const std::string& id, const std::string& source, int todo_order) {
    checker::RuleDefinition definition;
    definition.id = id;
    definition.source = source;
    definition.todo_order = todo_order;
    return definition;
  };
  pack.rules = {rule("A-1", "law A", 50), rule("B-1", "law B", 5), checker::RuleDefinition{}};
  pack.rules[2].id = "C-1";  // no todo-order: last
  checker::CheckReport report;
  report.findings = {Finding("Z-9", "z"), Finding("C-1", "c", model::Severity::kWarning), Finding("A-1", "first"),
                     Finding("A-1", "info", model::Severity::kInfo), Finding("B-1", "waived", model::Severity::kError, true),
                     Finding("B-1", "b", model::Severity::kWarning), Finding("A-1", "second")};
  for (std::size_t i = 0; i < report.findings.size(); ++i) report.findings[i].diagnostic.message = report.findings[i].diagnostic.element_ids[0];
  std::string text;
  for (const checker::TodoItem& item : checker::TodoList(report, pack)) {
    text += item.rule_id + " " + item.message + " " + std::to_string(item.order) + " [" + item.source + "]\n";
  }
  CHECK(text == "B-1 b 5 [law B]\nA-1 first 50 [law A]\nA-1 second 50 [law A]\nC-1 c 100 []\nZ-9 z 100 []\n");
}

TEST_CASE("gap: the to-do orders of the framework pack put the LGSP, then its link to the NGSP, first") {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  REQUIRE(checker::LoadRulePack(EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml", pack, diagnostics));
  std::map<std::string, int> orders;
  for (const auto& rule : pack.rules) orders[rule.id] = rule.todo_order;
  CHECK(orders["MOD-005"] == 0);
  CHECK(orders["REQ-001"] == 5);
  CHECK(orders["REQ-002"] == 10);
  CHECK(orders["INT-002"] == 25);
  CHECK(orders["INT-003"] == 30);
  CHECK(orders["SEC-004"] == 95);
  CHECK(orders["MOD-001"] == checker::kDefaultTodoOrder);
}

TEST_CASE("gap: a work package's phase is eaf:phase, else a year standing alone in its name") {
  CHECK(checker::PhaseOf(MakeElement("Triển khai 2026-2030", "", "", {{"eaf:phase", "Giai đoạn 1"}})) == "Giai đoạn 1");
  CHECK(checker::PhaseOf(MakeElement("Triển khai 2026-2030", "", "", {{"eaf:phase", ""}})) == "2026");
  CHECK(checker::PhaseOf(MakeElement("Nâng cấp 2027", "", "", {})) == "2027");
  CHECK(checker::PhaseOf(MakeElement("Phiên bản 20261", "", "", {})) == "");
  CHECK(checker::PhaseOf(MakeElement("Nâng cấp cổng", "", "", {})) == "");
}

TEST_CASE("gap: the roadmap groups work packages by phase, those without one last, and lists additions no package realizes") {
  auto target = LoadXml(ExchangeModel(
      NamedElement("wp-late", "Triển khai 2027", "", "", "WorkPackage") + NamedElement("wp-none", "Đào tạo", "", "", "WorkPackage") +
          NamedElement("wp-early", "Chuẩn bị", "", "", "WorkPackage") + NamedElement("app-a", "A", "") + NamedElement("app-b", "B", "") +
          NamedElement("foreign", "C", "", "BYT") + NamedElement("goal", "Mục tiêu", "", "", "Goal") +
          NamedElement("plateau", "Mục tiêu 2030", "", "", "Plateau") + NamedElement("gap", "Khoảng trống", "", "", "Gap"),
      Relation("r1", "Realization", "wp-late", "app-a") + Relation("r2", "Serving", "wp-none", "app-b")));
  target.elements[2].properties.push_back({"eaf:phase", "2025"});
  target.elements[0].properties.push_back({"eaf:funding", "ngân sách địa phương"});
  std::vector<checker::ElementChange> added;
  for (std::int32_t t : {3, 4, 5, 6}) added.push_back({-1, t, checker::MatchKind::kId, false, {}});
  const checker::Roadmap roadmap = checker::PlanRoadmap(target, added);
  std::string work;
  for (const auto& item : roadmap.work) work += target.elements[item.element].id + " " + item.phase + " [" + Ids(target, item.realizes) + "]\n";
  CHECK(work == "wp-early 2025 []\nwp-late 2027 [app-a]\nwp-none  []\n");
  CHECK(Ids(target, roadmap.additions_without_task) == "app-b");
  CHECK(Ids(target, roadmap.plateaus) == "plateau");
  CHECK(Ids(target, roadmap.gaps) == "gap");
  // A work package without a funding source, or without a phase, covers nothing yet.
  target.elements[0].properties.pop_back();
  CHECK(Ids(target, checker::PlanRoadmap(target, added).additions_without_task) == "app-a app-b");
  target.elements[0].properties.push_back({"eaf:funding", "ngân sách địa phương"});
  for (auto& name : target.elements[0].names) name.text = "Triển khai";  // no year in the name: no phase
  CHECK(Ids(target, checker::PlanRoadmap(target, added).additions_without_task) == "app-a app-b");
}

TEST_CASE("gap: coverage counts the kinds of each architecture a model has") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp")));
  const std::vector<checker::Coverage> coverage = checker::CoverageOf(workspace, "2.0");
  REQUIRE(coverage.size() == 5);
  for (const checker::Coverage& entry : coverage) {
    const bool application = entry.architecture == model::Architecture::kApplication;
    CHECK(entry.elements == (application ? 1u : 0u));
    CHECK(entry.kinds_present == (application ? 1u : 0u));
    CHECK(entry.missing_kinds.size() == entry.kinds_total - entry.kinds_present);
    CHECK(std::count(entry.missing_kinds.begin(), entry.missing_kinds.end(), "platform.lgsp") == 0);
  }
}

TEST_CASE("gap: coverage of a framework leaves out the components a later framework brought") {
  const auto workspace = LoadXml(ExchangeModel(NamedElement("lgsp", "LGSP", "platform.lgsp")));
  auto missing = [&](std::string_view framework) {
    std::vector<std::string> kinds;
    for (const checker::Coverage& entry : checker::CoverageOf(workspace, framework)) {
      kinds.insert(kinds.end(), entry.missing_kinds.begin(), entry.missing_kinds.end());
    }
    return kinds;
  };
  auto has = [](const std::vector<std::string>& kinds, const char* kind) { return std::count(kinds.begin(), kinds.end(), kind) == 1; };
  const std::vector<std::string> v2 = missing("2.0"), v3 = missing("3.0"), v4 = missing("4.0");
  CHECK_FALSE(has(v2, "platform.national-identity"));
  CHECK_FALSE(has(v2, "platform.ndop"));
  CHECK(has(v3, "platform.national-identity"));
  CHECK(has(v3, "infra.national-data-center"));
  CHECK_FALSE(has(v3, "platform.ndop"));
  CHECK(has(v4, "platform.ndop"));
  CHECK(v2.size() + 2 == v3.size());
  CHECK(v3.size() + 1 == v4.size());
}
