#pragma once
// Cuts the two big sections of an exchange-format file into pieces that parse on their own.
// Not part of the model's public interface.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace eaf::model::detail {

/// A byte range [begin, end) of a file's text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
};

/// A run of whole child elements of a section, with the text between them.
struct SectionPiece {
  TextRange range;
  std::uint64_t children = 0;  ///< child items (<element>, <relationship>): at most this many model objects
};

/// The content of one <elements> or <relationships> section (between its tags), cut between
/// its children into pieces.
struct Section {
  TextRange content;
  std::vector<SectionPiece> pieces;  ///< in file order, covering the content exactly
  std::uint64_t children = 0;        ///< child items in all
};

struct ExchangeSections {
  Section elements;
  Section relationships;
};

/// Scans the text of an ArchiMate exchange-format file, read-only, for its <elements> and
/// <relationships> sections and cuts them into pieces of about `piece_bytes`. It is a lexical
/// scan, not a parser: it answers false (and the caller parses the file whole, which reports
/// any error exactly) unless the root is the exchange format's <model>, both sections are there,
/// and their content holds only elements, attributes and text: no comment, CDATA section,
/// processing instruction or "-->" that would make the pieces read differently from the whole.
bool SplitExchangeSections(std::string_view text, std::size_t piece_bytes, ExchangeSections& sections);

}  // namespace eaf::model::detail
