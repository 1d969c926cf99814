#pragma once
/// What the generated views and the saved views share: label text fitted to a box, and the
/// highlighting of the elements and relationships that findings name.

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "checker/engine.h"
#include "model/messages.h"
#include "render/diagram.h"

namespace eaf::render {

/// At most `limit` code points, with an ellipsis: a diagram label is no place for a 1 MB name, and
/// Graphviz refuses quoted strings over 16 KB.
std::string Shorten(const std::string& text, std::size_t limit = 160);

/// Wraps a label at about `width` code points on spaces, with Graphviz's "\n" line breaks.
std::string Wrap(const std::string& raw, std::size_t width = 22);

/// A coordinate or size for a Graphviz attribute: at most `digits` decimals, no trailing zeros.
std::string PointNumber(double value, int digits = 2);

/// The rule ids of the findings that name each (file, model id): unwaived, above info.
class FindingMarks {
 public:
  FindingMarks() = default;
  explicit FindingMarks(const checker::CheckReport& report);

  /// Outlines the object in red (its label keeps its colour: red text on a dark model fill cannot
  /// be read) and lists the rule ids in its tooltip; returns whether it did.
  bool Highlight(std::uint32_t file, const std::string& id, const model::MessageCatalog& text, std::string& tooltip,
                 Attributes& attributes) const;

 private:
  std::map<std::pair<std::uint32_t, std::string>, std::set<std::string>> flagged_;
};

}  // namespace eaf::render
