// eaf map: the connection map of a federation (page, Markdown or JSON).

#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kMapOptions[] = {
    {"o,output", "cli.opt.map-output", ValueKind::kString, {}, "FILE"},
    {"format", "cli.opt.map-format", ValueKind::kString, {}, "FORMAT"},
};

}  // namespace

ExitCode RunMap(CommandContext& context) {
  const CommandHelp help{"cli.map.summary", "cli.map.usage", {kMapOptions, StateOptions(), PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const std::string& lang = context.lang;

  review::ExportOptions export_options;
  export_options.lang = lang;
  if (!StateFrom(options, context, export_options.state)) return ExitCode::kInputError;
  if (!options.count("output")) return UsageError(context, model::Text(lang, "cli.error.map-needs-output"));
  const std::string output = options["output"].as<std::string>();
  std::string format = options.count("format") ? options["format"].as<std::string>() : std::filesystem::path(output).extension().string();
  if (output == "-" && !options.count("format")) format = "md";
  if (!format.empty() && format[0] == '.') format.erase(0, 1);
  if (format == "markdown") format = "md";
  const review::Exporter* exporter = review::FindExporter(review::Document::kMap, format);
  if (!exporter) {
    return UsageError(context, model::Text(lang, "cli.error.render-format",
                                           {{"output", model::EscapeForTerminal(output)},
                                            {"formats", review::FormatList(review::Document::kMap, lang)}}));
  }

  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  request.stage = review::Stage::kCheck;  // the map's direct and missing links are the checker's findings
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  const review::Exported exported = exporter->write(result, export_options);
  if (!exported.error.empty()) return UsageError(context, exported.error);
  if (!Emit(context, output, exported.bytes, result.input_paths)) return ExitCode::kInputError;
  return result.input_error ? ExitCode::kInputError : ExitCode::kClean;
}

}  // namespace eaf::cli
