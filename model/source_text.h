#pragma once
/// Reading a model file into memory and turning byte offsets into line:column.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace eaf::model {

/// Limits that keep a hostile file from exhausting the machine; overridable by options.
struct LoadLimits {
  std::uint64_t max_file_bytes = 1ull << 30;  ///< 1 GiB
  std::uint64_t max_elements = 20'000'000;    ///< elements + relationships + view objects per file
  std::uint32_t max_depth = 1000;             ///< XML nesting depth
};

/// Maps byte offsets of one text to 1-based line and code-point column.
/// Resolving offsets in increasing order costs one pass over the text in total. Copies share
/// the line table and keep their own cursor, so each thread of a load can have one.
class LineLocator {
 public:
  LineLocator() = default;
  /// `skip`: bytes at the start that take no column (a byte order mark). Lines end at LF, CR LF or
  /// a lone CR.
  explicit LineLocator(std::string_view text, std::size_t skip = 0);
  /// Fills line and column of `location` from its offset.
  void Resolve(SourceLocation& location);
  SourceLocation At(std::uint64_t offset) {
    SourceLocation location;
    location.offset = offset;
    Resolve(location);
    return location;
  }

 private:
  std::string_view text_;
  std::size_t skip_ = 0;
  std::shared_ptr<const std::vector<std::uint32_t>> line_starts_;
  // Cursor of the last resolution, so document-order lookups on one long line stay linear.
  std::uint64_t last_offset_ = 0;
  std::uint32_t last_line_ = 0;  // 0-based index into line_starts_
  std::uint32_t last_column_ = 1;
};

/// Outcome of reading a file from disk.
enum class ReadStatus { kOk, kNotFound, kIsDirectory, kNotRegularFile, kTooLarge, kIncomplete, kError };

/// What a caller needs to say why a read failed, in its own words.
struct ReadFailure {
  std::string system_reason;  ///< the system's words (strerror), for kNotFound and kError
  std::uint64_t size = 0;     ///< the file's size, for kTooLarge
};

/// Reads a whole regular file. On failure, the status and `failure` say why.
ReadStatus ReadFileBytes(const std::string& path, std::uint64_t max_bytes, std::string& bytes,
                         ReadFailure& failure);

}  // namespace eaf::model
