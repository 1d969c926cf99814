#pragma once
/// The eaf command line, callable in-process so tests can run it whole.

#include <iosfwd>

namespace eaf::cli {

/// Exit codes, the same for every command.
enum class ExitCode : int { kClean = 0, kFindings = 1, kInputError = 2 };

/// What becomes of a command's review result when the command ends.
enum class Teardown {
  kFree,         ///< freed: Main is called again (tests)
  kLeaveToExit,  ///< left to the operating system: the process ends right after (the program)
};

/// Runs `eaf` with these arguments, writing to `out` and `err`. Never throws.
int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err, Teardown teardown = Teardown::kFree);

}  // namespace eaf::cli
