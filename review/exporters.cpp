#include "review/exporters.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "model/messages.h"
#include "model/parallel.h"
#include "model/phase_timer.h"
#include "render/diagram.h"
#include "render/graphviz_renderer.h"
#include "checker/connections.h"
#include "render/saved_views.h"
#include "render/split.h"
#include "review/export/catalog.h"
#include "review/export/check_report.h"
#include "review/export/connection_map.h"
#include "review/export/gap_report.h"
#include "review/export/html_browser.h"
#include "review/export/html_gap.h"
#include "review/export/html_report.h"
#include "review/export/writers.h"

namespace eaf::review {
namespace {

review::ReportInput CheckInput(const Result& result, const ExportOptions& options) {
  return {result.workspace, result.report, result.pack->pack, options.lang, options.fail_on, options.tool_version, result.file_packs};
}

review::GapInput GapInputOf(const Result& result, const ExportOptions& options) {
  return {*result.gap, result.has_baseline ? &result.baseline : nullptr, result.workspace, result.pack->pack, options.lang};
}

Exported CheckText(const Result& result, const ExportOptions& options) { return {review::WriteText(CheckInput(result, options)), {}, {}}; }
Exported CheckJson(const Result& result, const ExportOptions& options) { return {review::WriteJson(CheckInput(result, options)), {}, {}}; }
Exported CheckSarif(const Result& result, const ExportOptions& options) { return {review::WriteSarif(CheckInput(result, options)), {}, {}}; }
Exported CheckJunit(const Result& result, const ExportOptions& options) { return {review::WriteJunit(CheckInput(result, options)), {}, {}}; }

Exported GapMarkdown(const Result& result, const ExportOptions& options) { return {review::WriteGapMarkdown(GapInputOf(result, options)), {}, {}}; }
Exported GapJson(const Result& result, const ExportOptions& options) { return {review::WriteGapJson(GapInputOf(result, options)), {}, {}}; }

Exported GapHtml(const Result& result, const ExportOptions& options) { return {review::WriteGapHtmlPage(GapInputOf(result, options)), {}, {}}; }

// The model's own views for the report's gallery, in `eaf views` order, within the report's bounds.
void AddSavedViews(const Result& result, const ExportOptions& options, review::HtmlReportInput& input, Exported& exported) {
  const std::vector<render::SavedViewEntry> entries = render::ListSavedViews(result.workspace, options.lang);
  input.saved_views_total = entries.size();
  std::size_t bytes = 0;
  for (const render::SavedViewEntry& entry : entries) {
    if (input.saved_views.size() >= review::kReportMaxSavedViews || bytes >= review::kReportSavedViewBytes) break;
    render::ViewOptions view;
    view.view = render::ViewKind::kSaved;
    view.saved = entry.index;
    view.lang = options.lang;
    const render::ViewResult built = render::BuildView(result.workspace, &result.report, view);
    std::string svg, error;
    if (!built.ok || !render::RenderDiagram(built.diagram, "svg", svg, error)) continue;
    bytes += svg.size();
    input.saved_views.push_back({entry.name, entry.viewpoint, std::move(svg)});
  }
  if (input.saved_views.size() < entries.size()) {
    exported.notes.push_back(model::Text(options.lang, "review.report.saved-views-capped",
                                         {{"shown", std::to_string(input.saved_views.size())}, {"total", std::to_string(entries.size())}}));
  }
}

Exported ReportHtml(const Result& result, const ExportOptions& options) {
  Exported exported;
  review::HtmlReportInput input{result.workspace, result.report, result.pack->pack, options.lang, options.tool_version, "", "", ""};
  input.file_packs = result.file_packs;
  input.provenance = MakeProvenance(result.workspace, result.has_baseline ? &result.baseline : nullptr, result.pack->pack.path,
                                    result.reference_time);
  if (options.diagrams) {
    for (const render::ViewKind kind : {render::ViewKind::kOverview, render::ViewKind::kIntegration}) {
      render::ViewOptions view;
      view.view = kind;
      view.lang = options.lang;
      const render::ViewResult built = render::BuildView(result.workspace, &result.report, view);
      exported.notes.insert(exported.notes.end(), built.notes.begin(), built.notes.end());
      std::string svg, error;
      if (!render::RenderDiagram(built.diagram, "svg", svg, error, &exported.notes)) {
        exported.notes.push_back(model::Text(options.lang, "review.report.no-diagram", {{"error", error}}));
        continue;
      }
      (kind == render::ViewKind::kOverview ? input.overview_svg : input.integration_svg) = std::move(svg);
    }
    AddSavedViews(result, options, input, exported);
  }
  if (result.gap && result.has_baseline) {
    input.gap_html = review::WriteGapHtml(GapInputOf(result, options), true);
    input.gap_warnings_html = review::WriteGapWarningsHtml(GapInputOf(result, options));
  }
  if (result.workspace.elements.size() > review::kBrowserMaxElements) {
    exported.notes.push_back(model::Text(options.lang, "review.report.no-browser",
                                         {{"count", std::to_string(result.workspace.elements.size())},
                                          {"limit", std::to_string(review::kBrowserMaxElements)}}));
  }
  exported.bytes = review::WriteHtmlReport(input);
  return exported;
}


// The check's context when it is of these files and in this language, else one built in `built`.
const checker::CheckContext& ContextFor(const Result& result, const ExportOptions& options, std::optional<checker::CheckContext>& built) {
  if (result.context && result.context->Describes(result.workspace, options.lang)) return *result.context;
  return built.emplace(result.workspace, options.lang);
}

checker::ConnectionMap ConnectionMapOf(const checker::CheckContext& context, const Result& result, const ExportOptions& options) {
  checker::ConnectionOptions map_options;
  map_options.state = options.state;
  if (result.pack) {
    map_options.obligations = checker::ObligationsOf(result.pack->pack);
    map_options.breach_rules = checker::BreachRulesOf(result.pack->pack);
  }
  return checker::BuildConnectionMap(context, result.report, map_options);
}

// The title of every rule id the findings name: the pack's rule (of whichever pack checked the
// file), else eaf's own diagnostic.
std::map<std::string, std::string> RuleTitles(const Result& result, const std::string& lang) {
  std::map<std::string, std::string> titles;
  std::unordered_set<std::string_view> seen;  // one hash per finding rather than a walk of the map
  const auto add = [&](const std::string& id) {
    if (!seen.insert(id).second) return;
    std::vector<const LoadedPack*> packs{result.pack.get()};
    for (const auto& other : result.other_packs) packs.push_back(other.get());
    for (const LoadedPack* pack : packs) {
      const checker::DiagnosticInfo* info = pack ? pack->registry.Find(id) : nullptr;
      if (info) {
        titles[id] = DiagnosticTitle(*info, lang);
        return;
      }
    }
    titles[id] = "";
  };
  for (const checker::CheckedFinding& finding : result.report.findings) add(finding.diagnostic.rule_id);
  for (const model::Diagnostic& diagnostic : result.report.load_diagnostics) add(diagnostic.rule_id);
  return titles;
}

// The catalogues and, as their last sheet, the connection matrix of the same files: one check context
// (graphs, exchanges, federation) for the map and the catalogue. With `workbook`, the workbook is
// made there and each table written to it as soon as it is built, while the others are.
std::vector<Table> CatalogTables(const Result& result, const ExportOptions& options, std::size_t max_findings,
                                 std::optional<WorkbookWriter>* workbook = nullptr) {
  model::PhaseTimer timer("catalog tables");
  std::optional<checker::CheckContext> built;
  const checker::CheckContext& context = ContextFor(result, options, built);
  timer.Mark("context");
  const checker::ConnectionMap map = ConnectionMapOf(context, result, options);
  timer.Mark("connection map");
  const checker::MatrixTable matrix = checker::BuildMatrixTable(map, result.workspace, options.lang);
  timer.Mark("matrix");
  CatalogInput input{result.workspace, result.report, options.state, options.lang, &matrix, &context, &map, max_findings, RuleTitles(result, options.lang)};
  timer.Mark("rule titles");
  if (!workbook) {
    std::vector<Table> tables = BuildCatalog(input);
    timer.Mark("tables");
    return tables;
  }
  // The tables come from two threads; two more write each to the workbook as it comes, so that
  // building never waits for writing, and the largest sheet (the systems) is not written before
  // the others begin. A table stays where BuildCatalog made it (its vector is moved, not its
  // elements) until the writers are done.
  workbook->emplace(CatalogHeadings(input), result.reference_time);
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<std::pair<std::size_t, const Table*>> queue;
  bool all_built = false;
  input.on_table = [&](std::size_t position, const Table& table) {
    {
      const std::lock_guard<std::mutex> lock(mutex);
      queue.emplace_back(position, &table);
    }
    ready.notify_one();
  };
  std::vector<Table> tables;
  model::RunBoth(
      [&] {
        tables = BuildCatalog(input);
        {
          const std::lock_guard<std::mutex> lock(mutex);
          all_built = true;
        }
        ready.notify_all();
      },
      [&] {
        constexpr std::size_t kWriters = 2;
        model::ForEachIndex(kWriters, kWriters, [&](std::size_t) {
          while (true) {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] { return all_built || !queue.empty(); });
            if (queue.empty()) return;
            const auto [position, table] = queue.front();
            queue.pop_front();
            lock.unlock();
            (*workbook)->Write(position, *table);
          }
        });
      });
  timer.Mark("tables");
  return tables;
}

Exported CatalogMarkdown(const Result& result, const ExportOptions& options) {
  return {WriteTablesMarkdown(CatalogTitle({result.workspace, result.report, options.state, options.lang}), CatalogTables(result, options, 0)),
          {}, {}, {}};
}
Exported CatalogJson(const Result& result, const ExportOptions& options) {
  return {WriteTablesJson(CatalogTables(result, options, 0)), {}, {}, {}};
}
Exported CatalogCsv(const Result& result, const ExportOptions& options) {
  Exported exported;
  for (const Table& table : CatalogTables(result, options, 0)) exported.parts.emplace_back(table.id, WriteTableCsv(table));
  return exported;
}
Exported CatalogXlsx(const Result& result, const ExportOptions& options) {
  Exported exported;
  std::string problem;
  // The findings table only is cut, and only in the workbook: CSV, Markdown and JSON list every finding.
  std::optional<WorkbookWriter> workbook;
  CatalogTables(result, options, options.max_findings, &workbook);
  model::PhaseTimer timer("workbook");
  const bool written = workbook->Finish(exported.bytes, problem);
  timer.Mark("finish");
  if (!written) {
    exported.bytes.clear();
    exported.error = model::Text(options.lang, "review.catalog.no-workbook", {{"detail", problem}});
  }
  return exported;
}

Exported Diagram(const Result& result, const ExportOptions& options, std::string_view format) {
  Exported exported;
  render::ViewOptions view = options.view;
  if (result.pack && view.view == render::ViewKind::kFederation) {
    view.obligations = checker::ObligationsOf(result.pack->pack);
    view.breach_rules = checker::BreachRulesOf(result.pack->pack);
  }
  const render::ViewResult built = render::BuildView(result.workspace, result.pack ? &result.report : nullptr, view);
  exported.notes = built.notes;
  if (!built.ok) {
    exported.error = built.error;
    return exported;
  }
  render::DrawnView drawn = render::DrawView(built.diagram, std::string(format), view.split, view.page_nodes, view.output);
  for (std::string& note : drawn.notes) exported.notes.push_back(std::move(note));
  exported.error = std::move(drawn.error);
  exported.bytes = std::move(drawn.bytes);
  // A split view: the index in `bytes`, the pages as parts named by their numbers.
  for (std::size_t p = 0; p < drawn.pages.size(); ++p) exported.parts.emplace_back(std::to_string(p + 1), std::move(drawn.pages[p]));
  return exported;
}
Exported DiagramDot(const Result& result, const ExportOptions& options) { return Diagram(result, options, "dot"); }
Exported DiagramSvg(const Result& result, const ExportOptions& options) { return Diagram(result, options, "svg"); }
Exported DiagramPng(const Result& result, const ExportOptions& options) { return Diagram(result, options, "png"); }
Exported DiagramPdf(const Result& result, const ExportOptions& options) { return Diagram(result, options, "pdf"); }

Exported StatsText(const Result& result, const ExportOptions& options) { return {WriteStatsText(result.workspace, options.lang), {}, {}}; }
Exported StatsJson(const Result& result, const ExportOptions&) { return {WriteStatsJson(result.workspace), {}, {}}; }

Exported ViewsText(const Result& result, const ExportOptions& options) { return {WriteViewsText(result.workspace, options.lang), {}, {}}; }
Exported ViewsJson(const Result& result, const ExportOptions& options) { return {WriteViewsJson(result.workspace, options.lang), {}, {}}; }

Exported RulesText(const Result& result, const ExportOptions& options) { return {WriteRulesText(*result.pack, options.lang, options.all_ids), {}, {}}; }
Exported RulesMarkdown(const Result& result, const ExportOptions& options) { return {WriteRulesMarkdown(*result.pack, options.lang, options.all_ids), {}, {}}; }
Exported RulesJson(const Result& result, const ExportOptions& options) { return {WriteRulesJson(*result.pack, options.lang, options.all_ids), {}, {}}; }

Exported Map(const Result& result, const ExportOptions& options, std::string_view format) {
  model::PhaseTimer timer("map");
  std::optional<checker::CheckContext> built;
  const checker::CheckContext& context = ContextFor(result, options, built);
  timer.Mark("context");
  const checker::ConnectionMap map = ConnectionMapOf(context, result, options);
  timer.Mark("connection map");
  MapInput input{result.workspace, result.report, map, options.lang};
  if (result.pack) input.packs.push_back(&result.pack->pack);
  for (const auto& other : result.other_packs) input.packs.push_back(&other->pack);
  if (format == "html") return {WriteMapHtml(input), {}, {}};
  if (format == "md") return {WriteMapMarkdown(input), {}, {}};
  return {WriteMapJson(input), {}, {}};
}
Exported MapHtml(const Result& result, const ExportOptions& options) { return Map(result, options, "html"); }
Exported MapMarkdown(const Result& result, const ExportOptions& options) { return Map(result, options, "md"); }
Exported MapJson(const Result& result, const ExportOptions& options) { return Map(result, options, "json"); }

// Kept sorted by document, then format: FormatList shows them in this order.
constexpr Exporter kExporters[] = {
    {Document::kCheck, "text", &CheckText},       {Document::kCheck, "json", &CheckJson},
    {Document::kCheck, "sarif", &CheckSarif},     {Document::kCheck, "junit", &CheckJunit},
    {Document::kGap, "markdown", &GapMarkdown},   {Document::kGap, "json", &GapJson},
    {Document::kGap, "html", &GapHtml},           {Document::kReport, "html", &ReportHtml},
    {Document::kStats, "text", &StatsText},       {Document::kStats, "json", &StatsJson},
    {Document::kViews, "text", &ViewsText},       {Document::kViews, "json", &ViewsJson},
    {Document::kRules, "text", &RulesText},       {Document::kRules, "markdown", &RulesMarkdown},
    {Document::kRules, "json", &RulesJson},       {Document::kDiagram, "svg", &DiagramSvg},
    {Document::kDiagram, "png", &DiagramPng, true}, {Document::kDiagram, "pdf", &DiagramPdf, true},
    {Document::kDiagram, "dot", &DiagramDot},
    {Document::kCatalog, "xlsx", &CatalogXlsx, true}, {Document::kCatalog, "csv", &CatalogCsv},
    {Document::kCatalog, "markdown", &CatalogMarkdown}, {Document::kCatalog, "json", &CatalogJson},
    {Document::kMap, "html", &MapHtml},           {Document::kMap, "md", &MapMarkdown},
    {Document::kMap, "json", &MapJson},
};

}  // namespace

std::span<const Exporter> Exporters() { return kExporters; }

const Exporter* FindExporter(Document document, std::string_view format) {
  for (const Exporter& exporter : kExporters) {
    if (exporter.document == document && exporter.format == format) return &exporter;
  }
  return nullptr;
}

std::string FormatList(Document document, std::string_view lang) {
  std::vector<std::string_view> formats;
  for (const Exporter& exporter : kExporters) {
    if (exporter.document == document) formats.push_back(exporter.format);
  }
  std::string list;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) list += i + 1 == formats.size() ? " " + model::Text(lang, "word.or") + " " : ", ";
    list += formats[i];
  }
  return list;
}

}  // namespace eaf::review
