// eaf render: draw a view of the models with Graphviz.

#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/review_options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "render/saved_views.h"
#include "render/split.h"
#include "review/exporters.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kRenderOptions[] = {
    {"view", "cli.opt.view", ValueKind::kString, "overview", "VIEW"},
    {"o,output", "cli.opt.render-output", ValueKind::kString, {}, "FILE"},
    {"format", "cli.opt.render-format", ValueKind::kString, {}, "FORMAT"},
    {"focus", "cli.opt.focus", ValueKind::kString, {}, "ID"},
    {"depth", "cli.opt.depth", ValueKind::kInt, "1", "N"},
    {"layer", "cli.opt.layer", ValueKind::kString, {}, "LAYER"},
    {"no-highlight", "cli.opt.no-highlight"},
    {"legend", "cli.opt.legend"},
    {"max-nodes", "cli.opt.max-nodes", ValueKind::kSize, "400", "N"},
    {"no-split", "cli.opt.no-split"},
    {"page-nodes", "cli.opt.page-nodes", ValueKind::kSize, "0", "N"},
};

// Why `--view` names no view: several saved views match, or none (with the closest names).
std::string SavedViewError(const std::string& name, const render::SavedViewMatch& match, const std::string& lang) {
  std::string list;
  for (const std::string& candidate : match.candidates) list += (list.empty() ? "'" : ", '") + model::EscapeForTerminal(candidate) + "'";
  const std::string escaped = model::EscapeForTerminal(name);
  if (match.ambiguous) return model::Text(lang, "cli.error.ambiguous-view", {{"view", escaped}, {"ids", list}});
  if (list.empty()) return model::Text(lang, "cli.error.unknown-view", {{"view", escaped}});
  return model::Text(lang, "cli.error.unknown-view.near", {{"view", escaped}, {"views", list}});
}

}  // namespace

ExitCode RunRender(CommandContext& context) {
  const CommandHelp help{"cli.render.summary", "cli.render.usage",
                         {kRenderOptions, StateOptions(), PolicyOptions(), LangOptions(), PackOptions(), LimitOptions()}};
  cxxopts::ParseResult options;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseCommand(help, context, options, exit_code)) return exit_code;
  const std::string& lang = context.lang;

  review::ExportOptions export_options;
  export_options.lang = lang;
  render::ViewOptions& view = export_options.view;
  view.lang = lang;
  // A built-in name wins; any other value names a view saved in the model ("saved:ID" always
  // does), looked up once the model is loaded.
  const std::string view_name = options["view"].as<std::string>();
  if (!render::ParseViewKind(view_name, view.view)) view.view = render::ViewKind::kSaved;
  if (!options.count("output")) return UsageError(context, model::Text(lang, "cli.error.render-needs-output"));
  const std::string output = options["output"].as<std::string>();
  std::string format = options.count("format") ? options["format"].as<std::string>() : std::filesystem::path(output).extension().string();
  // "-o -" writes to standard output; the format then comes from --format (default dot).
  if (output == "-" && !options.count("format")) format = "dot";
  if (!format.empty() && format[0] == '.') format.erase(0, 1);
  const review::Exporter* exporter = review::FindExporter(review::Document::kDiagram, format);
  if (!exporter) {
    return UsageError(context, model::Text(lang, "cli.error.render-format",
                                           {{"output", model::EscapeForTerminal(output)},
                                            {"formats", review::FormatList(review::Document::kDiagram, lang)}}));
  }
  if (output == "-" && exporter->binary) return UsageError(context, model::Text(lang, "cli.error.binary-to-stdout"));
  if (view.view == render::ViewKind::kNeighborhood) {
    if (!options.count("focus")) return UsageError(context, model::Text(lang, "cli.error.needs-focus"));
    view.focus = options["focus"].as<std::string>();
    view.depth = options["depth"].as<int>();
    if (view.depth < 0 || view.depth > 100) return UsageError(context, model::Text(lang, "cli.error.bad-depth"));
  }
  if (view.view == render::ViewKind::kLayer) {
    const auto architecture = model::ParseArchitecture(options.count("layer") ? options["layer"].as<std::string>() : "");
    if (!architecture) return UsageError(context, model::Text(lang, "cli.error.needs-layer"));
    view.layer = *architecture;
  }
  if (!StateFrom(options, context, view.state)) return ExitCode::kInputError;
  view.legend = options.count("legend") > 0;
  view.max_nodes = options["max-nodes"].as<std::size_t>();
  view.highlight = options.count("no-highlight") == 0;
  view.split = options.count("no-split") == 0;
  view.page_nodes = options["page-nodes"].as<std::size_t>();
  view.output = output;

  review::Request request;
  if (!RequestFrom(options, context, request)) return ExitCode::kInputError;
  // Findings drive highlighting and the federation view's colours.
  request.stage = view.highlight || view.view == render::ViewKind::kFederation ? review::Stage::kCheck : review::Stage::kLoad;
  const review::Result& result = RunReview(std::move(request), context);
  if (!PrintPipelineMessages(result, context, true)) return ExitCode::kInputError;
  if (view.view == render::ViewKind::kSaved) {
    const render::SavedViewMatch match = render::FindSavedView(result.workspace, view_name, lang);
    if (match.index < 0) return UsageError(context, SavedViewError(view_name, match, lang));
    view.saved = match.index;
  }
  const review::Exported exported = exporter->write(result, export_options);
  if (!exported.error.empty()) return UsageError(context, exported.error);
  for (const std::string& note : exported.notes) context.err << context.program << ": " << note << "\n";
  // A view split into pages: the pages beside the output (out.png -> out-1.png, ...), then the index.
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& [page, bytes] : exported.parts) {
    const std::string name = render::PageFileName(output, std::stoul(page), format);
    files.emplace_back(output == "-" ? output : (std::filesystem::path(output).parent_path() / name).string(), bytes);
  }
  // On standard output the index comes first.
  files.insert(output == "-" ? files.begin() : files.end(), {output, exported.bytes});
  if (!EmitAll(context, files, result.input_paths)) return ExitCode::kInputError;
  return ExitFor(result);
}

}  // namespace eaf::cli
