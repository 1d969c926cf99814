#pragma once
/// The views saved in the model (Archi's diagrams, the exchange format's <view>s): listing them,
/// finding the one the user names, and drawing it with its own geometry.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/engine.h"
#include "model/model.h"
#include "render/views.h"

namespace eaf::render {

/// One line of `eaf views`.
struct SavedViewEntry {
  std::int32_t index = 0;  ///< into Workspace::views
  std::string file;        ///< the file's path as given
  std::string id;
  std::string name;
  std::string viewpoint;
  std::size_t elements = 0;  ///< nodes that show an element
};

/// The saved views, sorted by file, name, then id.
std::vector<SavedViewEntry> ListSavedViews(const model::Workspace& workspace, std::string_view lang);

/// The saved view `text` names: "saved:X" or X, X an id or a name (case-insensitive when no exact
/// match). index -1 when none or several match; then `candidates` lists the ids of the several,
/// or the closest names.
struct SavedViewMatch {
  std::int32_t index = -1;
  bool ambiguous = false;
  std::vector<std::string> candidates;
};
SavedViewMatch FindSavedView(const model::Workspace& workspace, std::string_view text, std::string_view lang);

/// Draws saved view `options.saved`: every node at its bounds (Graphviz's nop2 layout keeps them),
/// parents under their children, connections along their bendpoints, the file's colours or the
/// layer's, findings highlighted. Connections that cannot be drawn are counted in a note.
ViewResult BuildSavedView(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options);

}  // namespace eaf::render
