#include "render/highlight.h"

#include <cstdio>

namespace eaf::render {

// At most `limit` code points, with an ellipsis: a diagram label is no place for a 1 MB name, and
// Graphviz refuses quoted strings over 16 KB.
std::string Shorten(const std::string& text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++points > limit) return text.substr(0, i) + "…";
  }
  return text;
}

// Wraps a label at about `width` code points on spaces, with Graphviz's "\n" line breaks.
std::string Wrap(const std::string& raw, std::size_t width) {
  const std::string text = Shorten(raw);
  std::string out;
  std::size_t line = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = text.find(' ', start);
    if (space == std::string::npos) space = text.size();
    const std::string word = text.substr(start, space - start);
    std::size_t points = 0;
    for (unsigned char c : word) points += (c & 0xC0) != 0x80;
    if (line > 0 && line + 1 + points > width) {
      out += "\n";
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += points;
    start = space + 1;
  }
  return out;
}

std::string PointNumber(double value, int digits) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  std::string out = text;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  if (out == "-0") out = "0";
  return out;
}

FindingMarks::FindingMarks(const checker::CheckReport& report) {
  for (const checker::CheckedFinding& finding : report.findings) {
    if (finding.waived || finding.diagnostic.severity == model::Severity::kInfo) continue;
    for (const std::string& id : finding.diagnostic.element_ids) {
      flagged_[{finding.diagnostic.location.file, id}].insert(finding.diagnostic.rule_id);
    }
  }
}

bool FindingMarks::Highlight(std::uint32_t file, const std::string& id, const model::MessageCatalog& text,
                             std::string& tooltip, Attributes& attributes) const {
  auto it = flagged_.find({file, id});
  if (it == flagged_.end() || it->second.empty()) return false;
  std::string list;
  for (const std::string& rule : it->second) list += (list.empty() ? "" : ", ") + rule;
  tooltip += "\n" + text.Format("view.tooltip.findings", {{"rules", list}});
  attributes.push_back({"color", "#d00000"});
  attributes.push_back({"penwidth", "2.5"});
  return true;
}

}  // namespace eaf::render
