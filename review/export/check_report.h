#pragma once
/// Writing a check report as text, JSON, SARIF 2.1.0 or JUnit XML. Every writer is
/// deterministic: the same report gives byte-identical output.

#include <string>

#include "checker/engine.h"
#include "model/model.h"

namespace eaf::review {

/// What every writer needs besides the report.
struct ReportInput {
  const model::Workspace& workspace;
  const checker::CheckReport& report;
  const checker::RulePack& pack;
  std::string lang = "vi";
  model::Severity fail_on = model::Severity::kError;
  std::string tool_version;
  /// Per file of the workspace: the pack it was checked with (nullptr: none, it declares a
  /// framework eaf has no pack for). Empty: every file was checked with `pack`.
  std::vector<const checker::RulePack*> file_packs = {};

  /// The pack file `file` was checked with (nullptr: none).
  const checker::RulePack* PackOf(std::uint32_t file) const { return file < file_packs.size() ? file_packs[file] : &pack; }
};

/// A pack as reports name it: "vn-eaf-2.0 1.0.0 (framework 2.0)", the generic pack as following no
/// framework, and no pack (nullptr) as what `file` declares and eaf has no pack for.
std::string PackLabel(const checker::RulePack* pack, const model::SourceFile& file, const std::string& lang);

/// One row of the per-agency summary: the findings of one file.
struct AgencySummary {
  std::uint32_t file = 0;
  std::size_t errors = 0, warnings = 0, infos = 0, waived = 0;
  /// 100 − 10 per error − 2 per warning, at least 0; infos and waived findings do not count.
  int score = 100;
};
/// The summary of every file, in file order.
std::vector<AgencySummary> SummarizeAgencies(const ReportInput& input);

/// `file:line:col: severity: message [ID]` lines with notes, the waived findings, a summary.
std::string WriteText(const ReportInput& input);
std::string WriteJson(const ReportInput& input);
/// SARIF 2.1.0 as GitHub code scanning accepts it; every result has a location (line and
/// column at least 1); waived findings carry an inSource suppression with the reason.
std::string WriteSarif(const ReportInput& input);
/// One <testcase> per rule per file; a failure when the rule has unwaived findings at or above fail_on.
/// A file that could not be loaded is one failing case, "load", with the loader's diagnostics.
std::string WriteJunit(const ReportInput& input);

}  // namespace eaf::review
