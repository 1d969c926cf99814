#include "checker/gap.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "checker/gap_steps.h"

namespace eaf::checker {
namespace {

using model::Element;
using model::Workspace;

std::string Code(const Element& element) {
  const std::string* code = element.FindProperty(model::prop::kCode);
  return code ? *code : std::string();
}

std::string NameKey(const Element& element) { return element.kind + "\x1f" + element.Name(); }

// A finding's identity across states: its rule and its subject, named in the target's ids.
std::string FindingKey(const CheckedFinding& finding, const std::unordered_map<std::string, std::string>& target_ids) {
  std::string subject = finding.diagnostic.element_ids.empty() ? "" : finding.diagnostic.element_ids.front();
  if (auto it = target_ids.find(subject); it != target_ids.end()) subject = it->second;
  return finding.diagnostic.rule_id + "\x1f" + subject + "\x1f" +
         (finding.diagnostic.element_ids.empty() ? finding.diagnostic.message : "");
}

}  // namespace

std::vector<ElementMatch> MatchElements(const Workspace& baseline, const Workspace& target) {
  std::unordered_map<std::string, std::int32_t> by_id, by_code, by_name;
  for (std::size_t i = 0; i < target.elements.size(); ++i) {
    const Element& element = target.elements[i];
    by_id.emplace(element.id, static_cast<std::int32_t>(i));
    if (const std::string code = Code(element); !code.empty()) by_code.emplace(code, static_cast<std::int32_t>(i));
    if (!element.kind.empty() && !element.Name().empty()) by_name.emplace(NameKey(element), static_cast<std::int32_t>(i));
  }
  std::vector<ElementMatch> matches(baseline.elements.size());
  std::vector<char> target_matched(target.elements.size(), 0);
  // Three passes, so an id match is never stolen by a code or name match of another element.
  auto claim = [&](std::size_t b, std::int32_t t, MatchKind kind) {
    if (t < 0 || target_matched[t] || matches[b].target >= 0) return;
    matches[b] = {t, kind};
    target_matched[t] = 1;
  };
  for (std::size_t b = 0; b < baseline.elements.size(); ++b) {
    if (auto it = by_id.find(baseline.elements[b].id); it != by_id.end()) claim(b, it->second, MatchKind::kId);
  }
  for (std::size_t b = 0; b < baseline.elements.size(); ++b) {
    const std::string code = Code(baseline.elements[b]);
    if (auto it = code.empty() ? by_code.end() : by_code.find(code); it != by_code.end()) claim(b, it->second, MatchKind::kCode);
  }
  for (std::size_t b = 0; b < baseline.elements.size(); ++b) {
    const Element& element = baseline.elements[b];
    if (element.kind.empty() || element.Name().empty()) continue;
    if (auto it = by_name.find(NameKey(element)); it != by_name.end()) claim(b, it->second, MatchKind::kKindAndName);
  }
  return matches;
}

std::unordered_map<std::string, std::string> TargetIdsOf(const Workspace& baseline, const Workspace& target,
                                                         const std::vector<ElementMatch>& matches) {
  std::unordered_map<std::string, std::string> target_ids;
  for (std::size_t b = 0; b < matches.size(); ++b) {
    if (matches[b].target >= 0) target_ids[baseline.elements[b].id] = target.elements[matches[b].target].id;
  }
  return target_ids;
}

std::string FormatChange(const ValueChange& change, std::string_view none, std::string_view field_label) {
  return std::string(field_label.empty() ? std::string_view(change.field) : field_label) + ": " +
         (change.before ? *change.before : std::string(none)) + " → " + (change.after ? *change.after : std::string(none));
}

ElementChange DiffElement(const Element& before, const Element& after) {
  ElementChange change;
  auto value = [](const std::string& text) { return text.empty() ? std::nullopt : std::optional<std::string>(text); };
  if (before.Name() != after.Name()) {
    change.renamed = true;
    change.changes.push_back({"name", before.Name(), after.Name()});
  }
  if (before.kind != after.kind) change.changes.push_back({std::string(model::prop::kKind), value(before.kind), value(after.kind)});
  if (before.owner != after.owner) change.changes.push_back({std::string(model::prop::kOwner), value(before.owner), value(after.owner)});
  std::map<std::string, std::string> old_properties, new_properties;
  for (const auto& property : before.properties) old_properties[property.key] = property.value;
  for (const auto& property : after.properties) new_properties[property.key] = property.value;
  std::set<std::string> keys;
  for (const auto& [key, text] : old_properties) keys.insert(key);
  for (const auto& [key, text] : new_properties) keys.insert(key);
  for (const std::string& key : keys) {
    if (key == model::prop::kKind || key == model::prop::kOwner) continue;  // compared above, as resolved
    auto a = old_properties.find(key), c = new_properties.find(key);
    std::optional<std::string> from, to;
    if (a != old_properties.end()) from = a->second;
    if (c != new_properties.end()) to = c->second;
    if (from != to) change.changes.push_back({key, from, to});
  }
  return change;
}

ElementChanges CompareElements(const Workspace& baseline, const Workspace& target, const std::vector<ElementMatch>& matches) {
  ElementChanges result;
  std::vector<char> target_matched(target.elements.size(), 0);
  for (std::size_t b = 0; b < matches.size(); ++b) {
    const auto [t, kind] = matches[b];
    if (t < 0) {
      result.removed.push_back({static_cast<std::int32_t>(b), -1, MatchKind::kId, false, {}});
      continue;
    }
    target_matched[t] = 1;
    ElementChange change = DiffElement(baseline.elements[b], target.elements[t]);
    change.baseline = static_cast<std::int32_t>(b);
    change.target = t;
    change.matched_by = kind;
    if (!change.changes.empty()) result.changed.push_back(std::move(change));
  }
  for (std::size_t t = 0; t < target.elements.size(); ++t) {
    if (!target_matched[t]) result.added.push_back({-1, static_cast<std::int32_t>(t), MatchKind::kId, false, {}});
  }
  return result;
}

RelationshipCounts CompareRelationships(const Workspace& baseline, const Workspace& target,
                                        const std::unordered_map<std::string, std::string>& target_ids) {
  // Target relationships by id and by (type, source, target), each list in order; a baseline
  // relationship takes the first one not yet taken.
  std::unordered_map<std::string, std::vector<std::int32_t>> by_id, by_key;
  auto relationship_key = [](const model::Relationship& r, const std::string& source, const std::string& target_id) {
    return std::string(model::RelationshipTypeName(r.type)) + "\x1f" + source + "\x1f" + target_id;
  };
  for (std::size_t i = 0; i < target.relationships.size(); ++i) {
    const model::Relationship& relationship = target.relationships[i];
    by_id[relationship.id].push_back(static_cast<std::int32_t>(i));
    if (relationship.ConnectsElements()) {
      by_key[relationship_key(relationship, target.elements[relationship.source_index].id, target.elements[relationship.target_index].id)]
          .push_back(static_cast<std::int32_t>(i));
    }
  }
  std::vector<char> taken(target.relationships.size(), 0);
  auto take = [&](const std::unordered_map<std::string, std::vector<std::int32_t>>& index, const std::string& key) {
    auto it = index.find(key);
    if (it == index.end()) return false;
    for (std::int32_t t : it->second) {
      if (!taken[t]) return taken[t] = 1, true;
    }
    return false;
  };
  RelationshipCounts counts;
  for (std::size_t b = 0; b < baseline.relationships.size(); ++b) {
    const model::Relationship& relationship = baseline.relationships[b];
    bool found = take(by_id, relationship.id);
    if (!found && relationship.ConnectsElements()) {
      // An unmatched end maps to a character no id holds, so it matches nothing.
      auto mapped = [&](std::int32_t index) {
        auto it = target_ids.find(baseline.elements[index].id);
        return it == target_ids.end() ? std::string("\x1e") : it->second;
      };
      found = take(by_key, relationship_key(relationship, mapped(relationship.source_index), mapped(relationship.target_index)));
    }
    if (found) ++counts.kept;
    else counts.removed_list.push_back(static_cast<std::int32_t>(b));
  }
  for (std::size_t t = 0; t < target.relationships.size(); ++t) {
    if (!taken[t]) counts.added_list.push_back(static_cast<std::int32_t>(t));
  }
  counts.added = counts.added_list.size();
  counts.removed = counts.removed_list.size();
  return counts;
}

std::vector<model::MessageRef> StateWarnings(const Workspace& baseline, const Workspace& target) {
  std::vector<model::MessageRef> warnings;
  auto agencies = [](const Workspace& workspace) {
    std::set<std::string> set;
    for (const model::SourceFile& file : workspace.files) {
      if (!file.agency.empty()) set.insert(file.agency);
    }
    std::string joined;
    for (const std::string& agency : set) joined += (joined.empty() ? "" : ", ") + agency;
    return joined;
  };
  const std::string before = agencies(baseline), after = agencies(target);
  if (!before.empty() && !after.empty() && before != after) {
    warnings.push_back({"gap.warning.agencies-differ", {{"baseline", before}, {"target", after}}});
  }
  auto all_in_state = [](const Workspace& workspace, std::string_view state) {
    return std::all_of(workspace.files.begin(), workspace.files.end(), [&](const model::SourceFile& file) { return file.state == state; });
  };
  if (!baseline.files.empty() && !target.files.empty() && all_in_state(baseline, "target") && all_in_state(target, "baseline")) {
    warnings.push_back({"gap.warning.states-swapped", {}});
    return warnings;
  }
  auto check = [&](const Workspace& workspace, std::string_view expected) {
    const std::string side(expected);
    for (const model::SourceFile& file : workspace.files) {
      if (file.state.empty()) {
        warnings.push_back({"gap.warning." + side + "-state-missing", {{"path", file.path}}});
      } else if (file.state != expected) {
        warnings.push_back({"gap.warning." + side + "-state-wrong", {{"path", file.path}, {"state", file.state}}});
      }
    }
  };
  check(baseline, "baseline");
  check(target, "target");
  return warnings;
}

std::vector<RuleDelta> CompareFindings(const CheckReport* baseline_report, const CheckReport& target_report,
                                       const std::unordered_map<std::string, std::string>& target_ids) {
  std::map<std::string, RuleDelta> deltas;
  std::multiset<std::string> before_keys;
  if (baseline_report) {
    for (const CheckedFinding& finding : baseline_report->findings) {
      if (!finding.waived) before_keys.insert(FindingKey(finding, target_ids));
    }
  }
  const std::unordered_map<std::string, std::string> already_target_ids;
  for (const CheckedFinding& finding : target_report.findings) {
    if (finding.waived) continue;
    RuleDelta& delta = deltas[finding.diagnostic.rule_id];
    delta.rule_id = finding.diagnostic.rule_id;
    auto it = before_keys.find(FindingKey(finding, already_target_ids));
    if (it != before_keys.end()) {
      ++delta.remaining;
      before_keys.erase(it);
    } else if (baseline_report) {
      ++delta.introduced;
    } else {
      ++delta.remaining;
    }
  }
  for (const std::string& key : before_keys) {
    const std::string rule = key.substr(0, key.find('\x1f'));
    deltas[rule].rule_id = rule;
    ++deltas[rule].resolved;
  }
  std::vector<RuleDelta> result;
  for (auto& [id, delta] : deltas) result.push_back(delta);
  return result;
}

std::vector<TodoItem> TodoList(const CheckReport& target_report, const RulePack& pack) {
  std::map<std::string, const RuleDefinition*> rules;
  for (const RuleDefinition& rule : pack.rules) rules[rule.id] = &rule;
  std::vector<TodoItem> todo;
  for (const CheckedFinding& finding : target_report.findings) {
    if (finding.waived || finding.diagnostic.severity == model::Severity::kInfo) continue;
    auto it = rules.find(finding.diagnostic.rule_id);
    const RuleDefinition* rule = it == rules.end() ? nullptr : it->second;
    todo.push_back({finding.diagnostic.rule_id, finding.diagnostic.message, rule ? rule->source : "",
                    finding.diagnostic.location, rule ? rule->todo_order : kDefaultTodoOrder});
  }
  std::stable_sort(todo.begin(), todo.end(), [](const TodoItem& a, const TodoItem& b) {
    return std::tie(a.order, a.rule_id) < std::tie(b.order, b.rule_id);
  });
  return todo;
}

std::string PhaseOf(const Element& element) {
  if (const std::string* phase = element.FindProperty(model::prop::kPhase); phase && !phase->empty()) return *phase;
  const std::string& name = element.Name();
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    if (name[i] == '2' && name[i + 1] == '0' && std::isdigit(static_cast<unsigned char>(name[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(name[i + 3])) &&
        (i + 4 == name.size() || !std::isdigit(static_cast<unsigned char>(name[i + 4])))) {
      return name.substr(i, 4);
    }
  }
  return {};
}

Roadmap PlanRoadmap(const Workspace& target, const std::vector<ElementChange>& added) {
  Roadmap roadmap;
  std::vector<char> realized(target.elements.size(), 0);
  for (std::size_t i = 0; i < target.elements.size(); ++i) {
    const Element& element = target.elements[i];
    if (element.type == model::ElementType::kPlateau) roadmap.plateaus.push_back(static_cast<std::int32_t>(i));
    if (element.type == model::ElementType::kGap) roadmap.gaps.push_back(static_cast<std::int32_t>(i));
    if (element.type != model::ElementType::kWorkPackage) continue;
    WorkItem item{static_cast<std::int32_t>(i), PhaseOf(element), {}};
    // Framework 2.0's roadmap gives each task a phase and a funding source: only such a task
    // covers an addition (an unfunded or unphased one is listed, but plans nothing yet).
    const std::string* funding = element.FindProperty(model::prop::kFunding);
    const bool planned = !item.phase.empty() && funding && !funding->empty();
    for (const auto& relationship : target.relationships) {
      if (relationship.type != model::RelationshipType::kRealization || !relationship.ConnectsElements()) continue;
      if (relationship.source_index != static_cast<std::int32_t>(i)) continue;
      item.realizes.push_back(relationship.target_index);
      if (planned) realized[relationship.target_index] = 1;
    }
    roadmap.work.push_back(std::move(item));
  }
  std::stable_sort(roadmap.work.begin(), roadmap.work.end(), [](const WorkItem& a, const WorkItem& b) {
    return (a.phase.empty() ? "\x7f" : a.phase) < (b.phase.empty() ? "\x7f" : b.phase);
  });
  // Work packages, goals, plateaus and the like are the plan itself, not work it must cover.
  auto is_roadmap_element = [](const Element& element) {
    const model::ArchiLayer layer = model::LayerOf(element.type);
    return layer == model::ArchiLayer::kImplementation || layer == model::ArchiLayer::kMotivation ||
           element.type == model::ElementType::kGrouping || element.type == model::ElementType::kJunction;
  };
  for (const ElementChange& addition : added) {
    const Element& element = target.elements[addition.target];
    if (!realized[addition.target] && !is_roadmap_element(element) && target.IsOwned(element)) {
      roadmap.additions_without_task.push_back(addition.target);
    }
  }
  return roadmap;
}

std::vector<Coverage> CoverageOf(const Workspace& workspace, std::string_view framework) {
  std::vector<Coverage> coverage;
  for (model::Architecture architecture : {model::Architecture::kBusiness, model::Architecture::kData, model::Architecture::kApplication,
                                           model::Architecture::kTechnology, model::Architecture::kSecurity}) {
    Coverage entry{architecture, 0, 0, 0, {}};
    std::set<std::string> present;
    for (const Element& element : workspace.elements) {
      if (model::ArchitectureOf(element.kind, element.type) != architecture) continue;
      ++entry.elements;
      if (!element.kind.empty()) present.insert(element.kind);
    }
    for (const model::KindInfo& info : model::AllKinds()) {
      if (model::ArchitectureOf(info.kind, info.expected_types.front()) != architecture) continue;
      // Versions compare as text ("2.0" < "3.0" < "4.0"); a pack with no framework counts every kind.
      if (!info.since.empty() && !framework.empty() && info.since > framework) continue;
      ++entry.kinds_total;
      if (present.count(std::string(info.kind))) ++entry.kinds_present;
      else entry.missing_kinds.emplace_back(info.kind);
    }
    coverage.push_back(std::move(entry));
  }
  return coverage;
}

GapAnalysis AnalyzeGap(const Workspace* baseline, const CheckReport* baseline_report, const Workspace& target,
                       const CheckReport& target_report, const RulePack& pack) {
  GapAnalysis gap;
  gap.has_baseline = baseline != nullptr;
  gap.target_coverage = CoverageOf(target, pack.framework);
  std::unordered_map<std::string, std::string> target_ids;
  if (baseline) {
    gap.baseline_coverage = CoverageOf(*baseline, pack.framework);
    const std::vector<ElementMatch> matches = MatchElements(*baseline, target);
    ElementChanges elements = CompareElements(*baseline, target, matches);
    gap.added = std::move(elements.added);
    gap.removed = std::move(elements.removed);
    gap.changed = std::move(elements.changed);
    target_ids = TargetIdsOf(*baseline, target, matches);
    const RelationshipCounts relationships = CompareRelationships(*baseline, target, target_ids);
    gap.relationships_added = relationships.added;
    gap.relationships_removed = relationships.removed;
    gap.relationships_kept = relationships.kept;
    gap.added_relationships = std::move(relationships.added_list);
    gap.removed_relationships = std::move(relationships.removed_list);
    gap.warnings = StateWarnings(*baseline, target);
  }
  gap.rules = CompareFindings(baseline_report, target_report, target_ids);
  gap.todo = TodoList(target_report, pack);
  Roadmap roadmap = PlanRoadmap(target, gap.added);
  gap.work = std::move(roadmap.work);
  gap.plateaus = std::move(roadmap.plateaus);
  gap.gaps = std::move(roadmap.gaps);
  gap.additions_without_task = std::move(roadmap.additions_without_task);
  return gap;
}

}  // namespace eaf::checker
