// eaf check: run the rule pack on model files and report the findings.

#include <ostream>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/exporters.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

constexpr OptionSpec kCheckOptions[] = {
    {"format", "cli.opt.check-format", ValueKind::kString, "text", "FORMAT"},
    {"o,output", "cli.opt.output-atomic", ValueKind::kString, {}, "FILE"},
    {"fail-on", "cli.opt.fail-on", ValueKind::kString, "error", "LEVEL"},
    {"q,quiet", "cli.opt.quiet"},
};

}  // namespace

ExitCode RunCheck(CommandContext& context) {
  const CommandHelp help{"cli.check.summary", "cli.check.usage",
                         {kCheckOptions, PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;

  const std::string format = options["format"].as<std::string>();
  const review::Exporter* exporter = ExporterFor(context, review::Document::kCheck, format);
  if (!exporter) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  export_options.tool_version = EAF_VERSION;
  if (!model::ParseSeverity(options["fail-on"].as<std::string>(), export_options.fail_on)) {
    return UsageError(context, model::Text(context.lang, "cli.error.bad-fail-on"));
  }
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  Progress progress(context.err, options.count("quiet") > 0);
  request.progress = [&](const char* what, std::size_t done, std::size_t total) { progress.Update(what, done, total); };
  const review::Result& result = RunReview(std::move(request), context);
  progress.Finish();
  const std::string output = options.count("output") ? options["output"].as<std::string>() : "";
  // The report lists the files that could not be loaded; standard error says so only when the
  // report goes elsewhere than the terminal's text.
  if (!PrintPipelineMessages(result, context, !output.empty() || format != "text")) return ExitCode::kInputError;
  const review::Exported exported = exporter->write(result, export_options);
  if (!Emit(context, output, exported.bytes, result.input_paths)) return ExitCode::kInputError;
  return ExitFor(result, result.report.HasAtLeast(export_options.fail_on) ? ExitCode::kFindings : ExitCode::kClean);
}

}  // namespace eaf::cli
