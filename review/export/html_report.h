#pragma once
/// The review report: one self-contained HTML page (no external resource) with the verdict,
/// the findings (filterable, sortable, grouped), the diagrams with findings highlighted and
/// clickable, waivers, and the gap section when a baseline is given.

#include <string>

#include "checker/engine.h"
#include "checker/gap.h"
#include "model/model.h"
#include "review/export/html_dossier.h"

namespace eaf::review {

struct HtmlReportInput {
  const model::Workspace& workspace;
  const checker::CheckReport& report;
  const checker::RulePack& pack;
  std::string lang = "vi";
  std::string tool_version;
  std::string overview_svg;     ///< may be empty
  std::string integration_svg;  ///< may be empty
  std::string gap_html;         ///< may be empty
  std::string gap_warnings_html;  ///< shown first in the page's body, before the findings; may be empty
  Provenance provenance;        ///< the dossier's generation time and digests
  /// Per file: the pack it was checked with (ReportInput::file_packs); empty: `pack` for all.
  std::vector<const checker::RulePack*> file_packs = {};
};

std::string WriteHtmlReport(const HtmlReportInput& input);

}  // namespace eaf::review
