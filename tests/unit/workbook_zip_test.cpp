// The workbook's deflate: pieces deflated apart and joined are one stream that inflates to the
// input, with the input's CRC, whatever the piece size and the number of threads.

#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <random>
#include <string>

#include "review/export/workbook_zip.h"

namespace eaf {
namespace {

// Inflates a raw deflate stream; "" and false when it is not one, or does not end where the
// input does.
bool Inflate(const std::string& deflated, std::size_t size, std::string& out) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return false;
  out.assign(size + 1, '\0');  // one more: a stream that gives too much shows it
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
  stream.avail_in = static_cast<uInt>(deflated.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = inflate(&stream, Z_FINISH);
  out.resize(out.size() - stream.avail_out);
  const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  return whole;
}

// Sheet-like XML, repetitive as sheets are, with some noise that does not compress.
std::string SomeXml(std::size_t size) {
  std::mt19937 random(42);
  std::string text;
  while (text.size() < size) {
    text += "<row r=\"" + std::to_string(text.size()) + "\"><c t=\"inlineStr\"><is><t>Hệ thống thông tin một cửa điện tử ";
    for (int i = 0; i < 8; ++i) text += static_cast<char>(random() & 0xFF);
    text += "</t></is></c></row>";
  }
  text.resize(size);
  return text;
}

// The stream of `data` given to a deflater in parts of `part` bytes.
std::string Deflated(const std::string& data, std::size_t piece, unsigned threads, std::size_t part, std::uint32_t& crc,
                     std::uint64_t& size) {
  review::PieceDeflater deflater(1, piece, threads);
  std::string out = "kept";  // appended to, not replaced
  for (std::size_t at = 0; at < data.size(); at += part) REQUIRE(deflater.Add(std::string_view(data).substr(at, part), out));
  REQUIRE(deflater.Finish(out));
  REQUIRE(out.starts_with("kept"));
  crc = deflater.crc();
  size = deflater.size();
  return out.substr(4);
}

}  // namespace

TEST_CASE("workbook zip: pieces deflated apart inflate to the input, with its CRC and size") {
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{1000}, std::size_t{300000}}) {
    const std::string data = SomeXml(size);
    const auto expected_crc = static_cast<std::uint32_t>(crc32_z(0, reinterpret_cast<const Bytef*>(data.data()), data.size()));
    for (const std::size_t piece : {std::size_t{1}, std::size_t{777}, std::size_t{40000}, std::size_t{1} << 20}) {
      if (piece == 1 && size > 1000) continue;  // a piece a byte: right, and slow
      for (const unsigned threads : {1u, 2u, 3u}) {
        for (const std::size_t part : {std::size_t{1} << 30, std::size_t{4096}, std::size_t{99999}}) {
          CAPTURE(size);
          CAPTURE(piece);
          CAPTURE(threads);
          CAPTURE(part);
          std::uint32_t crc = 0;
          std::uint64_t deflated_size = 0;
          const std::string deflated = Deflated(data, piece, threads, part, crc, deflated_size);
          std::string inflated;
          CHECK(Inflate(deflated, data.size(), inflated));
          CHECK(inflated == data);
          CHECK(crc == expected_crc);
          CHECK(deflated_size == data.size());
        }
      }
    }
  }
}

TEST_CASE("workbook zip: primed with the input before it, a piece compresses as one stream does") {
  // 20 kB of text repeated: without the 32 KiB before it, each 40,000-byte piece would start cold.
  std::string data;
  const std::string block = SomeXml(20000);
  while (data.size() < 2000000) data += block;
  std::uint32_t crc = 0;
  std::uint64_t size = 0;
  const std::string one = Deflated(data, data.size(), 1, data.size(), crc, size);
  // Pieces primed from the same batch, and (parts of 30,000 bytes, batches of two pieces) from
  // the batch before.
  CHECK(Deflated(data, 40000, 2, data.size(), crc, size).size() < one.size() * 11 / 10);
  CHECK(Deflated(data, 40000, 2, 30000, crc, size).size() < one.size() * 11 / 10);
}

}  // namespace eaf
