// Loading a large exchange-format file in pieces (model/section_splitter.h) must give exactly
// what loading it whole gives: the same objects at the same places, the same diagnostics, the
// same first XML error. These tests force pieces on small files (piece_bytes = 1: every child
// its own piece) and compare the two loads, on real models and on damaged ones.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>

#include <pugixml.hpp>

#include "model/section_splitter.h"
#include "test_util.h"

using eaf::test::ExchangeModel;
namespace model = eaf::model;
namespace detail = eaf::model::detail;

namespace {

std::string Location(const model::SourceLocation& location) {
  return std::to_string(location.line) + ":" + std::to_string(location.column) + "@" + std::to_string(location.offset);
}

// Everything a load produced, as text, so that two loads compare as strings.
std::string Dump(const model::FileModel& file_model) {
  std::ostringstream out;
  out << "loaded " << file_model.file.loaded << " format " << static_cast<int>(file_model.file.format) << " id "
      << file_model.file.model_id << " level " << file_model.file.level << " agency " << file_model.file.agency << "\n";
  for (const model::Element& element : file_model.elements) {
    out << "E " << element.id << " " << static_cast<int>(element.type) << " " << Location(element.location) << " ["
        << element.Name() << "] kind " << element.kind << " owner " << element.owner << " folder " << element.folder
        << " doc " << element.documentation;
    for (const model::Property& property : element.properties) out << " " << property.key << "=" << property.value;
    out << "\n";
  }
  for (const model::Relationship& relationship : file_model.relationships) {
    out << "R " << relationship.id << " " << static_cast<int>(relationship.type) << " " << relationship.source << "("
        << relationship.source_index << ") -> " << relationship.target << "(" << relationship.target_index << ") "
        << Location(relationship.location) << " " << static_cast<int>(relationship.access_type);
    for (const model::Property& property : relationship.properties) out << " " << property.key << "=" << property.value;
    out << "\n";
  }
  for (const model::View& view : file_model.views) {
    out << "V " << view.id << " " << view.nodes.size() << " " << view.connections.size() << " " << Location(view.location)
        << "\n";
  }
  for (const model::Diagnostic& diagnostic : file_model.diagnostics) {
    out << "D " << diagnostic.rule_id << " " << Location(diagnostic.location) << " " << diagnostic.message << "\n";
  }
  return out.str();
}

model::FileModel Load(const std::string& text, std::size_t piece_bytes, bool split_file) {
  model::LoadOptions options;
  options.piece_bytes = piece_bytes;
  options.split_file = split_file;
  return model::LoadBuffer("t.xml", text, options);
}

// Loads `text` whole and in pieces (one and two threads) and requires the same result.
void CheckSameInPieces(const std::string& text, const std::string& what) {
  const std::string whole = Dump(Load(text, 0, false));
  INFO(what);
  CHECK(Dump(Load(text, 1, false)) == whole);
  CHECK(Dump(Load(text, 1, true)) == whole);
  CHECK(Dump(Load(text, 300, true)) == whole);
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string kElements =
    "    <element identifier=\"a\" xsi:type=\"ApplicationComponent\"><name xml:lang=\"vi\">Hệ thống A &amp; B</name>\n"
    "      <properties><property propertyDefinitionRef=\"p-kind\"><value>platform.lgsp</value></property></properties>\n"
    "    </element>\n"
    "    <element identifier=\"b\" xsi:type=\"ApplicationComponent\" />\n"
    "    <element identifier=\"c\" xsi:type=\"DataObject\"><name>C &gt; D</name></element>\n";
const std::string kRelationships =
    "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"a\" target=\"b\"/>\n"
    "    <relationship identifier=\"r2\" xsi:type=\"Access\" accessType=\"Read\" source=\"a\" target=\"c\"/>\n"
    "    <relationship identifier=\"r3\" xsi:type=\"Association\" source=\"r1\" target=\"c\"/>\n";

}  // namespace

TEST_CASE("section splitter: pieces cover the sections exactly, cut between whole children") {
  const std::string text = ExchangeModel(kElements, kRelationships);
  detail::ExchangeSections sections;
  REQUIRE(detail::SplitExchangeSections(text, 1, sections));
  CHECK(sections.elements.children == 3);
  CHECK(sections.relationships.children == 3);
  for (const detail::Section* section : {&sections.elements, &sections.relationships}) {
    REQUIRE(section->pieces.size() == 3);
    CHECK(section->pieces.front().range.begin == section->content.begin);
    CHECK(section->pieces.back().range.end == section->content.end);
    for (std::size_t i = 0; i + 1 < section->pieces.size(); ++i) {
      CHECK(section->pieces[i].range.end == section->pieces[i + 1].range.begin);
      CHECK(section->pieces[i].children == 1);
      CHECK(text[section->pieces[i].range.end - 1] == '>');  // a piece ends with its child
    }
  }
  CHECK(text.substr(sections.elements.content.end, 11) == "</elements>");
  // A large piece size keeps each section in one piece.
  REQUIRE(detail::SplitExchangeSections(text, 1 << 20, sections));
  CHECK(sections.elements.pieces.size() == 1);
  CHECK(sections.elements.pieces[0].children == 3);
}

TEST_CASE("section splitter: only the section's items count as children, not unknown tags") {
  std::string elements(kElements);
  for (int i = 0; i < 100; ++i) elements += "<unknown/>";
  const std::string text = ExchangeModel(elements, kRelationships);
  detail::ExchangeSections sections;
  REQUIRE(detail::SplitExchangeSections(text, 1 << 20, sections));
  CHECK(sections.elements.children == 3);  // 103 before: a model object's slot for every unknown tag
  CHECK(sections.relationships.children == 3);
}

TEST_CASE("section splitter: declines what a lexical scan cannot be sure of, so the file is parsed whole") {
  detail::ExchangeSections sections;
  auto splits = [&](const std::string& text) { return detail::SplitExchangeSections(text, 1, sections); };
  CHECK(splits(ExchangeModel(kElements, kRelationships)));
  // Comments and processing instructions outside the sections are fine.
  CHECK(splits("<!-- a -->\n<?pi x?>" + ExchangeModel(kElements, kRelationships).substr(39)));
  CHECK_FALSE(splits(ExchangeModel("<!-- a comment -->" + kElements, kRelationships)));
  CHECK_FALSE(splits(ExchangeModel(kElements + "<![CDATA[x]]>", kRelationships)));
  CHECK_FALSE(splits(ExchangeModel(kElements + "<?pi x?>", kRelationships)));
  CHECK_FALSE(splits(ExchangeModel("<element identifier=\"x\" xsi:type=\"Node\"><name>a --> b</name></element>", "")));
  CHECK_FALSE(splits(ExchangeModel("<element identifier=\"x<y\" xsi:type=\"Node\"/>", "")));
  CHECK_FALSE(splits(ExchangeModel(std::string("<element identifier=\"x\" xsi:type=\"Node\"/>\0", 43), "")));
  CHECK_FALSE(splits("<!DOCTYPE model>" + ExchangeModel(kElements, kRelationships).substr(39)));
  CHECK_FALSE(splits(ExchangeModel("<element identifier=\"x\" xsi:type=\"Node\">", "")));  // never closed
  CHECK_FALSE(splits("<model xmlns=\"http://www.archimatetool.com/archimate\"><elements><element/></elements></model>"));
  CHECK_FALSE(splits("<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\"/>"));
  CHECK_FALSE(splits("not xml"));
  CHECK_FALSE(splits(""));
  // A prefixed root is the exchange format too, by its namespace.
  CHECK(splits("<a:model xmlns:a=\"http://www.opengroup.org/xsd/archimate/3.0/\"><a:elements><a:element/>"
               "</a:elements></a:model>"));
}

TEST_CASE("pieces: the reference architectures and the shared models load the same whole and in pieces") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(EAF_SOURCE_DIR "/architectures")) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  files.emplace_back(EAF_SHARED_MODELS_DIR "/archisurance.exchange.xml");
  REQUIRE(files.size() > 10);
  for (const auto& path : files) {
    const std::string text = ReadText(path);
    REQUIRE(!text.empty());
    detail::ExchangeSections sections;
    CHECK_MESSAGE(detail::SplitExchangeSections(text, 1, sections), path.string());  // really in pieces
    CheckSameInPieces(text, path.string());
  }
}

TEST_CASE("pieces: loader diagnostics inside the pieces are those of the whole load") {
  CheckSameInPieces(ExchangeModel(kElements +
                                      "    <element identifier=\"d\" xsi:type=\"NoSuchType\"/>\n"
                                      "    <element xsi:type=\"Node\"/>\n"
                                      "    <other/>\n"
                                      "    <element identifier=\"e\" xsi:type=\"Node\"><properties><property "
                                      "propertyDefinitionRef=\"p-none\"><value>x</value></property></properties></element>\n",
                                  kRelationships + "    <relationship identifier=\"r4\" xsi:type=\"Flow\" source=\"zz\" target=\"a\"/>\n"
                                                   "    <relationship xsi:type=\"Flow\" source=\"a\" target=\"b\"/>\n"
                                                   "    <relationship identifier=\"a\" xsi:type=\"Flow\" source=\"a\" target=\"b\"/>\n"),
                    "LOAD-007/008/009, MOD-001/002");
}

TEST_CASE("pieces: every one-byte damage of a model gives the same result whole and in pieces") {
  // Differential: a deleted byte or a stray '<', '>', '"' or '/' anywhere must give the same
  // first error (or the same model) either way.
  const std::string text = ExchangeModel(kElements, kRelationships);
  detail::ExchangeSections sections;
  REQUIRE(detail::SplitExchangeSections(text, 1, sections));
  const std::size_t from = sections.elements.content.begin - 12, to = sections.relationships.content.end + 20;
  int split = 0;
  for (std::size_t i = from; i < to; ++i) {
    for (const char* change : {"", "<", ">", "\"", "/", "&"}) {
      std::string damaged = text;
      if (*change == '\0') damaged.erase(i, 1);
      else damaged.insert(i, change);
      if (detail::SplitExchangeSections(damaged, 1, sections)) ++split;
      CheckSameInPieces(damaged, "at " + std::to_string(i) + " '" + change + "'");
    }
  }
  CHECK(split > 100);  // most damaged texts were really loaded in pieces
}

TEST_CASE("pieces: a parse error in a piece is the file's first error, at its place") {
  const std::string text = ExchangeModel(kElements + "    <element identifier=\"x\" xsi:type=\"Node\"></elemen>\n", kRelationships);
  const model::FileModel whole = Load(text, 0, false);
  REQUIRE(whole.diagnostics.size() == 1);
  CHECK(whole.diagnostics[0].rule_id == "XML-001");
  CHECK(Dump(Load(text, 1, true)) == Dump(whole));
  CHECK_FALSE(Load(text, 1, true).file.loaded);
}

TEST_CASE("pieces: a large model loads the same on one thread and on two (pieces, references)") {
  // Over 4 MiB and 100,000 relationships: the default piece size applies and references are
  // resolved on two threads; dangling ends in both halves give MOD-001 in file order.
  std::string elements, relationships;
  for (int i = 0; i < 20000; ++i) {
    elements += "    <element identifier=\"e" + std::to_string(i) + "\" xsi:type=\"ApplicationComponent\"><name>Hệ thống " +
                std::to_string(i) + "</name></element>\n";
  }
  for (int i = 0; i < 120000; ++i) {
    const std::string target = i % 25000 == 7 ? "missing" : "e" + std::to_string((i * 7) % 20000);
    relationships += "    <relationship identifier=\"r" + std::to_string(i) + "\" xsi:type=\"Flow\" source=\"e" +
                     std::to_string(i % 20000) + "\" target=\"" + target + "\"/>\n";
  }
  const std::string text = ExchangeModel(elements, relationships);
  REQUIRE(text.size() > (std::size_t{4} << 20));
  model::LoadOptions whole_options;
  whole_options.piece_bytes = 0;
  const model::FileModel whole = model::LoadBuffer("t.xml", text, whole_options);
  model::LoadOptions parallel_options;
  parallel_options.split_file = true;
  const model::FileModel parallel = model::LoadBuffer("t.xml", text, parallel_options);
  CHECK(whole.relationships.size() == 120000);
  CHECK(whole.diagnostics.size() == 5);
  CHECK(Dump(parallel) == Dump(whole));
}

TEST_CASE("loader: pugixml out of memory is std::bad_alloc, not malformed XML, whole and in pieces") {
  // pugixml reports a failed allocation as a parse status; the loader must not call that XML-001.
  std::string elements;
  for (int i = 0; i < 2000; ++i) {  // more than the document's own first page of nodes
    elements += "    <element identifier=\"e" + std::to_string(i) + "\" xsi:type=\"Node\"><name>n</name></element>\n";
  }
  const std::string text = ExchangeModel(elements);
  const pugi::allocation_function allocate = pugi::get_memory_allocation_function();
  const pugi::deallocation_function deallocate = pugi::get_memory_deallocation_function();
  pugi::set_memory_management_functions([](std::size_t) -> void* { return nullptr; }, deallocate);
  CHECK_THROWS_AS(Load(text, 0, false), std::bad_alloc);
  CHECK_THROWS_AS(Load(text, 1, false), std::bad_alloc);
  CHECK_THROWS_AS(Load(text, 1, true), std::bad_alloc);
  pugi::set_memory_management_functions(allocate, deallocate);
  CHECK(Load(text, 1, true).elements.size() == 2000);
}
