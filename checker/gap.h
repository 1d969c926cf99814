#pragma once
/// Gap analysis: baseline (hiện trạng) against target (mục tiêu), and a model against the
/// framework, in the framework's own terms: what changes, which findings are resolved or
/// introduced, what the framework still requires, coverage of the five reference models, and
/// the roadmap (lộ trình) of work packages.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/engine.h"
#include "model/messages.h"
#include "model/model.h"
#include "model/profile.h"

namespace eaf::checker {

/// How an element of one state was matched with the other state.
enum class MatchKind { kId, kCode, kKindAndName };

/// One value that differs between the states: the name, or a property by key; a side without
/// the value has none.
struct ValueChange {
  std::string field;  ///< "name", or a property key such as "eaf:security-level"
  std::optional<std::string> before, after;
};

/// "field: before → after", with `none` for an absent side (the writers pass their language's word).
std::string FormatChange(const ValueChange& change, std::string_view none, std::string_view field_label = {});

/// A change of one element (or relationship) between the states.
struct ElementChange {
  std::int32_t baseline = -1;  ///< index in the baseline workspace, -1 when added
  std::int32_t target = -1;    ///< index in the target workspace, -1 when removed
  MatchKind matched_by = MatchKind::kId;
  bool renamed = false;
  std::vector<ValueChange> changes;  ///< the name, eaf:kind, eaf:owner, then every other property by key
};

/// The findings of one rule in both states.
struct RuleDelta {
  std::string rule_id;
  std::size_t resolved = 0, introduced = 0, remaining = 0;
};

/// One thing the framework still requires of the target.
struct TodoItem {
  std::string rule_id;
  std::string message;
  std::string source;
  model::SourceLocation location;
  int order = 0;  ///< the rule's todo-order in the pack: prerequisites first
};

/// Coverage of one of the five architectures: which of the profile's kinds for it are present.
struct Coverage {
  model::Architecture architecture;
  std::size_t elements = 0;
  std::size_t kinds_present = 0, kinds_total = 0;
  std::vector<std::string> missing_kinds;
};

/// A work package of the roadmap.
struct WorkItem {
  std::int32_t element = -1;  ///< index in the target workspace
  std::string phase;          ///< eaf:phase, else a year 20xx in the name, else ""
  std::vector<std::int32_t> realizes;
};

/// Everything a gap report shows: element, relationship and finding changes, to-do, coverage, roadmap.
struct GapAnalysis {
  bool has_baseline = false;
  std::vector<ElementChange> added, removed, changed;  ///< elements
  std::size_t relationships_added = 0, relationships_removed = 0, relationships_kept = 0;
  std::vector<std::int32_t> added_relationships;    ///< indexes in the target workspace, in order
  std::vector<std::int32_t> removed_relationships;  ///< indexes in the baseline workspace, in order
  /// What makes the comparison doubtful: agencies that differ, an eaf:state missing, swapped or
  /// wrong. The writers put these first, in every format.
  std::vector<model::MessageRef> warnings;
  std::vector<RuleDelta> rules;  ///< per rule with findings in either state, by id
  std::vector<TodoItem> todo;    ///< what the target still lacks, prerequisites first
  std::vector<Coverage> baseline_coverage, target_coverage;
  std::vector<WorkItem> work;  ///< by phase, then element order
  std::vector<std::int32_t> plateaus, gaps;  ///< Plateau and Gap elements of the target
  std::vector<std::int32_t> additions_without_task;  ///< target additions no work package realizes
};

/// Compares two states. `baseline` may be null: then it is the model against the framework alone.
/// Its steps are declared, for tests, in checker/gap_steps.h.
GapAnalysis AnalyzeGap(const model::Workspace* baseline, const CheckReport* baseline_report, const model::Workspace& target,
                       const CheckReport& target_report, const RulePack& pack);

}  // namespace eaf::checker
