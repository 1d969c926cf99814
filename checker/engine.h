#pragma once
/// The rule engine: compiles a pack against the registered templates, runs it on a workspace,
/// and applies policy (enable/disable globs, severity overrides, waivers from the model).

#include <deque>
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

/// How one run treats a file when the workspace is checked with several packs, each file with the
/// pack of the framework it declares (review::Run).
enum class FileScope : std::uint8_t {
  kChecked,  ///< this pack's rules run on the file
  kOther,    ///< another pack checks it: this run leaves it alone
  kNoPack,   ///< it declares a framework eaf has no pack for: no rule runs on it, CHK-002 says so
};

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
  /// --ignore-waivers: check as if the model had no waiver; they are still read and listed.
  bool ignore_waivers = false;
  /// The frameworks eaf has a pack for ("2.0"), named when a file declares another (CHK-002); may be empty.
  std::vector<std::string> bundled_frameworks;
  /// Per file of the workspace; empty: every file is kChecked.
  std::vector<FileScope> file_scope;
  /// Whether the federation rules run: a workspace checked with several packs runs one pack's.
  bool federation = true;
  /// The day the run refers to (YYYY-MM-DD): a waiver whose eaf:waive-until is before it has
  /// expired. Empty: no waiver expires.
  std::string today;
  /// Threads the rules and their policy run on; 0: one per core. The report is the same whatever it is.
  unsigned threads = 0;
  /// A context built already (for a caller that needs it after the check too); used when it is of
  /// the workspace checked and in `lang`, else the run builds its own.
  const class CheckContext* context = nullptr;
};

/// Checks the policy options against the registry: a glob of --enable, --disable or --severity
/// that matches no id, or only ids of diagnostics that stop a file from loading, is an error.
/// Returns one localized message per problem (with a suggestion when one is close).
/// True when the options let diagnostic `id` be reported (--enable and --disable globs).
bool IsSelected(const std::string& id, const CheckOptions& options);

std::vector<std::string> ValidatePolicy(const CheckOptions& options, const DiagnosticRegistry& registry);

/// Whether a waiver applies, and if not, why.
enum class WaiverStatus : std::uint8_t {
  kActive,      ///< applies
  kNoReason,    ///< "RULE-ID" with no reason: does not apply (POL-002)
  kExpired,     ///< eaf:waive-until is before the run's day: does not apply (POL-003)
  kBadDate,     ///< eaf:waive-until is no YYYY-MM-DD date: does not apply (POL-005)
  kUnknownId,   ///< names an id eaf never prints (POL-001)
  kIgnored,     ///< set aside by --ignore-waivers
};
/// "active", "no-reason", "expired", "bad-date", "unknown-id", "ignored" (JSON, SARIF, HTML).
std::string_view WaiverStatusName(WaiverStatus status);

/// A waiver written in the model: property eaf:waive = "RULE-ID: reason", with the
/// eaf:waive-approved-by and eaf:waive-until of the same element or relationship.
struct Waiver {
  std::string rule_id;
  std::string reason;
  std::string approved_by;  ///< who allowed it; empty when not said
  std::string until;        ///< last day it applies, as written; empty: no end
  std::string object_id;    ///< element or relationship carrying it
  model::SourceLocation location;
  WaiverStatus status = WaiverStatus::kActive;
  bool used = false;     ///< silenced at least one finding in this run
  bool matched = false;  ///< named a finding of this run, whether or not it applied
};

/// A finding after policy: the diagnostic as reported, and whether a waiver silenced it.
struct CheckedFinding {
  model::Diagnostic diagnostic;
  bool waived = false;
  std::string waiver_reason;
  /// The waiver that names this finding, in CheckReport::waivers, applied or not; -1 when none.
  int waiver = -1;
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
  bool waivers_ignored = false;            ///< the run set them aside (--ignore-waivers)

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

/// One report from the runs of several packs over one workspace, run `r` with `scopes[r]` as its
/// CheckOptions::file_scope (each file kChecked or kNoPack in exactly one run). Every run read the
/// same waivers: a waiver is used or matched when it is in any run, and its status is that of the
/// run of its file. Rules are listed once by id, the first run's definition first.
CheckReport MergeReports(std::vector<CheckReport> runs, const std::vector<std::vector<FileScope>>& scopes);

/// Moves the findings of `runs` (each rule's, in detection order) to the end of `out`, sorted as
/// std::stable_sort by DiagnosticLess would sort their concatenation; each is moved once.
void JoinSorted(const std::vector<std::deque<CheckedFinding>*>& runs, std::vector<CheckedFinding>& out);

/// Replaces {name} placeholders with the arguments' values, as model::FillPlaceholders does: "{{"
/// and "}}" are literal braces; unknown placeholders stay as written.
std::string FillPlaceholders(std::string_view text, const FindingArguments& arguments);

/// Reads the eaf:waive properties of every element and relationship of the workspace, with the
/// eaf:waive-approved-by and eaf:waive-until beside them; every waiver's status is kActive.
std::vector<Waiver> CollectWaivers(const model::Workspace& workspace);

}  // namespace eaf::checker
