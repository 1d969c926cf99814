// The connection model (issue #19): each agency once, routes classified from the findings, the
// state filter, a model given twice counted once, and the matrix as a plain table.

#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include "checker/connections.h"
#include "review/export/connection_map.h"
#include "review/exporters.h"
#include "review/review.h"

namespace checker = eaf::checker;
namespace review = eaf::review;
namespace fs = std::filesystem;

namespace {

const std::string kFixture = EAF_SOURCE_DIR "/tests/golden/map/data";

review::Result Check(const std::vector<std::string>& inputs) {
  review::Request request;
  request.inputs = inputs;
  request.policy.lang = "en";
  return review::Run(std::move(request));
}

checker::ConnectionMap MapOf(const review::Result& result, const std::string& state) {
  const checker::CheckContext context(result.workspace, "en");
  checker::ConnectionOptions options;
  options.state = state;
  options.obligations = checker::ObligationsOf(result.pack->pack);
  options.breach_rules = checker::BreachRulesOf(result.pack->pack);
  return checker::BuildConnectionMap(context, result.report, options);
}

// "AGENCY>SYSTEM:route[:rule]" for every connection, in the map's order.
std::vector<std::string> Lines(const checker::ConnectionMap& map) {
  std::vector<std::string> lines;
  for (const checker::Connection& c : map.connections) {
    std::string line = map.agencies[c.agency].code + ">" + map.systems[c.system].key + ":" + std::string(checker::RouteName(c.route));
    if (c.route == checker::Route::kThroughHub) line += "@" + map.systems[c.hub].key;
    if (!c.rule.empty()) line += ":" + c.rule;
    lines.push_back(line);
  }
  return lines;
}

bool Has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("connections: target state of the fixture federation") {
  const review::Result result = Check({kFixture});
  REQUIRE(result.usable);
  const checker::ConnectionMap map = MapOf(result, "target");
  REQUIRE(map.agencies.size() == 2);
  CHECK(map.agencies[0].code == "AAA");
  CHECK(map.agencies[1].code == "BBB");
  const auto lines = Lines(map);
  CHECK(Has(lines, "AAA>VN-NGSP:through-platform"));
  CHECK(Has(lines, "AAA>BBB-SYS:through-platform"));        // another agency's system, through the LGSP
  CHECK(Has(lines, "AAA>VN-DB-POPULATION:direct:INT-001"));  // a sector system straight to a national database
  CHECK(Has(lines, "AAA>VN-NPSP:through-hub@VN-NGSP"));      // the national model links NGSP to the portal
  CHECK(Has(lines, "BBB>VN-NGSP:missing:INT-002"));          // BBB's LGSP has no link to NGSP
  CHECK(Has(lines, "BBB>BBB-SYS:owner"));
  // The unconnected national database is still there, among the systems.
  bool population = false;
  for (const auto& system : map.systems) population |= system.key == "VN-DB-POPULATION" && system.group == checker::MapSystem::Group::kDatabase;
  CHECK(population);
  // A cell shows a breach or a missing link before a conformant route.
  const checker::MatrixTable table = checker::BuildMatrixTable(map, result.workspace, "en");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.headers.front() == "Agency");
  for (std::size_t c = 1; c < table.headers.size(); ++c) {
    if (table.headers[c] == "VN-DB-POPULATION") {
      CHECK(table.rows[0][c].css_class == "direct");
      CHECK(table.rows[0][c].rule == "INT-001");
      CHECK(table.rows[1][c].css_class == "none");
    }
    // AAA's one-stop-shop does not reach the portal (INT-004): the missing link outranks the route
    // its LGSP has through the NGSP.
    if (table.headers[c] == "VN-NPSP") {
      CHECK(table.rows[0][c].text == "missing");
      CHECK(table.rows[0][c].rule == "INT-004");
    }
  }
}

TEST_CASE("connections: the baseline state draws only the baseline files and the national model") {
  const review::Result result = Check({kFixture});
  const checker::ConnectionMap map = MapOf(result, "baseline");
  REQUIRE(map.agencies.size() == 1);
  CHECK(map.agencies[0].code == "BBB");
  const auto lines = Lines(map);
  CHECK(Has(lines, "BBB>VN-NGSP:through-platform"));
  CHECK(Has(lines, "BBB>VN-DB-POPULATION:through-hub@VN-NGSP"));
  CHECK_FALSE(Has(lines, "BBB>VN-NGSP:missing:INT-002"));
}

TEST_CASE("connections: a model given twice (same model id) counts once") {
  const fs::path folder = fs::temp_directory_path() / ("eaf-connections-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  fs::copy_file(kFixture + "/aaa-target.xml", folder / "a.xml", fs::copy_options::overwrite_existing);
  fs::copy_file(kFixture + "/aaa-target.xml", folder / "b.xml", fs::copy_options::overwrite_existing);
  fs::copy_file(kFixture + "/national.xml", folder / "national.xml", fs::copy_options::overwrite_existing);
  const review::Result twice = Check({folder.string()});
  const review::Result once = Check({(folder / "a.xml").string(), (folder / "national.xml").string()});
  const checker::ConnectionMap map = MapOf(twice, "target");
  REQUIRE(map.agencies.size() == 1);
  CHECK(map.agencies[0].files.size() == 1);
  CHECK(Lines(map) == Lines(MapOf(once, "target")));
  fs::remove_all(folder);
}

TEST_CASE("connections: no agency, no row, and the writers still make a page") {
  const review::Result result = Check({kFixture + "/national.xml"});
  const checker::ConnectionMap map = MapOf(result, "target");
  CHECK(map.agencies.empty());
  CHECK_FALSE(map.systems.empty());
  const checker::MatrixTable table = checker::BuildMatrixTable(map, result.workspace, "vi");
  CHECK(table.rows.empty());
  CHECK(table.headers.front() == "Cơ quan");
  const review::MapInput input{result.workspace, result.report, map, "en"};
  const std::string html = review::WriteMapHtml(input);
  CHECK(html.find("id=\"empty\"") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
  CHECK(review::WriteMapJson(input).find("\"agencies\": []") != std::string::npos);
}

TEST_CASE("connections: the exporters use the check's own context, and a moved result builds its own") {
  review::Result result = Check({kFixture});
  REQUIRE(result.context);
  // Run returns the object it filled: the context built for the check is of this very workspace.
  CHECK(result.context->Describes(result.workspace, "en"));
  CHECK_FALSE(result.context->Describes(result.workspace, "vi"));
  const review::Exporter* exporter = review::FindExporter(review::Document::kCatalog, "json");
  REQUIRE(exporter);
  review::ExportOptions options;
  options.lang = "en";
  const std::string shared = exporter->write(result, options).bytes;
  options.lang = "vi";  // another language: a context of its own, in Vietnamese
  CHECK(exporter->write(result, options).bytes.find("Cơ quan") != std::string::npos);
  options.lang = "en";
  const review::Result moved = std::move(result);
  CHECK_FALSE(moved.context->Describes(moved.workspace, "en"));  // of the workspace it was built for, not this one
  CHECK(exporter->write(moved, options).bytes == shared);
  CHECK(shared.find("\"id\": \"matrix\"") != std::string::npos);  // the matrix too, which reads the context most
}
