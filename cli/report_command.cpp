// eaf gap: baseline against target, or a model against the framework.
// eaf report: the self-contained HTML review report.

#include <cxxopts.hpp>

#include <algorithm>
#include <ostream>

#include "checker/gap.h"
#include "cli/command.h"
#include "cli/load_options.h"
#include "cli/pack_options.h"
#include "model/diagnostic_format.h"
#include "model/loader.h"
#include "model/output_file.h"
#include "model/text_util.h"
#include "render/gap_report.h"
#include "render/graphviz_renderer.h"
#include "render/html_report.h"
#include "render/views.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

std::vector<std::string> Paths(const cxxopts::ParseResult& result, const char* name) {
  return result.count(name) ? model::ExpandInputs(result[name].as<std::vector<std::string>>()) : std::vector<std::string>{};
}

// Loads files; prints the diagnostics of files that could not be used. False when one failed.
bool LoadAll(const std::vector<std::string>& paths, const cxxopts::ParseResult& result, std::ostream& err, model::Workspace& workspace) {
  workspace = model::LoadWorkspace(paths, LoadOptionsFrom(result));
  bool ok = true;
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (workspace.files[f].loaded) continue;
    ok = false;
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      // --lang was checked before loading: LangFrom has nothing to complain about here.
      if (diagnostic.location.file == f) err << model::FormatDiagnosticText(workspace.files, diagnostic, LangFrom(result, err, {}));
    }
  }
  return ok;
}

bool Emit(CommandContext& context, const cxxopts::ParseResult& result, const std::string& text, const std::vector<std::string>& inputs) {
  if (!result.count("output") || result["output"].as<std::string>() == "-") {
    context.out << text;
    return true;
  }
  std::string error;
  if (model::WriteFileAtomically(result["output"].as<std::string>(), text, inputs, error)) return true;
  context.err << context.program << ": " << model::EscapeForTerminal(error) << "\n";
  return false;
}

}  // namespace

ExitCode RunGap(CommandContext& context) {
  cxxopts::Options options(context.program,
                           "Gap report: baseline (hiện trạng) against target (mục tiêu), or one model against the framework. "
                           "Changes, findings resolved and introduced, what the framework still requires, coverage of the "
                           "five architectures, and the roadmap (work packages by phase).");
  options.positional_help("[--baseline FILE...] [--target] FILE...");
  options.add_options()("baseline", "baseline model file(s)", cxxopts::value<std::vector<std::string>>())(
      "target", "target model file(s)", cxxopts::value<std::vector<std::string>>())(
      "format", "markdown, json or html", cxxopts::value<std::string>()->default_value("markdown"))(
      "o,output", "write to FILE (atomically) instead of standard output", cxxopts::value<std::string>())(
      "files", "target model files", cxxopts::value<std::vector<std::string>>());
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseModelCommandOptions(options, context, result, exit_code)) return exit_code;
  const std::string format = result["format"].as<std::string>();
  if (format != "markdown" && format != "json" && format != "html") {
    context.err << context.program << ": unknown --format '" << model::EscapeForTerminal(format) << "'; use markdown, json or html\n";
    return ExitCode::kInputError;
  }
  const std::string lang = LangFrom(result, context.err, context.program);
  if (lang.empty()) return ExitCode::kInputError;
  std::vector<std::string> target_paths = Paths(result, "target");
  for (const std::string& path : Paths(result, "files")) target_paths.push_back(path);
  const std::vector<std::string> baseline_paths = Paths(result, "baseline");
  if (target_paths.empty()) {
    context.err << context.program << ": no target model given\nusage: " << context.program << " [--baseline FILE...] --target FILE...\n";
    return ExitCode::kInputError;
  }
  const std::unique_ptr<LoadedPack> pack = LoadPack(result, context.err, context.program);
  if (!pack) return ExitCode::kInputError;
  checker::CheckOptions check_options;
  check_options.lang = lang;
  model::Workspace target, baseline;
  if (!LoadAll(target_paths, result, context.err, target)) return ExitCode::kInputError;
  const checker::CheckReport target_report = pack->checker.Run(target, check_options);
  checker::CheckReport baseline_report;
  const bool has_baseline = !baseline_paths.empty();
  if (has_baseline) {
    if (!LoadAll(baseline_paths, result, context.err, baseline)) return ExitCode::kInputError;
    baseline_report = pack->checker.Run(baseline, check_options);
  }
  const checker::GapAnalysis gap = checker::AnalyzeGap(has_baseline ? &baseline : nullptr, has_baseline ? &baseline_report : nullptr,
                                                       target, target_report, pack->pack);
  const render::GapInput input{gap, has_baseline ? &baseline : nullptr, target, pack->pack, lang};
  std::string text;
  if (format == "json") text = render::WriteGapJson(input);
  else if (format == "markdown") text = render::WriteGapMarkdown(input);
  else {
    text = "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
           "content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>eaf gap</title><style>body{font-family:\"Noto Sans\",sans-serif;"
           "margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}</style></head><body>\n" +
           render::WriteGapHtml(input) + "</body></html>\n";
  }
  std::vector<std::string> inputs = target_paths;
  inputs.insert(inputs.end(), baseline_paths.begin(), baseline_paths.end());
  return Emit(context, result, text, inputs) ? ExitCode::kClean : ExitCode::kInputError;
}

ExitCode RunReport(CommandContext& context) {
  cxxopts::Options options(context.program,
                           "Write the review report: one self-contained HTML page (verdict, findings, diagrams, waivers, "
                           "and the gap when a baseline is given). No external resources: it opens offline.");
  options.positional_help("FILE... -o report.html");
  options.add_options()("o,output", "the HTML file to write", cxxopts::value<std::string>())(
      "baseline", "baseline model file(s), for the gap section", cxxopts::value<std::vector<std::string>>())(
      "no-diagrams", "leave the diagrams out")("files", "model files", cxxopts::value<std::vector<std::string>>());
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseModelCommandOptions(options, context, result, exit_code)) return exit_code;
  const std::string lang = LangFrom(result, context.err, context.program);
  if (lang.empty()) return ExitCode::kInputError;
  if (!result.count("output")) {
    context.err << context.program << ": no output file: give -o report.html\n";
    return ExitCode::kInputError;
  }
  const std::vector<std::string> paths = Paths(result, "files");
  if (paths.empty()) {
    context.err << context.program << ": no model file given\n";
    return ExitCode::kInputError;
  }
  const std::unique_ptr<LoadedPack> pack = LoadPack(result, context.err, context.program);
  if (!pack) return ExitCode::kInputError;
  model::Workspace workspace;
  if (!LoadAll(paths, result, context.err, workspace)) return ExitCode::kInputError;
  checker::CheckOptions check_options;
  check_options.lang = lang;
  const checker::CheckReport report = pack->checker.Run(workspace, check_options);

  render::HtmlReportInput input{workspace, report, pack->pack, lang, EAF_VERSION, "", "", ""};
  if (!result.count("no-diagrams")) {
    for (const render::ViewKind kind : {render::ViewKind::kOverview, render::ViewKind::kIntegration}) {
      render::ViewOptions view;
      view.view = kind;
      view.lang = lang;
      const render::ViewResult built = render::BuildView(workspace, &report, view);
      for (const std::string& note : built.notes) context.err << context.program << ": " << note << "\n";
      std::string svg, error;
      if (!render::RenderDiagram(built.diagram, "svg", svg, error)) {
        context.err << context.program << ": " << error << "; the report has no diagram\n";
        continue;
      }
      (kind == render::ViewKind::kOverview ? input.overview_svg : input.integration_svg) = std::move(svg);
    }
  }
  std::vector<std::string> inputs = paths;
  const std::vector<std::string> baseline_paths = Paths(result, "baseline");
  model::Workspace baseline;
  checker::CheckReport baseline_report;
  if (!baseline_paths.empty()) {
    if (!LoadAll(baseline_paths, result, context.err, baseline)) return ExitCode::kInputError;
    baseline_report = pack->checker.Run(baseline, check_options);
    const checker::GapAnalysis gap = checker::AnalyzeGap(&baseline, &baseline_report, workspace, report, pack->pack);
    input.gap_html = render::WriteGapHtml({gap, &baseline, workspace, pack->pack, lang});
    inputs.insert(inputs.end(), baseline_paths.begin(), baseline_paths.end());
  }
  return Emit(context, result, render::WriteHtmlReport(input), inputs) ? ExitCode::kClean : ExitCode::kInputError;
}

}  // namespace eaf::cli
