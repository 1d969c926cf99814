// eaf check: run the rule pack on model files and report the findings.

#include <cxxopts.hpp>

#include <algorithm>
#include <ostream>

#include "checker/output/report_writers.h"
#include "cli/command.h"
#include "cli/load_options.h"
#include "cli/pack_options.h"
#include "cli/progress.h"
#include "model/loader.h"
#include "model/output_file.h"
#include "model/text_util.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

std::vector<std::string> Globs(const cxxopts::ParseResult& result, const char* name) {
  std::vector<std::string> globs;
  if (!result.count(name)) return globs;
  for (const std::string& value : result[name].as<std::vector<std::string>>()) {
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t comma = value.find(',', start);
      const std::string glob(model::Trim(value.substr(start, comma - start)));
      if (!glob.empty()) globs.push_back(glob);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return globs;
}

}  // namespace

ExitCode RunCheck(CommandContext& context) {
  cxxopts::Options options(context.program,
                           "Check architecture models against the framework 2.0 rule pack. Exit code: 0 clean, "
                           "1 findings at or above --fail-on, 2 usage or input error.");
  options.positional_help("FILE|DIR...");
  options.add_options()("format", "output: text, json, sarif or junit", cxxopts::value<std::string>()->default_value("text"))(
      "o,output", "write the report to FILE (atomically) instead of standard output", cxxopts::value<std::string>())(
      "fail-on", "lowest severity that makes the exit code 1: error, warning or info",
      cxxopts::value<std::string>()->default_value("error"))(
      "enable", "run only rules matching these globs (e.g. SEC-*); repeatable or comma-separated",
      cxxopts::value<std::vector<std::string>>())(
      "disable", "do not run rules matching these globs; repeatable or comma-separated",
      cxxopts::value<std::vector<std::string>>())(
      "severity", "override a severity: RULE-GLOB=error|warning|info; repeatable",
      cxxopts::value<std::vector<std::string>>())("q,quiet", "no progress on standard error")(
      "files", "model files", cxxopts::value<std::vector<std::string>>());
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseModelCommandOptions(options, context, result, exit_code)) return exit_code;

  const std::string format = result["format"].as<std::string>();
  if (format != "text" && format != "json" && format != "sarif" && format != "junit") {
    context.err << context.program << ": unknown --format '" << model::EscapeForTerminal(format)
                << "'; use text, json, sarif or junit\n";
    return ExitCode::kInputError;
  }
  model::Severity fail_on;
  if (!model::ParseSeverity(result["fail-on"].as<std::string>(), fail_on)) {
    context.err << context.program << ": --fail-on takes error, warning or info\n";
    return ExitCode::kInputError;
  }
  const std::string lang = LangFrom(result, context.err, context.program);
  if (lang.empty()) return ExitCode::kInputError;
  checker::CheckOptions check_options;
  check_options.lang = lang;
  check_options.enable = Globs(result, "enable");
  check_options.disable = Globs(result, "disable");
  if (result.count("severity")) {
    for (const std::string& value : result["severity"].as<std::vector<std::string>>()) {
      const std::size_t equals = value.find('=');
      model::Severity level;
      if (equals == std::string::npos || equals == 0 || !model::ParseSeverity(value.substr(equals + 1), level)) {
        context.err << context.program << ": --severity takes RULE=error|warning|info, not '"
                    << model::EscapeForTerminal(value) << "'\n";
        return ExitCode::kInputError;
      }
      check_options.severity_overrides.emplace_back(value.substr(0, equals), level);
    }
  }
  if (!result.count("files")) {
    context.err << context.program << ": no model file given\nusage: " << context.program << " [options] FILE|DIR...\n";
    return ExitCode::kInputError;
  }
  const std::unique_ptr<LoadedPack> pack = LoadPack(result, context.err, context.program, lang);
  if (!pack) return ExitCode::kInputError;
  // A glob that matches no rule is most likely a typo: say so rather than run silently.
  for (const auto* globs : {&check_options.enable, &check_options.disable}) {
    for (const std::string& glob : *globs) {
      const bool matches = std::any_of(pack->pack.rules.begin(), pack->pack.rules.end(),
                                       [&](const checker::RuleDefinition& rule) { return model::GlobMatch(glob, rule.id); });
      if (!matches) {
        context.err << context.program << ": '" << model::EscapeForTerminal(glob) << "' matches no rule of the pack\n";
        return ExitCode::kInputError;
      }
    }
  }

  const std::vector<std::string> paths = model::ExpandInputs(result["files"].as<std::vector<std::string>>());
  if (paths.empty()) {
    context.err << context.program << ": the directories given hold no model file (*.xml, *.archimate)\n";
    return ExitCode::kInputError;
  }
  Progress progress(context.err, result.count("quiet") > 0);
  model::LoadOptions load_options = LoadOptionsFrom(result, lang);
  load_options.progress = [&](std::size_t done, std::size_t total) { progress.Update("loading files", done, total); };
  const model::Workspace workspace = model::LoadWorkspace(paths, load_options);
  check_options.progress = [&](std::size_t done, std::size_t total) { progress.Update("running rules", done, total); };
  const checker::CheckReport report = pack->checker.Run(workspace, check_options);
  progress.Finish();
  const checker::ReportInput input{workspace, report, pack->pack, lang, fail_on, EAF_VERSION};
  std::string text;
  if (format == "json") text = checker::WriteJson(input);
  else if (format == "sarif") text = checker::WriteSarif(input);
  else if (format == "junit") text = checker::WriteJunit(input);
  else text = checker::WriteText(input);

  if (result.count("output")) {
    model::MessageRef problem;
    if (!model::WriteFileAtomically(result["output"].as<std::string>(), text, paths, problem)) {
      context.err << context.program << ": " << model::EscapeForTerminal(model::Text(lang, problem)) << "\n";
      return ExitCode::kInputError;
    }
  } else {
    context.out << text;
  }
  const bool any_failed = std::any_of(workspace.files.begin(), workspace.files.end(),
                                      [](const model::SourceFile& file) { return !file.loaded; });
  if (any_failed) return ExitCode::kInputError;
  return report.HasAtLeast(fail_on) ? ExitCode::kFindings : ExitCode::kClean;
}

}  // namespace eaf::cli
