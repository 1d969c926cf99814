// eaf rules: list the rules of a pack (or every id eaf can print). eaf explain: one id in full.

#include <ostream>

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/export/writers.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kRulesOptions[] = {
    {"format", "cli.opt.rules-format", ValueKind::kString, "text", "FORMAT"},
    {"all", "cli.opt.all"},
    {"errorlist", "cli.opt.errorlist"},
    {"pack", "cli.opt.pack", ValueKind::kString, {}, "FILE"},
};

// The pack alone, through the pipeline: the same pack errors as every other command.
review::Result LoadPackOnly(const cxxopts::ParseResult& options, CommandContext& context) {
  review::Request request;
  request.stage = review::Stage::kPack;
  request.policy.lang = context.lang;
  if (options.count("rules")) request.pack_path = options["rules"].as<std::string>();
  else if (options.count("pack")) request.pack_path = options["pack"].as<std::string>();
  if (options.count("framework")) request.framework = options["framework"].as<std::string>();
  return review::Run(std::move(request));
}

}  // namespace

ExitCode RunRules(CommandContext& context) {
  const CommandHelp help{"cli.rules.summary", "cli.rules.usage", {kRulesOptions, LangOptions(), PackOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code, {})) return exit_code;
  const std::string format = options["format"].as<std::string>();
  const review::Exporter* exporter = ExporterFor(context, review::Document::kRules, format);
  if (!exporter) return ExitCode::kInputError;
  const review::Result result = LoadPackOnly(options, context);
  if (!PrintPipelineMessages(result, context, false)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  export_options.all_ids = options.count("all") > 0 || options.count("errorlist") > 0;
  context.out << exporter->write(result, export_options).bytes;
  return ExitCode::kClean;
}

ExitCode RunExplain(CommandContext& context) {
  const CommandHelp help{"cli.explain.summary", "cli.explain.usage", {LangOptions(), PackOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code, {"files"})) return exit_code;
  if (!options.count("files") || options["files"].as<std::vector<std::string>>().size() != 1) {
    return UsageError(context, model::Text(context.lang, "cli.error.explain-which", {{"command", context.program}}));
  }
  const std::string wanted = options["files"].as<std::vector<std::string>>().front();
  const review::Result result = LoadPackOnly(options, context);
  if (!PrintPipelineMessages(result, context, false)) return ExitCode::kInputError;
  const std::string text = review::WriteExplanation(*result.pack, wanted, context.lang);
  if (text.empty()) {
    const std::string suggestion = result.pack->registry.Suggest(wanted);
    return UsageError(context, model::Text(context.lang, suggestion.empty() ? "cli.error.unknown-id" : "cli.error.unknown-id-suggest",
                                           {{"id", model::EscapeForTerminal(wanted)}, {"suggestion", suggestion}}));
  }
  context.out << text;
  return ExitCode::kClean;
}

}  // namespace eaf::cli
