#pragma once
/// Writing a gap analysis as Markdown, JSON or an HTML fragment.

#include <string>

#include "checker/gap.h"

namespace eaf::render {

struct GapInput {
  const checker::GapAnalysis& gap;
  const model::Workspace* baseline;  ///< may be null
  const model::Workspace& target;
  const checker::RulePack& pack;
  std::string lang = "vi";
};

std::string WriteGapMarkdown(const GapInput& input);
std::string WriteGapJson(const GapInput& input);
/// A <section> for the HTML report; every model string escaped.
std::string WriteGapHtml(const GapInput& input);

/// Escapes text for HTML content and attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace eaf::render
