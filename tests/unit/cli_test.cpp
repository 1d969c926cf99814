#include <doctest/doctest.h>

#include <new>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "checker/check_context.h"
#include "cli/command.h"
#include "model/messages.h"
#include "test_util.h"

using eaf::test::RunCli;

TEST_CASE("cli: --version, --help, and help per command") {
  auto run = RunCli({"--version"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "eaf 0.1.0\n");
  run = RunCli({"--help"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("  stats       count elements") != std::string::npos);
  run = RunCli({"stats", "--help"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("--format") != std::string::npos);
  CHECK(RunCli({}).exit_code == 2);
}

TEST_CASE("cli: a misspelt command gets a did-you-mean hint and exit 2") {
  const auto run = RunCli({"stast"});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf: unknown command 'stast'; did you mean 'stats'?\nrun 'eaf --help' for the list of commands\n");
}

TEST_CASE("cli: bad options are usage errors") {
  auto run = RunCli({"stats", "--frobnicate", "x.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf stats: unknown option 'frobnicate'\nrun 'eaf stats --help' for usage\n");
  run = RunCli({"stats", "--lang", "vi", "--frobnicate", "x.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf stats: không có tùy chọn 'frobnicate'\nchạy 'eaf stats --help' để xem cách dùng\n");
  run = RunCli({"stats", "--format", "yaml", "x.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf stats: unknown --format 'yaml'; use text or json\n");
  run = RunCli({"stats"});
  CHECK(run.exit_code == 2);
}

TEST_CASE("cli: stats on a missing file and on a directory given as a file") {
  auto run = RunCli({"stats", "/nonexistent/model.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("/nonexistent/model.xml:1:1: error: cannot read the file: No such file or directory [LOAD-001]") !=
        std::string::npos);
}

TEST_CASE("cli: out of memory and a refused thread are clear messages with exit 2") {
  using eaf::cli::ExitCode;
  auto report = [](std::exception_ptr error) {
    std::ostringstream err;
    const ExitCode code = eaf::cli::ReportUncaught(error, err, "en");
    CHECK(code == ExitCode::kInputError);
    return err.str();
  };
  CHECK(report(std::make_exception_ptr(std::bad_alloc())) ==
        "eaf: out of memory; try the input limits (--max-file-size, --max-elements)\n");
  CHECK(report(std::make_exception_ptr(std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again)))) ==
        "eaf: the system refused a thread (Resource temporarily unavailable); raise the limits on processes or memory "
        "(ulimit -u, ulimit -v)\n");
  CHECK(report(std::make_exception_ptr(std::runtime_error("broken"))) == "eaf: internal error: broken\n");
  CHECK(report(std::make_exception_ptr(std::system_error(std::make_error_code(std::errc::io_error), "write"))) ==
        "eaf: internal error: write: Input/output error\n");
}

TEST_CASE("cli: explain gives the template's summary from the catalogue, in the run's language") {
  const std::string pack = EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml";
  auto run = RunCli({"explain", "SEC-001", "--rules", pack, "--lang", "en"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("required-property — " + eaf::model::Text("en", "check.template.required-property") + "\n") != std::string::npos);
  run = RunCli({"explain", "SEC-001", "--rules", pack, "--lang", "vi"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("required-property — " + eaf::model::Text("vi", "check.template.required-property") + "\n") != std::string::npos);
  CHECK(run.out.find("check.template") == std::string::npos);
}

TEST_CASE("cli: a leading --lang is taken before the command, and for the top-level help") {
  auto run = RunCli({"--lang", "vi", "--help"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("các lệnh:") != std::string::npos);
  run = RunCli({"--lang=en", "stast"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("eaf: unknown command 'stast'; did you mean 'stats'?") == 0);
  run = RunCli({"--lang", "vi", "stats", "/nonexistent/model.xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("không nạp được") != std::string::npos);
}

TEST_CASE("cli: the review result a command runs keeps its own check context, in either teardown") {
  for (const eaf::cli::Teardown teardown : {eaf::cli::Teardown::kFree, eaf::cli::Teardown::kLeaveToExit}) {
    std::ostringstream out, err;
    eaf::cli::CommandContext context{{}, out, err, "eaf catalog", "en", teardown};
    eaf::review::Request request;
    request.inputs = {EAF_SOURCE_DIR "/tests/golden/map/data"};
    request.policy.lang = "en";
    const eaf::review::Result& result = eaf::cli::RunReview(std::move(request), context);
    REQUIRE(result.usable);
    REQUIRE(result.context);
    // Filled where it stays: a result moved after its run has a context of another workspace,
    // and every exporter would build its own again.
    CHECK(result.context->Describes(result.workspace, "en"));
    CHECK(context.results.size() == (teardown == eaf::cli::Teardown::kFree ? 1u : 0u));
  }
}
