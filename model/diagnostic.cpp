#include "model/diagnostic.h"

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

}  // namespace eaf::model
