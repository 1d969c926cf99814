#pragma once
/// Turning diagnostics into text lines: `file:line:col: severity: message [ID]`.

#include <string>
#include <string_view>

#include "model/model.h"

namespace eaf::model {

/// "path:line:col" (or just "path" when the location names no line); the path is terminal-escaped.
std::string FormatLocation(const std::vector<SourceFile>& files, const SourceLocation& location);

/// The diagnostic line plus one "note:" line per note, each ending in '\n'. The severity and
/// "note" words are in `lang` ("lỗi", "cảnh báo", "thông tin", "ghi chú" in Vietnamese, as GCC's
/// translation has them); the message is the diagnostic's own.
std::string FormatDiagnosticText(const std::vector<SourceFile>& files, const Diagnostic& diagnostic, std::string_view lang);

}  // namespace eaf::model
