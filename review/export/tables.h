#pragma once
/// Plain tables (headers and rows of cells) and their writers: Markdown, JSON, CSV and an Excel
/// workbook of one sheet per table. The catalogues (catalog.h) are such tables; any other table
/// (the connection matrix) joins a workbook by being one more element of the list.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eaf::review {

/// How a cell is shown besides its text: a finding's severity colours it in the workbook.
enum class CellClass : std::uint8_t { kPlain, kError, kWarning, kInfo };

/// One cell: its text, an optional link (another table's row, TableLink, or a URL) and its class.
struct Cell {
  std::string text;
  std::string link;
  CellClass cell_class = CellClass::kPlain;
};

/// One table: `id` names it in file names and JSON (ASCII, "systems"); `title` is its heading and
/// sheet name in the output's language.
struct Table {
  std::string id;
  std::string title;
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
};

/// What names a table before it is built: its id and its title.
struct TableHeading {
  std::string id;
  std::string title;
};

/// A link to row `row` (0: the first row after the headers) of the table `table_id` of the same
/// document: "#findings:12". The workbook makes it a link to that sheet's row; text formats drop it.
std::string TableLink(std::string_view table_id, std::size_t row);

/// "# title" then one Markdown table per table, cells escaped (EscapeMarkdownCell).
std::string WriteTablesMarkdown(const std::string& title, const std::vector<Table>& tables);
/// {"tables": [{"id", "title", "headers": [...], "rows": [[...], ...]}]}; cells as strings.
std::string WriteTablesJson(const std::vector<Table>& tables);
/// One table as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), CRLF line ends,
/// fields quoted as RFC 4180 says and defused against formulas (EscapeCsvField).
std::string WriteTableCsv(const Table& table);

/// The width of a column in characters: UTF-8 code points, so "Cơ sở dữ liệu" counts 13.
std::size_t DisplayWidth(const std::string& text);

/// The workbook (.xlsx) of the tables, one sheet each, with a frozen header row, an autofilter and
/// column widths fitted to the text (long text wrapped). `created` (seconds since 1970, UTC) is
/// the workbook's creation time, so the same tables give the same bytes. Returns false with
/// `error` set when the library fails (no temporary directory).
bool WriteTablesXlsx(const std::vector<Table>& tables, std::int64_t created, std::string& bytes, std::string& error);

/// The same workbook written as its tables come: every sheet is named first, from `headings` (a
/// link may point to a later sheet), then each table is written once, in any order, while the
/// others are still being built; Write may run on several threads at once, for different sheets.
class WorkbookWriter {
 public:
  WorkbookWriter(std::vector<TableHeading> headings, std::int64_t created);
  ~WorkbookWriter();
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;
  /// Writes the sheet of headings[position]; `table` must be that table (same id and title).
  void Write(std::size_t position, const Table& table);
  /// Closes the workbook and gives its bytes; false with `error` set when the library failed, or
  /// when a table was not written or not the one its heading named.
  bool Finish(std::string& bytes, std::string& error);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace eaf::review
