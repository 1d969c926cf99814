#include "model/diagnostic_format.h"

#include "model/escaping.h"
#include "model/messages.h"

namespace eaf::model {

std::string FormatLocation(const std::vector<SourceFile>& files, const SourceLocation& location) {
  std::string text = location.file < files.size() ? EscapeForTerminal(files[location.file].path) : "<unknown>";
  if (location.line > 0) {
    text += ':' + std::to_string(location.line) + ':' + std::to_string(location.column);
  }
  return text;
}

std::string FormatDiagnosticText(const std::vector<SourceFile>& files, const Diagnostic& diagnostic, std::string_view lang) {
  const MessageCatalog& catalogue = Messages(lang);
  std::string text = FormatLocation(files, diagnostic.location);
  text += ": " + catalogue.Format("severity." + std::string(SeverityName(diagnostic.severity))) + ": ";
  text += EscapeForTerminal(diagnostic.message);
  text += " [" + diagnostic.rule_id + "]\n";
  const std::string note_word = catalogue.Format("severity.note");
  for (const Note& note : diagnostic.notes) {
    text += note.has_location ? FormatLocation(files, note.location) : FormatLocation(files, diagnostic.location);
    text += ": " + note_word + ": " + EscapeForTerminal(note.message) + "\n";
  }
  return text;
}

}  // namespace eaf::model
