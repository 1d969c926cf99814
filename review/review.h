#pragma once
/// The review pipeline: one request in, one result out (load -> pack -> policy -> check ->
/// baseline -> gap). Every command goes through it, so every command treats a bad file, a bad
/// pack and a bad option the same way; commands only parse options and export the result.

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/check_context.h"
#include "checker/diagnostic_registry.h"
#include "checker/engine.h"
#include "checker/gap.h"
#include "checker/rule_pack.h"
#include "model/loader.h"
#include "model/model.h"

namespace eaf::review {

/// A pack loaded and compiled, with the registry of every id it and eaf can print.
struct LoadedPack {
  checker::RulePack pack;
  checker::Checker checker;
  checker::DiagnosticRegistry registry;
  /// The pack and the files its rules read (a relationship table): outputs must never overwrite one.
  std::vector<std::string> files_read;
};

/// Loads the pack at `path` (the default pack when empty) and the registry. On failure returns
/// nullptr and appends localized lines (file:line:col for the pack's own problems) to `errors`.
std::unique_ptr<LoadedPack> LoadPack(const std::string& path, const std::string& lang, std::vector<std::string>& errors);

/// The bundled pack of each framework --framework accepts, oldest first: {"archimate",
/// "archimate.xml"}, {"2.0", "vn-eaf-2.0.xml"}, {"3.0", ...}, {"4.0", ...}.
struct FrameworkPack {
  std::string_view framework;
  std::string_view file;
};
std::span<const FrameworkPack> FrameworkPacks();

/// Per file of `workspace`: true when it uses the VN-EAF profile (an eaf: property on the model,
/// an element or a relationship, or a kind named by an Archi specialization).
std::vector<bool> ProfiledFiles(const model::Workspace& workspace);

/// The framework a file is checked against when no pack is named: "archimate" (the generic pack)
/// for a file that does not use the profile, else its eaf:framework, "2.0" when it declares none.
std::string FrameworkOf(const model::SourceFile& file, bool profiled);

/// Which stages to run.
enum class Stage : std::uint8_t {
  kPack,   ///< load the pack and the registry only (rules, explain)
  kLoad,   ///< load the inputs only (stats, render without highlighting)
  kCheck,  ///< and run the pack with its policy (check, render, report)
  kGap,    ///< and the baseline, and the gap between the two (gap, report with a baseline)
};

/// What a command asks for.
struct Request {
  std::vector<std::string> inputs;    ///< files and directories, as given
  std::vector<std::string> baseline;  ///< the baseline's files and directories (kGap)
  std::string pack_path;              ///< --rules; empty: the default pack
  /// --framework: the bundled pack of a framework ("archimate": the generic pack, "2.0", "3.0",
  /// "4.0") for every file. When neither it nor pack_path is given, each file is checked with the
  /// pack of the framework it declares (FrameworkOf); a file that declares one eaf has no pack for
  /// gets one CHK-002 error, and the generic pack alone says so in a notice.
  std::string framework;
  Stage stage = Stage::kCheck;
  checker::CheckOptions policy;       ///< language, --enable, --disable, --severity
  model::LoadOptions load;            ///< limits and threads (its lang is set from policy.lang)
  /// kGap: the output is still of use without the gap (the review report) when a file could not be
  /// loaded; otherwise (the gap report) there is nothing to export.
  bool gap_optional = false;
  /// Progress of the long stages: ("loading files" | "running rules", done, total).
  std::function<void(const char* what, std::size_t done, std::size_t total)> progress;
};

/// Everything the pipeline made. Commands export it; nothing in it is printed yet.
struct Result {
  /// False when there is nothing to export: no input, a bad pack or a bad option (see errors).
  bool usable = false;
  /// True when the exit code must be 2: any of the above, or a file that could not be loaded.
  bool input_error = false;
  std::vector<std::string> errors;   ///< usage, pack and policy problems, localized, one line each
  std::vector<std::string> notices;  ///< informational lines (files skipped by a directory scan)
  /// The diagnostics of every file that could not be loaded, as text lines (file:line:col).
  std::vector<std::string> load_failures;
  /// Every file read, which outputs must never overwrite: the inputs expanded (targets then
  /// baseline), the pack and its files, and eaf's own data files (catalogues, profile, registry).
  std::vector<std::string> input_paths;
  /// The time the run refers to (seconds since 1970, UTC): SOURCE_DATE_EPOCH when set, else now.
  /// Waivers expire against its day; reports print it as their generation time.
  std::int64_t reference_time = 0;
  /// Set from kPack on: the pack named, or, checked by content, the pack of the newest framework
  /// among the files: its federation rules run over all files (and the gap uses it).
  std::unique_ptr<LoadedPack> pack;
  std::vector<std::unique_ptr<LoadedPack>> other_packs;  ///< checked by content: the other files' packs
  /// Per file of `workspace` (of `baseline`): the pack it was checked with; nullptr when it declares
  /// a framework eaf has no pack for, so that no rule checked it.
  std::vector<const checker::RulePack*> file_packs;
  std::vector<const checker::RulePack*> baseline_file_packs;
  model::Workspace workspace;        ///< the inputs (targets)
  /// The check's context of `workspace`, in the run's language, for the exporters too (ContextFor).
  std::shared_ptr<const checker::CheckContext> context;
  checker::CheckReport report;       ///< their findings, after policy
  bool has_baseline = false;
  model::Workspace baseline;
  checker::CheckReport baseline_report;
  std::optional<checker::GapAnalysis> gap;  ///< set by kGap
};

/// Runs the pipeline. Never throws for bad input.
Result Run(Request request);

/// Runs the pipeline into `result`, a fresh Result where it is to stay: its check context refers
/// to its workspace, so a Result moved after the run (into a heap block, say) has that context
/// rebuilt by every exporter that needs it (0.1 s on a federation).
void RunInto(Request request, Result& result);

/// Expands directories to the model files they hold (*.xml and *.archimate, recursively, sorted);
/// files named explicitly are kept whatever they hold. An XML file found by a directory scan whose
/// root element is plainly not an ArchiMate model (a pom.xml beside the models) goes to `skipped`.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs, std::vector<std::string>& skipped);

/// True unless the first bytes of `path` show an XML root element other than <model>
/// (ArchiMate exchange format) or <archimate:model> (Archi). Undecidable content counts as a model,
/// so that the loader reports what is wrong with it.
bool MayBeModel(const std::string& path);

}  // namespace eaf::review
