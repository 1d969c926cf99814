#pragma once
/// The steps of AnalyzeGap (checker/gap.h), one function each so each can be tested alone:
/// matching elements across the states, what changed in a matched element, relationships kept,
/// findings resolved or introduced, the to-do list and the roadmap. Internal to the checker.

#include <string>
#include <unordered_map>
#include <vector>

#include "checker/gap.h"

namespace eaf::checker {

/// Which target element one baseline element became, and how the two were matched.
struct ElementMatch {
  std::int32_t target = -1;  ///< index in the target workspace, -1 when the element was removed
  MatchKind matched_by = MatchKind::kId;
};

/// Matches each baseline element with at most one target element: by id, then by eaf:code, then
/// by kind and name. A target element is matched once at most, and an earlier pass wins.
std::vector<ElementMatch> MatchElements(const model::Workspace& baseline, const model::Workspace& target);

/// The target id of every matched baseline element, by baseline id.
std::unordered_map<std::string, std::string> TargetIdsOf(const model::Workspace& baseline, const model::Workspace& target,
                                                         const std::vector<ElementMatch>& matches);

/// What differs between two matched elements: name, eaf:kind, eaf:owner, then every other
/// property by key. Only `renamed` and `changes` are filled.
ElementChange DiffElement(const model::Element& before, const model::Element& after);

/// The elements added, removed and changed between the states, in element order.
struct ElementChanges {
  std::vector<ElementChange> added, removed, changed;
};

/// Sorts the matches into additions, removals and changes (matched elements that differ).
ElementChanges CompareElements(const model::Workspace& baseline, const model::Workspace& target,
                               const std::vector<ElementMatch>& matches);

/// How many relationships the states share, and which ones only one of them has.
struct RelationshipCounts {
  std::size_t added = 0, removed = 0, kept = 0;
  std::vector<std::int32_t> added_list;    ///< target relationships no baseline one was kept as
  std::vector<std::int32_t> removed_list;  ///< baseline relationships not kept
};

/// Counts the baseline relationships kept in the target: same id, else same type between the
/// matched ends (`target_ids` from TargetIdsOf). Each target relationship keeps one baseline
/// relationship at most; the rest of the target's are added.
RelationshipCounts CompareRelationships(const model::Workspace& baseline, const model::Workspace& target,
                                        const std::unordered_map<std::string, std::string>& target_ids);

/// Unwaived findings per rule, by rule id: resolved (only in the baseline), introduced (only in
/// the target) and remaining (in both, or every target finding when there is no baseline report).
/// A finding is the same across states when its rule and subject are, the subject's baseline id
/// translated by `target_ids`.
std::vector<RuleDelta> CompareFindings(const CheckReport* baseline_report, const CheckReport& target_report,
                                       const std::unordered_map<std::string, std::string>& target_ids);

/// The unwaived warnings and errors of the target, prerequisites first: by the rule's todo-order
/// in the pack, then rule id, then report order.
std::vector<TodoItem> TodoList(const CheckReport& target_report, const RulePack& pack);

/// The phase of a work package: eaf:phase, else the first year 20xx standing alone in its name,
/// else "".
std::string PhaseOf(const model::Element& element);

/// Plateaus, gaps and work packages of the target, and the additions no work package realizes.
struct Roadmap {
  std::vector<WorkItem> work;  ///< by phase (those without one last), then element order
  std::vector<std::int32_t> plateaus, gaps;
  std::vector<std::int32_t> additions_without_task;
};

/// The roadmap of the target; `added` are the target's additions (CompareElements).
Roadmap PlanRoadmap(const model::Workspace& target, const std::vector<ElementChange>& added);

/// Why a comparison may be wrong: baseline and target of different agencies, or an eaf:state
/// missing, swapped or other than the side the file was given as.
std::vector<model::MessageRef> StateWarnings(const model::Workspace& baseline, const model::Workspace& target);

/// For each of the five architectures, which of the profile's kinds the workspace has.
/// The kinds of `framework` (those with no `since` or one not later than it) present in `workspace`, per architecture.
std::vector<Coverage> CoverageOf(const model::Workspace& workspace, std::string_view framework);

}  // namespace eaf::checker
