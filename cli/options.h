#pragma once
// Options as tables: one table per command declares its options to cxxopts and prints its
// --help, both in the run's language (help texts are catalogue messages). Internal to the CLI.

#include <cxxopts.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"

namespace eaf::cli {

struct CommandContext;

/// The kind of value an option takes.
enum class ValueKind : std::uint8_t { kFlag, kString, kStrings, kInt, kUnsigned, kSize, kUint64 };

/// One option of a command: names ("o,output"), its help (a catalogue id), its value and default,
/// and the value's name in the help ("FILE").
struct OptionSpec {
  std::string_view names;
  std::string_view help_id;
  ValueKind kind = ValueKind::kFlag;
  std::string_view default_value = {};
  std::string_view value_name = {};
};

/// A command's description for --help: its summary and usage line (catalogue ids), and its option tables.
struct CommandHelp {
  std::string_view summary_id;
  std::string_view usage_id;  ///< catalogue id of the arguments' synopsis ("[options] FILE|DIR...")
  std::vector<std::span<const OptionSpec>> groups;
};

/// The options every command that loads models shares: --lang, --rules, the input limits.
std::span<const OptionSpec> LangOptions();
std::span<const OptionSpec> PackOptions();
/// --state target|baseline, for the commands that take one state of a federation (render, map, catalog).
std::span<const OptionSpec> StateOptions();
std::span<const OptionSpec> LimitOptions();

/// The language of the run before the options are parsed: --lang X or --lang=X in the arguments,
/// else "vi" when LANG starts with "vi", else "en". An unknown value gives "en" here; parsing
/// reports it.
std::string LangOf(const std::vector<std::string>& args);

/// Declares the tables to cxxopts and parses `context.args` (positionals go to "files" or to the
/// names in `positional`). On --help prints the help in the run's language and returns false with
/// kClean; on a bad option or a bad --lang prints why and returns false with kInputError.
bool ParseCommand(const CommandHelp& help, CommandContext& context, cxxopts::ParseResult& result, ExitCode& exit_code,
                  const std::vector<std::string>& positional = {"files"});

/// Prints `program: message` on the error stream and returns kInputError.
ExitCode UsageError(CommandContext& context, const std::string& message);

/// The --state value into `state`; a value other than target or baseline is a usage error,
/// printed here, and false.
bool StateFrom(const cxxopts::ParseResult& result, CommandContext& context, std::string& state);

/// --enable/--disable values split at commas.
std::vector<std::string> Globs(const cxxopts::ParseResult& result, const char* name);

}  // namespace eaf::cli
