#pragma once
/// The workbook's zip: its entries deflated at zlib's fastest level, on every core. libxlsxwriter
/// writes the package through minizip and offers neither; workbook_zip.cpp takes minizip's entry
/// points for it (see there), and this is the deflate it uses.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace eaf::review {

/// One raw deflate stream (no zlib header) made as pigz makes it: the input is cut into pieces of
/// `piece` bytes, deflated a batch at a time (a piece per thread) at once, each piece primed with
/// the 32 KiB before it and each but the last ended on a byte boundary (a sync flush), so that the
/// pieces joined are one stream any inflater reads, about as small as one deflate makes it. Input
/// comes in parts of any size; what is deflated is appended to the caller's string at once, so
/// that no more than a batch is held.
class PieceDeflater {
 public:
  PieceDeflater(int level, std::size_t piece, unsigned threads);
  /// Takes `data`; appends to `out` the stream of every whole batch there is. False when zlib
  /// failed (out of memory); the stream is then unusable.
  bool Add(std::string_view data, std::string& out);
  /// Deflates what is left and ends the stream.
  bool Finish(std::string& out);
  /// The CRC-32 and the size of all the input so far.
  std::uint32_t crc() const { return crc_; }
  std::uint64_t size() const { return size_; }

 private:
  bool Deflate(std::string_view data, bool last, std::string& out);

  int level_;
  std::size_t piece_;
  unsigned threads_;
  std::string pending_;  ///< input not yet deflated
  std::string history_;  ///< the last 32 KiB deflated: primes the next piece
  std::uint32_t crc_ = 0;
  std::uint64_t size_ = 0;
};

}  // namespace eaf::review
