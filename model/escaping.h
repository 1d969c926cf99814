#pragma once
/// Every escaper eaf's writers use, in one place: model text is hostile input, and each output
/// format has one function that makes it inert there (tests/unit/escaping_test.cpp).

#include <string>
#include <string_view>

namespace eaf::model {

/// Makes text safe for a terminal: C0/C1 control characters, DEL, bidirectional overrides and
/// invisible characters (zero-width space, BOM, soft hyphen, line and paragraph separators, tag
/// characters) become visible escapes (\x1b, \u202e, \U000e0041); tab and newline are escaped
/// too, so one value stays on one line; a backslash is doubled, so an escape cannot be forged.
std::string EscapeForTerminal(std::string_view text);

/// Appends text escaped for XML content and attribute values; characters XML 1.0 forbids become U+FFFD.
void AppendXmlEscaped(std::string& out, std::string_view text);

/// Escapes text for HTML content and attribute values; control characters other than tab and
/// newline become U+FFFD.
std::string EscapeHtml(std::string_view text);

/// Appends text as a quoted JSON string; control characters and <, >, & are \u escapes, so the
/// JSON can be embedded in an HTML page.
void AppendJsonString(std::string& out, std::string_view text);

/// Text for a Markdown table cell or list item: pipes escaped, line breaks folded to spaces, other
/// control characters dropped, and <, >, & as entities, since Markdown renderers pass inline HTML
/// through. Markdown meant for a terminal escapes model text with EscapeForTerminal first.
std::string EscapeMarkdownCell(std::string_view text);

/// A DOT double-quoted string, quotes included: backslashes and quotes escaped, line breaks as
/// \n, other control characters dropped, so no model text can end the string or inject statements.
std::string QuoteDot(std::string_view text);

/// A word for a POSIX shell command line: as is when it holds only letters, digits and -_./:=+@,
/// else in single quotes (a quote inside as '\''), so a file name shown as a command runs as shown.
std::string QuoteShell(std::string_view text);

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or
/// trailing space, quotes doubled. A field starting with =, +, -, @, a tab or a carriage return gets
/// a leading ' (OWASP, "CSV injection"), so a spreadsheet never reads model text as a formula.
std::string EscapeCsvField(std::string_view text);

}  // namespace eaf::model
