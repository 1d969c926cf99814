#include "cli/pack_options.h"

#include "cli/command.h"
#include "cli/load_options.h"

#include <cstdlib>

#include "model/diagnostic_format.h"
#include "model/text_util.h"

namespace eaf::cli {

void AddPackOptions(cxxopts::Options& options) {
  options.add_options("Rules")("rules", "rule pack to use (default: vn-eaf-2.0.xml next to eaf or installed)",
                               cxxopts::value<std::string>());
}

std::unique_ptr<LoadedPack> LoadPack(const cxxopts::ParseResult& result, std::ostream& err, const std::string& program) {
  std::string path = result.count("rules") ? result["rules"].as<std::string>() : checker::FindDefaultPack();
  if (path.empty()) {
    err << program << ": the rule pack vn-eaf-2.0.xml was found neither next to eaf (rules/) nor in the installed "
                      "data directory; give one with --rules FILE\n";
    return nullptr;
  }
  auto loaded = std::make_unique<LoadedPack>();
  std::vector<model::Diagnostic> diagnostics;
  bool ok = checker::LoadRulePack(path, loaded->pack, diagnostics);
  if (ok) ok = checker::Checker::Compile(loaded->pack, loaded->checker, diagnostics);
  if (!ok || !diagnostics.empty()) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), model::DiagnosticLess);
    for (const model::Diagnostic& diagnostic : diagnostics) {
      err << model::FormatDiagnosticText(loaded->pack.files, diagnostic, LangFrom(result, err, program));
    }
    err << program << ": the rule pack " << model::EscapeForTerminal(path) << " cannot be used\n";
    return nullptr;
  }
  return loaded;
}

bool ParseModelCommandOptions(cxxopts::Options& options, CommandContext& context, cxxopts::ParseResult& result,
                              ExitCode& exit_code) {
  AddLangOption(options);
  AddPackOptions(options);
  AddLoadOptions(options);
  options.parse_positional({"files"});
  return ParseOptions(options, context, result, exit_code);
}

void AddLangOption(cxxopts::Options& options) {
  options.add_options()("lang", "language of messages: vi or en (default: vi when LANG starts with vi, else en)",
                        cxxopts::value<std::string>());
}

std::string LangFrom(const cxxopts::ParseResult& result, std::ostream& err, const std::string& program) {
  if (result.count("lang")) {
    const std::string lang = result["lang"].as<std::string>();
    if (lang == "vi" || lang == "en") return lang;
    err << program << ": unknown --lang '" << model::EscapeForTerminal(lang) << "'; use vi or en\n";
    return {};
  }
  const char* env = std::getenv("LANG");
  return env && std::string_view(env).starts_with("vi") ? "vi" : "en";
}

}  // namespace eaf::cli
