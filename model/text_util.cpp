#include "model/text_util.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace eaf::model {

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t cap) {
  // Optimal string alignment distance: a swap of two neighbours ("stast") costs one edit.
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > cap) return cap + 1;
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > cap) return cap + 1;
    before.swap(previous);
    previous.swap(row);
  }
  return previous[b.size()];
}

namespace {
std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}
}  // namespace

std::string_view ClosestMatch(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string lowered = Lower(word);
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = EditDistance(lowered, Lower(candidate), limit);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

namespace {

bool IsAsciiWord(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ull) == 0;
}

// Length of the valid sequence at text[i] without decoding it, 0 when invalid. Inlined into the
// scanners below: validation runs over every byte of every file.
inline std::size_t ValidSequenceLength(const unsigned char* p, std::size_t i, std::size_t n) {
  const unsigned char c = p[i];
  if (c < 0x80) return 1;
  const auto continuation = [&](std::size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return continuation(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!continuation(1) || !continuation(2)) return 0;
    if (c == 0xE0 && p[i + 1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[i + 1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
    if (c == 0xF0 && p[i + 1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[i + 1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}
}  // namespace

std::size_t FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && IsAsciiWord(text.data() + i)) {
      i += 8;
      continue;
    }
    const std::size_t length = ValidSequenceLength(p, i, n);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::size_t RepairUtf8(std::string& text, std::size_t& first) {
  std::size_t replaced = 0;
  first = FindInvalidUtf8(text);
  if (first == std::string::npos) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = first; i < n;) {
    const std::size_t length = ValidSequenceLength(p, i, n);
    if (length == 0) {
      text[i++] = '?';
      ++replaced;
    } else {
      i += length;
    }
  }
  return replaced;
}

std::string_view Trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool GlobMatch(std::string_view pattern, std::string_view text) {
  // Iterative matcher with a single backtrack point: O(|pattern| * |text|) worst case.
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace eaf::model

namespace eaf::model {
namespace {

// The lower-case code point of `c` in the ranges FoldCase covers; `c` itself elsewhere.
char32_t LowerCodePoint(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;  // Latin-1 capitals, not the multiplication sign
  if (c >= 0x100 && c <= 0x137) return c | 1;    // Latin Extended-A: even capital, odd small (Đ đ)
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c | 1;
  if (c == 0x1A0 || c == 0x1AF) return c + 1;    // Ơ, Ư
  if (c >= 0x1E00 && c <= 0x1EFF) return c | 1;  // Latin Extended Additional: Ạ ạ ... Ỹ ỹ
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;   // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    // Only two- and three-byte sequences hold letters FoldCase changes; the rest is copied.
    if (byte >= 0xC2 && byte <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      const char32_t c = (char32_t{byte & 0x1Fu} << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      AppendUtf8(out, LowerCodePoint(c));
      i += 2;
    } else if (byte >= 0xE1 && byte <= 0xEF && i + 2 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(text[i + 2]) & 0xC0) == 0x80) {
      const char32_t c = (char32_t{byte & 0x0Fu} << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                         (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      const char32_t lower = LowerCodePoint(c);
      if (lower == c) out.append(text.substr(i, 3));
      else AppendUtf8(out, lower);
      i += 3;
    } else {
      out += static_cast<char>(byte < 0x80 ? LowerCodePoint(byte) : byte);
      ++i;
    }
  }
  return out;
}

}  // namespace eaf::model
