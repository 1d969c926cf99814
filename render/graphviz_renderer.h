#pragma once
/// Laying out and drawing a diagram with the Graphviz libraries (cgraph builds the graph, gvc
/// lays it out with dot and renders it). No Graphviz type leaves this layer.

#include <string>

#include "render/diagram.h"

namespace eaf::render {

/// Renders to "svg", "png" or "pdf". Returns false with `error` set when Graphviz fails.
bool RenderDiagram(const Diagram& diagram, const std::string& format, std::string& bytes, std::string& error);

}  // namespace eaf::render
