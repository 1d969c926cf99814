#include "model/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace eaf::model {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

bool ParseSeverity(std::string_view text, Severity& severity) {
  if (text == "info" || text == "note") { severity = Severity::kInfo; return true; }
  if (text == "warning") { severity = Severity::kWarning; return true; }
  if (text == "error") { severity = Severity::kError; return true; }
  return false;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.file, a.location.line, a.location.column, a.rule_id, a.message, a.element_ids) <
         std::tie(b.location.file, b.location.line, b.location.column, b.rule_id, b.message, b.element_ids);
}

std::vector<std::size_t> DiagnosticOrder(std::size_t count, const std::function<const Diagnostic&(std::size_t)>& at) {
  struct Key {
    std::uint32_t file, line, column;
    std::size_t index;
  };
  std::vector<Key> keys;
  keys.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const SourceLocation& location = at(i).location;
    keys.push_back({location.file, location.line, location.column, i});
  }
  // A total order (ties broken by position) gives std::stable_sort's result with std::sort.
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    if (a.column != b.column) return a.column < b.column;
    const Diagnostic& x = at(a.index);
    const Diagnostic& y = at(b.index);
    if (const int c = x.rule_id.compare(y.rule_id)) return c < 0;
    if (const int c = x.message.compare(y.message)) return c < 0;
    if (x.element_ids != y.element_ids) return x.element_ids < y.element_ids;
    return a.index < b.index;
  });
  std::vector<std::size_t> order;
  order.reserve(count);
  for (const Key& key : keys) order.push_back(key.index);
  return order;
}

}  // namespace eaf::model
