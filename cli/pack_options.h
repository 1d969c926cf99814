#pragma once
// Finding, loading and compiling the rule pack for check, rules and explain.

#include <cxxopts.hpp>

#include <memory>
#include <ostream>
#include <string>

#include "checker/engine.h"
#include "cli/cli.h"

namespace eaf::cli {

/// A pack loaded and compiled, ready to run.
struct LoadedPack {
  checker::RulePack pack;
  checker::Checker checker;
};

/// Declares --rules FILE.
void AddPackOptions(cxxopts::Options& options);
/// Loads the pack named by --rules, or the default one. On failure prints the pack's diagnostics
/// (file:line:col, in `lang`) to `err` and returns nullptr.
std::unique_ptr<LoadedPack> LoadPack(const cxxopts::ParseResult& result, std::ostream& err, const std::string& program,
                                     const std::string& lang);

/// For commands that load models and run rules: adds --lang, --rules and the input limits,
/// takes the FILE... arguments as "files", and parses (see ParseOptions).
bool ParseModelCommandOptions(cxxopts::Options& options, struct CommandContext& context, cxxopts::ParseResult& result,
                              ExitCode& exit_code);

/// --lang, defaulting to Vietnamese when LANG starts with "vi", else English.
void AddLangOption(cxxopts::Options& options);
/// Returns "vi" or "en"; empty (after printing why) on a bad value.
std::string LangFrom(const cxxopts::ParseResult& result, std::ostream& err, const std::string& program);

}  // namespace eaf::cli
