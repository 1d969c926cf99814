#pragma once
/// The diagrams eaf draws: overview, integration, federation, neighborhood, layer.

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/engine.h"
#include "model/model.h"
#include "model/profile.h"
#include "render/diagram.h"

namespace eaf::render {

/// The generated views, and kSaved: a view saved in the model, drawn with its own geometry.
enum class ViewKind { kOverview, kIntegration, kFederation, kNeighborhood, kLayer, kSaved };
/// The built-in view names; "saved" and saved views' names are not among them.
bool ParseViewKind(std::string_view name, ViewKind& view);

/// What to draw.
struct ViewOptions {
  ViewKind view = ViewKind::kOverview;
  std::string focus;  ///< neighborhood: the element id
  int depth = 1;      ///< neighborhood: exchanges away from the focus
  model::Architecture layer = model::Architecture::kApplication;  ///< layer view
  std::int32_t saved = -1;  ///< kSaved: index into Workspace::views
  bool highlight = true;  ///< elements and relationships named by findings outlined in red
  bool legend = false;
  std::size_t max_nodes = 400;  ///< above this the view collapses to one node per group and kind
  /// A view too large for one PNG is split into pages with an index (render/split.h); false refuses it.
  bool split = true;
  std::size_t page_nodes = 0;  ///< not 0: split into pages of at most this many nodes, in any format
  std::string output;  ///< where the view is written: the pages' file names derive from it
  std::string lang = "vi";
  std::string state = "target";  ///< federation: the state drawn (target or baseline)
  /// federation: the obligation rules whose findings are missing links (checker::ObligationsOf)
  std::map<std::string, std::vector<std::string>> obligations;
  /// federation: the rules whose findings make an exchange a breach (checker::BreachRulesOf)
  std::set<std::string> breach_rules;
};

/// A built view, with what the user should be told on stderr (a collapse, an unknown focus).
struct ViewResult {
  Diagram diagram;
  std::vector<std::string> notes;
  bool ok = true;
  std::string error;
};

/// Builds the view; `report` (may be null) supplies findings for highlighting and, in the
/// federation view, each agency's counts.
ViewResult BuildView(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options);

}  // namespace eaf::render
