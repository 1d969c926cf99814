#pragma once
// The command table's shape and what each command receives. Internal to the CLI.

#include <exception>
#include <memory>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"
#include "review/review.h"

namespace eaf::cli {

/// What a command gets: its arguments (without the command name), the streams and the language.
struct CommandContext {
  std::vector<std::string> args;
  std::ostream& out;
  std::ostream& err;
  std::string program = "eaf";
  std::string lang = "en";  ///< from --lang or LANG, known before parsing (help texts need it)
  Teardown teardown = Teardown::kFree;
  std::vector<std::unique_ptr<review::Result>> results;  ///< RunReview's, freed with the context
};

/// Runs the review pipeline. The result lives as long as the context, or, with
/// Teardown::kLeaveToExit, until the process ends: freeing a federation's million small blocks one
/// by one took 0.09 s of a 2 s catalogue, for memory the system takes back at once as the process
/// ends (what clang's -disable-free does).
const review::Result& RunReview(review::Request request, CommandContext& context);

/// One subcommand: the table in cli.cpp drives dispatch, `--help` and "did you mean".
struct Command {
  std::string_view name;
  std::string_view summary_id;  ///< catalogue id of its one-line summary
  ExitCode (*run)(CommandContext& context);
};

/// Reports an exception that reached the top of Main (out of memory, a refused thread, an
/// internal error) on `err` in `lang`, and returns the exit code for it: always kInputError.
ExitCode ReportUncaught(std::exception_ptr error, std::ostream& err, const std::string& lang);

ExitCode RunCatalog(CommandContext& context);
ExitCode RunCheck(CommandContext& context);
ExitCode RunExplain(CommandContext& context);
ExitCode RunGap(CommandContext& context);
ExitCode RunMap(CommandContext& context);
ExitCode RunRender(CommandContext& context);
ExitCode RunReport(CommandContext& context);
ExitCode RunRules(CommandContext& context);
ExitCode RunStats(CommandContext& context);
ExitCode RunViews(CommandContext& context);

}  // namespace eaf::cli
