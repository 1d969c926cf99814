// The workbook writer, on libxlsxwriter (Debian's libxlsxwriter-dev): a well-kept library that writes
// the Office Open XML package; eaf only chooses sheets, cells and formats.

#include <xlsxwriter.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <unistd.h>

#include "model/phase_timer.h"
#include "review/export/tables.h"

namespace eaf::review {
namespace {

constexpr std::size_t kMaxColumnWidth = 60;   // characters; longer text wraps
constexpr std::size_t kMaxCellBytes = 32767;  // Excel's limit on a cell's text
constexpr std::size_t kMaxSheetName = 31;     // Excel's limit on a sheet's name, in characters

// Text a cell can hold: XML has no place for most control characters, and Excel none for more
// than 32,767 characters (cut at a UTF-8 boundary).
std::string CellText(const std::string& text);

// The text to write: the cell's own when it needs no change (the common case, no copy), else its
// cleaned copy in `scratch`.
const char* CleanText(const std::string& text, std::string& scratch) {
  const bool clean = text.size() <= kMaxCellBytes && std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t';
  });
  if (clean) return text.c_str();
  scratch = CellText(text);
  return scratch.c_str();
}

std::string CellText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
  }
  if (out.size() > kMaxCellBytes) {
    std::size_t cut = kMaxCellBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

// A sheet name Excel accepts: none of []:*?/\, at most 31 characters, unique in the workbook.
std::string SheetName(const std::string& title, std::vector<std::string>& taken) {
  std::string name;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < title.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(title[i]);
    if ((c & 0xC0) != 0x80 && ++characters > kMaxSheetName) break;
    name += std::string_view("[]:*?/\\").find(static_cast<char>(c)) == std::string_view::npos && c >= 0x20 ? static_cast<char>(c) : '_';
  }
  if (name.empty()) name = "Sheet";
  std::string unique = name;
  for (int n = 2; std::find(taken.begin(), taken.end(), unique) != taken.end(); ++n) unique = name.substr(0, 27) + " (" + std::to_string(n) + ")";
  taken.push_back(unique);
  return unique;
}

// The cell formats, made once per workbook: by class, each plain and as a link (blue, underlined);
// a linked error cell keeps its colour.
struct Formats {
  lxw_format* header;
  lxw_format* plain;
  lxw_format* wrapped;
  lxw_format* classes[2][4];  // [link][CellClass]
};

Formats MakeFormats(lxw_workbook* workbook) {
  const auto make = [workbook](bool wrap) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (wrap) format_set_text_wrap(format);
    return format;
  };
  Formats formats{make(true), make(false), make(true), {}};
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xDDEBF7);
  format_set_bottom(formats.header, LXW_BORDER_THIN);
  constexpr lxw_color_t kColours[4] = {LXW_COLOR_WHITE, 0xF8CBAD, 0xFFE699, 0xDDEBF7};  // by CellClass
  for (int link = 0; link < 2; ++link) {
    for (int c = 0; c < 4; ++c) {
      lxw_format* format = make(true);
      if (c > 0) format_set_bg_color(format, kColours[c]);
      if (link) {
        format_set_font_color(format, LXW_COLOR_BLUE);
        format_set_underline(format, LXW_UNDERLINE_SINGLE);
      }
      formats.classes[link][c] = format;
    }
  }
  // Each format's style number, fixed now and in this order: libxlsxwriter numbers a format the
  // first time a cell uses it, in a table the whole workbook shares, and sheets are written on
  // several threads at once (WorkbookWriter::Write).
  for (lxw_format* format : {formats.header, formats.plain, formats.wrapped}) lxw_format_get_xf_index(format);
  for (auto& by_class : formats.classes) {
    for (lxw_format* format : by_class) lxw_format_get_xf_index(format);
  }
  return formats;
}

lxw_format* FormatOf(const Formats& formats, const Cell& cell, bool wrap) {
  if (cell.link.empty() && cell.cell_class == CellClass::kPlain) return wrap ? formats.wrapped : formats.plain;
  return formats.classes[cell.link.empty() ? 0 : 1][static_cast<int>(cell.cell_class)];
}

// A cell's link as libxlsxwriter takes it: a table link ("#findings:12", TableLink) becomes the
// location of that row in the table's sheet ("internal:'Kết quả kiểm tra'!A14"); a URL stays.
std::string LinkTarget(const std::string& link, const std::vector<TableHeading>& headings, const std::vector<std::string>& sheets) {
  if (!link.starts_with('#')) return link;
  const std::size_t colon = link.rfind(':');
  if (colon == std::string::npos) return {};
  const std::string id = link.substr(1, colon - 1);
  for (std::size_t t = 0; t < headings.size(); ++t) {
    if (headings[t].id != id) continue;
    std::string quoted;
    for (const char c : sheets[t]) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return "internal:'" + quoted + "'!A" + std::to_string(std::stoull(link.substr(colon + 1)) + 2);
  }
  return {};
}

void WriteSheet(lxw_worksheet* sheet, const Formats& formats, const Table& table, const std::vector<TableHeading>& headings,
                const std::vector<std::string>& sheets) {
  const std::size_t columns = table.headers.size();
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t c = 0; c < columns; ++c) widths[c] = DisplayWidth(table.headers[c]);
  for (const std::vector<Cell>& row : table.rows) {
    for (std::size_t c = 0; c < std::min(columns, row.size()); ++c) {
      // A line of a multi-line cell is what needs the room: code points counted line by line.
      std::size_t line = 0, widest = 0;
      for (const char ch : row[c].text) {
        if (ch == '\n') {
          widest = std::max(widest, line);
          line = 0;
        } else {
          line += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
        }
      }
      widths[c] = std::max({widths[c], widest, line});
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const bool wrap = widths[c] > kMaxColumnWidth;
    const double width = static_cast<double>(std::min(widths[c], kMaxColumnWidth) + 2);
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, wrap ? formats.wrapped : formats.plain);
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), CellText(table.headers[c]).c_str(), formats.header);
  }
  std::string scratch;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<Cell>& row = table.rows[r];
    for (std::size_t c = 0; c < std::min(columns, row.size()); ++c) {
      const Cell& cell = row[c];
      if (cell.text.empty() && cell.cell_class == CellClass::kPlain) continue;
      const auto row_index = static_cast<lxw_row_t>(r + 1);
      const auto column = static_cast<lxw_col_t>(c);
      lxw_format* format = FormatOf(formats, cell, widths[c] > kMaxColumnWidth);
      // Always a string, never a formula: text starting with '=' stays text.
      const char* text = CleanText(cell.text, scratch);
      if (!cell.link.empty()) {
        const std::string target = LinkTarget(cell.link, headings, sheets);
        if (!target.empty() && worksheet_write_url_opt(sheet, row_index, column, target.c_str(), format, text, nullptr) == LXW_NO_ERROR) {
          continue;
        }
      }
      worksheet_write_string(sheet, row_index, column, text, format);
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (columns > 0) {
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()), static_cast<lxw_col_t>(columns - 1));
  }
}

}  // namespace

struct WorkbookWriter::State {
  std::vector<TableHeading> headings;
  std::vector<std::string> sheet_names;
  std::vector<lxw_worksheet*> sheets;
  std::vector<char> written;  // not vector<bool>: sheets are written on several threads
  std::string path;  // libxlsxwriter writes to a path: a private temporary file, read back and removed
  lxw_workbook* workbook = nullptr;
  Formats formats{};
  std::mutex mutex;   // guards error and timer while sheets are written at once
  std::string error;  // the first problem; Finish reports it
  model::PhaseTimer timer{"workbook sheets"};
};

WorkbookWriter::WorkbookWriter(std::vector<TableHeading> headings, std::int64_t created) : state_(std::make_unique<State>()) {
  State& state = *state_;
  state.headings = std::move(headings);
  state.written.assign(state.headings.size(), false);
  std::error_code ignored;
  state.path = (std::filesystem::temp_directory_path(ignored) / "eaf-catalog-XXXXXX").string();
  const int descriptor = mkstemp(state.path.data());
  if (descriptor < 0) {
    state.error = state.path;
    state.path.clear();
    return;
  }
  close(descriptor);
  lxw_workbook_options options{};
  // Rows go straight to a temporary file as they are written (they are, in order): a federation of
  // 100 agencies has some 400,000 rows, and strings inline instead of in one shared table.
  options.constant_memory = LXW_TRUE;
  state.workbook = workbook_new_opt(state.path.c_str(), &options);
  if (!state.workbook) {
    state.error = state.path;
    return;
  }
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(created);
  workbook_set_properties(state.workbook, &properties);
  state.formats = MakeFormats(state.workbook);
  // Every sheet, in order, before any is written: a link may point to a later sheet.
  std::vector<std::string> taken;
  for (const TableHeading& heading : state.headings) {
    state.sheet_names.push_back(SheetName(heading.title, taken));
    state.sheets.push_back(workbook_add_worksheet(state.workbook, state.sheet_names.back().c_str()));
    if (!state.sheets.back() && state.error.empty()) state.error = state.path;
  }
}

WorkbookWriter::~WorkbookWriter() {
  if (!state_) return;
  if (state_->workbook) workbook_close(state_->workbook);  // not finished: an error left it behind
  if (!state_->path.empty()) std::remove(state_->path.c_str());
}

void WorkbookWriter::Write(std::size_t position, const Table& table) {
  State& state = *state_;
  {
    const std::lock_guard<std::mutex> lock(state.mutex);
    if (!state.error.empty() || !state.workbook) return;
    if (position >= state.headings.size() || state.written[position] || table.id != state.headings[position].id ||
        table.title != state.headings[position].title) {
      state.error = "table '" + table.id + "' is not the one sheet " + std::to_string(position + 1) + " was named for";
      return;
    }
    state.written[position] = 1;  // claimed: a second call for it is an error, not a second writer
  }
  // Outside the lock: a sheet's cells go to its own temporary file, and the formats' numbers are
  // fixed (MakeFormats), so two sheets are written at once without sharing anything.
  const auto start = std::chrono::steady_clock::now();
  WriteSheet(state.sheets[position], state.formats, table, state.headings, state.sheet_names);
  // The writing alone: between two tables the writer may wait for the next one to be built.
  const std::lock_guard<std::mutex> lock(state.mutex);
  state.timer.Record(table.id + " (" + std::to_string(table.rows.size()) + " rows)",
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

bool WorkbookWriter::Finish(std::string& bytes, std::string& error) {
  State& state = *state_;
  for (std::size_t t = 0; t < state.written.size() && state.error.empty(); ++t) {
    if (!state.written[t]) state.error = "table '" + state.headings[t].id + "' was not written";
  }
  if (!state.workbook) {
    error = state.error;
    return false;
  }
  const auto start = std::chrono::steady_clock::now();
  const lxw_error closed = workbook_close(state.workbook);
  state.workbook = nullptr;
  state.timer.Record("close (zip)", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  if (!state.error.empty() || closed != LXW_NO_ERROR) {
    error = closed != LXW_NO_ERROR ? lxw_strerror(closed) : state.error;
    return false;
  }
  // Read whole, in one call (a character at a time took 0.02 s for a federation's 4.5 MB).
  std::ifstream in(state.path, std::ios::binary | std::ios::ate);
  const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
  if (size < 0) {
    error = state.path;
    return false;
  }
  bytes.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  if (!in.read(bytes.data(), size)) {
    error = state.path;
    return false;
  }
  return true;
}

bool WriteTablesXlsx(const std::vector<Table>& tables, std::int64_t created, std::string& bytes, std::string& error) {
  std::vector<TableHeading> headings;
  for (const Table& table : tables) headings.push_back({table.id, table.title});
  WorkbookWriter writer(std::move(headings), created);
  for (std::size_t t = 0; t < tables.size(); ++t) writer.Write(t, tables[t]);
  return writer.Finish(bytes, error);
}

}  // namespace eaf::review
