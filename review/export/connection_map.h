#pragma once
/// `eaf map`: the connection map of a federation as one self-contained offline page (agencies
/// around, national platforms and databases in the middle, lines by class, pan, zoom, search, a side
/// panel per agency, the connection matrix), and the matrix as Markdown and JSON. Deterministic:
/// everything sorted, nothing timed.

#include <string>
#include <vector>

#include "checker/connections.h"
#include "checker/engine.h"
#include "model/model.h"

namespace eaf::review {

/// What the writers read.
struct MapInput {
  const model::Workspace& workspace;
  const checker::CheckReport& report;
  const checker::ConnectionMap& map;
  std::string lang;
  /// The packs the files were checked with: the titles of the rules counted in the side panels.
  std::vector<const checker::RulePack*> packs = {};
};

std::string WriteMapHtml(const MapInput& input);
std::string WriteMapMarkdown(const MapInput& input);
std::string WriteMapJson(const MapInput& input);

}  // namespace eaf::review
