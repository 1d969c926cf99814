// Hostile inputs: nothing is expanded or read from outside the file, nothing crashes or hangs.

#include <doctest/doctest.h>

#include <ctime>
#include <limits>
#include <filesystem>

#include "model/messages.h"
#include "test_util.h"

using eaf::test::DiagnosticText;
using eaf::test::LoadXml;
namespace model = eaf::model;

namespace {

// Sanitizer builds run several times slower; the bound still catches exponential blow-ups.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSecondsBudget = 8.0;
#else
constexpr double kSecondsBudget = 1.0;
#endif

struct Timed {
  model::Workspace workspace;
  double seconds;
};

// The process's CPU time (user + system, every thread), not wall time: what a blow-up would cost
// shows there, and another job on the machine (ctest -j) does not.
double ProcessSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

Timed TimedLoad(const std::string& xml, const model::LoadOptions& options = {}) {
  const double start = ProcessSeconds();
  model::Workspace workspace = LoadXml(xml, "t.xml", options);
  return {std::move(workspace), ProcessSeconds() - start};
}

const char* kModelOpen =
    "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">";

}  // namespace

TEST_CASE("hostile: billion laughs is not expanded") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    xml += "  <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    xml += "\">\n";
  }
  xml += "]>\n" + std::string(kModelOpen) +
         "<elements><element identifier=\"a\" xsi:type=\"Node\"><name>&lol9;</name></element></elements></model>\n";
  const Timed timed = TimedLoad(xml);
  CHECK(timed.seconds < kSecondsBudget);
  CHECK(DiagnosticText(timed.workspace) ==
        "t.xml:2:1: warning: document type declaration ignored: its entities are not expanded and no external file "
        "is read [XML-002]\n");
  REQUIRE(timed.workspace.elements.size() == 1);
  CHECK(timed.workspace.elements[0].Name() == "&lol9;");  // left as written
}

TEST_CASE("hostile: an external entity pointing at /etc/passwd is never read") {
  const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
                          std::string(kModelOpen) +
                          "<elements><element identifier=\"a\" xsi:type=\"Node\"><name>&xxe;</name></element></elements></model>\n";
  const Timed timed = TimedLoad(xml);
  REQUIRE(timed.workspace.elements.size() == 1);
  CHECK(timed.workspace.elements[0].Name() == "&xxe;");
  CHECK(timed.workspace.elements[0].Name().find("root:") == std::string::npos);
}

TEST_CASE("hostile: 100,000-deep nesting") {
  std::string xml = kModelOpen;
  xml += "<views><diagrams><view identifier=\"v\" xsi:type=\"Diagram\">";
  for (int i = 0; i < 100000; ++i) xml += "<node identifier=\"n" + std::to_string(i) + "\">";
  for (int i = 0; i < 100000; ++i) xml += "</node>";
  xml += "</view></diagrams></views></model>";
  const Timed timed = TimedLoad(xml);
  CHECK(timed.seconds < kSecondsBudget);
  CHECK(DiagnosticText(timed.workspace).find("error: view nodes nest deeper than 1000 levels; the deeper nodes are ignored [LOAD-010]") !=
        std::string::npos);
  CHECK(timed.workspace.views.at(0).nodes.size() == 1000);
}

TEST_CASE("hostile: 100,000-deep nesting of unknown elements") {
  std::string xml = kModelOpen;
  for (int i = 0; i < 100000; ++i) xml += "<a>";
  for (int i = 0; i < 100000; ++i) xml += "</a>";
  xml += "</model>";
  const Timed timed = TimedLoad(xml);
  CHECK(timed.seconds < kSecondsBudget);
  CHECK(DiagnosticText(timed.workspace) == "");
  CHECK(timed.workspace.files[0].loaded);
}

TEST_CASE("hostile: a 50 MB attribute") {
  std::string xml = std::string(kModelOpen) + "<elements><element identifier=\"a\" xsi:type=\"Node\" junk=\"" +
                    std::string(50u << 20, 'x') + "\"><name>ok</name></element></elements></model>";
  const Timed timed = TimedLoad(xml);
  CHECK(timed.seconds < kSecondsBudget);
  CHECK(timed.workspace.elements.size() == 1);
}

TEST_CASE("hostile: a file that is not XML at all") {
  CHECK(DiagnosticText(LoadXml("This is a Word document, not a model.\n")) ==
        "t.xml:1:1: error: malformed XML: No document element found [XML-001]\n");
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string("\0\0\0\rIHDR", 8);
  CHECK(DiagnosticText(LoadXml(png)).find("[XML-0") != std::string::npos);
  CHECK_FALSE(LoadXml(png).files[0].loaded);
}

TEST_CASE("hostile: an empty file and a whitespace-only file") {
  CHECK(DiagnosticText(LoadXml("")) == "t.xml:1:1: error: the file is empty: an ArchiMate model was expected [LOAD-002]\n");
  CHECK(DiagnosticText(LoadXml(" \n\t\n")) == "t.xml:1:1: error: the file is empty: an ArchiMate model was expected [LOAD-002]\n");
}

TEST_CASE("hostile: invalid UTF-8 is reported at its place and replaced") {
  const std::string xml = std::string(kModelOpen) +
                          "\n<elements><element identifier=\"a\" xsi:type=\"Node\"><name>S\xF4n La</name></element></elements></model>";
  const auto workspace = LoadXml(xml);
  CHECK(DiagnosticText(workspace) ==
        "t.xml:2:58: error: invalid UTF-8: 1 byte(s) are not valid UTF-8 and were replaced by '?' [XML-003]\n");
  REQUIRE(workspace.elements.size() == 1);
  CHECK(workspace.elements[0].Name() == "S?n La");
}

TEST_CASE("hostile: UTF-16 is refused with a clear message") {
  const std::string xml("\xFF\xFE<\0m\0", 6);
  CHECK(DiagnosticText(LoadXml(xml)) ==
        "t.xml:1:1: error: the file is not UTF-8 (it looks like UTF-16 or binary data); save the model as UTF-8 [XML-004]\n");
}

TEST_CASE("hostile: a directory given as a file, a file over the size limit, too many objects") {
  auto model_of_dir = model::LoadFile(std::filesystem::temp_directory_path().string());
  REQUIRE(model_of_dir.diagnostics.size() == 1);
  CHECK(model_of_dir.diagnostics[0].message == "cannot read the file: is a directory, not a model file");
  CHECK_FALSE(model_of_dir.file.loaded);

  model::LoadOptions options;
  options.limits.max_file_bytes = 10;
  auto too_big = model::LoadFile(EAF_SHARED_MODELS_DIR "/archisurance.archimate", options);
  REQUIRE(too_big.diagnostics.size() == 1);
  CHECK(too_big.diagnostics[0].rule_id == "LOAD-004");
  CHECK(too_big.diagnostics[0].message ==
        "the file is 110250 bytes, over the limit of 10 bytes (raise it with --max-file-size)");

  options = {};
  options.limits.max_elements = 2;
  std::string xml = std::string(kModelOpen) + "<elements>";
  for (int i = 0; i < 5; ++i) xml += "<element identifier=\"e" + std::to_string(i) + "\" xsi:type=\"Node\"/>";
  xml += "</elements></model>";
  const auto workspace = LoadXml(xml, "t.xml", options);
  CHECK(workspace.elements.size() == 2);
  CHECK(DiagnosticText(workspace).find("error: the file holds more than 2 model objects; the rest is not loaded "
                                       "(raise the limit with --max-elements) [LOAD-006]") != std::string::npos);
}

TEST_CASE("hostile: --max-elements counts every XML element, unknown ones too, before parsing") {
  model::LoadOptions options;
  options.limits.max_elements = 2;  // 32 XML elements
  std::string xml = std::string(kModelOpen) + "<elements>\n";
  for (int i = 0; i < 40; ++i) xml += "<x/>";
  xml += "</elements></model>";
  const auto workspace = LoadXml(xml, "t.xml", options);
  CHECK(workspace.elements.empty());
  CHECK(DiagnosticText(workspace).find("t.xml:2:121: error: the file holds more than 32 XML elements (16 per model object of "
                                       "--max-elements); it is not loaded (raise the limit with --max-elements) [LOAD-006]") !=
        std::string::npos);
}

TEST_CASE("hostile: a zip bomb and a damaged zip are refused, not inflated") {
  std::string zip("PK\x03\x04", 4);
  zip += std::string(40, '\0');
  const auto workspace = LoadXml(zip, "bomb.archimate");
  CHECK_FALSE(workspace.files[0].loaded);
  CHECK(DiagnosticText(workspace).find("[LOAD-005]") != std::string::npos);
}

TEST_CASE("hostile: a damaged zip and a directory are explained in the run's language") {
  std::string zip("PK\x03\x04", 4);
  zip += std::string(40, '\0');
  model::LoadOptions options;
  options.lang = "vi";
  CHECK(DiagnosticText(LoadXml(zip, "bomb.archimate", options)) ==
        "bomb.archimate:1:1: error: đây là tệp nén zip (dạng mô hình nén của Archi) mà eaf không đọc được: tệp zip "
        "không có thư mục trung tâm (bị cắt cụt hoặc không phải tệp zip); hãy giải nén (unzip TỆP model.xml) rồi đưa "
        "tệp model.xml vào [LOAD-005]\n");
  const model::Diagnostic in_english = LoadXml(zip, "bomb.archimate").diagnostics.at(0);
  CHECK(in_english.message ==
        "this is a zip archive (Archi's zipped model form) that eaf cannot read: the zip archive has no central "
        "directory (truncated or not a zip file); unzip it (unzip FILE model.xml) and pass model.xml");
  const auto directory = model::LoadFile(std::filesystem::temp_directory_path().string(), options);
  REQUIRE(directory.diagnostics.size() == 1);
  CHECK(directory.diagnostics[0].message == "không đọc được tệp: đây là một thư mục, không phải tệp mô hình");
}

TEST_CASE("hostile: diagram bounds out of the int range are clamped, not undefined behaviour") {
  const std::string xml = std::string(kModelOpen) +
                          "<views><diagrams><view identifier=\"v\" xsi:type=\"Diagram\">"
                          "<node identifier=\"n1\" x=\"-1e999\" y=\"1e40\" w=\"nan\" h=\"-inf\"/></view></diagrams></views></model>";
  const auto workspace = LoadXml(xml);
  REQUIRE(workspace.views.at(0).nodes.size() == 1);
  const model::ViewNode& node = workspace.views[0].nodes[0];
  CHECK(node.x == std::numeric_limits<std::int32_t>::min());
  CHECK(node.y == std::numeric_limits<std::int32_t>::max());
  CHECK(node.width == 0);
  CHECK(node.height == std::numeric_limits<std::int32_t>::min());
}

TEST_CASE("hostile: positions are true with a byte order mark and with CR-only line endings") {
  const std::string body = std::string(kModelOpen) + "<elements><element identifier=\"a\" xsi:type=\"Nope\"/></elements></model>";
  const std::string plain = DiagnosticText(LoadXml(body));
  CHECK(plain.find("t.xml:1:139: error: unknown element type 'Nope'") != std::string::npos);
  CHECK(DiagnosticText(LoadXml("\xEF\xBB\xBF" + body)) == plain);  // 1:142 before: the BOM took 3 columns

  const std::string old_mac = std::string(kModelOpen) + "\r<elements>\r  <element identifier=\"a\" xsi:type=\"Nope\"/>\r</elements></model>";
  CHECK(DiagnosticText(LoadXml(old_mac)).find("t.xml:3:3: error: unknown element type 'Nope'") != std::string::npos);
  const std::string windows = std::string(kModelOpen) + "\r\n<elements>\r\n  <element identifier=\"a\" xsi:type=\"Nope\"/>\r\n</elements></model>";
  CHECK(DiagnosticText(LoadXml(windows)).find("t.xml:3:3: error: unknown element type 'Nope'") != std::string::npos);
}

TEST_CASE("hostile: a NUL byte is named where it is, not as mismatched tags") {
  const std::string xml = std::string(kModelOpen) + "\n<elements>" + std::string(1, '\0') + "</elements></model>";
  CHECK(DiagnosticText(LoadXml(xml)) == "t.xml:2:11: error: malformed XML: a NUL byte, which XML does not allow [XML-001]\n");
}

TEST_CASE("hostile: a file whose stated size is 0 (/proc) is read to its end, not called empty") {
  const auto status = model::LoadFile("/proc/self/status", {});
  REQUIRE(status.diagnostics.size() == 1);
  CHECK(status.diagnostics[0].rule_id == "XML-001");  // not a model, but not "the file is empty" (LOAD-002)
  CHECK(status.file.size_bytes > 0);
}

TEST_CASE("hostile: the object limit is reported once when a file is read on two threads") {
  model::LoadOptions options;
  options.limits.max_elements = 2;
  options.split_file = true;
  options.piece_bytes = 0;
  std::string xml = std::string(kModelOpen) + "<elements>";
  for (int i = 0; i < 5; ++i) xml += "<element identifier=\"e" + std::to_string(i) + "\" xsi:type=\"Node\"/>";
  xml += "</elements><relationships>";
  for (int i = 0; i < 5; ++i) xml += "<relationship identifier=\"r" + std::to_string(i) + "\" xsi:type=\"Flow\" source=\"e0\" target=\"e1\"/>";
  xml += "</relationships></model>";
  const std::string text = DiagnosticText(LoadXml(xml, "t.xml", options));
  const std::size_t first = text.find("[LOAD-006]");
  REQUIRE(first != std::string::npos);
  CHECK(text.find("[LOAD-006]", first + 1) == std::string::npos);
}
