#include "model/data_files.h"

#include <filesystem>
#include <vector>

#ifndef EAF_DATA_DIR
#define EAF_DATA_DIR "/usr/local/share/eaf"
#endif

namespace eaf::model {
namespace {

std::string& OverrideDirectory() {
  static std::string folder;
  return folder;
}

}  // namespace

void SetDataDirectory(std::string folder) { OverrideDirectory() = std::move(folder); }

std::string FindDataFile(std::string_view name) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> candidates;
  if (!OverrideDirectory().empty()) candidates.push_back(fs::path(OverrideDirectory()) / name);
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    candidates.push_back(self.parent_path() / "rules" / name);
    candidates.push_back(self.parent_path().parent_path() / "share" / "eaf" / "rules" / name);
  }
  candidates.push_back(fs::path(EAF_DATA_DIR) / "rules" / name);
  for (const fs::path& candidate : candidates) {
    if (fs::is_regular_file(candidate, error)) return candidate.string();
  }
  return {};
}

}  // namespace eaf::model
