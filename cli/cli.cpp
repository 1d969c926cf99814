#include "cli/cli.h"

#include <cxxopts.hpp>

#include <algorithm>
#include <array>
#include <exception>
#include <new>
#include <ostream>
#include <system_error>

#include "cli/command.h"
#include "cli/options.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "model/profile.h"
#include "model/text_util.h"

#ifndef EAF_VERSION
#define EAF_VERSION "0.0.0"
#endif

namespace eaf::cli {
namespace {

// Every subcommand, in the order `eaf --help` lists them.
constexpr std::array kCommands{
    Command{"check", "cli.check.summary", &RunCheck},
    Command{"rules", "cli.rules.summary", &RunRules},
    Command{"explain", "cli.explain.summary", &RunExplain},
    Command{"gap", "cli.gap.summary", &RunGap},
    Command{"report", "cli.report.summary", &RunReport},
    Command{"render", "cli.render.summary", &RunRender},
    Command{"map", "cli.map.summary", &RunMap},
    Command{"stats", "cli.stats.summary", &RunStats},
    Command{"catalog", "cli.catalog.summary", &RunCatalog},
    Command{"views", "cli.views.summary", &RunViews},
};

void PrintUsage(std::ostream& out, const std::string& lang) {
  out << model::Text(lang, "cli.usage.title", {{"version", EAF_VERSION}}) << "\n\n"
      << model::Text(lang, "cli.usage.lines") << "\n\n"
      << model::Text(lang, "cli.usage.commands") << "\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(12 - command.name.size(), ' ') << model::Text(lang, command.summary_id) << "\n";
  }
  out << "\n" << model::Text(lang, "cli.usage.options") << "\n\n" << model::Text(lang, "cli.help.exit-codes") << "\n";
}

const Command* FindCommand(std::string_view name) {
  for (const Command& command : kCommands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

}  // namespace

int Main(int argc, const char* const* argv_given, std::ostream& out, std::ostream& err, Teardown teardown) {
  const std::string lang = LangOf({argv_given + std::min(argc, 1), argv_given + argc});
  // `eaf --lang vi check ...` and `eaf --lang vi --help`: a leading --lang moves behind the command,
  // where every command takes it.
  std::vector<const char*> arguments(argv_given, argv_given + argc);
  std::size_t lang_arguments = 0;
  if (argc > 2 && std::string_view(arguments[1]) == "--lang") lang_arguments = 2;
  else if (argc > 1 && std::string_view(arguments[1]).starts_with("--lang=")) lang_arguments = 1;
  if (lang_arguments && static_cast<std::size_t>(argc) > lang_arguments + 1) {
    std::rotate(arguments.begin() + 1, arguments.begin() + 1 + static_cast<std::ptrdiff_t>(lang_arguments), arguments.begin() + 2 + static_cast<std::ptrdiff_t>(lang_arguments));
  } else if (lang_arguments) {
    arguments.resize(1);
  }
  argc = static_cast<int>(arguments.size());
  const char* const* argv = arguments.data();
  try {
    if (argc < 2) {
      PrintUsage(err, lang);
      return static_cast<int>(ExitCode::kInputError);
    }
    const std::string_view first = argv[1];
    if (first == "-h" || first == "--help" || first == "help") {
      if (first == "help" && argc > 2) {
        if (const Command* command = FindCommand(argv[2])) {
          CommandContext context{{"--help"}, out, err, "eaf " + std::string(command->name), lang};
          return static_cast<int>(command->run(context));
        }
      }
      PrintUsage(out, lang);
      return static_cast<int>(ExitCode::kClean);
    }
    if (first == "--version" || first == "version") {
      out << "eaf " EAF_VERSION "\n";
      return static_cast<int>(ExitCode::kClean);
    }
    const Command* command = FindCommand(first);
    if (!command) {
      std::vector<std::string_view> names;
      for (const Command& c : kCommands) names.push_back(c.name);
      const std::string_view suggestion = model::ClosestMatch(first, names);
      err << "eaf: "
          << model::Text(lang, suggestion.empty() ? "cli.error.unknown-command" : "cli.error.unknown-command-suggest",
                         {{"command", model::EscapeForTerminal(first)}, {"suggestion", std::string(suggestion)}})
          << "\n" << model::Text(lang, "cli.error.see-commands") << "\n";
      return static_cast<int>(ExitCode::kInputError);
    }
    // Every command reads the profile's kinds (pack parameters, models, diagrams): without
    // rules/profile.xml none can give a true answer, so it stops here, saying which file and why.
    if (const std::vector<std::string>& problems = model::ProfileProblems(); !problems.empty()) {
      for (const std::string& problem : problems) err << "eaf: " << model::EscapeForTerminal(problem) << "\n";
      return static_cast<int>(ExitCode::kInputError);
    }
    CommandContext context{{argv + 2, argv + argc}, out, err, "eaf " + std::string(command->name), lang, teardown};
    return static_cast<int>(command->run(context));
  } catch (const std::exception&) {
    return static_cast<int>(ReportUncaught(std::current_exception(), err, lang));
  }
}

const review::Result& RunReview(review::Request request, CommandContext& context) {
  auto result = std::make_unique<review::Result>();
  review::RunInto(std::move(request), *result);  // not moved after: its context refers to it
  if (context.teardown == Teardown::kLeaveToExit) {
    // Never freed, and still reachable from here: a leak checker does not count it.
    static auto* const left = new std::vector<std::unique_ptr<review::Result>>;
    return *left->emplace_back(std::move(result));
  }
  return *context.results.emplace_back(std::move(result));
}

ExitCode ReportUncaught(std::exception_ptr error, std::ostream& err, const std::string& lang) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    err << "eaf: " << model::Text(lang, "cli.error.out-of-memory") << "\n";
  } catch (const std::exception& failure) {
    // What starting a thread throws when the system has none to give (EAGAIN from the kernel):
    // a limit on processes, or no memory left for a thread's stack.
    const auto* refused = dynamic_cast<const std::system_error*>(&failure);
    if (refused && refused->code() == std::errc::resource_unavailable_try_again) {
      err << "eaf: " << model::Text(lang, "cli.error.thread-refused", {{"detail", refused->code().message()}}) << "\n";
    } else {
      // Only programmer errors reach here: bad input is reported as diagnostics.
      err << "eaf: " << model::Text(lang, "cli.error.internal", {{"detail", failure.what()}}) << "\n";
    }
  }
  return ExitCode::kInputError;
}

}  // namespace eaf::cli
