#include "cli/options.h"

#include <cstdlib>
#include <ostream>

#include "cli/command.h"
#include "model/escaping.h"
#include "model/loader.h"
#include "model/messages.h"
#include "model/text_util.h"

namespace eaf::cli {
namespace {

constexpr OptionSpec kHelpOption{"h,help", "cli.opt.help"};

constexpr OptionSpec kLangOptions[] = {
    {"lang", "cli.opt.lang", ValueKind::kString, {}, "vi|en"},
};
constexpr OptionSpec kPackOptions[] = {
    {"rules", "cli.opt.rules", ValueKind::kString, {}, "FILE"},
    {"framework", "cli.opt.framework", ValueKind::kString, {}, "archimate|2.0|3.0|4.0"},
};

constexpr OptionSpec kStateOptions[] = {
    {"state", "cli.opt.state", ValueKind::kString, "target", "STATE"},
};

// Defaults of the limits come from model::LoadLimits; the table holds them as text.
const std::vector<std::string>& LimitDefaults() {
  static const std::vector<std::string> defaults = [] {
    const model::LoadLimits limits;
    return std::vector<std::string>{std::to_string(limits.max_file_bytes), std::to_string(limits.max_elements),
                                    std::to_string(limits.max_depth)};
  }();
  return defaults;
}

const OptionSpec* LoadOptionTable() {
  static const OptionSpec table[] = {
      {"max-file-size", "cli.opt.max-file-size", ValueKind::kUint64, LimitDefaults()[0], "BYTES"},
      {"max-elements", "cli.opt.max-elements", ValueKind::kUint64, LimitDefaults()[1], "N"},
      {"max-depth", "cli.opt.max-depth", ValueKind::kUnsigned, LimitDefaults()[2], "N"},
      {"threads", "cli.opt.threads", ValueKind::kUnsigned, "0", "N"},
  };
  return table;
}

std::shared_ptr<cxxopts::Value> ValueOf(const OptionSpec& spec) {
  std::shared_ptr<cxxopts::Value> value;
  switch (spec.kind) {
    case ValueKind::kFlag: return cxxopts::value<bool>();
    case ValueKind::kString: value = cxxopts::value<std::string>(); break;
    case ValueKind::kStrings: value = cxxopts::value<std::vector<std::string>>(); break;
    case ValueKind::kInt: value = cxxopts::value<int>(); break;
    case ValueKind::kUnsigned: value = cxxopts::value<unsigned>(); break;
    case ValueKind::kSize: value = cxxopts::value<std::size_t>(); break;
    case ValueKind::kUint64: value = cxxopts::value<std::uint64_t>(); break;
  }
  if (!spec.default_value.empty()) value->default_value(std::string(spec.default_value));
  return value;
}

// "o,output" -> "-o, --output"; "format" -> "    --format".
std::string HelpNames(const OptionSpec& spec) {
  const std::string_view names = spec.names;
  const std::size_t comma = names.find(',');
  std::string text = comma == std::string_view::npos ? "    --" + std::string(names)
                                                     : "-" + std::string(names.substr(0, comma)) + ", --" + std::string(names.substr(comma + 1));
  if (spec.kind != ValueKind::kFlag) text += " " + std::string(spec.value_name.empty() ? "VALUE" : spec.value_name);
  return text;
}

void PrintHelp(const CommandHelp& help, const CommandContext& context) {
  const std::string& lang = context.lang;
  std::ostream& out = context.out;
  out << model::Text(lang, help.summary_id) << "\n\n"
      << model::Text(lang, "cli.help.usage", {{"command", context.program}, {"arguments", model::Text(lang, help.usage_id)}}) << "\n\n"
      << model::Text(lang, "cli.help.options") << "\n";
  std::vector<const OptionSpec*> all{&kHelpOption};
  for (const std::span<const OptionSpec>& group : help.groups) {
    for (const OptionSpec& spec : group) all.push_back(&spec);
  }
  std::size_t width = 0;
  for (const OptionSpec* spec : all) width = std::max(width, HelpNames(*spec).size());
  for (const OptionSpec* spec : all) {
    const std::string names = HelpNames(*spec);
    out << "  " << names << std::string(width + 2 - names.size(), ' ') << model::Text(lang, spec->help_id);
    if (!spec->default_value.empty()) out << " " << model::Text(lang, "cli.help.default", {{"value", std::string(spec->default_value)}});
    out << "\n";
  }
  out << "\n" << model::Text(lang, "cli.help.exit-codes") << "\n";
}

// cxxopts names the option in its message between quotes; the rest of its text is English.
std::string QuotedIn(const std::string& text) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\u2018", "\u2019"}, {"'", "'"}}) {
    const std::size_t start = text.find(open);
    if (start == std::string::npos) continue;
    const std::size_t end = text.find(close, start + open.size());
    if (end != std::string::npos) return text.substr(start + open.size(), end - start - open.size());
  }
  return {};
}

std::string ParseErrorText(const cxxopts::exceptions::exception& error, const std::string& lang) {
  const std::string option = model::EscapeForTerminal(QuotedIn(error.what()));
  if (dynamic_cast<const cxxopts::exceptions::no_such_option*>(&error)) return model::Text(lang, "cli.error.no-such-option", {{"option", option}});
  if (dynamic_cast<const cxxopts::exceptions::missing_argument*>(&error)) return model::Text(lang, "cli.error.missing-argument", {{"option", option}});
  if (dynamic_cast<const cxxopts::exceptions::incorrect_argument_type*>(&error)) {
    return model::Text(lang, "cli.error.bad-value", {{"value", option}});
  }
  if (dynamic_cast<const cxxopts::exceptions::gratuitous_argument_for_option*>(&error)) {
    return model::Text(lang, "cli.error.no-value-expected", {{"option", option}});
  }
  return model::Text(lang, "cli.error.bad-option", {{"detail", model::EscapeForTerminal(error.what())}});
}

}  // namespace

std::span<const OptionSpec> LangOptions() { return kLangOptions; }
std::span<const OptionSpec> PackOptions() { return kPackOptions; }
std::span<const OptionSpec> LimitOptions() { return {LoadOptionTable(), 4}; }
std::span<const OptionSpec> StateOptions() { return kStateOptions; }

bool StateFrom(const cxxopts::ParseResult& result, CommandContext& context, std::string& state) {
  state = result["state"].as<std::string>();
  if (state == "target" || state == "baseline") return true;
  UsageError(context, model::Text(context.lang, "cli.error.bad-state", {{"state", model::EscapeForTerminal(state)}}));
  return false;
}

std::string LangOf(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i] == "--lang" && i + 1 < args.size()) return args[i + 1] == "vi" ? "vi" : "en";
    if (args[i].starts_with("--lang=")) return args[i].substr(7) == "vi" ? "vi" : "en";
  }
  const char* env = std::getenv("LANG");
  return env && std::string_view(env).starts_with("vi") ? "vi" : "en";
}

bool ParseCommand(const CommandHelp& help, CommandContext& context, cxxopts::ParseResult& result, ExitCode& exit_code,
                  const std::vector<std::string>& positional) {
  cxxopts::Options options(context.program);
  auto adder = options.add_options();
  adder(std::string(kHelpOption.names), "", ValueOf(kHelpOption));
  for (const std::span<const OptionSpec>& group : help.groups) {
    for (const OptionSpec& spec : group) adder(std::string(spec.names), "", ValueOf(spec));
  }
  for (const std::string& name : positional) {
    if (name == "files") adder("files", "", cxxopts::value<std::vector<std::string>>());
  }
  options.parse_positional(positional);
  std::vector<const char*> argv{context.program.c_str()};
  for (const std::string& arg : context.args) argv.push_back(arg.c_str());
  try {
    result = options.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const cxxopts::exceptions::exception& error) {
    context.err << context.program << ": " << ParseErrorText(error, context.lang) << "\n"
                << model::Text(context.lang, "cli.error.see-help", {{"command", context.program}}) << "\n";
    exit_code = ExitCode::kInputError;
    return false;
  }
  if (result.count("lang")) {
    const std::string lang = result["lang"].as<std::string>();
    if (lang != "vi" && lang != "en") {
      exit_code = UsageError(context, model::Text(context.lang, "cli.error.bad-lang", {{"value", model::EscapeForTerminal(lang)}}));
      return false;
    }
  }
  if (result.count("help")) {
    PrintHelp(help, context);
    exit_code = ExitCode::kClean;
    return false;
  }
  return true;
}

ExitCode UsageError(CommandContext& context, const std::string& message) {
  context.err << context.program << ": " << message << "\n";
  return ExitCode::kInputError;
}

std::vector<std::string> Globs(const cxxopts::ParseResult& result, const char* name) {
  std::vector<std::string> globs;
  if (!result.count(name)) return globs;
  for (const std::string& value : result[name].as<std::vector<std::string>>()) {
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t comma = value.find(',', start);
      const std::string glob(model::Trim(value.substr(start, comma - start)));
      if (!glob.empty()) globs.push_back(glob);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return globs;
}

}  // namespace eaf::cli
