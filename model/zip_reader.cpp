#include "model/zip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace eaf::model {
namespace {

std::uint32_t Read16(std::string_view data, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<std::uint8_t>(data[at])) |
         static_cast<std::uint32_t>(static_cast<std::uint8_t>(data[at + 1])) << 8;
}
std::uint32_t Read32(std::string_view data, std::size_t at) { return Read16(data, at) | Read16(data, at + 2) << 16; }
std::uint64_t Read64(std::string_view data, std::size_t at) {
  return Read32(data, at) | static_cast<std::uint64_t>(Read32(data, at + 4)) << 32;
}

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64EndLocator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kZip64Extra = 0x0001;
constexpr std::uint32_t kEncrypted = 0x0001;    // general purpose flag bit 0
constexpr std::uint32_t kAesMethod = 99;         // WinZip AES: encrypted too
constexpr std::uint64_t kDeflateMaxRatio = 1032;  // deflate inflates at most about 1032 to 1
constexpr std::size_t kChunk = 1 << 16;

// Sizes and offset of a central entry, from the zip64 extra field where the 32-bit ones are all ones.
bool ReadZip64Extra(std::string_view extra, std::uint64_t& uncompressed, std::uint64_t& compressed, std::uint64_t& local) {
  for (std::size_t at = 0; at + 4 <= extra.size();) {
    const std::uint32_t id = Read16(extra, at), size = Read16(extra, at + 2);
    if (at + 4 + size > extra.size()) return false;
    if (id == kZip64Extra) {
      std::size_t field = at + 4;
      for (std::uint64_t* value : {&uncompressed, &compressed, &local}) {
        if (*value != 0xffffffffu) continue;
        if (field + 8 > at + 4 + size) return false;
        *value = Read64(extra, field);
        field += 8;
      }
      return true;
    }
    at += 4 + size;
  }
  return uncompressed != 0xffffffffu && compressed != 0xffffffffu && local != 0xffffffffu;
}

}  // namespace

bool ExtractZipMember(std::string_view archive, std::string_view member, std::uint64_t max_bytes,
                      std::string& content, MessageRef& problem) {
  auto fail = [&](std::string_view id, MessageArgs arguments = {}) {
    arguments.emplace(arguments.begin(), "member", std::string(member));
    problem = {std::string(id), std::move(arguments)};
    return false;
  };
  // The end record sits in the last 22 bytes plus up to 64 KiB of comment.
  if (archive.size() < 22) {
    return fail("load.zip.truncated");
  }
  std::size_t end = std::string_view::npos;
  const std::size_t lowest = archive.size() > 22 + 65535 ? archive.size() - 22 - 65535 : 0;
  for (std::size_t at = archive.size() - 22 + 1; at-- > lowest;) {
    if (Read32(archive, at) == kEndOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) {
    return fail("load.zip.no-central-directory");
  }
  std::uint64_t entries = Read16(archive, end + 10);
  std::uint64_t at = Read32(archive, end + 16);
  // Zip64 (65,535 entries or more, or 4 GiB): a locator just before the end record points to the
  // zip64 end record, which holds the real count and offset.
  if ((entries == 0xffff || at == 0xffffffffu) && end >= 20 && Read32(archive, end - 20) == kZip64EndLocator) {
    const std::uint64_t zip64_end = Read64(archive, end - 20 + 8);
    if (zip64_end > archive.size() || archive.size() - zip64_end < 56 || Read32(archive, zip64_end) != kZip64End) {
      return fail("load.zip.damaged-directory");
    }
    entries = Read64(archive, zip64_end + 32);
    at = Read64(archive, zip64_end + 48);
  }
  for (std::uint64_t i = 0; i < entries; ++i) {
    if (at > archive.size() || archive.size() - at < 46 || Read32(archive, at) != kCentralHeader) {
      return fail("load.zip.damaged-directory");
    }
    const std::uint32_t flags = Read16(archive, at + 8);
    const std::uint32_t method = Read16(archive, at + 10);
    std::uint64_t compressed = Read32(archive, at + 20);
    std::uint64_t uncompressed = Read32(archive, at + 24);
    const std::uint32_t name_length = Read16(archive, at + 28);
    const std::uint32_t extra_length = Read16(archive, at + 30);
    const std::uint32_t comment_length = Read16(archive, at + 32);
    std::uint64_t local = Read32(archive, at + 42);
    if (archive.size() - at < 46 + std::uint64_t{name_length} + extra_length) {
      return fail("load.zip.damaged-directory");
    }
    const std::string_view name = archive.substr(at + 46, name_length);
    const std::string_view extra = archive.substr(at + 46 + name_length, extra_length);
    at += 46 + name_length + extra_length + comment_length;
    if (name != member) continue;

    if ((flags & kEncrypted) || method == kAesMethod) {
      return fail("load.zip.encrypted");
    }
    if (!ReadZip64Extra(extra, uncompressed, compressed, local)) {
      return fail("load.zip.damaged-entry");
    }
    if (uncompressed > max_bytes) {
      return fail("load.zip.member-too-large", {{"size", std::to_string(uncompressed)}, {"limit", std::to_string(max_bytes)}});
    }
    if (local > archive.size() || archive.size() - local < 30 || Read32(archive, local) != kLocalHeader) {
      return fail("load.zip.damaged-entry");
    }
    const std::uint64_t data = local + 30 + Read16(archive, local + 26) + Read16(archive, local + 28);
    if (data > archive.size() || compressed > archive.size() - data) {
      return fail("load.zip.truncated");
    }
    const std::string_view packed = archive.substr(data, compressed);
    if (method == 0) {
      if (compressed != uncompressed) return fail("load.zip.damaged-member");
      content.assign(packed);
      return true;
    }
    if (method != 8) {
      return fail("load.zip.unsupported-method", {{"method", std::to_string(method)}});
    }
    // The stated size is not trusted with memory: the buffer grows as data inflates, never past the
    // stated size (at most the limit) nor what the packed bytes can inflate to.
    content.clear();
    content.reserve(static_cast<std::size_t>(std::min(uncompressed, compressed * kDeflateMaxRatio + kChunk)));
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
      return fail("load.zip.inflate-failed");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    int status = Z_OK;
    std::uint64_t fed = 0;
    char buffer[kChunk];
    while (status == Z_OK) {
      if (stream.avail_in == 0 && fed < packed.size()) {
        const std::uint64_t piece = std::min<std::uint64_t>(packed.size() - fed, 1u << 30);
        stream.avail_in = static_cast<uInt>(piece);
        fed += piece;
      }
      stream.next_out = reinterpret_cast<Bytef*>(buffer);
      stream.avail_out = kChunk;
      status = inflate(&stream, Z_NO_FLUSH);
      const std::size_t produced = kChunk - stream.avail_out;
      if (content.size() + produced > uncompressed) break;  // more than it said: damaged, or a lie
      content.append(buffer, produced);
      if (status == Z_BUF_ERROR && stream.avail_in == 0 && fed == packed.size()) break;  // the data ended early
      if (status == Z_BUF_ERROR) status = Z_OK;
    }
    const bool complete = status == Z_STREAM_END && content.size() == uncompressed;
    inflateEnd(&stream);
    if (!complete) {
      content.clear();
      content.shrink_to_fit();
      return fail("load.zip.damaged-member");
    }
    return true;
  }
  return fail("load.zip.no-member");
}

}  // namespace eaf::model
