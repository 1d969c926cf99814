// libFuzzer target: the model loaders (exchange format and Archi; picked by content, as eaf does).
// Differential too: loading in pieces (what eaf does with large exchange-format files) must give
// exactly what loading the whole file gives.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/data_files.h"
#include "model/graph.h"
#include "model/loader.h"

#ifndef EAF_RULES_DIR
#define EAF_RULES_DIR "rules"
#endif

namespace {

// What a load produced, for comparing two loads.
std::string Summary(const eaf::model::FileModel& model) {
  std::string summary = std::to_string(model.file.loaded) + " " + model.file.model_id + "\n";
  auto place = [](const eaf::model::SourceLocation& location) {
    return " " + std::to_string(location.line) + ":" + std::to_string(location.column) + "\n";
  };
  for (const auto& element : model.elements) summary += element.id + " " + element.Name() + element.folder + place(element.location);
  for (const auto& relationship : model.relationships) {
    summary += relationship.id + " " + relationship.source + ">" + relationship.target + place(relationship.location);
  }
  for (const auto& diagnostic : model.diagnostics) summary += diagnostic.rule_id + diagnostic.message + place(diagnostic.location);
  return summary;
}

}  // namespace

// The profile and the message catalogues come from the source tree's rules/.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  eaf::model::SetDataDirectory(EAF_RULES_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  eaf::model::LoadOptions options;
  options.limits.max_elements = 20000;  // keep each run small; the limit itself is under test too
  options.piece_bytes = 0;
  eaf::model::FileModel whole = eaf::model::LoadBuffer("fuzz.xml", text, options);
  options.piece_bytes = 1;
  options.split_file = true;
  if (Summary(eaf::model::LoadBuffer("fuzz.xml", text, options)) != Summary(whole)) __builtin_trap();
  eaf::model::Workspace workspace;
  workspace.Add(std::move(whole));
  workspace.Finish();
  const eaf::model::ArchitectureGraph graph(workspace);
  (void)workspace.FindElement(0, "x");
  return 0;
}
