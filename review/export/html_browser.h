#pragma once
/// The element browser of the review report, like Archi's HTML report but inside the one
/// self-contained page: every element with its type, kind, properties, relationships in both
/// directions (links to the other end), the saved views it appears in and its findings, and a
/// search box over names and ids. Without script the list and the links still work (CSS
/// :target); the script adds the search and marks the current element.

#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/engine.h"
#include "model/model.h"

namespace eaf::review {

/// The fragment id of an element's entry: "el-" and its index in the workspace, so no model
/// text ever reaches a URL.
std::string ElementAnchor(std::int32_t index);

/// The most elements the browser holds: about 1.6 KB of HTML each, so 10,000 make a page of some
/// 16 MB; a larger model gets a short section saying the browser is left out.
inline constexpr std::size_t kBrowserMaxElements = 10'000;

/// The browser <section>; every model string escaped.
std::string WriteElementBrowser(const model::Workspace& workspace, const checker::CheckReport& report, const std::string& lang,
                                std::size_t max_elements = kBrowserMaxElements);

/// The browser's script, to run in the page's one <script>: search, `#q=text` to search from a
/// link, and the current element marked.
const char* ElementBrowserScript();

}  // namespace eaf::review
