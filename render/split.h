#pragma once
/// Splitting a view too large for one picture into pages, with an index diagram: one box a page.
/// The pages are cut along the view's own groups (the overview's bands, an agency's cluster, the
/// federation's agencies), in the diagram's order, so the same view always gives the same pages.

#include <cstddef>
#include <string>
#include <vector>

#include "render/diagram.h"

namespace eaf::render {

/// A view cut into pages.
struct SplitView {
  Diagram index;               ///< one box a page (naming its file), the hub, and the lines between pages with counts
  std::vector<Diagram> pages;  ///< in order; page i is written to `files[i]`
};

/// Cuts `diagram` into pages of at most `page_nodes` of its own nodes each (a group larger than that
/// is cut into chunks). Diagram::split_hub's cluster is never cut: each page draws the hub's nodes
/// its nodes connect to. A page keeps the edges between its nodes; the index counts the others.
/// `files` names each page's file in the index (one a page: the caller picks them once it knows
/// the count, so it is called with the names PageCount gives).
SplitView SplitDiagram(const Diagram& diagram, std::size_t page_nodes, const std::vector<std::string>& files);

/// The file name of page `page` (from 1) of a view written to `output`: its stem, the page's
/// number and the format's extension ("maps/out.png", 2, "png" -> "out-2.png"); no directory.
std::string PageFileName(const std::string& output, std::size_t page, const std::string& format);

/// How many pages SplitDiagram makes with `page_nodes`.
std::size_t PageCount(const Diagram& diagram, std::size_t page_nodes);

/// The nodes a split can spread over pages (neither the hub's nor the legend's).
std::size_t SplittableNodes(const Diagram& diagram);

/// A view drawn: whole (`pages` empty), or as an index (`bytes`) and its pages.
struct DrawnView {
  std::string bytes;
  std::vector<std::string> pages;  ///< page i's bytes, for the file PageFileName(output, i + 1, format)
  std::vector<std::string> notes;
  std::string error;  ///< not empty: nothing to write
};

/// Draws `diagram` in `format` ("dot" writes DOT text): in pages of at most `page_nodes` nodes when
/// that is not 0; whole otherwise, unless a PNG would be too large for FitsBitmap and `split` is
/// true, when it is drawn in as few pages as fit (each page smaller until all do). A view with its
/// own geometry (a saved view, layout "nop2") is never split; a page still too large is refused
/// with FitsBitmap's message.
DrawnView DrawView(const Diagram& diagram, const std::string& format, bool split, std::size_t page_nodes, const std::string& output);

}  // namespace eaf::render
