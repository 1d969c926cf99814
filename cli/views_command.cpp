// eaf views: the views saved in the models, to pick one for `eaf render --view`.

#include "cli/command.h"
#include "cli/review_options.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kViewsOptions[] = {
    {"format", "cli.opt.views-format", ValueKind::kString, "text", "FORMAT"},
};

}  // namespace

ExitCode RunViews(CommandContext& context) {
  const CommandHelp help{"cli.views.summary", "cli.views.usage", {kViewsOptions, LangOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const review::Exporter* exporter = ExporterFor(context, review::Document::kViews, options["format"].as<std::string>());
  if (!exporter) return ExitCode::kInputError;
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  request.stage = review::Stage::kLoad;
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  context.out << exporter->write(result, export_options).bytes;
  return ExitFor(result);
}

}  // namespace eaf::cli
