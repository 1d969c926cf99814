#pragma once
// The command table's shape and what each command receives. Internal to the CLI.

#include <exception>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace eaf::cli {

/// What a command gets: its arguments (without the command name) and the streams.
struct CommandContext {
  std::vector<std::string> args;
  std::ostream& out;
  std::ostream& err;
  std::string program = "eaf";
};

/// One subcommand: the table in cli.cpp drives dispatch, `--help` and "did you mean".
struct Command {
  std::string_view name;
  std::string_view summary;
  ExitCode (*run)(CommandContext& context);
};

/// Parses `context.args` with `options`. On --help prints help and returns false with kClean;
/// on a bad option prints the reason and returns false with kInputError.
bool ParseOptions(cxxopts::Options& options, CommandContext& context, cxxopts::ParseResult& result,
                  ExitCode& exit_code);

/// Reports an exception that reached the top of Main (out of memory, a refused thread, an
/// internal error) on `err`, and returns the exit code for it: always kInputError.
ExitCode ReportUncaught(std::exception_ptr error, std::ostream& err);

ExitCode RunCheck(CommandContext& context);
ExitCode RunExplain(CommandContext& context);
ExitCode RunGap(CommandContext& context);
ExitCode RunRender(CommandContext& context);
ExitCode RunReport(CommandContext& context);
ExitCode RunRules(CommandContext& context);
ExitCode RunStats(CommandContext& context);

}  // namespace eaf::cli
