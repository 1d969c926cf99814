#include "model/zip_reader.h"

#include <zlib.h>

#include <cstring>

namespace eaf::model {
namespace {

std::uint32_t Read16(std::string_view data, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<std::uint8_t>(data[at])) |
         static_cast<std::uint32_t>(static_cast<std::uint8_t>(data[at + 1])) << 8;
}
std::uint32_t Read32(std::string_view data, std::size_t at) { return Read16(data, at) | Read16(data, at + 2) << 16; }

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

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
  const std::uint32_t entries = Read16(archive, end + 10);
  std::size_t at = Read32(archive, end + 16);
  for (std::uint32_t i = 0; i < entries; ++i) {
    if (at + 46 > archive.size() || Read32(archive, at) != kCentralHeader) {
      return fail("load.zip.damaged-directory");
    }
    const std::uint32_t method = Read16(archive, at + 10);
    const std::uint32_t compressed = Read32(archive, at + 20);
    const std::uint32_t uncompressed = Read32(archive, at + 24);
    const std::uint32_t name_length = Read16(archive, at + 28);
    const std::uint32_t extra_length = Read16(archive, at + 30);
    const std::uint32_t comment_length = Read16(archive, at + 32);
    const std::uint32_t local = Read32(archive, at + 42);
    if (at + 46 + name_length > archive.size()) {
      return fail("load.zip.damaged-directory");
    }
    const std::string_view name = archive.substr(at + 46, name_length);
    at += 46 + name_length + extra_length + comment_length;
    if (name != member) continue;

    if (uncompressed > max_bytes) {
      return fail("load.zip.member-too-large", {{"size", std::to_string(uncompressed)}, {"limit", std::to_string(max_bytes)}});
    }
    if (std::size_t{local} + 30 > archive.size() || Read32(archive, local) != kLocalHeader) {
      return fail("load.zip.damaged-entry");
    }
    const std::size_t data = std::size_t{local} + 30 + Read16(archive, local + 26) + Read16(archive, local + 28);
    if (data + compressed > archive.size()) {
      return fail("load.zip.truncated");
    }
    const std::string_view packed = archive.substr(data, compressed);
    if (method == 0) {
      content.assign(packed);
      return true;
    }
    if (method != 8) {
      return fail("load.zip.unsupported-method", {{"method", std::to_string(method)}});
    }
    content.resize(uncompressed);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
      return fail("load.zip.inflate-failed");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    stream.avail_in = static_cast<uInt>(packed.size());
    stream.next_out = reinterpret_cast<Bytef*>(content.data());
    stream.avail_out = static_cast<uInt>(content.size());
    const int status = inflate(&stream, Z_FINISH);
    const bool complete = status == Z_STREAM_END && stream.total_out == uncompressed;
    inflateEnd(&stream);
    if (!complete) {
      return fail("load.zip.damaged-member");
    }
    return true;
  }
  return fail("load.zip.no-member");
}

}  // namespace eaf::model
