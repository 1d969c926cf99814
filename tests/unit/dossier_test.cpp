// Waivers a reviewer can trust (reason, approver, end date, --ignore-waivers) and the review
// report as a dossier: the reference time, SHA-256, provenance, verdicts, approval block.

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "check_util.h"
#include "model/clock.h"
#include "model/sha256.h"
#include "review/export/html_dossier.h"

using namespace eaf::test;
namespace checker = eaf::checker;
namespace model = eaf::model;
namespace review = eaf::review;

TEST_CASE("sha256: the FIPS 180-4 examples, one block and two") {
  CHECK(model::Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(model::Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(model::Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(model::Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: a file's digest and size, read in chunks — a missing file has none") {
  const std::string path = (std::filesystem::temp_directory_path() / ("eaf-digest-test-" + std::to_string(::getpid()) + ".bin")).string();
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(200000, 'a');
  }
  const auto digest = model::DigestFile(path);
  REQUIRE(digest);
  CHECK(digest->size == 200000);
  CHECK(digest->sha256 == model::Sha256Hex(std::string(200000, 'a')));
  std::filesystem::remove(path);
  CHECK_FALSE(model::DigestFile(path));
}

TEST_CASE("clock: UTC dates, SOURCE_DATE_EPOCH honoured, a bad value refused") {
  CHECK(model::UtcDate(0) == "1970-01-01");
  CHECK(model::UtcDateTime(1781524800) == "2026-06-15T12:00:00Z");
  CHECK(model::UtcDateTime(1781524800 + 86399) == "2026-06-16T11:59:59Z");
  CHECK(model::IsIsoDate("2024-02-29"));
  CHECK_FALSE(model::IsIsoDate("2026-02-29"));
  CHECK_FALSE(model::IsIsoDate("31/12/2026"));
  CHECK_FALSE(model::IsIsoDate("2026-1-31"));
  const char* saved = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved_value = saved ? saved : "";
  setenv("SOURCE_DATE_EPOCH", "1781524800", 1);
  CHECK(model::ReferenceTime() == 1781524800);
  setenv("SOURCE_DATE_EPOCH", "-5", 1);
  CHECK_FALSE(model::ReferenceTime());
  setenv("SOURCE_DATE_EPOCH", "12abc", 1);
  CHECK_FALSE(model::ReferenceTime());
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(model::ReferenceTime().value_or(0) > 1700000000);  // now
  if (saved) setenv("SOURCE_DATE_EPOCH", saved_value.c_str(), 1);
}

namespace {

// One element per waiver case, an orphan rule of `severity` that flags every one of them.
checker::CheckReport RunWaivers(const std::string& severity, bool ignore, const std::string& today = "2026-06-15") {
  auto element = [](const std::string& id, const std::string& properties) {
    return "    <element identifier=\"" + id + "\" xsi:type=\"Node\"><name>" + id + "</name><properties>" + properties + "</properties></element>\n";
  };
  const auto workspace = LoadXml(ExchangeModel(
      element("plain", Prop("p-waive", "ORP-1: ok")) + element("bare", Prop("p-waive", "ORP-1")) +
          element("old", Prop("p-waive", "ORP-1: ok") + Prop("p-waive-until", "2026-06-14")) +
          element("last-day", Prop("p-waive", "ORP-1: ok") + Prop("p-waive-until", "2026-06-15") + Prop("p-waive-by", "Sở TT&amp;TT")) +
          element("odd-date", Prop("p-waive", "ORP-1: ok") + Prop("p-waive-until", "15/06/2026")),
      "", Province()));
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  REQUIRE(checker::LoadRulePack(WritePack(Rule("ORP-1", "orphan", severity, "{element} is alone", "")), pack, diagnostics));
  REQUIRE(checker::Checker::Compile(pack, compiled, diagnostics));
  checker::CheckOptions options;
  options.lang = "en";
  options.ignore_waivers = ignore;
  options.today = today;
  return compiled.Run(workspace, options);
}

std::string Statuses(const checker::CheckReport& report) {
  std::string text;
  for (const checker::Waiver& waiver : report.waivers) {
    text += waiver.object_id + "=" + std::string(checker::WaiverStatusName(waiver.status)) + (waiver.used ? "+used" : "") + " ";
  }
  return text;
}

std::string PolicyIds(const checker::CheckReport& report) {
  std::string ids;
  for (const model::Diagnostic& diagnostic : report.load_diagnostics) ids += diagnostic.rule_id + "@" + diagnostic.element_ids.front() + " ";
  return ids;
}

}  // namespace

TEST_CASE("waivers: no reason, expired or a bad date waive nothing and are findings — the last day still applies") {
  const checker::CheckReport report = RunWaivers("warning", false);
  CHECK(Statuses(report) == "plain=active+used bare=no-reason old=expired last-day=active+used odd-date=bad-date ");
  CHECK(PolicyIds(report) == "POL-002@bare POL-003@old POL-005@odd-date ");
  CHECK(report.Count(model::Severity::kWarning) == 3 + 3);
  // No reference day: nothing expires.
  CHECK(Statuses(RunWaivers("warning", false, "")) == "plain=active+used bare=no-reason old=active+used last-day=active+used odd-date=bad-date ");
}

TEST_CASE("waivers: a waived error needs an approver (POL-004), and the waiver still applies") {
  const checker::CheckReport report = RunWaivers("error", false);
  CHECK(PolicyIds(report) == "POL-004@plain POL-002@bare POL-003@old POL-005@odd-date ");
  CHECK(Statuses(report) == "plain=active+used bare=no-reason old=expired last-day=active+used odd-date=bad-date ");
}

TEST_CASE("waivers: --ignore-waivers checks as if there were none and keeps them listed, each finding pointing at its waiver") {
  const checker::CheckReport report = RunWaivers("warning", true);
  CHECK(report.waivers_ignored);
  CHECK(Statuses(report) == "plain=ignored bare=no-reason old=expired last-day=ignored odd-date=bad-date ");
  for (const checker::CheckedFinding& finding : report.findings) {
    CHECK_FALSE(finding.waived);
    CHECK(finding.waiver >= 0);
  }
  CHECK(report.Count(model::Severity::kWarning) == 5 + 3);
}

namespace {

struct DossierFixture {
  model::Workspace workspace;
  checker::RulePack pack;
  checker::CheckReport report;
  review::Provenance provenance;
  std::string pack_path;
};

void MakeDossier(DossierFixture& fixture, bool error) {
  // One folder per process: ctest runs the test cases of this file in parallel, each rewriting a.xml.
  const std::string dir = (std::filesystem::temp_directory_path() / ("eaf-dossier-test-" + std::to_string(::getpid()))).string();
  std::filesystem::create_directories(dir);
  const std::string model_path = dir + "/a.xml";
  const std::string xml = ExchangeModel(error ? "    <element identifier=\"x\" xsi:type=\"Node\"><name>X</name></element>\n" : "", "", Province());
  std::ofstream(model_path, std::ios::binary) << xml;
  fixture.workspace.Add(model::LoadBuffer(model_path, xml));
  fixture.workspace.Finish();
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker compiled;
  fixture.pack_path = WritePack(Rule("ORP-1", "orphan", "error", "{element} is alone", ""));
  REQUIRE(checker::LoadRulePack(fixture.pack_path, fixture.pack, diagnostics));
  REQUIRE(checker::Checker::Compile(fixture.pack, compiled, diagnostics));
  fixture.report = compiled.Run(fixture.workspace, {});
  fixture.provenance = review::MakeProvenance(fixture.workspace, nullptr, fixture.pack_path, 1781524800);
}

}  // namespace

TEST_CASE("dossier: provenance states the time, eaf's version, the pack and every file's size and SHA-256") {
  DossierFixture fixture;
  MakeDossier(fixture, false);
  const review::DossierInput input{fixture.workspace, fixture.report, fixture.pack, fixture.provenance, "en", "9.8.7"};
  const std::string html = review::WriteProvenanceHtml(input);
  CHECK(html.find("<td id=\"generated-at\">2026-06-15T12:00:00Z</td>") != std::string::npos);
  CHECK(html.find("<td id=\"tool-version\">eaf 9.8.7</td>") != std::string::npos);
  CHECK(html.find("<td id=\"pack-id\">" + fixture.pack.id + "</td>") != std::string::npos);
  CHECK(html.find("<td id=\"pack-version\">" + fixture.pack.version + "</td>") != std::string::npos);
  CHECK(html.find("<td id=\"pack-sha256\"><code>" + model::DigestFile(fixture.pack_path)->sha256 + "</code></td>") != std::string::npos);
  const auto digest = model::DigestFile(fixture.workspace.files[0].path);
  REQUIRE(digest);
  CHECK(html.find("<td class=\"number\">" + std::to_string(digest->size) + "</td><td><code>" + digest->sha256 + "</code></td>") !=
        std::string::npos);
  const std::string vi = review::WriteProvenanceHtml({fixture.workspace, fixture.report, fixture.pack, fixture.provenance, "vi", "9.8.7"});
  CHECK(vi.find("Thời điểm lập (UTC)") != std::string::npos);
}

TEST_CASE("dossier: a verdict per file and an overall one — the approval block is left blank") {
  DossierFixture failing;
  MakeDossier(failing, true);
  const std::string fail = review::WriteVerdictsHtml({failing.workspace, failing.report, failing.pack, failing.provenance, "en", "1"});
  CHECK(fail.find("<span class=\"verdict-fail\">FAIL</span></td></tr>") != std::string::npos);
  CHECK(fail.find("<span id=\"overall-verdict\" class=\"verdict-fail\">FAIL</span>") != std::string::npos);
  DossierFixture passing;
  MakeDossier(passing, false);
  const std::string pass = review::WriteVerdictsHtml({passing.workspace, passing.report, passing.pack, passing.provenance, "en", "1"});
  CHECK(pass.find("<span id=\"overall-verdict\" class=\"verdict-pass\">") != std::string::npos);
  const std::string approval = review::WriteApprovalHtml({passing.workspace, passing.report, passing.pack, passing.provenance, "vi", "1"});
  for (const char* label : {"Người thẩm định", "Đơn vị", "Ngày", "Quyết định", "Ý kiến", "Chữ ký"}) {
    CHECK(approval.find(std::string("<th>") + label + "</th>") != std::string::npos);
  }
  CHECK(approval.find("<td class=\"blank\"></td>") != std::string::npos);
}
