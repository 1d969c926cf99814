#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "model/json_writer.h"
#include "model/output_file.h"
#include "model/profile.h"
#include "model/source_text.h"
#include "model/text_util.h"

namespace model = eaf::model;

TEST_CASE("text: did-you-mean suggestions") {
  const std::string_view names[] = {"stats", "check", "render"};
  CHECK(model::ClosestMatch("stat", names) == "stats");
  CHECK(model::ClosestMatch("chek", names) == "check");
  CHECK(model::ClosestMatch("zzzzzz", names) == "");
}

TEST_CASE("text: UTF-8 validation and repair keep the length") {
  CHECK(model::FindInvalidUtf8("Hà Nội, Việt Nam — ổn") == std::string_view::npos);
  std::string text = "ab\xC3\x28xyz\xED\xA0\x80";  // bad continuation; an encoded surrogate
  std::size_t first = 0;
  CHECK(model::RepairUtf8(text, first) == 4);
  CHECK(first == 2);
  CHECK(text == "ab?(xyz???");
}

TEST_CASE("text: glob matching is linear and handles stars") {
  CHECK(model::GlobMatch("SEC-*", "SEC-001"));
  CHECK_FALSE(model::GlobMatch("SEC-*", "INT-001"));
  CHECK(model::GlobMatch("*-00?", "MOD-002"));
  CHECK(model::GlobMatch("*", ""));
  CHECK_FALSE(model::GlobMatch(std::string(50, '*') + "b", std::string(10000, 'a')));
}

TEST_CASE("line locator: lines and code-point columns") {
  const std::string text = "ab\nTiếng Việt<x/>\n\n<y/>";
  model::LineLocator locator(text);
  auto at = [&](std::size_t offset) {
    const auto location = locator.At(offset);
    return std::to_string(location.line) + ":" + std::to_string(location.column);
  };
  CHECK(at(0) == "1:1");
  CHECK(at(3) == "2:1");
  CHECK(at(text.find("<x")) == "2:11");  // "Tiếng Việt" is 10 code points, 13 bytes
  CHECK(at(text.find("<y")) == "4:1");
  CHECK(at(2) == "1:3");  // going backwards works too
}

TEST_CASE("json: escaping keeps the output valid and safe to embed in HTML") {
  std::string out;
  model::JsonWriter json(out);
  json.BeginObject().Field("name", "</script>\"\\\x01 Sơn La").Key("list").BeginArray().Number(std::int64_t{3}).EndArray().EndObject();
  CHECK(out == "{\n  \"name\": \"\\u003c/script\\u003e\\\"\\\\\\u0001 Sơn La\",\n  \"list\": [\n    3\n  ]\n}\n");
}

TEST_CASE("profile: kinds, matching and the five architectures") {
  REQUIRE(model::FindKind("platform.lgsp") != nullptr);
  CHECK(model::FindKind("platform.lgsp")->expected_types.front() == model::ElementType::kApplicationComponent);
  CHECK(model::FindKind("platform.lgspx") == nullptr);
  CHECK(model::KindMatches("db.national", "db"));
  CHECK(model::KindMatches("db.national", "db.*"));
  CHECK_FALSE(model::KindMatches("dbx.national", "db"));
  CHECK(model::ArchitectureOf("db.national", model::ElementType::kApplicationComponent) == model::Architecture::kData);
  CHECK(model::ArchitectureOf("", model::ElementType::kNode) == model::Architecture::kTechnology);
  CHECK(model::ArchitectureOf("sec.soc", model::ElementType::kNode) == model::Architecture::kSecurity);
  CHECK(model::ArchitectureOf("", model::ElementType::kBusinessObject) == model::Architecture::kData);
  CHECK(model::ArchitectureOf("", model::ElementType::kGoal) == model::Architecture::kNone);
}

TEST_CASE("output file: atomic write, and never over an input") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "eaf-output-test";
  fs::create_directories(folder);
  const std::string target = (folder / "out.txt").string();
  const std::string input = (folder / "in.xml").string();
  std::ofstream(input) << "<model/>";
  model::MessageRef problem;
  CHECK(model::WriteFileAtomically(target, "một hai ba", {input}, problem));
  std::ifstream read(target);
  std::string content((std::istreambuf_iterator<char>(read)), {});
  CHECK(content == "một hai ba");
  CHECK_FALSE(model::WriteFileAtomically(input, "x", {input}, problem));
  CHECK(model::Text("en", problem) == "refusing to overwrite the input file " + input + " with output");
  std::size_t leftovers = 0;
  for (const auto& entry : fs::directory_iterator(folder)) leftovers += entry.path().filename().string().starts_with(".") ? 1 : 0;
  CHECK(leftovers == 0);
  fs::remove_all(folder);
}
