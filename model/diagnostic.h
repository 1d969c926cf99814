#pragma once
/// Diagnostics as values: every problem eaf reports, from the loader or a rule, is one of these.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eaf::model {

/// Severity of a diagnostic; ordered so that a larger value is worse.
enum class Severity : std::uint8_t { kInfo = 0, kWarning = 1, kError = 2 };

/// "info", "warning" or "error".
const char* SeverityName(Severity severity);
/// Parses "info", "warning", "error" (also "note" as info); returns false on anything else.
bool ParseSeverity(std::string_view text, Severity& severity);

/// A message's named values: {name} in its catalogue text is replaced by the value.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

/// A place in a source file. Line and column are 1-based; column counts Unicode code points.
/// A location with line 0 names a whole file (no position known).
struct SourceLocation {
  std::uint32_t file = 0;  ///< index into the workspace's file table
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint64_t offset = 0;  ///< byte offset in the file
};

/// A secondary place that explains a diagnostic: a step of a cycle, the first definition, ...
struct Note {
  std::string message;  ///< the text in the run's language (filled from message_id by Localize)
  SourceLocation location;
  bool has_location = false;
  std::string message_id;  ///< catalogue id of the text, when it comes from a catalogue
  MessageArgs arguments;
};

/// One finding or load problem.
struct Diagnostic {
  std::string rule_id;  ///< e.g. "XML-001", "LOAD-012", "INT-001"
  Severity severity = Severity::kError;
  std::string message;  ///< the text in the run's language (filled from message_id by Localize)
  SourceLocation location;
  std::vector<Note> notes;
  std::vector<std::string> element_ids;  ///< ids of the elements and relationships involved
  std::string message_id;  ///< catalogue id of the text (rules/messages.<lang>.xml), when it has one
  MessageArgs arguments;   ///< the values of its placeholders
};

/// Orders diagnostics by file, line, column, rule id and message (deterministic reports).
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

/// The order std::stable_sort by DiagnosticLess would give `count` diagnostics, `at(i)` the i-th:
/// position p of the sorted list holds the result's [p]-th. Sorts small keys (the location and
/// the position), so a long list of large values is moved once, by PermuteInto, not at every
/// step of a sort.
std::vector<std::size_t> DiagnosticOrder(std::size_t count, const std::function<const Diagnostic&(std::size_t)>& at);

/// Rearranges `items` in place so that items[p] becomes the old items[order[p]]; `order` is a
/// permutation (DiagnosticOrder's). Each item is moved about once, with no second list.
template <class T>
void PermuteInto(std::vector<T>& items, std::vector<std::size_t> order) {
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    T held = std::move(items[start]);
    std::size_t to = start;
    while (order[to] != start) {
      const std::size_t from = order[to];
      items[to] = std::move(items[from]);
      order[to] = to;  // done
      to = from;
    }
    items[to] = std::move(held);
    order[to] = to;
  }
}

/// Sorts `items` as std::stable_sort by DiagnosticLess of `diagnostic_of(item)` would, cheaply.
template <class T, class Get>
void SortByDiagnostic(std::vector<T>& items, Get diagnostic_of) {
  PermuteInto(items, DiagnosticOrder(items.size(), [&](std::size_t i) -> const Diagnostic& { return diagnostic_of(items[i]); }));
}

}  // namespace eaf::model
