#pragma once
/// Small text helpers shared by every layer: suggestions, UTF-8 (escapers: model/escaping.h).

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace eaf::model {

/// Levenshtein distance, capped: returns `cap + 1` as soon as the distance exceeds `cap`.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t cap = 64);

/// The candidate closest to `word` (case-insensitive ASCII), or "" when none is close enough
/// to be a plausible typo (distance at most a third of the word's length, at least 1, at most 3).
std::string_view ClosestMatch(std::string_view word, std::span<const std::string_view> candidates);

/// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t FindInvalidUtf8(std::string_view text);

/// Replaces every byte of an invalid UTF-8 sequence with '?' in place (length unchanged, so byte
/// offsets stay valid). Returns how many bytes were replaced; `first` gets the first offset.
std::size_t RepairUtf8(std::string& text, std::size_t& first);

/// Trims ASCII white space at both ends.
std::string_view Trim(std::string_view text);

/// True when `text` matches `pattern`, where '*' matches any run of characters and '?' one byte.
/// Linear in |text| * |pattern| at worst, never exponential.
bool GlobMatch(std::string_view pattern, std::string_view text);

/// `text` with its letters in lower case, for comparing names: ASCII, Latin-1, Latin Extended-A
/// and -B's Vietnamese letters (Ơ, Ư), Latin Extended Additional (Vietnamese letters with tone
/// marks), Greek and Cyrillic capitals. Diacritics are kept ("Hà" and "Ha" stay different);
/// anything else, and invalid UTF-8, is copied as it is.
std::string FoldCase(std::string_view text);

}  // namespace eaf::model
