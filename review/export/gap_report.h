#pragma once
/// Writing a gap analysis as Markdown, JSON or an HTML fragment.

#include <string>

#include "checker/gap.h"

namespace eaf::review {

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

/// The catalogue's text `id` in `lang` as HTML: the text escaped, then its placeholders filled with
/// `html` values as given (the caller escapes model text or builds markup), so word order stays the catalogue's.
std::string HtmlText(std::string_view lang, std::string_view id, const model::MessageArgs& html = {});

}  // namespace eaf::review
