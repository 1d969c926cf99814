// eaf gap: baseline against target, or a model against the framework.
// eaf report: the self-contained HTML review report.

#include <ostream>

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/exporters.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

constexpr OptionSpec kGapOptions[] = {
    {"baseline", "cli.opt.baseline", ValueKind::kStrings, {}, "FILE"},
    {"target", "cli.opt.target", ValueKind::kStrings, {}, "FILE"},
    {"format", "cli.opt.gap-format", ValueKind::kString, "markdown", "FORMAT"},
    {"o,output", "cli.opt.output-atomic", ValueKind::kString, {}, "FILE"},
};

constexpr OptionSpec kReportOptions[] = {
    {"o,output", "cli.opt.report-output", ValueKind::kString, {}, "FILE"},
    {"baseline", "cli.opt.report-baseline", ValueKind::kStrings, {}, "FILE"},
    {"no-diagrams", "cli.opt.no-diagrams"},
};

// Writes what the exporter made; its notes go to standard error.
ExitCode Export(CommandContext& context, const review::Exporter& exporter, const review::Result& result,
                const review::ExportOptions& export_options, const std::string& output) {
  const review::Exported exported = exporter.write(result, export_options);
  for (const std::string& note : exported.notes) context.err << context.program << ": " << note << "\n";
  if (!exported.error.empty()) return UsageError(context, exported.error);
  if (!Emit(context, output, exported.bytes, result.input_paths)) return ExitCode::kInputError;
  return ExitFor(result);
}

}  // namespace

ExitCode RunGap(CommandContext& context) {
  const CommandHelp help{"cli.gap.summary", "cli.gap.usage",
                         {kGapOptions, PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const std::string format = options["format"].as<std::string>();
  const review::Exporter* exporter = ExporterFor(context, review::Document::kGap, format);
  if (!exporter) return ExitCode::kInputError;
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  if (options.count("target")) {
    std::vector<std::string> targets = options["target"].as<std::vector<std::string>>();
    targets.insert(targets.end(), request.inputs.begin(), request.inputs.end());
    request.inputs = std::move(targets);
  }
  if (request.inputs.empty()) return UsageError(context, model::Text(context.lang, "cli.error.no-target"));
  if (options.count("baseline")) request.baseline = options["baseline"].as<std::vector<std::string>>();
  request.stage = review::Stage::kGap;
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  export_options.tool_version = EAF_VERSION;
  return Export(context, *exporter, result, export_options, options.count("output") ? options["output"].as<std::string>() : "");
}

ExitCode RunReport(CommandContext& context) {
  const CommandHelp help{"cli.report.summary", "cli.report.usage",
                         {kReportOptions, PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  if (!options.count("output")) return UsageError(context, model::Text(context.lang, "cli.error.report-needs-output"));
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  if (options.count("baseline")) {
    request.baseline = options["baseline"].as<std::vector<std::string>>();
    request.stage = review::Stage::kGap;
    request.gap_optional = true;
  }
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  export_options.tool_version = EAF_VERSION;
  export_options.diagrams = options.count("no-diagrams") == 0;
  return Export(context, *review::FindExporter(review::Document::kReport, "html"), result, export_options,
                options["output"].as<std::string>());
}

}  // namespace eaf::cli
