#pragma once
/// Laying out and drawing a diagram with the Graphviz libraries (cgraph builds the graph, gvc
/// lays it out with dot and renders it). No Graphviz type leaves this layer.

#include <string>
#include <vector>

#include "render/diagram.h"

namespace eaf::render {

/// The largest bitmap eaf draws. Cairo cannot make one with a side over 32,767 pixels (Graphviz
/// would shrink the drawing to fit, labels to a pixel); above 16,384 pixels a side or 50 megapixels
/// (200 MB in memory) image viewers and browsers refuse or crawl, and nobody reads a picture
/// that size: SVG, zoomed in a browser, or a narrower view is what the user wants then.
struct BitmapLimits {
  double dpi = 96;               ///< Graphviz's bitmap resolution: a point is 96/72 pixels
  double max_side = 16384;       ///< pixels
  double max_pixels = 50000000;  ///< width × height
};

/// Whether a layout `width` × `height` points large fits a bitmap; when it does not, `error` says
/// how large it would be and how to get the picture (SVG, a layer, a neighborhood), in `lang`.
/// Every view is checked with it before Graphviz draws a bitmap.
bool FitsBitmap(double width, double height, const std::string& lang, std::string& error, const BitmapLimits& limits = {});

/// Renders to "svg", "png" or "pdf". Returns false with `error` set when Graphviz fails or a PNG
/// would not fit FitsBitmap. Graphviz's own messages never reach the terminal: its errors become
/// `error`, in the diagram's language, and its warnings `notes` (when given).
/// When a PNG is refused, `overflow` (when given) is how many times too large it is: the largest of
/// its width and height over the side limit and its area over the pixel limit (0 otherwise).
bool RenderDiagram(const Diagram& diagram, const std::string& format, std::string& bytes, std::string& error,
                   std::vector<std::string>* notes = nullptr, double* overflow = nullptr);

}  // namespace eaf::render
