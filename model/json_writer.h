#pragma once
/// A small streaming JSON writer: escaping from model/escaping.h, stable two-space indentation.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eaf::model {

/// Writes JSON text into a string. Keys and values are UTF-8; control characters and the
/// characters that matter to HTML (<, >, &) are escaped, so output can be embedded in a page.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(std::int64_t value);
  JsonWriter& Number(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

  /// Shorthands for a key followed by a value.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, std::int64_t value) { return Key(key).Number(value); }
  JsonWriter& Field(std::string_view key, std::uint64_t value) { return Key(key).Number(static_cast<std::int64_t>(value)); }
  JsonWriter& Field(std::string_view key, int value) { return Key(key).Number(std::int64_t{value}); }
  JsonWriter& Field(std::string_view key, unsigned value) { return Key(key).Number(std::int64_t{value}); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }

 private:
  void BeforeValue();
  void NewLine();
  std::string& out_;
  struct Level {
    bool is_object;
    bool empty;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace eaf::model
