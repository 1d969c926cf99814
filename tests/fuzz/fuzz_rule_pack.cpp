// libFuzzer target: rule-pack loading and compilation against the registered templates.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/engine.h"
#include "checker/rule_pack.h"
#include "model/data_files.h"

#ifndef EAF_RULES_DIR
#define EAF_RULES_DIR "rules"
#endif

// The profile and the message catalogues come from the source tree's rules/.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  eaf::model::SetDataDirectory(EAF_RULES_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eaf::checker::RulePack pack;
  std::vector<eaf::model::Diagnostic> diagnostics;
  // The pack "lives" in the real rules folder so file parameters resolve (or are refused) as for real.
  if (eaf::checker::LoadRulePackBuffer(EAF_RULES_DIR "/fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), pack,
                                       diagnostics)) {
    eaf::checker::Checker checker;
    eaf::checker::Checker::Compile(pack, checker, diagnostics);
  }
  return 0;
}
