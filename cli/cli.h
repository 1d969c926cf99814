#pragma once
/// The eaf command line, callable in-process so tests can run it whole.

#include <iosfwd>

namespace eaf::cli {

/// Exit codes, the same for every command.
enum class ExitCode : int { kClean = 0, kFindings = 1, kInputError = 2 };

/// Runs `eaf` with these arguments, writing to `out` and `err`. Never throws.
int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace eaf::cli
