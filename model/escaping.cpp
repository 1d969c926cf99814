#include "model/escaping.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>

namespace eaf::model {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t min_code = 0;
  std::uint32_t code = 0;
  if ((lead & 0xE0) == 0xC0) { length = 2; min_code = 0x80; code = lead & 0x1Fu; }
  else if ((lead & 0xF0) == 0xE0) { length = 3; min_code = 0x800; code = lead & 0x0Fu; }
  else if ((lead & 0xF8) == 0xF0) { length = 4; min_code = 0x10000; code = lead & 0x07u; }
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3Fu);
  }
  if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

// Decodes the code point of a valid sequence of `length` bytes at text[i].
std::uint32_t DecodeAt(std::string_view text, std::size_t i, std::size_t length) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  if (length == 1) return byte(i);
  std::uint32_t code = byte(i) & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
  for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (byte(i + k) & 0x3Fu);
  return code;
}

// Code points a terminal would act on or show as nothing, so a reader could not see them: C1
// controls, bidirectional overrides (they reorder what follows), and characters that are
// invisible or break a line (zero-width space, BOM, soft hyphen, line/paragraph separators,
// tag characters that can smuggle text).
bool IsHiddenFromReader(std::uint32_t code) {
  const bool c1_control = code >= 0x80 && code <= 0x9F;
  const bool bidi = (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) || code == 0x200E ||
                    code == 0x200F || code == 0x061C;
  const bool invisible = code == 0x200B || code == 0xFEFF || code == 0x00AD || code == 0x2028 || code == 0x2029 ||
                         (code >= 0xE0000 && code <= 0xE007F);
  return c1_control || bidi || invisible;
}

// XML and HTML escape the same characters; they differ in the apostrophe's entity and in which
// control characters stay.
void AppendMarkupEscaped(std::string& out, std::string_view text, std::string_view apostrophe, bool keep_carriage_return) {
  for (const char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += apostrophe; break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        const bool allowed = byte >= 0x20 || c == '\t' || c == '\n' || (c == '\r' && keep_carriage_return);
        if (allowed) out += c;
        else out += "\xEF\xBF\xBD";
      }
    }
  }
}

}  // namespace

std::string EscapeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char buffer[16];
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII other than the backslash stays as it is: copied a run at a time (reports
    // print hundreds of thousands of messages, most of them such runs).
    std::size_t plain = i;
    while (plain < text.size()) {
      const auto c = static_cast<unsigned char>(text[plain]);
      if (c < 0x20 || c >= 0x7F || c == '\\') break;
      ++plain;
    }
    if (plain > i) {
      out.append(text.substr(i, plain - i));
      i = plain;
      continue;
    }
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(static_cast<std::uint8_t>(text[i])));
      out += buffer;
      ++i;
      continue;
    }
    const std::uint32_t code = DecodeAt(text, i, length);
    if (code == '\\') {
      out += "\\\\";
    } else if (code == '\n') {
      out += "\\n";
    } else if (code == '\t') {
      out += "\\t";
    } else if (code == '\r') {
      out += "\\r";
    } else if (code < 0x20 || code == 0x7F) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(code));
      out += buffer;
    } else if (IsHiddenFromReader(code)) {
      std::snprintf(buffer, sizeof buffer, code > 0xFFFF ? "\\U%08x" : "\\u%04x", static_cast<unsigned>(code));
      out += buffer;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

void AppendXmlEscaped(std::string& out, std::string_view text) { AppendMarkupEscaped(out, text, "&apos;", true); }

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendMarkupEscaped(out, text, "&#39;", false);
  return out;
}

void AppendJsonString(std::string& out, std::string_view text) {
  out += '"';
  char buffer[8];
  for (const unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::string EscapeMarkdownCell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '\n': case '\r': out += ' '; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

std::string QuoteDot(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;
    else out += c;
  }
  return out + "\"";
}

std::string QuoteShell(std::string_view text) {
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("-_./:=+@,").find(c) != std::string_view::npos;
  });
  if (plain) return std::string(text);
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string EscapeCsvField(std::string_view text) {
  std::string field;
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@' ||
                        text.front() == '\t' || text.front() == '\r')) {
    field += '\'';
  }
  field += text;
  const bool quote = field.find_first_of(",\"\r\n") != std::string::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) return field;
  std::string quoted = "\"";
  for (const char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

}  // namespace eaf::model
