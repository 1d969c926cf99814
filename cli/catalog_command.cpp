// eaf catalog: the catalogues (danh mục) of a review dossier, as a workbook, CSV, Markdown or JSON.

#include <filesystem>

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kCatalogOptions[] = {
    {"format", "cli.opt.catalog-format", ValueKind::kString, {}, "FORMAT"},
    {"max-findings", "cli.opt.catalog-max-findings", ValueKind::kSize, "20000", "N"},
    {"o,output", "cli.opt.catalog-output", ValueKind::kString, {}, "OUT"},
};

// --format, else the output's extension, else Markdown; "md" is Markdown.
std::string FormatOf(const cxxopts::ParseResult& options, const std::string& output) {
  std::string format = options.count("format") ? options["format"].as<std::string>() : "";
  if (format.empty()) {
    const std::string extension = std::filesystem::path(output).extension().string();
    format = extension.empty() ? "markdown" : extension.substr(1);
  }
  return format == "md" ? "markdown" : format;
}

// Where a part of a several-file document goes: into OUT when it is a directory, else beside it,
// its name joined to OUT's stem (catalog.csv -> catalog-systems.csv).
std::string PartPath(const std::string& output, const std::string& name, const std::string& extension) {
  std::error_code ignored;
  const std::filesystem::path path(output);
  if (std::filesystem::is_directory(path, ignored)) return (path / (name + extension)).string();
  std::filesystem::path stem = path;
  if (stem.extension() == extension) stem.replace_extension();
  return stem.string() + "-" + name + extension;
}

}  // namespace

ExitCode RunCatalog(CommandContext& context) {
  const CommandHelp help{"cli.catalog.summary", "cli.catalog.usage",
                         {kCatalogOptions, StateOptions(), PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const std::string output = options.count("output") ? options["output"].as<std::string>() : "";
  const std::string format = FormatOf(options, output);
  const review::Exporter* exporter = ExporterFor(context, review::Document::kCatalog, format);
  if (!exporter) return ExitCode::kInputError;
  std::string state;
  if (!StateFrom(options, context, state)) return ExitCode::kInputError;
  // A workbook is binary and CSV is several files: both need a named output.
  if ((exporter->binary || format == "csv") && (output.empty() || output == "-")) {
    return UsageError(context, model::Text(context.lang, "cli.error.catalog-needs-output", {{"format", format}}));
  }
  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  review::ExportOptions export_options;
  export_options.lang = context.lang;
  export_options.state = state;
  export_options.max_findings = options["max-findings"].as<std::size_t>();
  const review::Exported exported = exporter->write(result, export_options);
  for (const std::string& note : exported.notes) context.err << context.program << ": " << note << "\n";
  if (!exported.error.empty()) return UsageError(context, exported.error);
  for (const auto& [name, bytes] : exported.parts) {
    if (!Emit(context, PartPath(output, name, "." + format), bytes, result.input_paths)) return ExitCode::kInputError;
  }
  if (exported.parts.empty() && !Emit(context, output, exported.bytes, result.input_paths)) return ExitCode::kInputError;
  return ExitFor(result);
}

}  // namespace eaf::cli
