#pragma once
/// ArchiMate 3.1's small type icons (the top-right corner of a box, as Archi's default figures draw
/// them), made of Graphviz primitives so that SVG, PNG and PDF draw them alike: tiny fixed-size
/// nodes (circle, ellipse, box3d, note, parallelogram...) and line art as edges with a given spline
/// between two invisible points. An icon never changes its box: it is separate items inside it.

#include <string>
#include <vector>

#include "model/archimate_types.h"
#include "render/diagram.h"

namespace eaf::render {

/// The icon of an element type (ArchiMate 3.1 notation, Archi's figures).
Icon IconOf(model::ElementType type);

/// The icon's name ("actor"), for documentation and the legend's node ids.
const char* IconName(Icon icon);

/// The width and height an icon takes in a box's top-right corner, its inset included, in points.
constexpr double kIconWidth = 18;
constexpr double kIconHeight = 14;

/// Appends the nodes and edges that draw `icon` with its top-right corner inset in the box whose
/// top-right corner is (right, top), in Graphviz points (y up). Their names start with `prefix`;
/// nodes carry `pos` and edges `pos` too, so they stay where they are put (nop2).
void AppendIcon(Icon icon, double right, double top, const std::string& prefix, std::vector<DiagramNode>& nodes,
                std::vector<DiagramEdge>& edges);

}  // namespace eaf::render
