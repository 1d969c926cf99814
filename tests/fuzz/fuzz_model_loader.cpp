// libFuzzer target: the model loaders (exchange format and Archi; picked by content, as eaf does).
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/graph.h"
#include "model/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eaf::model::LoadOptions options;
  options.limits.max_elements = 20000;  // keep each run small; the limit itself is under test too
  eaf::model::Workspace workspace;
  workspace.Add(eaf::model::LoadBuffer("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), options));
  workspace.Finish();
  const eaf::model::ArchitectureGraph graph(workspace);
  (void)workspace.FindElement(0, "x");
  return 0;
}
