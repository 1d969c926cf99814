#pragma once
/// The gap analysis as HTML: a <section> for the review report and a page of its own
/// (`eaf gap --format html`), with everything the Markdown has: warnings first, element and
/// relationship changes, findings per rule, the to-do list, coverage and the roadmap.

#include <string>

#include "review/export/gap_report.h"

namespace eaf::review {

/// The gap <section>; every model string escaped. With `link_elements`, each target element
/// links to its entry in the report's element browser (review/export/html_browser.h).
std::string WriteGapHtml(const GapInput& input, bool link_elements = false);

/// The gap's warnings (agencies that differ, eaf:state missing, swapped or wrong) as alert boxes,
/// for the top of a page; the gap section repeats them at its own top. Empty when there are none.
std::string WriteGapWarningsHtml(const GapInput& input);

/// A whole page holding the gap section, under the report's policy: nothing is ever fetched.
std::string WriteGapHtmlPage(const GapInput& input);

}  // namespace eaf::review
