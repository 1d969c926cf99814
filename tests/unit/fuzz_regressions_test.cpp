// Every input a fuzzer ever crashed on (tests/fuzz/regressions/<target>/) runs through the whole
// pipeline again here, in every build: load, check, write every format.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check_util.h"
#include "review/export/check_report.h"

namespace fs = std::filesystem;
namespace checker = eaf::checker;
namespace model = eaf::model;
namespace review = eaf::review;

TEST_CASE("fuzz regressions: every kept input loads and checks without a crash") {
  const fs::path root = EAF_SOURCE_DIR "/tests/fuzz/regressions";
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml", pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  std::size_t replayed = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    CAPTURE(entry.path().string());
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (entry.path().parent_path().filename() == "fuzz_rule_pack") {
      checker::RulePack fuzzed;
      std::vector<model::Diagnostic> pack_diagnostics;
      if (checker::LoadRulePackBuffer(EAF_SOURCE_DIR "/rules/fuzz.xml", bytes, fuzzed, pack_diagnostics)) {
        checker::Checker other;
        checker::Checker::Compile(fuzzed, other, pack_diagnostics);
      }
    } else {
      model::Workspace workspace;
      workspace.Add(model::LoadBuffer("fuzz.xml", bytes));
      workspace.Finish();
      const checker::CheckReport report = compiled.Run(workspace, {});
      const review::ReportInput input{workspace, report, pack, "vi", model::Severity::kError, "test"};
      CHECK_FALSE(review::WriteSarif(input).empty());
      CHECK_FALSE(review::WriteJunit(input).empty());
    }
    ++replayed;
  }
  CHECK(replayed >= 1);
}
