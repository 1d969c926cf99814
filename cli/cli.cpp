#include "cli/cli.h"

#include <cxxopts.hpp>

#include <array>
#include <exception>
#include <ostream>

#include "cli/command.h"
#include "model/profile.h"
#include "model/text_util.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

// Every subcommand, in the order `eaf --help` lists them.
constexpr std::array kCommands{
    Command{"check", "check models against the framework 2.0 rule pack", &RunCheck},
    Command{"rules", "list the rules of a rule pack", &RunRules},
    Command{"explain", "explain one rule: rationale, source, example", &RunExplain},
    Command{"gap", "gap report: baseline against target, or a model against the framework", &RunGap},
    Command{"report", "write the self-contained HTML review report", &RunReport},
    Command{"render", "draw a view of the models with Graphviz (svg, png, pdf, dot)", &RunRender},
    Command{"stats", "count elements, relationships and views of model files", &RunStats},
};

void PrintUsage(std::ostream& out) {
  out << "eaf " EAF_VERSION " - check e-Government architecture models against Vietnam's framework 2.0\n\n"
         "usage: eaf <command> [options] FILE...\n"
         "       eaf <command> --help\n\n"
         "commands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(12 - command.name.size(), ' ') << command.summary << "\n";
  }
  out << "\noptions:\n"
         "  -h, --help     show this help\n"
         "  --version      show the version\n\n"
         "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error\n";
}

const Command* FindCommand(std::string_view name) {
  for (const Command& command : kCommands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

}  // namespace

bool ParseOptions(cxxopts::Options& options, CommandContext& context, cxxopts::ParseResult& result,
                  ExitCode& exit_code) {
  options.add_options()("h,help", "show this help");
  std::vector<const char*> argv{context.program.c_str()};
  for (const std::string& arg : context.args) argv.push_back(arg.c_str());
  try {
    result = options.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const cxxopts::exceptions::exception& error) {
    context.err << context.program << ": " << error.what() << "\n"
                << "run '" << context.program << " --help' for usage\n";
    exit_code = ExitCode::kInputError;
    return false;
  }
  if (result.count("help")) {
    context.out << options.help();
    exit_code = ExitCode::kClean;
    return false;
  }
  return true;
}

int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  try {
    if (argc < 2) {
      PrintUsage(err);
      return static_cast<int>(ExitCode::kInputError);
    }
    const std::string_view first = argv[1];
    if (first == "-h" || first == "--help" || first == "help") {
      if (first == "help" && argc > 2) {
        if (const Command* command = FindCommand(argv[2])) {
          CommandContext context{{"--help"}, out, err, "eaf " + std::string(command->name)};
          return static_cast<int>(command->run(context));
        }
      }
      PrintUsage(out);
      return static_cast<int>(ExitCode::kClean);
    }
    if (first == "--version" || first == "version") {
      out << "eaf " EAF_VERSION "\n";
      return static_cast<int>(ExitCode::kClean);
    }
    const Command* command = FindCommand(first);
    if (!command) {
      err << "eaf: unknown command '" << model::EscapeForTerminal(first) << "'";
      std::vector<std::string_view> names;
      for (const Command& c : kCommands) names.push_back(c.name);
      const std::string_view suggestion = model::ClosestMatch(first, names);
      if (!suggestion.empty()) err << "; did you mean '" << suggestion << "'?";
      err << "\nrun 'eaf --help' for the list of commands\n";
      return static_cast<int>(ExitCode::kInputError);
    }
    // Every command reads the profile's kinds (pack parameters, models, diagrams): without
    // rules/profile.xml none can give a true answer, so it stops here, saying which file and why.
    if (const std::vector<std::string>& problems = model::ProfileProblems(); !problems.empty()) {
      for (const std::string& problem : problems) err << "eaf: " << model::EscapeForTerminal(problem) << "\n";
      return static_cast<int>(ExitCode::kInputError);
    }
    CommandContext context{{argv + 2, argv + argc}, out, err, "eaf " + std::string(command->name)};
    return static_cast<int>(command->run(context));
  } catch (const std::bad_alloc&) {
    err << "eaf: out of memory; try the input limits (--max-file-size, --max-elements)\n";
    return static_cast<int>(ExitCode::kInputError);
  } catch (const std::exception& error) {
    // Only programmer errors reach here: bad input is reported as diagnostics.
    err << "eaf: internal error: " << error.what() << "\n";
    return static_cast<int>(ExitCode::kInputError);
  }
}

}  // namespace eaf::cli
