// Soak: `eaf check` run many times in one process over the reference architectures, through the
// library, watching the resident memory. Fails when memory keeps growing after the warm-up.
//   eaf_soak ARCHITECTURES_DIR RULE_PACK [ITERATIONS=1000]

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "checker/engine.h"
#include "model/data_files.h"
#include "model/loader.h"
#include "review/export/check_report.h"

namespace {
long ResidentKilobytes() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: eaf_soak ARCHITECTURES_DIR RULE_PACK [ITERATIONS]\n");
    return 2;
  }
  const int iterations = argc > 3 ? std::atoi(argv[3]) : 1000;
  // The profile and the catalogues are the data files next to the rule pack.
  eaf::model::SetDataDirectory(std::filesystem::path(argv[2]).parent_path().string());
  eaf::checker::RulePack pack;
  std::vector<eaf::model::Diagnostic> diagnostics;
  eaf::checker::Checker checker;
  if (!eaf::checker::LoadRulePack(argv[2], pack, diagnostics) || !eaf::checker::Checker::Compile(pack, checker, diagnostics)) {
    std::fprintf(stderr, "eaf_soak: the rule pack does not load\n");
    return 2;
  }
  const std::vector<std::string> paths = eaf::model::ExpandInputs({argv[1]});
  long after_warmup = 0, last = 0;
  std::size_t findings = 0, output_bytes = 0;
  for (int i = 1; i <= iterations; ++i) {
    const eaf::model::Workspace workspace = eaf::model::LoadWorkspace(paths);
    const eaf::checker::CheckReport report = checker.Run(workspace, {});
    const eaf::review::ReportInput input{workspace, report, pack, "vi", eaf::model::Severity::kError, "soak"};
    output_bytes = eaf::review::WriteJson(input).size() + eaf::review::WriteSarif(input).size();
    findings = report.findings.size();
    if (i == std::min(50, iterations)) after_warmup = ResidentKilobytes();
    if (i == 1 || i % (iterations / 10 > 0 ? iterations / 10 : 1) == 0) {
      last = ResidentKilobytes();
      std::printf("iteration %5d: resident %ld KiB, %zu findings, %zu output bytes\n", i, last, findings, output_bytes);
    }
  }
  last = ResidentKilobytes();
  const double growth = after_warmup ? 100.0 * static_cast<double>(last - after_warmup) / static_cast<double>(after_warmup) : 0.0;
  std::printf("%d iterations over %zu files: resident %ld KiB after warm-up, %ld KiB at the end (%+.1f%%)\n", iterations,
              paths.size(), after_warmup, last, growth);
  // Allocator noise moves a few percent; a leak of one workspace per run would double it.
  return growth > 10.0 ? 1 : 0;
}
