// eaf render: draw a view of the models with Graphviz.

#include <cxxopts.hpp>

#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/load_options.h"
#include "cli/pack_options.h"
#include "model/diagnostic_format.h"
#include "model/loader.h"
#include "model/output_file.h"
#include "model/text_util.h"
#include "render/graphviz_renderer.h"
#include "render/views.h"

namespace eaf::cli {

ExitCode RunRender(CommandContext& context) {
  cxxopts::Options options(context.program,
                           "Draw a view of architecture models with Graphviz: overview, integration, federation, "
                           "neighborhood, layer. Elements named by findings are drawn in red.");
  options.positional_help("FILE|DIR... -o OUT.svg|png|pdf|dot");
  options.add_options()("view", "overview, integration, federation, neighborhood or layer",
                        cxxopts::value<std::string>()->default_value("overview"))(
      "o,output", "output file; its extension picks the format; - for standard output (svg, dot)", cxxopts::value<std::string>())(
      "format", "svg, png, pdf or dot (default: from the output's extension)", cxxopts::value<std::string>())(
      "focus", "neighborhood: the element id", cxxopts::value<std::string>())(
      "depth", "neighborhood: exchanges away from the focus", cxxopts::value<int>()->default_value("1"))(
      "layer", "layer: business, data, application, technology or security", cxxopts::value<std::string>())(
      "highlight", "draw findings in red (default: on)", cxxopts::value<bool>()->default_value("true")->implicit_value("true"))(
      "no-highlight", "do not run the rules or highlight findings")("legend", "draw a legend of kinds, colours and shapes")(
      "max-nodes", "collapse a view with more nodes than this", cxxopts::value<std::size_t>()->default_value("400"))(
      "files", "model files", cxxopts::value<std::vector<std::string>>());
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseModelCommandOptions(options, context, result, exit_code)) return exit_code;

  auto usage_error = [&](const std::string& message) {
    context.err << context.program << ": " << message << "\n";
    return ExitCode::kInputError;
  };
  render::ViewOptions view;
  if (!render::ParseViewKind(result["view"].as<std::string>(), view.view)) {
    return usage_error("unknown --view '" + model::EscapeForTerminal(result["view"].as<std::string>()) +
                       "'; use overview, integration, federation, neighborhood or layer");
  }
  if (!result.count("output")) return usage_error("no output file: give -o OUT.svg (or .png, .pdf, .dot)");
  const std::string output = result["output"].as<std::string>();
  std::string format = result.count("format") ? result["format"].as<std::string>()
                                              : std::filesystem::path(output).extension().string();
  // "-o -" writes to standard output; the format then comes from --format (default dot).
  if (output == "-" && !result.count("format")) format = "dot";
  if (!format.empty() && format[0] == '.') format.erase(0, 1);
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot") {
    return usage_error("cannot tell the format of '" + model::EscapeForTerminal(output) + "'; use .svg, .png, .pdf or .dot, or --format");
  }
  if (view.view == render::ViewKind::kNeighborhood) {
    if (!result.count("focus")) return usage_error("--view neighborhood needs --focus ELEMENT-ID");
    view.focus = result["focus"].as<std::string>();
    view.depth = result["depth"].as<int>();
    if (view.depth < 0 || view.depth > 100) return usage_error("--depth takes 0 to 100");
  }
  if (view.view == render::ViewKind::kLayer) {
    const std::string layer = result.count("layer") ? result["layer"].as<std::string>() : "";
    const auto architecture = model::ParseArchitecture(layer);
    if (!architecture) return usage_error("--view layer needs --layer business, data, application, technology or security");
    view.layer = *architecture;
  }
  view.legend = result.count("legend") > 0;
  view.max_nodes = result["max-nodes"].as<std::size_t>();
  view.lang = LangFrom(result, context.err, context.program);
  if (view.lang.empty()) return ExitCode::kInputError;
  view.highlight = result["highlight"].as<bool>() && !result.count("no-highlight");
  if (!result.count("files")) return usage_error("no model file given");

  const std::vector<std::string> paths = model::ExpandInputs(result["files"].as<std::vector<std::string>>());
  if (paths.empty()) return usage_error("the directories given hold no model file (*.xml, *.archimate)");
  const model::Workspace workspace = model::LoadWorkspace(paths, LoadOptionsFrom(result));
  for (const model::SourceFile& file : workspace.files) {
    if (file.loaded) continue;
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      if (diagnostic.location.file < workspace.files.size() && &workspace.files[diagnostic.location.file] == &file) {
        context.err << model::FormatDiagnosticText(workspace.files, diagnostic, view.lang);
      }
    }
    return ExitCode::kInputError;
  }
  // Findings drive highlighting and the federation view's colours.
  std::unique_ptr<LoadedPack> pack;
  checker::CheckReport report;
  const bool need_report = view.highlight || view.view == render::ViewKind::kFederation;
  if (need_report) {
    pack = LoadPack(result, context.err, context.program);
    if (!pack) return ExitCode::kInputError;
    checker::CheckOptions check_options;
    check_options.lang = view.lang;
    report = pack->checker.Run(workspace, check_options);
  }
  const render::ViewResult built = render::BuildView(workspace, need_report ? &report : nullptr, view);
  if (!built.ok) return usage_error(built.error);
  for (const std::string& note : built.notes) context.err << context.program << ": " << note << "\n";

  std::string bytes;
  if (format == "dot") {
    bytes = render::WriteDot(built.diagram);
  } else {
    std::string error;
    if (!render::RenderDiagram(built.diagram, format, bytes, error)) return usage_error(error);
  }
  if (output == "-") {
    if (format == "png" || format == "pdf") return usage_error("-o - writes text formats only (svg, dot)");
    context.out << bytes;
    return ExitCode::kClean;
  }
  std::string error;
  if (!model::WriteFileAtomically(output, bytes, paths, error)) return usage_error(model::EscapeForTerminal(error));
  return ExitCode::kClean;
}

}  // namespace eaf::cli
