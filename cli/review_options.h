#pragma once
// What every command that runs the review pipeline shares: its options, the request built from
// them, how the pipeline's problems are printed, and how an output is written. Internal to the CLI.

#include <cxxopts.hpp>

#include <span>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/options.h"
#include "review/exporters.h"
#include "review/review.h"

namespace eaf::cli {

/// --enable, --disable, --severity, --ignore-waivers.
std::span<const OptionSpec> PolicyOptions();

/// Fills the request's inputs ("files"), pack, language, limits and (when declared) policy
/// options. False, after printing why, on a bad value.
bool RequestFrom(const cxxopts::ParseResult& result, CommandContext& context, review::Request& request);

/// Prints the pipeline's errors and notices on the error stream, and the diagnostics of files that
/// could not be loaded when `failures_on_stderr` (a command whose output does not list them).
/// Returns false when the result is not usable (nothing to export).
bool PrintPipelineMessages(const review::Result& result, CommandContext& context, bool failures_on_stderr);

/// Writes `bytes` to `path` atomically, or to standard output when `path` is empty or "-". Never
/// overwrites an input. False, after printing why, on failure.
bool Emit(CommandContext& context, const std::string& path, const std::string& bytes, const std::vector<std::string>& inputs);

/// Writes a set of files ({path, bytes}, in order), each safely (Emit); when one fails, the ones
/// this call wrote are removed again, so that no half-written set is left. "-" for a path writes
/// all of them to standard output, one after another.
bool EmitAll(CommandContext& context, const std::vector<std::pair<std::string, std::string>>& files, const std::vector<std::string>& inputs);

/// The exporter of `document` in `format`; nullptr, after printing the formats there are, when none.
const review::Exporter* ExporterFor(CommandContext& context, review::Document document, const std::string& format);

/// The exit code of a run: 2 when a file could not be loaded (or the pipeline failed), else `otherwise`.
ExitCode ExitFor(const review::Result& result, ExitCode otherwise = ExitCode::kClean);

}  // namespace eaf::cli
