// eaf stats: what each file holds, and the loader's diagnostics.

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kStatsOptions[] = {
    {"format", "cli.opt.stats-format", ValueKind::kString, "text", "FORMAT"},
};

}  // namespace

ExitCode RunStats(CommandContext& context) {
  const CommandHelp help{"cli.stats.summary", "cli.stats.usage", {kStatsOptions, LangOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const std::string format = options["format"].as<std::string>();
  const review::Exporter* exporter = ExporterFor(context, review::Document::kStats, format);
  if (!exporter) return ExitCode::kInputError;
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  request.stage = review::Stage::kLoad;
  const review::Result& result = RunReview(std::move(request), context);
  // The statistics list every file's diagnostics, those of files that could not be loaded too.
  if (!PrintPipelineMessages(result, context, false)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  context.out << exporter->write(result, export_options).bytes;
  return ExitFor(result);
}

}  // namespace eaf::cli
