#pragma once
/// Bounds Graphviz's work on a dense diagram: dot's crossing minimisation runs over one virtual node
/// per rank an edge spans, so a few hundred edges between a hundred nodes can keep it busy for
/// minutes. A diagram whose estimated work is small is left exactly as built.

#include <cstddef>
#include <string>
#include <vector>

#include "render/diagram.h"

namespace eaf::render {

struct LayoutBounds {
  std::size_t max_work = 3000;   ///< nodes + edges + ranks spanned, estimated; above it the diagram is dense
  std::size_t max_edges = 2000;  ///< a dense diagram draws at most this many (merged) edges
};

/// dot's work on the diagram, estimated: nodes, edges and the ranks the edges span under a
/// longest-path ranking (by the edges that constrain ranks) after reversing the edges that close cycles.
std::size_t EstimateLayoutWork(const Diagram& diagram);

/// Leaves a diagram under `bounds.max_work` alone. Otherwise merges parallel edges into one edge
/// labelled with their count, keeps the first `bounds.max_edges` of them, and ranks the nodes by a
/// breadth-first spanning forest (its edges, oriented from parent to child, are the only ones that
/// constrain ranks), so that every other edge spans at most one rank; edges are drawn straight.
/// Returns the notes for the user, in the diagram's language.
std::vector<std::string> BoundLayout(Diagram& diagram, const LayoutBounds& bounds = {});

}  // namespace eaf::render
