#pragma once
/// Every output eaf writes, behind one table of {document, format, writer}: the check report
/// (text, JSON, SARIF, JUnit), the gap report (Markdown, JSON, HTML), the review report (HTML),
/// the catalogues (Markdown, JSON, CSV, Excel), model statistics (text, JSON), the rule list (text, Markdown, JSON),
/// diagrams (DOT, SVG, PNG, PDF) and the connection map (HTML, Markdown, JSON). Commands pick an exporter by name;
/// an unknown format gets the table's list.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "render/views.h"
#include "review/review.h"

namespace eaf::review {

/// The kinds of document.
enum class Document : std::uint8_t { kCheck, kGap, kReport, kStats, kViews, kRules, kDiagram, kCatalog, kMap };

/// What a writer needs besides the pipeline's result.
struct ExportOptions {
  std::string lang = "en";
  model::Severity fail_on = model::Severity::kError;
  std::string tool_version;
  bool diagrams = true;       ///< the review report's diagrams
  bool all_ids = false;       ///< the rule list: every id eaf can print, not only the pack's rules
  render::ViewOptions view;   ///< a diagram's view
  std::string state = "target";  ///< the catalogues' and the connection map's federation state (target or baseline)
  std::size_t max_findings = 0;  ///< the workbook's findings sheet: rows at most (0: all); other formats list all
};

/// A writer's product: the bytes, what the user should be told (a collapsed view), or why it failed.
struct Exported {
  std::string bytes;
  std::vector<std::string> notes;
  std::string error;  ///< not empty: nothing to write
  /// A document of several files (the catalogues as CSV, one per table): {name, bytes}, the name
  /// joined to the output's (catalog.csv -> catalog-systems.csv); `bytes` is then empty, except for
  /// a view split into pages (render/split.h): `bytes` is its index, the parts its pages "1", "2"...
  std::vector<std::pair<std::string, std::string>> parts;
};

using Writer = Exported (*)(const Result& result, const ExportOptions& options);

/// One row of the table.
struct Exporter {
  Document document;
  std::string_view format;
  Writer write;
  bool binary = false;  ///< PNG, PDF: never to a terminal
};

/// The whole table, by document then format.
std::span<const Exporter> Exporters();
/// The exporter of `document` in `format`, or nullptr.
const Exporter* FindExporter(Document document, std::string_view format);
/// "text, json, sarif or junit": the formats of a document, for messages.
std::string FormatList(Document document, std::string_view lang);

}  // namespace eaf::review
