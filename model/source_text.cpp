#include "model/source_text.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "model/memory_hints.h"

namespace eaf::model {

LineLocator::LineLocator(std::string_view text, std::size_t skip) : text_(text), skip_(std::min(skip, text.size())) {
  auto line_starts = std::make_shared<std::vector<std::uint32_t>>();
  line_starts->reserve(text.size() / 48 + 1);
  line_starts->push_back(0);
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (!std::memchr(begin, '\r', text.size())) {  // the common case: LF only
    for (const char* p = begin; p < end;) {
      const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (!found) break;
      p = static_cast<const char*>(found) + 1;
      line_starts->push_back(static_cast<std::uint32_t>(p - begin));
    }
  } else {  // CR LF, or a lone CR (old Mac files) ends a line too
    for (const char* p = begin; p < end; ++p) {
      if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) {
        line_starts->push_back(static_cast<std::uint32_t>(p + 1 - begin));
      }
    }
  }
  line_starts_ = std::move(line_starts);
}

void LineLocator::Resolve(SourceLocation& location) {
  if (!line_starts_) {
    location.line = 1;
    location.column = 1;
    return;
  }
  const std::uint64_t offset = std::min<std::uint64_t>(location.offset, text_.size());
  const std::vector<std::uint32_t>& line_starts = *line_starts_;
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts.begin() - 1);
  std::uint64_t from = line == 0 ? std::min<std::uint64_t>(skip_, offset) : line_starts[line];
  std::uint32_t column = 1;
  if (line == last_line_ && offset >= last_offset_ && last_offset_ >= from) {
    from = last_offset_;
    column = last_column_;
  }
  for (std::uint64_t i = from; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  last_line_ = line;
  last_offset_ = offset;
  last_column_ = column;
  location.line = line + 1;
  location.column = column;
}

ReadStatus ReadFileBytes(const std::string& path, std::uint64_t max_bytes, std::string& bytes,
                         ReadFailure& failure) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    failure.system_reason = std::strerror(errno);
    return errno == ENOENT ? ReadStatus::kNotFound : ReadStatus::kError;
  }
  if (S_ISDIR(info.st_mode)) return ReadStatus::kIsDirectory;
  if (!S_ISREG(info.st_mode)) return ReadStatus::kNotRegularFile;
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_bytes) {
    failure.size = size;
    return ReadStatus::kTooLarge;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    failure.system_reason = std::strerror(errno);
    return ReadStatus::kError;
  }
  bytes.clear();
  bytes.reserve(static_cast<std::size_t>(size));
  AdviseHugePages(bytes.data(), bytes.capacity());
  bytes.resize(static_cast<std::size_t>(size));
  const std::size_t got = size == 0 ? 0 : std::fread(bytes.data(), 1, bytes.size(), file.get());
  if (got != bytes.size()) return ReadStatus::kIncomplete;
  // A file may hold more than its stated size: it grew, or the system does not know its size
  // (/proc files say 0). Read on to its end, within the limit.
  char chunk[1 << 16];
  while (const std::size_t more = std::fread(chunk, 1, sizeof chunk, file.get())) {
    if (bytes.size() + more > max_bytes) {
      failure.size = bytes.size() + more;
      return ReadStatus::kTooLarge;
    }
    bytes.append(chunk, more);
  }
  if (std::ferror(file.get())) {
    failure.system_reason = std::strerror(errno);
    return ReadStatus::kError;
  }
  return ReadStatus::kOk;
}

}  // namespace eaf::model
