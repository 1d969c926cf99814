#include "model/diagnostic_format.h"

#include "model/text_util.h"

namespace eaf::model {

std::string FormatLocation(const std::vector<SourceFile>& files, const SourceLocation& location) {
  std::string text = location.file < files.size() ? EscapeForTerminal(files[location.file].path) : "<unknown>";
  if (location.line > 0) {
    text += ':' + std::to_string(location.line) + ':' + std::to_string(location.column);
  }
  return text;
}

std::string FormatDiagnosticText(const std::vector<SourceFile>& files, const Diagnostic& diagnostic,
                                 const std::string* message) {
  std::string text = FormatLocation(files, diagnostic.location);
  text += ": ";
  text += SeverityName(diagnostic.severity);
  text += ": ";
  text += EscapeForTerminal(message ? *message : diagnostic.message);
  text += " [" + diagnostic.rule_id + "]\n";
  for (const Note& note : diagnostic.notes) {
    text += note.has_location ? FormatLocation(files, note.location) : FormatLocation(files, diagnostic.location);
    text += ": note: " + EscapeForTerminal(note.message) + "\n";
  }
  return text;
}

}  // namespace eaf::model
