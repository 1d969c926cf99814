#pragma once
// The command table's shape and what each command receives. Internal to the CLI.

#include <exception>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"

namespace eaf::cli {

/// What a command gets: its arguments (without the command name), the streams and the language.
struct CommandContext {
  std::vector<std::string> args;
  std::ostream& out;
  std::ostream& err;
  std::string program = "eaf";
  std::string lang = "en";  ///< from --lang or LANG, known before parsing (help texts need it)
};

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
