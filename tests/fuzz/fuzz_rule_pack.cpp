// libFuzzer target: rule-pack loading and compilation against the registered templates.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/engine.h"
#include "checker/rule_pack.h"

#ifndef EAF_RULES_DIR
#define EAF_RULES_DIR "rules"
#endif

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
