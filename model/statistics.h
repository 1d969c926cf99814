#pragma once
/// Counting what a model holds, per file and in total.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/model.h"

namespace eaf::model {

/// Counts of one file, or of all files together.
struct Statistics {
  std::uint64_t elements = 0;
  std::uint64_t relationships = 0;
  std::uint64_t views = 0;
  std::map<std::string, std::uint64_t> elements_by_type;
  std::map<std::string, std::uint64_t> elements_by_kind;  ///< "" counts elements without a kind
  std::map<std::string, std::uint64_t> relationships_by_type;
  std::uint64_t errors = 0, warnings = 0, infos = 0;  ///< load diagnostics

  void Merge(const Statistics& other);
};

/// Statistics of file `file` of the workspace.
Statistics ComputeStatistics(const Workspace& workspace, std::uint32_t file);

/// The entries of a count map sorted by count, largest first, then by name.
std::vector<std::pair<std::string, std::uint64_t>> SortedByCount(const std::map<std::string, std::uint64_t>& counts);

}  // namespace eaf::model
