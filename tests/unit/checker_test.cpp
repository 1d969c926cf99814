// The rule engine: packs, policy (enable, disable, severity, waivers), and the template list.

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <random>
#include <regex>

#include "check_util.h"
#include "checker/rule_template.h"
#include "model/messages.h"

using namespace eaf::test;
namespace checker = eaf::checker;
namespace model = eaf::model;
namespace review = eaf::review;

namespace {

// The pack's diagnostics as the CLI prints them; in English as the pack loader gives them, or
// localized again in `lang`.
std::string PackErrors(const std::string& body, const std::string& lang = "") {
  const std::string path = WritePack(body, "bad-pack.xml");
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  if (checker::LoadRulePack(path, pack, diagnostics)) checker::Checker::Compile(pack, compiled, diagnostics);
  if (!lang.empty()) model::Localize(diagnostics, lang);
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    std::string line = model::FormatDiagnosticText(pack.files, diagnostic, "en");
    text += line.substr(line.find("bad-pack.xml"));
  }
  return text;
}

// Today's date, YYYY-MM-DD (UTC).
std::string Today() {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                static_cast<unsigned>(day.day()));
  return text;
}

const std::string kProvince = "<property propertyDefinitionRef=\"p-level\"><value>province</value></property>"
                              "<property propertyDefinitionRef=\"p-agency\"><value>PTO</value></property>";

}  // namespace

TEST_CASE("pack: an unknown template is reported with a suggestion at the rule's place") {
  CHECK(PackErrors(Rule("X-1", "required-cont", "error", "m", "")) ==
        "bad-pack.xml:3:1: error: rule X-1 uses an unknown template 'required-cont'; did you mean 'required-count'? [PACK-003]\n");
}

TEST_CASE("pack: a parameter of the wrong type, an unknown parameter, a missing one") {
  CHECK(PackErrors(Rule("X-1", "required-count", "error", "m", "<param name=\"kinds\">platform.lgsp</param><param name=\"min\">one</param>")) ==
        "bad-pack.xml:7:42: error: rule X-1: parameter 'min' 'one' is not an integer [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "required-count", "error", "m", "<param name=\"kinds\">platform.lgsp</param><param name=\"mni\">1</param>")) ==
        "bad-pack.xml:7:42: error: rule X-1: template 'required-count' has no parameter 'mni'; did you mean 'min'? [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "required-count", "error", "m", "")) ==
        "bad-pack.xml:3:1: error: rule X-1: template 'required-count' needs the parameter 'kinds' [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "required-count", "error", "m", "<param name=\"kinds\">platform.lgspp</param>")) ==
        "bad-pack.xml:7:1: error: rule X-1: parameter 'kinds' 'platform.lgspp' is not a kind of the profile [PACK-004]\n");
}

TEST_CASE("pack: missing message, bad severity, duplicate id, unknown placeholder") {
  CHECK(PackErrors("<rule id=\"X-1\" template=\"orphan\" severity=\"error\"><message lang=\"vi\">m</message><source>s</source></rule>") ==
        "bad-pack.xml:3:1: error: rule X-1 needs a <message lang=\"vi\"> and a <message lang=\"en\"> [PACK-002]\n");
  CHECK(PackErrors(Rule("X-1", "orphan", "fatal", "m", "")) ==
        "bad-pack.xml:3:1: error: rule X-1 has severity 'fatal'; use error, warning or info [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "orphan", "info", "m", "") + Rule("X-1", "orphan", "info", "m", "")) ==
        "bad-pack.xml:8:8: error: rule id 'X-1' is defined twice [PACK-005]\n");
  CHECK(PackErrors(Rule("X-1", "orphan", "info", "{element} has {colour}", "")) ==
        "bad-pack.xml:3:1: error: rule X-1: the message uses {colour}, which template 'orphan' does not fill [PACK-004]\n");
}

TEST_CASE("pack: todo-order is a whole number, 100 when absent") {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  const std::string ordered = "<rule id=\"X-1\" template=\"orphan\" severity=\"info\" todo-order=\"-5\"><message lang=\"vi\">m</message>"
                              "<message lang=\"en\">m</message><source>s</source></rule>";
  REQUIRE(checker::LoadRulePack(WritePack(ordered + Rule("X-2", "orphan", "info", "m", "")), pack, diagnostics));
  REQUIRE(pack.rules.size() == 2);
  CHECK(pack.rules[0].todo_order == -5);
  CHECK(pack.rules[1].todo_order == 100);
  for (const std::string bad : {"soon", "", "5 ", "1e3", "99999999999"}) {
    std::string rule = Rule("X-1", "orphan", "info", "m", "");
    rule.insert(rule.find('>'), " todo-order=\"" + bad + "\"");
    CHECK(PackErrors(rule) == "bad-pack.xml:3:1: error: rule X-1 has todo-order '" + bad + "'; use a whole number [PACK-004]\n");
  }
}

TEST_CASE("pack: a file parameter cannot leave the pack's folder") {
  CHECK(PackErrors(Rule("X-1", "valid-relationship", "error", "m", "<param name=\"table\">../../etc/passwd</param>")) ==
        "bad-pack.xml:7:1: error: rule X-1: parameter 'table' '../../etc/passwd' is not a file name inside the rule pack's folder [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "valid-relationship", "error", "m", "<param name=\"table\">/etc/passwd</param>")) ==
        "bad-pack.xml:7:1: error: rule X-1: parameter 'table' '/etc/passwd' is not a file name inside the rule pack's folder [PACK-004]\n");
}

TEST_CASE("pack: its diagnostics keep their message ids and speak Vietnamese when localized") {
  CHECK(PackErrors(Rule("X-1", "required-cont", "error", "m", ""), "vi") ==
        "bad-pack.xml:3:1: error: quy tắc X-1 dùng mẫu quy tắc 'required-cont' không tồn tại (có phải là "
        "'required-count'?) [PACK-003]\n");
  CHECK(PackErrors(Rule("X-1", "required-count", "error", "m", "<param name=\"kinds\">platform.lgsp</param><param name=\"min\">one</param>"), "vi") ==
        "bad-pack.xml:7:42: error: quy tắc X-1: giá trị 'one' của tham số 'min' không phải là số nguyên [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "orphan", "info", "{element} has {colour}", ""), "vi") ==
        "bad-pack.xml:3:1: error: quy tắc X-1: thông báo dùng {colour}, nhưng mẫu quy tắc 'orphan' không điền giá trị "
        "này [PACK-004]\n");
  CHECK(PackErrors("<rule id=\"X\"", "vi").find("error: bộ quy tắc có XML sai cú pháp (trình phân tích XML báo: ") !=
        std::string::npos);
}

TEST_CASE("pack: malformed XML and a wrong root") {
  CHECK(PackErrors("<rule id=\"X\"") .find("error: malformed XML in the rule pack") != std::string::npos);
}

TEST_CASE("pack: the bundled framework 2.0 pack compiles and has every catalogue rule") {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(EAF_SOURCE_DIR "/rules/vn-eaf-2.0.xml", pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  CHECK(diagnostics.empty());
  std::vector<std::string> ids;
  for (const auto& rule : pack.rules) ids.push_back(rule.id);
  for (const char* id : {"MOD-001", "MOD-002", "MOD-003", "MOD-004", "MOD-005", "MOD-006", "REQ-001", "REQ-002", "REQ-003",
                         "REQ-004", "REQ-005", "REQ-006", "INT-001", "INT-002", "INT-003", "INT-004", "INT-005", "INT-006",
                         "INT-007", "INT-008", "INT-009", "DAT-001", "SEC-001", "SEC-002", "SEC-003", "SEC-004", "SEC-005",
                         "TEC-001", "BUS-001"}) {
    CAPTURE(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
  for (const auto& rule : pack.rules) {
    CAPTURE(rule.id);
    CHECK_FALSE(rule.source.empty());
    CHECK_FALSE(rule.title.vi.empty());
    CHECK_FALSE(rule.title.en.empty());
    CHECK_FALSE(rule.rationale.vi.empty());
    CHECK_FALSE(rule.rationale.en.empty());
    if (rule.unconfirmed) CHECK(rule.severity != model::Severity::kError);  // [B] facts never make errors
  }
}

TEST_CASE("pack: an act without a date of issue, and a validity that is not a day") {
  CHECK(PackErrors("<rule id=\"X-1\" template=\"orphan\" severity=\"info\"><message lang=\"vi\">m</message>"
                   "<message lang=\"en\">m</message><source>s<act id=\"Nghị định 1/2020/NĐ-CP\" date=\"1/7/2020\"/></source></rule>") ==
        "bad-pack.xml:3:119: error: rule X-1: act 'Nghị định 1/2020/NĐ-CP' needs an id and a date of issue YYYY-MM-DD "
        "(or YYYY-MM, YYYY); it has '1/7/2020' [PACK-004]\n");
  CHECK(PackErrors(Rule("X-1", "orphan", "info", "m", "") + "<validity from=\"2019-12-31\" until=\"2023\"/>") ==
        "bad-pack.xml:8:8: error: the pack's validity date '2023' is not a day YYYY-MM-DD [PACK-004]\n");
  CHECK(checker::IsActDate("2016-07-01"));
  CHECK(checker::IsActDate("2022-03"));
  CHECK(checker::IsActDate("2018"));
  CHECK_FALSE(checker::IsActDate("2016-13-01"));
  CHECK_FALSE(checker::IsActDate("2016-7-1"));
  CHECK(checker::LatestDay("2023") == "2023-12-31");
}

// Framework 2.0 was in force from Quyết định 2323/QĐ-BTTTT (31/12/2019) until Quyết định 2568/QĐ-BTTTT
// replaced it (29/12/2023); 3.0 until Quyết định 292/QĐ-BKHCN (25/03/2025); 4.0 since. A rule may rest only
// on acts issued by the end of the period of the pack FILE that defines it: a 2.0 rule that the 3.0 pack
// includes still belongs to 2.0, a rule the 3.0 pack writes may cite acts up to 25/03/2025. Every act the
// source's text names (a number with a slash and an issuer's code, "13/2017/TT-BTTTT") must also be one of
// its <act> entries, so the dates cover the whole text.
TEST_CASE("pack: every rule of a framework pack rests on acts issued within its own file's period") {
  const std::map<std::string, std::pair<std::string, std::string>> periods{
      {"vn-eaf-2.0.xml", {"2019-12-31", "2023-12-29"}}, {"vn-eaf-3.0.xml", {"2023-12-29", "2025-03-25"}}, {"vn-eaf-4.0.xml", {"2025-03-25", ""}}};
  const std::regex year("(?:^|[^0-9/])((?:19|20)[0-9]{2})(?![0-9])");
  const std::regex act_number("[0-9]+/[0-9A-Z\xC4\x90/-]*[A-Z\xC4\x90][0-9A-Z\xC4\x90-]*");
  for (const auto& [name, period] : periods) {
    CAPTURE(name);
    checker::RulePack pack;
    std::vector<model::Diagnostic> diagnostics;
    REQUIRE(checker::LoadRulePack(EAF_SOURCE_DIR "/rules/" + name, pack, diagnostics));
    CHECK(pack.framework == name.substr(7, 3));  // the including pack's framework, not an included one's
    CHECK(pack.valid_from == period.first);
    CHECK(pack.valid_until == period.second);
    for (const auto& rule : pack.rules) {
      CAPTURE(rule.id);
      // The MOD rules are about the ArchiMate model itself (the exchange format), not a legal obligation.
      if (rule.id.starts_with("MOD-")) continue;
      const std::string file = std::filesystem::path(pack.files[rule.location.file].path).filename().string();
      CAPTURE(file);
      REQUIRE(periods.count(file));
      const std::string until = periods.at(file).second.empty() ? Today() : periods.at(file).second;  // in force: acts issued by today
      CHECK_FALSE(rule.acts.empty());
      for (const checker::LegalAct& act : rule.acts) {
        CAPTURE(act.id);
        CHECK(checker::LatestDay(act.date) <= until);
      }
      // A year in the text ("tiêu chí xếp hạng cổng thông tin 2025") dates what it names too.
      for (auto match = std::sregex_iterator(rule.source.begin(), rule.source.end(), year); match != std::sregex_iterator(); ++match) {
        CAPTURE(match->str());
        CHECK(match->str(1) <= until.substr(0, 4));
      }
      for (auto match = std::sregex_iterator(rule.source.begin(), rule.source.end(), act_number);
           match != std::sregex_iterator(); ++match) {
        const std::string number = match->str();
        CAPTURE(number);
        CHECK(std::any_of(rule.acts.begin(), rule.acts.end(),
                          [&](const checker::LegalAct& act) { return act.id.find(number) != std::string::npos; }));
      }
    }
  }
}

// The later packs carry the versions of the rules that rest on later law, the 2.0 pack none of them:
// INT-009 is the national portal's sign-on in 2.0 and VNeID (Nghị định 59/2022) from 3.0; Nghị định
// 47/2024 enters with 3.0; Quyết định 1562/QĐ-TTg (2025) and Nghị định 278/2025 with 4.0.
TEST_CASE("pack: 3.0 and 4.0 override the rules whose law changed, and add the 4.0 rules") {
  std::map<std::string, checker::RulePack> packs;
  for (const char* name : {"vn-eaf-2.0.xml", "vn-eaf-3.0.xml", "vn-eaf-4.0.xml"}) {
    std::vector<model::Diagnostic> diagnostics;
    checker::Checker compiled;
    REQUIRE(checker::LoadRulePack(std::string(EAF_SOURCE_DIR "/rules/") + name, packs[name], diagnostics));
    REQUIRE(checker::Checker::Compile(packs[name], compiled, diagnostics));
    CHECK(diagnostics.empty());
  }
  const auto rule = [&](const char* pack, const std::string& id) -> const checker::RuleDefinition* {
    for (const auto& r : packs[pack].rules) {
      if (r.id == id) return &r;
    }
    return nullptr;
  };
  const auto cites = [&](const char* pack, const std::string& id, const std::string& act) {
    const checker::RuleDefinition* r = rule(pack, id);
    REQUIRE(r != nullptr);
    return std::any_of(r->acts.begin(), r->acts.end(), [&](const checker::LegalAct& a) { return a.id.find(act) != std::string::npos; });
  };
  const auto parameter = [&](const char* pack, const std::string& id, const std::string& name) {
    const checker::RuleDefinition* r = rule(pack, id);
    REQUIRE(r != nullptr);
    for (const auto& p : r->parameters) {
      if (p.name == name) return p.value;
    }
    return std::string();
  };
  for (const char* id : {"INT-007", "DAT-001", "FED-004"}) {
    CAPTURE(id);
    CHECK_FALSE(cites("vn-eaf-2.0.xml", id, "47/2024"));
    CHECK(cites("vn-eaf-3.0.xml", id, "47/2024"));
  }
  CHECK(parameter("vn-eaf-2.0.xml", "INT-009", "to") == "platform.identity");
  CHECK(parameter("vn-eaf-3.0.xml", "INT-009", "to") == "platform.national-identity");
  CHECK(parameter("vn-eaf-4.0.xml", "INT-009", "to") == "platform.national-identity");
  CHECK(cites("vn-eaf-3.0.xml", "INT-009", "59/2022"));
  CHECK_FALSE(cites("vn-eaf-3.0.xml", "SEC-001", "1562/QĐ-TTg"));
  CHECK(cites("vn-eaf-4.0.xml", "SEC-001", "1562/QĐ-TTg"));
  CHECK(cites("vn-eaf-4.0.xml", "INT-011", "278/2025"));
  CHECK(parameter("vn-eaf-4.0.xml", "SEC-003", "to-owners") == "BCA");
  CHECK(parameter("vn-eaf-4.0.xml", "REQ-010", "states") == "target");
  CHECK(parameter("vn-eaf-4.0.xml", "REQ-003", "kinds") == "portal.information");
  // The 4.0 rules are not in the earlier packs; every rule of an earlier pack is in the later ones.
  for (const char* id : {"INT-011", "REQ-010"}) {
    CHECK(rule("vn-eaf-3.0.xml", id) == nullptr);
    CHECK(rule("vn-eaf-4.0.xml", id) != nullptr);
  }
  for (const auto& earlier : packs["vn-eaf-2.0.xml"].rules) CHECK(rule("vn-eaf-3.0.xml", earlier.id) != nullptr);
  for (const auto& earlier : packs["vn-eaf-3.0.xml"].rules) CHECK(rule("vn-eaf-4.0.xml", earlier.id) != nullptr);
  for (const auto& [name, pack] : packs) {
    for (const auto& r : pack.rules) {
      CAPTURE(r.id);
      if (r.unconfirmed) CHECK(r.severity != model::Severity::kError);
    }
  }
}

// A pack that includes another is itself: its id, framework and validity, not the included pack's;
// the included rules come with the file that defines them.
TEST_CASE("pack: an including pack's attributes win over the included pack's") {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  REQUIRE(checker::LoadRulePack(EAF_SOURCE_DIR "/rules/vn-eaf-3.0.xml", pack, diagnostics));
  CHECK(pack.id == "vn-eaf-3.0");
  CHECK(pack.framework == "3.0");
  CHECK(pack.valid_from == "2023-12-29");
  CHECK(pack.valid_until == "2025-03-25");
  const auto rule = std::find_if(pack.rules.begin(), pack.rules.end(), [](const checker::RuleDefinition& r) { return r.id == "INT-001"; });
  REQUIRE(rule != pack.rules.end());
  CHECK(std::filesystem::path(pack.files[rule->location.file].path).filename() == "vn-eaf-2.0.xml");
}

TEST_CASE("template coverage: every registered template has a doc page and a unit test") {
  namespace fs = std::filesystem;
  for (const auto& registration : checker::RegisteredTemplates()) {
    const std::string name(registration.name);
    std::string file = name;
    std::replace(file.begin(), file.end(), '-', '_');
    CAPTURE(name);
    CHECK(fs::exists(std::string(EAF_SOURCE_DIR "/docs/rules/") + name + ".md"));
    CHECK(fs::exists(std::string(EAF_SOURCE_DIR "/tests/unit/templates/") + file + "_test.cpp"));
    CHECK(fs::exists(std::string(EAF_SOURCE_DIR "/checker/templates/") + file + ".cpp"));
  }
  CHECK(std::is_sorted(checker::RegisteredTemplates().begin(), checker::RegisteredTemplates().end(),
                       [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST_CASE("template texts: every template's summary and parameter help are catalogue messages in every language") {
  for (const auto& registration : checker::RegisteredTemplates()) {
    const auto implementation = registration.create();
    CAPTURE(registration.name);
    CHECK(implementation->SummaryId() == "check.template." + std::string(registration.name));
    for (const std::string_view lang : model::kLanguages) {
      CHECK(model::Messages(lang).Find(implementation->SummaryId()) != nullptr);
      for (const checker::ParameterSpec& spec : implementation->ParameterSpecs()) {
        CAPTURE(spec.name);
        CHECK(spec.help_id.starts_with("check.param."));
        CHECK(model::Messages(lang).Find(spec.help_id) != nullptr);
      }
    }
  }
}

namespace {
const std::string kOrphanRule = Rule("ORP-1", "orphan", "warning", "{element} is alone", "");
}

TEST_CASE("policy: waivers silence a rule on their element and are reported with the reason") {
  const auto workspace = LoadXml(ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"Node\"><name>A</name><properties>" + Prop("p-waive", "ORP-1: dự phòng") +
          "</properties></element>\n"
          "    <element identifier=\"b\" xsi:type=\"Node\"><name>B</name></element>\n",
      "", kProvince));
  CHECK(RunRule(kOrphanRule, workspace) ==
        "[waived: dự phòng] t.xml:6:5: warning: 'A' (a) is alone [ORP-1]\n"
        "t.xml:7:5: warning: 'B' (b) is alone [ORP-1]\n");
}

TEST_CASE("policy: enable, disable and severity overrides with globs") {
  const auto workspace = LoadXml(ExchangeModel("    <element identifier=\"a\" xsi:type=\"Node\"/>\n", "", kProvince));
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(WritePack(kOrphanRule + Rule("ORP-2", "orphan", "info", "{element}", "")), pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  checker::CheckOptions options;
  CHECK(compiled.Run(workspace, options).findings.size() == 2);
  options.disable = {"ORP-2"};
  CHECK(compiled.Run(workspace, options).findings.size() == 1);
  options.disable = {};
  options.enable = {"ORP-*"};
  options.severity_overrides = {{"ORP-*", model::Severity::kError}, {"ORP-2", model::Severity::kInfo}};
  const auto report = compiled.Run(workspace, options);
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].diagnostic.severity == model::Severity::kError);
  CHECK(report.findings[1].diagnostic.severity == model::Severity::kInfo);
  CHECK(report.HasAtLeast(model::Severity::kError));
}

TEST_CASE("policy: findings are sorted as std::stable_sort by DiagnosticLess would, equal ones kept in order") {
  // Few distinct values, so that most keys are equal and the order of equal ones shows.
  std::mt19937 engine(19);
  auto random = [&] { return static_cast<std::uint32_t>(engine()); };
  for (int round = 0; round < 20; ++round) {
    std::vector<model::Diagnostic> diagnostics(1 + random() % 400);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
      model::Diagnostic& diagnostic = diagnostics[i];
      diagnostic.location.file = random() % 2;
      diagnostic.location.line = random() % 3;
      diagnostic.location.column = random() % 2;
      diagnostic.rule_id = random() % 2 ? "A-1" : "A-10";
      diagnostic.message = random() % 2 ? "m" : "";
      if (random() % 2) diagnostic.element_ids.emplace_back(random() % 2 ? "x" : "y");
      diagnostic.message_id = std::to_string(i);  // not a key: tells equal ones apart
    }
    std::vector<model::Diagnostic> expected = diagnostics;
    std::stable_sort(expected.begin(), expected.end(), model::DiagnosticLess);
    model::SortByDiagnostic(diagnostics, [](const model::Diagnostic& d) -> const model::Diagnostic& { return d; });
    REQUIRE(diagnostics.size() == expected.size());
    for (std::size_t i = 0; i < diagnostics.size(); ++i) CHECK(diagnostics[i].message_id == expected[i].message_id);
  }
}

TEST_CASE("policy: rules' findings joined sorted are their concatenation sorted stably") {
  std::mt19937 engine(23);
  auto random = [&] { return static_cast<std::uint32_t>(engine()); };
  for (int round = 0; round < 20; ++round) {
    std::vector<std::deque<checker::CheckedFinding>> runs(1 + random() % 5);
    std::vector<model::Diagnostic> concatenated;
    for (std::size_t r = 0; r < runs.size(); ++r) {
      const std::size_t count = random() % 4 == 0 ? 0 : random() % 200;  // some runs empty
      for (std::size_t i = 0; i < count; ++i) {
        model::Diagnostic diagnostic;
        diagnostic.location.file = random() % 2;
        diagnostic.location.line = random() % 3;
        diagnostic.location.column = random() % 2;
        // Mostly one id per run, as a rule's; the last run mixes ids, as the waived loader diagnostics do.
        diagnostic.rule_id = r + 1 == runs.size() ? (random() % 2 ? "A-1" : "A-10") : "R-" + std::to_string(random() % 3 == 0 ? 0 : r);
        diagnostic.message = random() % 2 ? "m" : "";
        if (random() % 2) diagnostic.element_ids.emplace_back(random() % 2 ? "x" : "y");
        diagnostic.message_id = std::to_string(r) + "." + std::to_string(i);  // not a key: tells equal ones apart
        concatenated.push_back(diagnostic);
        runs[r].push_back({diagnostic, false, {}, -1});
      }
    }
    std::stable_sort(concatenated.begin(), concatenated.end(), model::DiagnosticLess);
    std::vector<std::deque<checker::CheckedFinding>*> pointers;
    for (auto& run : runs) pointers.push_back(&run);
    std::vector<checker::CheckedFinding> joined;
    checker::JoinSorted(pointers, joined);
    REQUIRE(joined.size() == concatenated.size());
    for (std::size_t i = 0; i < joined.size(); ++i) CHECK(joined[i].diagnostic.message_id == concatenated[i].message_id);
  }
}

TEST_CASE("policy: the report is the same on one thread as on several") {
  std::string elements;
  for (int i = 0; i < 300; ++i) {
    const std::string id = "e" + std::to_string(i);
    std::string properties;
    if (i % 7 == 0) properties = "<properties>" + Prop("p-waive", "ORP-" + std::to_string(1 + i % 3) + ": dự phòng") + "</properties>";
    if (i % 11 == 0) properties = "<properties>" + Prop("p-waive", "ORP-2") + "</properties>";  // no reason: matched, not used
    elements += "    <element identifier=\"" + id + "\" xsi:type=\"Node\"><name>N</name>" + properties + "</element>\n";
  }
  const auto workspace = LoadXml(ExchangeModel(elements, "", kProvince));
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(WritePack(kOrphanRule + Rule("ORP-2", "orphan", "info", "{element} is alone", "") +
                                          Rule("ORP-3", "orphan", "error", "{element} is alone", "")),
                                pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  auto text = [&](unsigned threads) {
    checker::CheckOptions options;
    options.lang = "en";
    options.threads = threads;
    const checker::CheckReport report = compiled.Run(workspace, options);
    std::string out;
    for (const auto& finding : report.findings) {
      out += std::to_string(finding.waiver) + (finding.waived ? " waived " + finding.waiver_reason + " " : " ") +
             model::FormatDiagnosticText(workspace.files, finding.diagnostic, "en");
    }
    for (const auto& waiver : report.waivers) out += waiver.object_id + (waiver.used ? " used" : "") + (waiver.matched ? " matched" : "") + "\n";
    return out;
  };
  const std::string one = text(1);
  CHECK(one.find(" waived dự phòng ") != std::string::npos);
  CHECK(one.find(" matched\n") != std::string::npos);
  for (unsigned threads : {2u, 4u, 8u}) CHECK(text(threads) == one);
}

TEST_CASE("policy: messages follow the language of the run") {
  const auto workspace = LoadXml(ExchangeModel("    <element identifier=\"a\" xsi:type=\"Node\"><name xml:lang=\"vi\">Máy chủ</name>"
                                               "<name xml:lang=\"en\">Server</name></element>\n", "", kProvince));
  const std::string rule = "<rule id=\"ORP-1\" template=\"orphan\" severity=\"info\"><message lang=\"vi\">{element} đứng riêng</message>"
                           "<message lang=\"en\">{element} stands alone</message><source>s</source></rule>";
  CHECK(RunRule(rule, workspace, "vi") == "t.xml:6:5: thông tin: 'Máy chủ' (a) đứng riêng [ORP-1]\n");
  CHECK(RunRule(rule, workspace, "en") == "t.xml:6:5: info: 'Server' (a) stands alone [ORP-1]\n");
}

TEST_CASE("placeholders: filled, and unknown ones left as written") {
  CHECK(checker::FillPlaceholders("{a} và {b} {", {{"a", "x"}}) == "x và {b} {");
}

TEST_CASE("placeholders: '{{' and '}}' in a rule's message are literal braces, as in the catalogues") {
  CHECK(checker::FillPlaceholders("{{a}} {a}}}", {{"a", "x"}}) == "{a} x}");
  const auto workspace = LoadXml(ExchangeModel("    <element identifier=\"a\" xsi:type=\"Node\"><name>Server</name></element>\n", "", kProvince));
  // Not an unknown placeholder {literal} for the pack's check, and written with single braces.
  const std::string rule = "<rule id=\"ORP-1\" template=\"orphan\" severity=\"info\"><message lang=\"vi\">{element} {{đứng riêng}}</message>"
                           "<message lang=\"en\">{element} {{stands alone}}</message><source>s</source></rule>";
  CHECK(RunRule(rule, workspace, "en") == "t.xml:6:5: info: 'Server' (a) {stands alone} [ORP-1]\n");
}

TEST_CASE("finding arguments: a list keeps a name's first value, operator[] sets and adds, as a map did") {
  checker::FindingArguments arguments{{"a", "1"}, {"b", "2"}, {"a", "3"}};
  REQUIRE(arguments.Find("a") != nullptr);
  CHECK(*arguments.Find("a") == "1");
  CHECK(arguments.Find("c") == nullptr);
  arguments["a"] = "4";
  arguments["c"] = "5";
  CHECK(checker::FillPlaceholders("{a}{b}{c}{d}", arguments) == "425{d}");
  checker::FindingArguments none;
  CHECK(none.empty());
  CHECK(none["x"].empty());
  CHECK_FALSE(none.empty());
}

namespace {

// A run over two files: an orphan finding, a waived one (approved, since ORP-1 is an error), an unused
// waiver, and a dangling reference
// (a loader diagnostic no pack rule owns), written by `write` in `lang`.
std::string WriteTwoFileReport(const std::string& lang, std::string (*write)(const review::ReportInput&)) {
  const std::string rule = "<rule id=\"ORP-1\" template=\"orphan\" severity=\"error\"><message lang=\"vi\">{element} đứng riêng</message>"
                           "<message lang=\"en\">{element} stands alone</message><source>Circular 39/2017</source></rule>";
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(WritePack(rule), pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  model::Workspace workspace;
  workspace.Add(model::LoadBuffer(
      "a.xml",
      ExchangeModel(NamedElement("x", "X", "") + NamedElement("w", "W", "", "", "Node", Prop("p-waive", "ORP-1: kept on purpose") + Prop("p-waive-by", "QA")) +
                        NamedElement("u", "U", "", "", "Node", Prop("p-waive", "MOD-9: never used")),
                    Relation("r1", "Flow", "u", "missing"), kProvince)));
  workspace.Add(model::LoadBuffer("b.xml", ExchangeModel("", "", kProvince)));
  workspace.Finish();
  checker::CheckOptions options;
  options.lang = lang;
  const checker::CheckReport report = compiled.Run(workspace, options);
  return write({workspace, report, pack, lang, model::Severity::kError, "0.0.0"});
}

}  // namespace

TEST_CASE("report writers: the text report's words, labels and summary in the run's language") {
  const std::string vi = WriteTwoFileReport("vi", review::WriteText);
  CHECK(vi.find("a.xml:6:5: lỗi: 'X' (x) đứng riêng [ORP-1]\n") != std::string::npos);
  CHECK(vi.find("Được miễn (eaf:waive):\na.xml:7:5: được miễn: 'W' (w) đứng riêng [ORP-1] — kept on purpose\n") != std::string::npos);
  CHECK(vi.find("a.xml:8:5: ghi chú: miễn trừ MOD-9 trên u không được dùng đến\n") != std::string::npos);
  CHECK(vi.find("Theo cơ quan:\ncơ quan cấp       trạng thái lỗi    cảnh báo thông tin miễn   điểm  tệp\n") != std::string::npos);
  CHECK(vi.ends_with(" lỗi, 0 cảnh báo, 0 thông tin, 1 được miễn trong 2 tệp (1 quy tắc)\n"));
  const std::string en = WriteTwoFileReport("en", review::WriteText);
  CHECK(en.find("a.xml:6:5: error: 'X' (x) stands alone [ORP-1]\n") != std::string::npos);
  CHECK(en.find("Waived (eaf:waive):\na.xml:7:5: waived: 'W' (w) stands alone [ORP-1] — kept on purpose\n") != std::string::npos);
  CHECK(en.find("a.xml:8:5: note: unused waiver for MOD-9 on u\n") != std::string::npos);
  CHECK(en.find("Per agency:\nagency  level     state      errors warnings info  waived score file\n") != std::string::npos);
  CHECK(en.ends_with(" errors, 0 warnings, 0 infos, 1 waived in 2 files (1 rules)\n"));
}

TEST_CASE("report writers: JUnit and SARIF texts in the run's language, their machine fields fixed") {
  const std::string junit = WriteTwoFileReport("vi", review::WriteJunit);
  CHECK(junit.find("a.xml:6:5: lỗi: &apos;X&apos; (x) đứng riêng [ORP-1]") != std::string::npos);
  CHECK(junit.find("[được miễn] a.xml:7:5: lỗi: &apos;W&apos; (w) đứng riêng [ORP-1]\n  — kept on purpose\n") != std::string::npos);
  CHECK(WriteTwoFileReport("en", review::WriteJunit).find("[waived] a.xml:7:5: error: ") != std::string::npos);
  const std::string sarif = WriteTwoFileReport("vi", review::WriteSarif);
  CHECK(sarif.find("Nguồn: Circular 39/2017") != std::string::npos);
  CHECK(sarif.find("\"level\": \"error\"") != std::string::npos);
  CHECK(sarif.find("lỗi") == std::string::npos);
  const std::string english = WriteTwoFileReport("en", review::WriteSarif);
  CHECK(english.find("Source: Circular 39/2017") != std::string::npos);
  // eaf's own ids carry their catalogue title, in the run's language.
  CHECK(english.find("\"name\": \"loader\"") != std::string::npos);
  CHECK(english.find("A relationship's source or target is not defined in the file") != std::string::npos);
  CHECK(sarif.find(model::Text("vi", "diag.load-011")) != std::string::npos);
  const std::string json = WriteTwoFileReport("vi", review::WriteJson);
  CHECK(json.find("\"severity\": \"error\"") != std::string::npos);
}
