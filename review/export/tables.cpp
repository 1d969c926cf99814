#include "review/export/tables.h"

#include "model/escaping.h"
#include "model/json_writer.h"

namespace eaf::review {

std::string TableLink(std::string_view table_id, std::size_t row) { return "#" + std::string(table_id) + ":" + std::to_string(row); }

std::string WriteTablesMarkdown(const std::string& title, const std::vector<Table>& tables) {
  std::string out = "# " + model::EscapeMarkdownCell(title) + "\n";
  for (const Table& table : tables) {
    out += "\n## " + model::EscapeMarkdownCell(table.title) + "\n\n|";
    for (const std::string& header : table.headers) out += " " + model::EscapeMarkdownCell(header) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < table.headers.size(); ++i) out += "---|";
    out += "\n";
    for (const std::vector<Cell>& row : table.rows) {
      out += "|";
      for (const Cell& cell : row) out += " " + model::EscapeMarkdownCell(cell.text) + " |";
      out += "\n";
    }
  }
  return out;
}

std::string WriteTablesJson(const std::vector<Table>& tables) {
  std::string out;
  model::JsonWriter json(out);
  json.BeginObject().Key("tables").BeginArray();
  for (const Table& table : tables) {
    json.BeginObject().Field("id", table.id).Field("title", table.title).Key("headers").BeginArray();
    for (const std::string& header : table.headers) json.String(header);
    json.EndArray().Key("rows").BeginArray();
    for (const std::vector<Cell>& row : table.rows) {
      json.BeginArray();
      for (const Cell& cell : row) json.String(cell.text);
      json.EndArray();
    }
    json.EndArray().EndObject();
  }
  json.EndArray().EndObject();
  out += "\n";
  return out;
}

std::string WriteTableCsv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  const auto line = [&out](const auto& cells, const auto& text_of) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + model::EscapeCsvField(text_of(cells[i]));
    out += "\r\n";
  };
  line(table.headers, [](const std::string& header) -> const std::string& { return header; });
  for (const std::vector<Cell>& row : table.rows) line(row, [](const Cell& cell) -> const std::string& { return cell.text; });
  return out;
}

std::size_t DisplayWidth(const std::string& text) {
  std::size_t width = 0;
  for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

}  // namespace eaf::review
