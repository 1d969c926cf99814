#include "model/statistics.h"

#include <algorithm>
#include <array>

namespace eaf::model {

void Statistics::Merge(const Statistics& other) {
  elements += other.elements;
  relationships += other.relationships;
  views += other.views;
  for (const auto& [key, count] : other.elements_by_type) elements_by_type[key] += count;
  for (const auto& [key, count] : other.elements_by_kind) elements_by_kind[key] += count;
  for (const auto& [key, count] : other.relationships_by_type) relationships_by_type[key] += count;
  errors += other.errors;
  warnings += other.warnings;
  infos += other.infos;
}

Statistics ComputeStatistics(const Workspace& workspace, std::uint32_t file) {
  Statistics statistics;
  const auto elements = workspace.ElementsOf(file);
  const auto relationships = workspace.RelationshipsOf(file);
  statistics.elements = elements.size();
  statistics.relationships = relationships.size();
  statistics.views = workspace.ViewsOf(file).size();
  // Count into fixed arrays first: string keys per element would dominate on large files.
  std::array<std::uint64_t, kElementTypeCount> by_type{};
  std::array<std::uint64_t, kRelationshipTypeCount> by_relationship_type{};
  for (std::size_t i = elements.begin; i < elements.end; ++i) {
    const Element& element = workspace.elements[i];
    ++by_type[static_cast<std::size_t>(element.type)];
    ++statistics.elements_by_kind[element.kind];
  }
  for (std::size_t i = relationships.begin; i < relationships.end; ++i) {
    ++by_relationship_type[static_cast<std::size_t>(workspace.relationships[i].type)];
  }
  for (std::size_t i = 0; i < kElementTypeCount; ++i) {
    if (by_type[i]) statistics.elements_by_type[std::string(ElementTypeName(static_cast<ElementType>(i)))] = by_type[i];
  }
  for (std::size_t i = 0; i < kRelationshipTypeCount; ++i) {
    if (by_relationship_type[i]) {
      statistics.relationships_by_type[std::string(RelationshipTypeName(static_cast<RelationshipType>(i)))] =
          by_relationship_type[i];
    }
  }
  for (const Diagnostic& diagnostic : workspace.diagnostics) {
    if (diagnostic.location.file != file) continue;
    switch (diagnostic.severity) {
      case Severity::kError: ++statistics.errors; break;
      case Severity::kWarning: ++statistics.warnings; break;
      case Severity::kInfo: ++statistics.infos; break;
    }
  }
  return statistics;
}

std::vector<std::pair<std::string, std::uint64_t>> SortedByCount(const std::map<std::string, std::uint64_t>& counts) {
  std::vector<std::pair<std::string, std::uint64_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return sorted;
}

}  // namespace eaf::model
