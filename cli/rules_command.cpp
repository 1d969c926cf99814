// eaf rules: list the rules of a pack. eaf explain: one rule in full.

#include <cxxopts.hpp>

#include <ostream>

#include "cli/command.h"
#include "cli/pack_options.h"
#include "model/json_writer.h"
#include "model/text_util.h"

namespace eaf::cli {
namespace {

const char* Say(const std::string& lang, const char* vi, const char* en) { return lang == "en" ? en : vi; }

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

ExitCode RunRules(CommandContext& context) {
  cxxopts::Options options(context.program, "List the rules of a rule pack.");
  options.add_options()("format", "text, markdown or json", cxxopts::value<std::string>()->default_value("text"))(
      "pack", "same as --rules", cxxopts::value<std::string>());
  AddLangOption(options);
  AddPackOptions(options);
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseOptions(options, context, result, exit_code)) return exit_code;
  const std::string format = result["format"].as<std::string>();
  if (format != "text" && format != "markdown" && format != "json") {
    context.err << context.program << ": unknown --format '" << model::EscapeForTerminal(format) << "'; use text, markdown or json\n";
    return ExitCode::kInputError;
  }
  const std::string lang = LangFrom(result, context.err, context.program);
  if (lang.empty()) return ExitCode::kInputError;
  std::unique_ptr<LoadedPack> loaded;
  if (result.count("pack") && !result.count("rules")) {
    std::vector<std::string> args = context.args;
    for (auto& arg : args) {
      if (arg == "--pack") arg = "--rules";
      else if (arg.starts_with("--pack=")) arg = "--rules=" + arg.substr(7);
    }
    CommandContext inner{args, context.out, context.err, context.program};
    return RunRules(inner);
  }
  loaded = LoadPack(result, context.err, context.program);
  if (!loaded) return ExitCode::kInputError;
  const checker::RulePack& pack = loaded->pack;

  if (format == "json") {
    std::string text;
    model::JsonWriter json(text);
    json.BeginObject().Field("pack", pack.id).Field("version", pack.version).Field("framework", pack.framework);
    json.Key("rules").BeginArray();
    for (const checker::RuleDefinition& rule : pack.rules) {
      json.BeginObject().Field("id", rule.id).Field("severity", model::SeverityName(rule.severity));
      json.Field("template", rule.template_name).Field("title", rule.title.In(lang)).Field("source", rule.source);
      json.Field("unconfirmed", rule.unconfirmed).EndObject();
    }
    json.EndArray().EndObject();
    context.out << text;
  } else if (format == "markdown") {
    context.out << "# " << MarkdownCell(pack.title.In(lang)) << " (" << pack.id << " " << pack.version << ")\n\n"
                << Say(lang, "| mã | mức | mẫu quy tắc | quy tắc | nguồn |\n", "| id | severity | template | rule | source |\n")
                << "|---|---|---|---|---|\n";
    for (const checker::RuleDefinition& rule : pack.rules) {
      context.out << "| " << rule.id << " | " << model::SeverityName(rule.severity) << " | [" << rule.template_name
                  << "](" << rule.template_name << ".md) | " << MarkdownCell(rule.title.In(lang))
                  << (rule.unconfirmed ? Say(lang, " *(chưa xác nhận)*", " *(unconfirmed)*") : "") << " | "
                  << MarkdownCell(rule.source) << " |\n";
    }
  } else {
    for (const checker::RuleDefinition& rule : pack.rules) {
      context.out << rule.id << "  " << model::SeverityName(rule.severity)
                  << std::string(8 - std::string_view(model::SeverityName(rule.severity)).size(), ' ')
                  << model::EscapeForTerminal(rule.title.In(lang)) << "\n";
    }
    context.out << pack.rules.size() << Say(lang, " quy tắc trong ", " rules in ") << pack.id << " " << pack.version << "\n";
  }
  return ExitCode::kClean;
}

ExitCode RunExplain(CommandContext& context) {
  cxxopts::Options options(context.program, "Explain one rule: what it requires, why, its source and an example.");
  options.positional_help("RULE-ID");
  options.add_options()("rule", "rule id", cxxopts::value<std::string>());
  AddLangOption(options);
  AddPackOptions(options);
  options.parse_positional({"rule"});
  cxxopts::ParseResult result;
  ExitCode exit_code = ExitCode::kClean;
  if (!ParseOptions(options, context, result, exit_code)) return exit_code;
  const std::string lang = LangFrom(result, context.err, context.program);
  if (lang.empty()) return ExitCode::kInputError;
  if (!result.count("rule")) {
    context.err << context.program << ": which rule? usage: " << context.program << " RULE-ID\n";
    return ExitCode::kInputError;
  }
  const std::unique_ptr<LoadedPack> loaded = LoadPack(result, context.err, context.program);
  if (!loaded) return ExitCode::kInputError;
  const std::string wanted = result["rule"].as<std::string>();
  const checker::RuleDefinition* rule = nullptr;
  std::vector<std::string_view> ids;
  for (const checker::RuleDefinition& candidate : loaded->pack.rules) {
    ids.push_back(candidate.id);
    if (candidate.id == wanted) rule = &candidate;
  }
  if (!rule) {
    context.err << context.program << ": no rule '" << model::EscapeForTerminal(wanted) << "' in " << loaded->pack.id;
    const std::string_view suggestion = model::ClosestMatch(wanted, ids);
    if (!suggestion.empty()) context.err << "; did you mean '" << suggestion << "'?";
    context.err << "\n";
    return ExitCode::kInputError;
  }
  const checker::RuleTemplate* implementation = loaded->checker.TemplateOf(*rule);
  std::ostream& out = context.out;
  out << rule->id << " (" << model::SeverityName(rule->severity) << "): " << rule->title.In(lang) << "\n\n";
  out << Say(lang, "Lý do: ", "Why: ") << rule->rationale.In(lang) << "\n\n";
  out << Say(lang, "Nguồn: ", "Source: ") << rule->source << "\n";
  if (rule->unconfirmed) {
    out << Say(lang, "Lưu ý: quy tắc dựa trên dữ kiện chưa được đối chiếu với văn bản gốc; chỉ là cảnh báo.\n",
               "Note: this rule rests on a fact not yet confirmed against the primary text; it is a warning only.\n");
  }
  out << Say(lang, "Mẫu quy tắc: ", "Template: ") << rule->template_name;
  if (implementation) out << " — " << model::Text(lang, implementation->SummaryId());
  out << "\n";
  if (!rule->parameters.empty()) {
    out << Say(lang, "Tham số:\n", "Parameters:\n");
    for (const checker::RawParameter& parameter : rule->parameters) out << "  " << parameter.name << " = " << parameter.value << "\n";
  }
  out << Say(lang, "Thông báo: ", "Message: ") << rule->message.In(lang) << "\n";
  if (!rule->example.empty()) out << Say(lang, "Ví dụ vi phạm: ", "Example of a breach: ") << rule->example << "\n";
  out << Say(lang, "Miễn trừ trong mô hình: thuộc tính eaf:waive = \"", "Waive it in the model: property eaf:waive = \"")
      << rule->id << Say(lang, ": lý do\"\n", ": reason\"\n");
  return ExitCode::kClean;
}

}  // namespace eaf::cli
