#pragma once
/// The rule engine: compiles a pack against the registered templates, runs it on a workspace,
/// and applies policy (enable/disable globs, severity overrides, waivers from the model).

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/rule_pack.h"
#include "checker/rule_template.h"
#include "model/diagnostic.h"
#include "model/model.h"

namespace eaf::checker {

/// Policy for one run.
struct CheckOptions {
  std::string lang = "vi";
  std::vector<std::string> enable;   ///< globs; when not empty, only matching rules run
  std::vector<std::string> disable;  ///< globs; matching rules do not run
  /// (glob, severity) in the order given; the last matching one wins.
  std::vector<std::pair<std::string, model::Severity>> severity_overrides;
  /// Called after each rule with (rules done, rules in all).
  std::function<void(std::size_t, std::size_t)> progress;
  /// Every id eaf can print; when set, a waiver naming an id not in it is reported (POL-001).
  const class DiagnosticRegistry* registry = nullptr;
};

/// Checks the policy options against the registry: a glob of --enable, --disable or --severity
/// that matches no id, or only ids of diagnostics that stop a file from loading, is an error.
/// Returns one localized message per problem (with a suggestion when one is close).
/// True when the options let diagnostic `id` be reported (--enable and --disable globs).
bool IsSelected(const std::string& id, const CheckOptions& options);

std::vector<std::string> ValidatePolicy(const CheckOptions& options, const DiagnosticRegistry& registry);

/// A waiver written in the model: property eaf:waive = "RULE-ID: reason".
struct Waiver {
  std::string rule_id;
  std::string reason;
  std::string object_id;  ///< element or relationship carrying it
  model::SourceLocation location;
  bool used = false;  ///< silenced at least one finding in this run
};

/// A finding after policy: the diagnostic as reported, and whether a waiver silenced it.
struct CheckedFinding {
  model::Diagnostic diagnostic;
  bool waived = false;
  std::string waiver_reason;
};

/// One rule as it ran: its definition and its effective severity.
struct RuleRun {
  const RuleDefinition* rule = nullptr;
  model::Severity severity = model::Severity::kWarning;
};

/// Everything one run found, sorted deterministically.
struct CheckReport {
  std::vector<RuleRun> rules;              ///< the rules that ran, by id
  std::vector<CheckedFinding> findings;    ///< rule findings, waived ones included
  /// Loader diagnostics that no pack rule reports, after policy (disabled ones dropped, severity
  /// overridden; waived ones are in `findings`). Those of a file that could not be loaded at all
  /// are kept as they are, whatever the policy says.
  std::vector<model::Diagnostic> load_diagnostics;
  std::vector<Waiver> waivers;             ///< every waiver found in the model

  /// Counts of unwaived findings (and unreported load diagnostics) by severity.
  std::size_t Count(model::Severity severity) const;
  /// True when an unwaived finding or load diagnostic is at or above `level`.
  bool HasAtLeast(model::Severity level) const;
};

/// A pack compiled against the templates: ready to run.
class Checker {
 public:
  /// Checks every rule's template, parameters and message placeholders; problems go to
  /// `diagnostics` with the pack's file:line:col. Returns false when the pack cannot be used.
  static bool Compile(const RulePack& pack, Checker& checker, std::vector<model::Diagnostic>& diagnostics);

  CheckReport Run(const model::Workspace& workspace, const CheckOptions& options) const;

  const RulePack& pack() const { return *pack_; }
  /// The template a rule uses (for `eaf explain`).
  const RuleTemplate* TemplateOf(const RuleDefinition& rule) const;

 private:
  struct CompiledRule {
    const RuleDefinition* definition;
    std::unique_ptr<RuleTemplate> implementation;
    Parameters parameters;
  };
  const RulePack* pack_ = nullptr;
  std::vector<CompiledRule> rules_;
};

/// Replaces {name} placeholders with the arguments' values; unknown ones stay as written.
std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& arguments);

/// Reads the eaf:waive properties of every element and relationship of the workspace.
std::vector<Waiver> CollectWaivers(const model::Workspace& workspace);

}  // namespace eaf::checker
