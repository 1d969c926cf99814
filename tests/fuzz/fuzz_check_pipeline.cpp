// libFuzzer target: the whole pipeline: load, check with the framework 2.0 pack, write every
// output format, and draw the DOT of two views.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "checker/engine.h"
#include "model/data_files.h"
#include "model/loader.h"
#include "render/views.h"
#include "review/export/check_report.h"

#ifndef EAF_RULES_DIR
#define EAF_RULES_DIR "rules"
#endif

namespace {
struct Pack {
  eaf::checker::RulePack pack;
  eaf::checker::Checker checker;
  Pack() {
    std::vector<eaf::model::Diagnostic> diagnostics;
    if (!eaf::checker::LoadRulePack(EAF_RULES_DIR "/vn-eaf-2.0.xml", pack, diagnostics) ||
        !eaf::checker::Checker::Compile(pack, checker, diagnostics)) {
      std::abort();
    }
  }
};
}  // namespace

// The profile and the message catalogues come from the source tree's rules/.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  eaf::model::SetDataDirectory(EAF_RULES_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Pack pack;
  eaf::model::LoadOptions options;
  options.limits.max_elements = 20000;
  eaf::model::Workspace workspace;
  workspace.Add(eaf::model::LoadBuffer("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), options));
  workspace.Finish();
  eaf::checker::CheckOptions check_options;
  const eaf::checker::CheckReport report = pack.checker.Run(workspace, check_options);
  const eaf::review::ReportInput input{workspace, report, pack.pack, "vi", eaf::model::Severity::kError, "fuzz"};
  (void)eaf::review::WriteText(input);
  (void)eaf::review::WriteJson(input);
  (void)eaf::review::WriteSarif(input);
  (void)eaf::review::WriteJunit(input);
  for (auto view : {eaf::render::ViewKind::kOverview, eaf::render::ViewKind::kIntegration}) {
    eaf::render::ViewOptions view_options;
    view_options.view = view;
    (void)eaf::render::WriteDot(eaf::render::BuildView(workspace, &report, view_options).diagram);
  }
  return 0;
}
