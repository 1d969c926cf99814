#include "cli/review_options.h"

#include <filesystem>

#include <ostream>

#include "model/escaping.h"
#include "model/messages.h"
#include "model/output_file.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kPolicyOptions[] = {
    {"enable", "cli.opt.enable", ValueKind::kStrings, {}, "GLOB"},
    {"disable", "cli.opt.disable", ValueKind::kStrings, {}, "GLOB"},
    {"severity", "cli.opt.severity", ValueKind::kStrings, {}, "GLOB=LEVEL"},
    {"ignore-waivers", "cli.opt.ignore-waivers"},
};

}  // namespace

std::span<const OptionSpec> PolicyOptions() { return kPolicyOptions; }

bool RequestFrom(const cxxopts::ParseResult& result, CommandContext& context, review::Request& request) {
  request.policy.lang = context.lang;
  if (result.count("files")) request.inputs = result["files"].as<std::vector<std::string>>();
  if (result.count("rules")) request.pack_path = result["rules"].as<std::string>();
  if (result.count("framework")) request.framework = result["framework"].as<std::string>();
  request.load.limits.max_file_bytes = result["max-file-size"].as<std::uint64_t>();
  request.load.limits.max_elements = result["max-elements"].as<std::uint64_t>();
  request.load.limits.max_depth = result["max-depth"].as<unsigned>();
  request.load.threads = result["threads"].as<unsigned>();
  request.load.lang = context.lang;
  request.policy.enable = Globs(result, "enable");
  request.policy.disable = Globs(result, "disable");
  request.policy.ignore_waivers = result.count("ignore-waivers") > 0;
  if (result.count("severity")) {
    for (const std::string& value : result["severity"].as<std::vector<std::string>>()) {
      const std::size_t equals = value.find('=');
      model::Severity level;
      if (equals == std::string::npos || equals == 0 || !model::ParseSeverity(value.substr(equals + 1), level)) {
        UsageError(context, model::Text(context.lang, "cli.error.bad-severity", {{"value", model::EscapeForTerminal(value)}}));
        return false;
      }
      request.policy.severity_overrides.emplace_back(value.substr(0, equals), level);
    }
  }
  return true;
}

bool PrintPipelineMessages(const review::Result& result, CommandContext& context, bool failures_on_stderr) {
  for (const std::string& error : result.errors) context.err << context.program << ": " << error << "\n";
  for (const std::string& notice : result.notices) context.err << context.program << ": " << notice << "\n";
  if (failures_on_stderr) {
    for (const std::string& failure : result.load_failures) context.err << failure;
  }
  return result.usable;
}

bool Emit(CommandContext& context, const std::string& path, const std::string& bytes, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    context.out << bytes;
    return true;
  }
  model::MessageRef problem;
  if (model::WriteFileAtomically(path, bytes, inputs, problem)) return true;
  UsageError(context, model::EscapeForTerminal(model::Text(context.lang, problem)));
  return false;
}

bool EmitAll(CommandContext& context, const std::vector<std::pair<std::string, std::string>>& files, const std::vector<std::string>& inputs) {
  std::vector<std::string> written;
  for (const auto& [path, bytes] : files) {
    if (!Emit(context, path, bytes, inputs)) {
      std::error_code ignored;
      for (const std::string& done : written) std::filesystem::remove(done, ignored);
      return false;
    }
    if (!path.empty() && path != "-") written.push_back(path);
  }
  return true;
}

const review::Exporter* ExporterFor(CommandContext& context, review::Document document, const std::string& format) {
  const review::Exporter* exporter = review::FindExporter(document, format);
  if (!exporter) {
    UsageError(context, model::Text(context.lang, "cli.error.unknown-format",
                                    {{"format", model::EscapeForTerminal(format)}, {"formats", review::FormatList(document, context.lang)}}));
  }
  return exporter;
}

ExitCode ExitFor(const review::Result& result, ExitCode otherwise) {
  return result.input_error ? ExitCode::kInputError : otherwise;
}

}  // namespace eaf::cli
