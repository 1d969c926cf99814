// Packs that include packs (<include pack="..."/>), the generic pack, and how eaf check picks a
// pack: by --rules, by --framework, or by the models' content.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "checker/engine.h"
#include "model/diagnostic_format.h"
#include "model/text_util.h"
#include "test_util.h"

using namespace eaf;
using eaf::test::RunCli;

namespace {

namespace fs = std::filesystem;

// A folder of pack files for one test; names are relative to it.
fs::path PackDir(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("eaf-include-tests-" + std::to_string(::getpid())) / name;
  fs::create_directories(folder);
  return folder;
}

void Write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string RuleXml(const std::string& id, const std::string& severity = "info", const std::string& message = "{element}") {
  return "  <rule id=\"" + id + "\" template=\"orphan\" severity=\"" + severity + "\"><message lang=\"vi\">" + message +
         "</message><message lang=\"en\">" + message + "</message><source>test</source></rule>\n";
}

std::string Pack(const std::string& inside) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rule-pack id=\"p\" version=\"1\" framework=\"x\">\n" + inside + "</rule-pack>\n";
}

// Loads `path`; returns the rule ids with their severities, or the pack's diagnostics (file names
// without the folder).
std::string Load(const fs::path& path) {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  const bool ok = checker::LoadRulePack(path.string(), pack, diagnostics);
  std::string text;
  if (!ok || !diagnostics.empty()) {
    for (const auto& diagnostic : diagnostics) text += model::FormatDiagnosticText(pack.files, diagnostic, "en");
    const std::string folder = path.parent_path().string() + "/";
    for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder)) text.erase(at, folder.size());
    return text;
  }
  for (const auto& rule : pack.rules) text += rule.id + "=" + std::string(model::SeverityName(rule.severity)) + " ";
  return text;
}

}  // namespace

TEST_CASE("pack include: the included rules come in where the include stands — the including pack overrides by id") {
  const fs::path dir = PackDir("override");
  Write(dir / "base.xml", Pack(RuleXml("A-1") + RuleXml("A-2")));
  Write(dir / "top.xml", Pack(RuleXml("B-1") + "  <include pack=\"base.xml\"/>\n" + RuleXml("A-1", "warning")));
  CHECK(Load(dir / "top.xml") == "B-1=info A-1=warning A-2=info ");
  // An override written before the include wins too.
  Write(dir / "first.xml", Pack(RuleXml("A-2", "error") + "  <include pack=\"base.xml\"/>\n"));
  CHECK(Load(dir / "first.xml") == "A-2=error A-1=info ");
}

TEST_CASE("pack include: nested includes, and a problem in an included pack is located in that file") {
  const fs::path dir = PackDir("nested");
  Write(dir / "inner.xml", Pack(RuleXml("I-1") + "  <rule id=\"I-2\" template=\"orphan\"/>\n"));
  Write(dir / "middle.xml", Pack("  <include pack=\"inner.xml\"/>\n"));
  Write(dir / "top.xml", Pack("  <include pack=\"middle.xml\"/>\n" + RuleXml("T-1")));
  CHECK(Load(dir / "top.xml") == "inner.xml:4:3: error: rule I-2 has severity ''; use error, warning or info [PACK-004]\n");
}

TEST_CASE("pack include: a missing file, a path out of the folder, a cycle — the same id twice in one file") {
  const fs::path dir = PackDir("errors");
  Write(dir / "missing.xml", Pack("  <include pack=\"nowhere.xml\"/>\n" + RuleXml("M-1")));
  CHECK(Load(dir / "missing.xml") == "missing.xml:3:3: error: 'nowhere.xml' is not a file in the rule pack's folder [PACK-001]\n");
  Write(dir / "up.xml", Pack("  <include pack=\"../up.xml\"/>\n" + RuleXml("M-1")));
  CHECK(Load(dir / "up.xml") ==
        "up.xml:3:3: error: <include pack=\"../up.xml\">: not a file name inside the rule pack's folder [PACK-001]\n");
  Write(dir / "a.xml", Pack("  <include pack=\"b.xml\"/>\n" + RuleXml("A-1")));
  Write(dir / "b.xml", Pack("  <include pack=\"a.xml\"/>\n" + RuleXml("B-1")));
  CHECK(Load(dir / "a.xml") ==
        "b.xml:3:3: error: <include pack=\"a.xml\"> includes itself, directly or through other packs (or nests more than 16 deep) [PACK-001]\n");
  Write(dir / "twice.xml", Pack(RuleXml("T-1") + RuleXml("T-1")));
  CHECK(Load(dir / "twice.xml") == "twice.xml:4:3: error: rule id 'T-1' is defined twice [PACK-005]\n");
}

TEST_CASE("pack include: the framework pack includes the generic one, which holds MOD-009 to MOD-015") {
  std::string framework = Load(EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml");
  std::string generic = Load(EAF_SOURCE_DIR "/rules/archimate.xml");
  CHECK(generic ==
        "MOD-001=error MOD-002=error MOD-003=warning MOD-006=info MOD-007=warning MOD-008=error MOD-009=warning MOD-010=warning "
        "MOD-011=warning MOD-012=warning MOD-013=warning MOD-014=warning MOD-015=warning ");
  // Every generic rule is in the framework pack, in the same order, after which come the profile's.
  CHECK(framework.starts_with(generic));
  CHECK(std::count(framework.begin(), framework.end(), ' ') == 51);
}

TEST_CASE("pack choice: a model with no eaf: property is checked with the generic pack and told so") {
  const std::string model = (PackDir("choice") / "plain.xml").string();
  Write(model, test::ExchangeModel("    <element identifier=\"a\" xsi:type=\"BusinessActor\"><name>Citizen</name></element>\n"
                                   "    <element identifier=\"b\" xsi:type=\"BusinessActor\"><name> citizen</name></element>\n"));
  auto run = RunCli({"check", "--lang", "en", model});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("[MOD-013]") != std::string::npos);
  CHECK(run.out.find("MOD-005") == std::string::npos);
  CHECK(run.out.find("(13 rules)") != std::string::npos);
  CHECK(run.err.find("no model uses the VN-EAF profile (no eaf: property): checked with the generic ArchiMate pack") != std::string::npos);
  // --framework 2.0 forces the framework pack: MOD-005 errors, no notice.
  run = RunCli({"check", "--lang", "en", "--framework", "2.0", model});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("[MOD-005]") != std::string::npos);
  CHECK(run.err.find("generic") == std::string::npos);
  // A profiled model keeps the framework pack.
  const std::string profiled = (PackDir("choice") / "profiled.xml").string();
  Write(profiled, test::ExchangeModel("    <element identifier=\"a\" xsi:type=\"BusinessActor\"><name>Citizen</name></element>\n", "",
                                      "<property propertyDefinitionRef=\"p-agency\"><value>PTO</value></property>"));
  run = RunCli({"check", "--lang", "en", profiled});
  CHECK(run.out.find("[MOD-005]") != std::string::npos);
  CHECK(run.err.find("generic") == std::string::npos);
}

TEST_CASE("pack choice: a bad --framework, or --framework with --rules, is a usage error") {
  const std::string model = (PackDir("choice") / "plain.xml").string();
  Write(model, test::ExchangeModel("    <element identifier=\"a\" xsi:type=\"BusinessActor\"><name>Citizen</name></element>\n"));
  auto run = RunCli({"check", "--lang", "en", "--framework", "5.0", model});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf check: --framework 5.0: no such framework pack; use archimate (the generic ArchiMate checks), 2.0, 3.0 or 4.0\n");
  run = RunCli({"check", "--lang", "en", "--framework", "2.0", "--rules", EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml", model});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "eaf check: --rules and --framework both name a pack; give one of them\n");
  run = RunCli({"rules", "--lang", "en", "--framework", "archimate"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("MOD-015") != std::string::npos);
  CHECK(run.out.find("MOD-005") == std::string::npos);
}

TEST_CASE("FoldCase: Vietnamese, Latin and Cyrillic capitals fold, diacritics stay") {
  CHECK(model::FoldCase("CÔNG DÂN Đăng Ký") == "công dân đăng ký");
  CHECK(model::FoldCase("ỦY BAN NHÂN DÂN TỈNH SƠN LA, ƯU TIÊN") == "ủy ban nhân dân tỉnh sơn la, ưu tiên");
  CHECK(model::FoldCase("Ha Noi") != model::FoldCase("Hà Nội"));
  CHECK(model::FoldCase("ÀÉÎÕÜ×") == "àéîõü×");
  CHECK(model::FoldCase("МОСКВА") == "москва");
  CHECK(model::FoldCase("a\xff\xc3") == "a\xff\xc3");  // invalid UTF-8 is copied as it is
}

TEST_CASE("pack choice: the HTML report of a model without the profile names ArchiMate, not the framework, as its source") {
  const fs::path dir = PackDir("report");
  const std::string model = (dir / "plain.xml").string();
  Write(model, test::ExchangeModel("    <element identifier=\"a\" xsi:type=\"BusinessActor\"><name>Citizen</name></element>\n"));
  const std::string out = (dir / "report.html").string();
  REQUIRE(RunCli({"report", "--lang", "en", model, "-o", out}).exit_code == 0);
  std::ifstream in(out);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(html.find("ArchiMate 3.1 Specification (The Open Group), generic checks without the VN-EAF profile</footer>") != std::string::npos);
  CHECK(html.find("Decision 2323") == std::string::npos);
}
