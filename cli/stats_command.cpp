// eaf stats: what each file holds, and the loader's diagnostics.

#include <cxxopts.hpp>

#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/load_options.h"
#include "model/diagnostic_format.h"
#include "model/json_writer.h"
#include "model/loader.h"
#include "model/statistics.h"
#include "model/text_util.h"

namespace eaf::cli {
namespace {

using model::Statistics;
using model::Workspace;

std::string Escaped(std::string_view text) { return model::EscapeForTerminal(text); }

void PrintCounts(std::ostream& out, std::string_view title, const std::map<std::string, std::uint64_t>& counts,
                 std::string_view empty_key_label) {
  if (counts.empty()) return;
  out << "  " << title << ":\n";
  std::size_t width = 0;
  for (const auto& [key, count] : counts) width = std::max(width, (key.empty() ? empty_key_label : key).size());
  for (const auto& [key, count] : model::SortedByCount(counts)) {
    const std::string label = key.empty() ? std::string(empty_key_label) : Escaped(key);
    out << "    " << label << std::string(width + 2 - std::min(width, label.size()), ' ') << count << "\n";
  }
}

std::string Summary(const Statistics& statistics) {
  return std::to_string(statistics.elements) + " elements, " + std::to_string(statistics.relationships) +
         " relationships, " + std::to_string(statistics.views) + " views";
}

std::string DiagnosticSummary(const Statistics& statistics) {
  return std::to_string(statistics.errors) + " errors, " + std::to_string(statistics.warnings) + " warnings, " +
         std::to_string(statistics.infos) + " infos";
}

void PrintText(std::ostream& out, const Workspace& workspace, const std::vector<Statistics>& per_file,
               const Statistics& total) {
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    const Statistics& statistics = per_file[f];
    out << Escaped(file.path) << ": ";
    if (!file.loaded) {
      out << "not loaded\n";
    } else {
      out << model::SourceFormatName(file.format) << ", " << Summary(statistics) << "\n";
      const std::string& name = model::PickText(file.names);
      if (!name.empty()) out << "  model: " << Escaped(name) << "\n";
      auto show = [](const std::string& value) { return value.empty() ? std::string("-") : Escaped(value); };
      out << "  level: " << show(file.level) << ", agency: " << show(file.agency)
          << ", framework: " << show(file.framework) << ", state: " << show(file.state) << "\n";
      PrintCounts(out, "elements by type", statistics.elements_by_type, "");
      PrintCounts(out, "elements by eaf:kind", statistics.elements_by_kind, "(no kind)");
      PrintCounts(out, "relationships by type", statistics.relationships_by_type, "");
    }
    out << "  diagnostics: " << DiagnosticSummary(statistics) << "\n";
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      if (diagnostic.location.file != f) continue;
      const std::string text = model::FormatDiagnosticText(workspace.files, diagnostic, "en");
      for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        out << "  " << std::string_view(text).substr(start, end + 1 - start);
        start = end + 1;
      }
    }
  }
  if (workspace.files.size() > 1) {
    out << "total: " << workspace.files.size() << " files, " << Summary(total) << "; " << DiagnosticSummary(total)
        << "\n";
    PrintCounts(out, "elements by type", total.elements_by_type, "");
    PrintCounts(out, "elements by eaf:kind", total.elements_by_kind, "(no kind)");
    PrintCounts(out, "relationships by type", total.relationships_by_type, "");
  }
}

void WriteCounts(model::JsonWriter& json, std::string_view key, const std::map<std::string, std::uint64_t>& counts) {
  json.Key(key).BeginObject();
  for (const auto& [name, count] : counts) json.Field(name, count);
  json.EndObject();
}

void WriteStatistics(model::JsonWriter& json, const Statistics& statistics) {
  json.Field("elements", statistics.elements)
      .Field("relationships", statistics.relationships)
      .Field("views", statistics.views);
  WriteCounts(json, "elements_by_type", statistics.elements_by_type);
  WriteCounts(json, "elements_by_kind", statistics.elements_by_kind);
  WriteCounts(json, "relationships_by_type", statistics.relationships_by_type);
  json.Key("diagnostic_counts").BeginObject();
  json.Field("error", statistics.errors).Field("warning", statistics.warnings).Field("info", statistics.infos);
  json.EndObject();
}

void WriteDiagnostic(model::JsonWriter& json, const Workspace& workspace, const model::Diagnostic& diagnostic) {
  json.BeginObject();
  json.Field("id", diagnostic.rule_id).Field("severity", model::SeverityName(diagnostic.severity));
  json.Field("message", diagnostic.message);
  json.Field("file", workspace.files[diagnostic.location.file].path);
  json.Field("line", diagnostic.location.line).Field("column", diagnostic.location.column);
  if (!diagnostic.notes.empty()) {
    json.Key("notes").BeginArray();
    for (const model::Note& note : diagnostic.notes) {
      json.BeginObject().Field("message", note.message);
      if (note.has_location) json.Field("line", note.location.line).Field("column", note.location.column);
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
}

std::string Json(const Workspace& workspace, const std::vector<Statistics>& per_file, const Statistics& total) {
  std::string text;
  model::JsonWriter json(text);
  json.BeginObject();
  json.Key("files").BeginArray();
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    json.BeginObject();
    json.Field("path", file.path).Field("loaded", file.loaded);
    json.Field("format", model::SourceFormatName(file.format));
    json.Field("model_id", file.model_id).Field("name", model::PickText(file.names));
    json.Key("properties").BeginObject();
    json.Field("level", file.level).Field("agency", file.agency);
    json.Field("framework", file.framework).Field("state", file.state);
    json.EndObject();
    WriteStatistics(json, per_file[f]);
    json.Key("diagnostics").BeginArray();
    for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
      if (diagnostic.location.file == f) WriteDiagnostic(json, workspace, diagnostic);
    }
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.Key("total").BeginObject();
  json.Field("files", static_cast<std::uint64_t>(workspace.files.size()));
  WriteStatistics(json, total);
  json.EndObject();
  json.EndObject();
  return text;
}

}  // namespace

ExitCode RunStats(CommandContext& context) {
  cxxopts::Options options(context.program, "Count the elements, relationships and views of ArchiMate model files "
                                            "(exchange format .xml or Archi .archimate; directories are searched).");
  options.positional_help("FILE|DIR...");
  options.add_options()("format", "output format: text or json", cxxopts::value<std::string>()->default_value("text"))(
      "files", "model files", cxxopts::value<std::vector<std::string>>());
  AddLoadOptions(options);
  options.parse_positional({"files"});
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseOptions(options, context, result, exit_code)) return exit_code;

  const std::string format = result["format"].as<std::string>();
  if (format != "text" && format != "json") {
    context.err << context.program << ": unknown --format '" << model::EscapeForTerminal(format)
                << "'; use text or json\n";
    return ExitCode::kInputError;
  }
  if (!result.count("files")) {
    context.err << context.program << ": no model file given\nusage: " << context.program << " [options] FILE|DIR...\n";
    return ExitCode::kInputError;
  }
  const std::vector<std::string> paths = model::ExpandInputs(result["files"].as<std::vector<std::string>>());
  if (paths.empty()) {
    context.err << context.program << ": the directories given hold no model file (*.xml, *.archimate)\n";
    return ExitCode::kInputError;
  }
  const Workspace workspace = model::LoadWorkspace(paths, LoadOptionsFrom(result));

  std::vector<Statistics> per_file;
  Statistics total;
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    per_file.push_back(model::ComputeStatistics(workspace, f));
    total.Merge(per_file.back());
  }
  if (format == "json") {
    context.out << Json(workspace, per_file, total);
  } else {
    PrintText(context.out, workspace, per_file, total);
  }
  const bool any_failed = std::any_of(workspace.files.begin(), workspace.files.end(),
                                      [](const model::SourceFile& file) { return !file.loaded; });
  return any_failed ? ExitCode::kInputError : ExitCode::kClean;
}

}  // namespace eaf::cli
