#pragma once
/// Turning diagnostics into text lines: `file:line:col: severity: message [ID]`.

#include <string>

#include "model/model.h"

namespace eaf::model {

/// "path:line:col" (or just "path" when the location names no line); the path is terminal-escaped.
std::string FormatLocation(const std::vector<SourceFile>& files, const SourceLocation& location);

/// The diagnostic line plus one "note:" line per note, each ending in '\n'. `message` overrides
/// the diagnostic's own message when not null (for translated messages).
std::string FormatDiagnosticText(const std::vector<SourceFile>& files, const Diagnostic& diagnostic,
                                 const std::string* message = nullptr);

}  // namespace eaf::model
