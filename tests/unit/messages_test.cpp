// Message catalogues: loading, placeholders, and the promise that every language says everything.

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "model/messages.h"

using namespace eaf;

TEST_CASE("placeholders are filled by name — doubled braces are literal — unknown ones stay") {
  CHECK(model::FillPlaceholders("{a} và {b}", {{"b", "2"}, {"a", "1"}}) == "1 và 2");
  CHECK(model::FillPlaceholders("{{x}} {x}", {{"x", "v"}}) == "{x} v");
  CHECK(model::FillPlaceholders("{nope} {x", {{"x", "v"}}) == "{nope} {x");
  CHECK(model::PlaceholdersOf("{{lit}} {a} b {c-d}") == std::vector<std::string>{"a", "c-d"});
}

TEST_CASE("a profile value is shown by its label in each language - a value with no label as written") {
  CHECK(model::ValueLabel("vi", "view.level.", "ministry") == "c\u1ea5p b\u1ed9");
  CHECK(model::ValueLabel("vi", "view.state.", "baseline") == "hi\u1ec7n tr\u1ea1ng");
  CHECK(model::ValueLabel("en", "view.state.", "target") == "target");
  CHECK(model::ValueLabel("vi", "view.state.", "targte") == "targte");
  CHECK(model::ValueLabel("vi", "view.level.", "").empty());
}

TEST_CASE("a catalogue reports a duplicate id and a message without id with file:line:col") {
  model::MessageCatalog catalogue;
  std::vector<std::string> problems;
  CHECK_FALSE(catalogue.LoadBuffer("c.xml",
                                   "<messages lang=\"en\">\n<message id=\"a\">A</message>\n"
                                   "<message id=\"a\">B</message>\n<message>C</message>\n</messages>",
                                   problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "c.xml:3:1: message id 'a' is given twice");
  CHECK(problems[1] == "c.xml:4:1: a <message> has no id");
  CHECK(catalogue.Format("a") == "A");
  CHECK(catalogue.Format("missing", {{"n", "1"}}) == "{missing}(n=1)");
}

namespace {

model::MessageCatalog LoadCatalogue(const std::string& lang) {
  model::MessageCatalog catalogue;
  std::vector<std::string> problems;
  const bool ok = catalogue.Load(EAF_SOURCE_DIR "/rules/messages." + lang + ".xml", problems);
  for (const std::string& problem : problems) MESSAGE(problem);
  REQUIRE(ok);
  CHECK(catalogue.lang() == lang);
  return catalogue;
}

}  // namespace

TEST_CASE("every message has a text in every language, with the same placeholders") {
  const model::MessageCatalog vi = LoadCatalogue("vi");
  const model::MessageCatalog en = LoadCatalogue("en");
  CHECK(vi.Ids().size() >= 4);
  for (const auto& [one, other] : {std::pair{&vi, &en}, std::pair{&en, &vi}}) {
    for (const std::string& id : one->Ids()) {
      INFO("message " << id << " of the " << one->lang() << " catalogue");
      const std::string* text = other->Find(id);
      CHECK_MESSAGE(text != nullptr, "has no text in " << other->lang());
      if (!text) continue;
      std::vector<std::string> a = model::PlaceholdersOf(*one->Find(id)), b = model::PlaceholdersOf(*text);
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      a.erase(std::unique(a.begin(), a.end()), a.end());
      b.erase(std::unique(b.begin(), b.end()), b.end());
      CHECK(a == b);
      CHECK_FALSE(one->Find(id)->empty());
    }
  }
}

TEST_CASE("every message id the sources use is in the catalogues") {
  // Message ids are string literals whose first part names an area; the catalogue must hold each.
  const model::MessageCatalog en = LoadCatalogue("en");
  const std::regex id_literal(R"re("((?:catalog|cli|review|load|pack|policy|check|rule|gap|report|view|kind|severity|word|diag)\.[a-z0-9][a-z0-9.-]*)")re");
  std::set<std::string> missing;
  std::size_t used = 0;
  for (const char* layer : {"model", "checker", "render", "review", "cli"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(EAF_SOURCE_DIR) + "/" + layer)) {
      const std::string extension = entry.path().extension().string();
      if (extension != ".cpp" && extension != ".h") continue;
      std::ifstream in(entry.path());
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      for (auto it = std::sregex_iterator(text.begin(), text.end(), id_literal); it != std::sregex_iterator(); ++it) {
        ++used;
        const std::string id = (*it)[1].str();
        // A literal ending in '.' is a prefix the code completes (e.g. "kind." + kind).
        if (id.back() == '.' || en.Find(id)) continue;
        // File names in help texts ("report.html") are not message ids.
        static const std::regex file_name(R"(.*\.(html|svg|png|pdf|dot|xml|json|md|csv|xlsx|archimate|txt))");
        if (std::regex_match(id, file_name)) continue;
        missing.insert(entry.path().filename().string() + ": " + id);
      }
    }
  }
  for (const std::string& id : missing) MESSAGE("not in the catalogue: " << id);
  CHECK(missing.empty());
  CHECK(used > 0);
}

namespace {

// The string literals of C++ source text, comments skipped (raw strings included).
std::vector<std::string> StringLiterals(const std::string& text) {
  std::vector<std::string> literals;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "//") == 0) {
      i = text.find('\n', i);
      if (i == std::string::npos) break;
    } else if (text.compare(i, 2, "/*") == 0) {
      const std::size_t end = text.find("*/", i + 2);
      if (end == std::string::npos) break;
      i = end + 2;
    } else if (text.compare(i, 2, "R\"") == 0 && (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
      const std::size_t open = text.find('(', i + 2);
      if (open == std::string::npos) break;
      const std::string close = ")" + text.substr(i + 2, open - i - 2) + "\"";
      const std::size_t end = text.find(close, open + 1);
      if (end == std::string::npos) break;
      literals.push_back(text.substr(open + 1, end - open - 1));
      i = end + close.size();
    } else if (text[i] == '"' || text[i] == '\'') {
      const char quote = text[i];
      std::size_t j = i + 1;
      while (j < text.size() && text[j] != quote) j += text[j] == '\\' ? 2 : 1;
      if (quote == '"') literals.push_back(text.substr(i + 1, j - i - 1));
      i = j + 1;
    } else {
      ++i;
    }
  }
  return literals;
}

// True when UTF-8 `text` holds a Latin letter with a diacritic (U+00C0-U+024F, U+1EA0-U+1EFF):
// every Vietnamese word with a tone mark or ă â đ ê ô ơ ư has one.
bool HasVietnameseLetter(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t point = 0;
    if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
      point = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
    } else if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) {
      point = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
              (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    }
    // × and ÷ sit in that block but are signs, not letters.
    if (point == 0xD7 || point == 0xF7) continue;
    if ((point >= 0xC0 && point <= 0x24F) || (point >= 0x1EA0 && point <= 0x1EFF)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("no non-test source holds a Vietnamese string literal: every text is in the catalogues") {
  CHECK(HasVietnameseLetter("chưa khai báo"));
  CHECK_FALSE(HasVietnameseLetter("1–5 → ∞ — not declared × 3"));
  CHECK(StringLiterals("a = \"x\"; // \"lỗi\"\n/* \"lỗi\" */ b = R\"(y)\"; c = 'z';") == std::vector<std::string>{"x", "y"});
  std::size_t files = 0;
  for (const char* layer : {"model", "checker", "render", "review", "cli"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(EAF_SOURCE_DIR) + "/" + layer)) {
      const std::string extension = entry.path().extension().string();
      if (extension != ".cpp" && extension != ".h") continue;
      ++files;
      std::ifstream in(entry.path());
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      for (const std::string& literal : StringLiterals(text)) {
        CHECK_MESSAGE(!HasVietnameseLetter(literal), entry.path().filename().string() << ": \"" << literal << "\"");
      }
    }
  }
  CHECK(files > 60);
}
