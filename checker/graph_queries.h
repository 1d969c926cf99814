#pragma once
/// Graph queries the templates share, on Boost.Graph: breadth-first reachability over the
/// exchange graph, touching only what is reached (cost linear in the visited part).

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "checker/check_context.h"

namespace eaf::checker {

/// Result of a breadth-first search: hop distance and the tree edge that reached each vertex.
struct Reach {
  std::unordered_map<std::size_t, int> distance;          ///< vertex -> hops from the nearest source
  std::unordered_map<std::size_t, std::size_t> parent;    ///< vertex -> previous vertex on a shortest path
  std::unordered_map<std::size_t, std::int32_t> via_edge;  ///< vertex -> relationship it was reached by

  bool Reached(std::size_t v) const { return distance.count(v) > 0; }
  /// Vertices from a source to `v`, both included.
  std::vector<std::size_t> PathTo(std::size_t v) const;
};

/// Breadth-first search over the exchange graph from `sources`, entering only vertices for which
/// `enter` holds (sources are always entered).
Reach ReachFrom(const CheckContext& context, const std::vector<std::size_t>& sources,
                const std::function<bool(std::size_t)>& enter);

}  // namespace eaf::checker
