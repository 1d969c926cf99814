// The workbook writer: sheets written in any order give the workbook written in order, and a table
// that is not the one its sheet was named for, or one never written, fails instead of a wrong file.

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "model/parallel.h"
#include "model/zip_reader.h"
#include "review/export/tables.h"

namespace eaf {
namespace {

std::vector<review::Table> SomeTables() {
  std::vector<review::Table> tables;
  for (int t = 0; t < 3; ++t) {
    review::Table& table = tables.emplace_back();
    table.id = "t" + std::to_string(t);
    table.title = "Bảng " + std::to_string(t);
    table.headers = {"Mã", "Tên"};
    for (int r = 0; r < 50; ++r) {
      table.rows.push_back({{std::to_string(r), "", review::CellClass::kPlain},
                            {"Hệ thống " + std::to_string(r), t == 0 ? review::TableLink("t2", r) : "", review::CellClass::kPlain}});
    }
  }
  return tables;
}

std::vector<review::TableHeading> HeadingsOf(const std::vector<review::Table>& tables) {
  std::vector<review::TableHeading> headings;
  for (const review::Table& table : tables) headings.push_back({table.id, table.title});
  return headings;
}

}  // namespace

TEST_CASE("workbook: sheets written in any order give the bytes of the workbook written in order") {
  const std::vector<review::Table> tables = SomeTables();
  std::string in_order, error;
  REQUIRE(review::WriteTablesXlsx(tables, 1781524800, in_order, error));
  review::WorkbookWriter writer(HeadingsOf(tables), 1781524800);
  writer.Write(2, tables[2]);
  writer.Write(0, tables[0]);
  writer.Write(1, tables[1]);
  std::string any_order;
  REQUIRE(writer.Finish(any_order, error));
  CHECK(any_order.size() > 1000);
  CHECK(any_order == in_order);
}

TEST_CASE("workbook: sheets written on two threads at once give the bytes of the workbook written in order") {
  std::vector<review::Table> tables = SomeTables();
  for (review::Table& table : tables) {  // long enough for the two writers to overlap
    for (int r = 50; r < 20000; ++r) table.rows.push_back({{std::to_string(r), "", review::CellClass::kError}, {"Cơ sở dữ liệu " + std::to_string(r), "", review::CellClass::kPlain}});
  }
  std::string in_order, error;
  REQUIRE(review::WriteTablesXlsx(tables, 1781524800, in_order, error));
  review::WorkbookWriter writer(HeadingsOf(tables), 1781524800);
  model::RunBoth([&] { writer.Write(1, tables[1]); }, [&] {
    writer.Write(2, tables[2]);
    writer.Write(0, tables[0]);
  });
  std::string at_once;
  REQUIRE(writer.Finish(at_once, error));
  CHECK(at_once.size() > 100000);
  CHECK(at_once == in_order);
}

TEST_CASE("workbook: a sheet of many deflate batches reads back whole") {
  // Some 6 MB of sheet XML: several batches of pieces (review/export/workbook_zip.cpp), each
  // deflated as libxlsxwriter hands it over.
  review::Table table;
  table.id = "big";
  table.title = "Bảng lớn";
  table.headers = {"Mã", "Tên"};
  for (int r = 0; r < 60000; ++r) table.rows.push_back({{"HT-" + std::to_string(r), "", review::CellClass::kPlain}, {"Hệ thống thông tin số " + std::to_string(r), "", review::CellClass::kPlain}});
  std::string bytes, error;
  REQUIRE(review::WriteTablesXlsx({table}, 1781524800, bytes, error));
  std::string sheet;
  model::MessageRef problem;
  REQUIRE(model::ExtractZipMember(bytes, "xl/worksheets/sheet1.xml", 100u << 20, sheet, problem));
  CHECK(sheet.size() > 4000000);
  CHECK(sheet.find("<t>HT-0</t>") != std::string::npos);
  CHECK(sheet.find("<t>Hệ thống thông tin số 59999</t>") != std::string::npos);
  CHECK(sheet.ends_with("</worksheet>"));
}

TEST_CASE("workbook: a table not the one its sheet was named for, or never written, is an error") {
  const std::vector<review::Table> tables = SomeTables();
  std::string bytes, error;
  {
    review::WorkbookWriter writer(HeadingsOf(tables), 0);
    writer.Write(0, tables[0]);
    writer.Write(1, tables[2]);  // the wrong table
    writer.Write(2, tables[2]);
    CHECK_FALSE(writer.Finish(bytes, error));
    CHECK(error.find("t2") != std::string::npos);
  }
  {
    review::WorkbookWriter writer(HeadingsOf(tables), 0);
    writer.Write(0, tables[0]);
    writer.Write(2, tables[2]);
    error.clear();
    CHECK_FALSE(writer.Finish(bytes, error));
    CHECK(error.find("'t1' was not written") != std::string::npos);
  }
  // A temporary directory of its own: other tests running at once write workbooks too.
  const std::filesystem::path directory = std::filesystem::temp_directory_path() / ("eaf-workbook-test-" + std::to_string(getpid()));
  std::filesystem::create_directories(directory);
  const char* old_tmpdir = std::getenv("TMPDIR");
  const std::string saved = old_tmpdir ? old_tmpdir : "";
  setenv("TMPDIR", directory.c_str(), 1);
  const auto temporary_files = [&] {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
      count += entry.path().filename().string().starts_with("eaf-catalog-");
    }
    return count;
  };
  const std::size_t before = temporary_files();
  {
    review::WorkbookWriter writer(HeadingsOf(tables), 0);  // destroyed unfinished
    writer.Write(0, tables[0]);
    CHECK(temporary_files() == before + 1);
  }
  CHECK(temporary_files() == before);  // its temporary file is gone
  if (old_tmpdir) setenv("TMPDIR", saved.c_str(), 1);
  else unsetenv("TMPDIR");
  std::filesystem::remove_all(directory);
}

}  // namespace eaf
