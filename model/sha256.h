#pragma once
/// SHA-256 (FIPS 180-4), so that a report can name the exact bytes it was made from and a reviewer
/// can match an approved dossier to its files later with `sha256sum`.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eaf::model {

/// The digest of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

/// A file's digest and size, read in chunks; nullopt when it cannot be read.
struct FileDigest {
  std::string sha256;
  std::uint64_t size = 0;
};
std::optional<FileDigest> DigestFile(const std::string& path);

}  // namespace eaf::model
