#include "cli/load_options.h"

namespace eaf::cli {

void AddLoadOptions(cxxopts::Options& options) {
  const model::LoadLimits defaults;
  options.add_options("Input limits")
      ("max-file-size", "largest model file accepted, in bytes",
       cxxopts::value<std::uint64_t>()->default_value(std::to_string(defaults.max_file_bytes)))
      ("max-elements", "most model objects (elements, relationships, view objects) per file",
       cxxopts::value<std::uint64_t>()->default_value(std::to_string(defaults.max_elements)))
      ("max-depth", "deepest nesting of folders and diagram objects",
       cxxopts::value<std::uint32_t>()->default_value(std::to_string(defaults.max_depth)))
      ("threads", "files loaded at once (0: one per core)", cxxopts::value<unsigned>()->default_value("0"));
}

model::LoadOptions LoadOptionsFrom(const cxxopts::ParseResult& result, const std::string& lang) {
  model::LoadOptions options;
  options.lang = lang;
  options.limits.max_file_bytes = result["max-file-size"].as<std::uint64_t>();
  options.limits.max_elements = result["max-elements"].as<std::uint64_t>();
  options.limits.max_depth = result["max-depth"].as<std::uint32_t>();
  options.threads = result["threads"].as<unsigned>();
  return options;
}

}  // namespace eaf::cli
