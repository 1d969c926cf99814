#include "render/saved_views.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>
#include <unordered_map>

#include "model/messages.h"
#include "model/text_util.h"
#include "render/highlight.h"
#include "render/icons.h"
#include "render/notation.h"

namespace eaf::render {
namespace {

using model::ViewNode;
using model::ViewNodeKind;

// Coordinates and sizes a hostile file may push anywhere are kept to a canvas Graphviz can draw.
constexpr double kMaxCoordinate = 1e6;
constexpr double kMaxSize = 1e5;
constexpr double kMargin = 10;      // around the drawing, in points (a model's pixel is a point)
constexpr double kArrowLength = 10;  // Graphviz's arrow length at arrowsize 1
constexpr double kCharWidth = 5.2;   // an average code point at 9 pt
constexpr double kLineHeight = 11;
constexpr double kProtrusion = 4;   // what Graphviz's component and tab shapes draw outside their box

struct Point {
  double x = 0, y = 0;
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;  // model coordinates, y down
  Point Centre() const { return {x + width / 2, y + height / 2}; }
};

Box BoxOf(const ViewNode& node) {
  return {std::clamp<double>(node.x, -kMaxCoordinate, kMaxCoordinate), std::clamp<double>(node.y, -kMaxCoordinate, kMaxCoordinate),
          std::clamp<double>(node.DrawnWidth(), 1, kMaxSize), std::clamp<double>(node.DrawnHeight(), 1, kMaxSize)};
}

Point Clamped(const model::ViewPoint& point) {
  return {std::clamp<double>(point.x, -kMaxCoordinate, kMaxCoordinate), std::clamp<double>(point.y, -kMaxCoordinate, kMaxCoordinate)};
}

// Where the line from the box's centre towards `toward` leaves the box (Archi's chopbox anchor).
Point Anchor(const Box& box, Point toward) {
  const Point centre = box.Centre();
  const double dx = toward.x - centre.x, dy = toward.y - centre.y;
  if (dx == 0 && dy == 0) return centre;
  const double tx = dx == 0 ? INFINITY : (box.width / 2) / std::abs(dx);
  const double ty = dy == 0 ? INFINITY : (box.height / 2) / std::abs(dy);
  const double t = std::min(tx, ty);
  return {centre.x + dx * t, centre.y + dy * t};
}

// `from` moved towards `to` by `length`, at most to `to`.
Point Towards(Point from, Point to, double length) {
  const double dx = to.x - from.x, dy = to.y - from.y;
  const double distance = std::hypot(dx, dy);
  if (distance <= 0) return from;
  const double t = std::min(1.0, length / distance);
  return {from.x + dx * t, from.y + dy * t};
}


std::string AttributeOf(const Attributes& attributes, std::string_view name, std::string_view otherwise) {
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return std::string(otherwise);
}

// Fits a label to a box: wrapped at the box's width, cut at the lines its height holds; `reserve`
// points on each side kept clear (a centred label then passes an icon in the corner).
std::string FitLabel(const std::string& text, const Box& box, double reserve) {
  const std::size_t columns = static_cast<std::size_t>(std::max(4.0, (box.width - 8 - 2 * reserve) / kCharWidth));
  const std::size_t lines = static_cast<std::size_t>(std::max(1.0, (box.height - 4) / kLineHeight));
  return Wrap(Shorten(text, std::min<std::size_t>(columns * lines, 400)), columns);
}

// Left-justified lines (Graphviz's "\l"), as Archi writes the names of groups and notes.
std::string LeftJustified(const std::string& wrapped) {
  std::string out;
  for (char c : wrapped) {
    if (c == '\n') out += "\\l";
    else out += c;
  }
  return out + "\\l";
}

std::string AsciiOnly(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x80) out += c;
  }
  return out;
}

class SavedViewBuilder {
 public:
  SavedViewBuilder(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options)
      : workspace_(workspace), options_(options), text_(model::Messages(options.lang)) {
    if (report && options.highlight) marks_ = FindingMarks(*report);
  }

  ViewResult Build(const model::View& view) {
    ViewResult result;
    file_ = view.location.file;
    diagram_.name = view.Name(options_.lang).empty() ? view.id : Shorten(view.Name(options_.lang), 200);
    diagram_.lang = options_.lang;
    diagram_.layout = "nop2";
    if (view.nodes.empty()) {
      result.notes.push_back(text_.Format("view.saved.empty", {{"view", diagram_.name}}));
    }
    Frame(view);
    diagram_.graph_attributes = {{"bb", "0,0," + PointNumber(width_) + "," + PointNumber(height_)},
                                 {"notranslate", "true"},
                                 {"outputorder", "nodesfirst"},
                                 {"fontname", "Noto Sans"}};
    // A drawing larger than a bitmap can hold (a hostile file) is scaled down, never cut.
    if (width_ > 30000 || height_ > 30000) diagram_.graph_attributes.push_back({"size", "60,60"});
    diagram_.node_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "9"}, {"fixedsize", "true"}, {"margin", "0.04,0.02"}};
    diagram_.edge_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "8"}, {"color", "#000000"}, {"arrowsize", "0.8"}};
    has_children_.assign(view.nodes.size(), false);
    for (std::size_t n = 0; n < view.nodes.size(); ++n) {
      const std::int32_t parent = view.nodes[n].parent;
      if (parent >= 0 && static_cast<std::size_t>(parent) < view.nodes.size() && static_cast<std::size_t>(parent) != n) {
        has_children_[static_cast<std::size_t>(parent)] = true;
      }
    }
    for (const std::size_t n : DrawingOrder(view)) AddNode(view, n);
    std::size_t skipped = 0;
    for (const model::ViewConnection& connection : view.connections) {
      if (!AddConnection(connection)) ++skipped;
    }
    if (skipped > 0) {
      result.notes.push_back(text_.Format("view.saved.skipped-connections", {{"view", diagram_.name}, {"count", std::to_string(skipped)}}));
    }
    result.diagram = std::move(diagram_);
    return result;
  }

 private:
  // Model coordinates (y down) to Graphviz points (y up), the drawing's corner at the margin.
  Point ToGraphviz(Point point) const { return {point.x - min_x_ + kMargin, height_ - (point.y - min_y_ + kMargin)}; }

  void Frame(const model::View& view) {
    if (view.nodes.empty()) {
      width_ = height_ = 2 * kMargin;
      return;
    }
    double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
    auto take = [&](double x, double y) {
      min_x = std::min(min_x, x);
      min_y = std::min(min_y, y);
      max_x = std::max(max_x, x);
      max_y = std::max(max_y, y);
    };
    for (const ViewNode& node : view.nodes) {
      const Box box = BoxOf(node);
      take(box.x, box.y);
      take(box.x + box.width, box.y + box.height);
    }
    for (const model::ViewConnection& connection : view.connections) {
      for (const model::ViewPoint& point : connection.bendpoints) take(Clamped(point).x, Clamped(point).y);
    }
    min_x_ = min_x;
    min_y_ = min_y;
    width_ = max_x - min_x + 2 * kMargin;
    height_ = max_y - min_y + 2 * kMargin;
  }

  // Parents before their children, so a child is drawn over its parent; file order otherwise.
  // Depth is counted along parent links at most nodes.size() steps: a cycle cannot loop.
  static std::vector<std::size_t> DrawingOrder(const model::View& view) {
    std::vector<std::size_t> depth(view.nodes.size(), 0), order(view.nodes.size());
    for (std::size_t n = 0; n < view.nodes.size(); ++n) {
      order[n] = n;
      std::int32_t parent = view.nodes[n].parent;
      while (parent >= 0 && static_cast<std::size_t>(parent) < view.nodes.size() && depth[n] < view.nodes.size()) {
        ++depth[n];
        parent = view.nodes[static_cast<std::size_t>(parent)].parent;
      }
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return depth[a] < depth[b]; });
    return order;
  }

  // The node's Graphviz name: its id when usable and unique, else its position.
  std::string NodeName(const ViewNode& node, std::size_t index) {
    std::string name = node.id;
    if (name.empty() || name.size() > 200 || node_of_.count(name)) name = "node-" + std::to_string(index);
    return name;
  }

  void AddNode(const model::View& view, std::size_t index) {
    const ViewNode& node = view.nodes[index];
    const Box box = BoxOf(node);
    const std::string name = NodeName(node, index);
    if (!node.id.empty()) node_of_.emplace(node.id, boxes_.size());
    names_.push_back(name);
    boxes_.push_back(box);
    Attributes attributes;
    std::string label = node.label;
    std::string tooltip;
    Attributes marks;
    ElementFigure figure;
    bool left = false;
    const bool top = has_children_[index];  // a node holding others: its label at the top, as Archi puts it, clear of them
    switch (node.kind) {
      case ViewNodeKind::kElement: {
        const std::int32_t element = workspace_.ElementShown(file_, node);
        if (element < 0) {
          figure.style = "dashed";
          tooltip = text_.Format("view.saved.missing-element", {{"id", Shorten(node.element_id, 100)}});
          break;
        }
        const model::Element& shown = workspace_.elements[static_cast<std::size_t>(element)];
        figure = ElementNotation(shown.type);
        if (label.empty()) label = shown.Name(options_.lang);
        tooltip = label + "\n" + std::string(model::ElementTypeName(shown.type));
        marks_.Highlight(file_, shown.id, text_, tooltip, marks);
        if (shown.type == model::ElementType::kJunction) label.clear();
        // As on the generated views: the report's diagrams filter the findings by this id.
        if (shown.id.size() <= 1000) attributes.push_back({"id", "n-" + shown.id});
        break;
      }
      case ViewNodeKind::kGroup:
        figure = {"tab", "filled", "#d2d7d7"};
        left = true;
        break;
      case ViewNodeKind::kNote:
        figure = {"note", "filled", "#ffffff"};
        left = true;
        break;
      case ViewNodeKind::kReference:
        figure = {"box", "rounded,filled", "#dcebeb"};
        break;
    }
    // Graphviz draws a component's two small bars 4 points left of its box, and a tab 4 points
    // above it: the node is made that much smaller, so the whole figure fills the model's bounds.
    Point centre = ToGraphviz(box.Centre());
    double width = box.width, height = box.height;
    if (std::string_view(figure.shape) == "component" && width > 8) {
      width -= kProtrusion;
      centre.x += kProtrusion / 2;
    } else if (std::string_view(figure.shape) == "tab" && height > 8) {
      height -= kProtrusion;
      centre.y -= kProtrusion / 2;
    }
    attributes.insert(attributes.begin(), {{"pos", PointNumber(centre.x) + "," + PointNumber(centre.y) + "!"},
                                           {"width", PointNumber(width / 72, 4)},
                                           {"height", PointNumber(height / 72, 4)}});
    // The icon only where it leaves room for a label: Archi's smallest boxes show none either.
    const bool icon = figure.icon != Icon::kNone && box.width >= 3 * kIconWidth && box.height >= 2 * kIconHeight;
    const std::string fitted = FitLabel(label, box, icon ? kIconWidth : 0);
    attributes.push_back({"label", left ? LeftJustified(fitted) : fitted});
    if (left || top) attributes.push_back({"labelloc", "t"});
    attributes.push_back({"shape", figure.shape});
    attributes.push_back({"style", figure.style});
    attributes.push_back({"fillcolor", node.fill_color.empty() ? figure.fill : node.fill_color});
    if (marks.empty() && !node.line_color.empty()) attributes.push_back({"color", node.line_color});
    for (auto& mark : marks) attributes.push_back(std::move(mark));
    if (!tooltip.empty()) attributes.push_back({"tooltip", Shorten(tooltip, 600)});
    diagram_.nodes.push_back({name, -1, std::move(attributes)});
    if (icon) {
      const Point corner = ToGraphviz({box.x + box.width, box.y});
      AppendIcon(figure.icon, corner.x, corner.y, name + "-icon", diagram_.nodes, diagram_.edges);
    }
  }

  // False when an end is not a node of the view (missing, or a connection: Archi lets lines end on lines).
  bool AddConnection(const model::ViewConnection& connection) {
    const auto source = node_of_.find(connection.source_node), target = node_of_.find(connection.target_node);
    if (source == node_of_.end() || target == node_of_.end()) return false;
    Attributes attributes;
    std::string tooltip;
    Attributes marks, label;
    if (!connection.relationship_id.empty()) {
      const std::int32_t index = workspace_.RelationshipShown(file_, connection);
      if (index >= 0) {
        const model::Relationship& relationship = workspace_.relationships[static_cast<std::size_t>(index)];
        for (auto& attribute : EdgeNotation(NotationOf(relationship.type, relationship.access_type, relationship.directed))) {
          attributes.push_back(std::move(attribute));
        }
        tooltip = text_.Format("view.relationship." + model::FoldCase(model::RelationshipTypeName(relationship.type)));
        if (!relationship.Name(options_.lang).empty()) {
          tooltip += ": " + relationship.Name(options_.lang);
          // As Archi shows it: the name on the line, at the middle of its length.
          const Point middle = ToGraphviz(Middle(boxes_[source->second], boxes_[target->second], connection.bendpoints));
          label = {{"label", Wrap(Shorten(relationship.Name(options_.lang), 60), 24)},
                   {"lp", PointNumber(middle.x) + "," + PointNumber(middle.y)}};
        }
        marks_.Highlight(file_, relationship.id, text_, tooltip, marks);
      }
    } else {
      attributes.push_back({"arrowhead", "none"});
    }
    const std::string pos = EdgePos(boxes_[source->second], boxes_[target->second], connection.bendpoints, attributes);
    if (!pos.empty()) attributes.insert(attributes.begin(), {"pos", pos});
    for (auto& attribute : label) attributes.push_back(std::move(attribute));
    if (marks.empty() && !connection.line_color.empty()) attributes.push_back({"color", connection.line_color});
    for (auto& mark : marks) attributes.push_back(std::move(mark));
    if (!tooltip.empty()) attributes.push_back({"tooltip", Shorten(tooltip, 600)});
    diagram_.edges.push_back({names_[source->second], names_[target->second], std::move(attributes)});
    return true;
  }

  // The line from the source's outline through the bendpoints to the target's.
  static std::vector<Point> Route(const Box& from, const Box& to, const std::vector<model::ViewPoint>& bendpoints) {
    std::vector<Point> points;
    points.push_back(Anchor(from, bendpoints.empty() ? to.Centre() : Clamped(bendpoints.front())));
    for (const model::ViewPoint& bendpoint : bendpoints) points.push_back(Clamped(bendpoint));
    points.push_back(Anchor(to, bendpoints.empty() ? from.Centre() : Clamped(bendpoints.back())));
    return points;
  }

  // The point halfway along the line, in model coordinates.
  static Point Middle(const Box& from, const Box& to, const std::vector<model::ViewPoint>& bendpoints) {
    const std::vector<Point> points = Route(from, to, bendpoints);
    double total = 0;
    for (std::size_t i = 1; i < points.size(); ++i) total += std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    double left = total / 2;
    for (std::size_t i = 1; i < points.size(); ++i) {
      const double piece = std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
      if (piece >= left) return Towards(points[i - 1], points[i], left);
      left -= piece;
    }
    return points.front();
  }

  // The edge's spline as Graphviz's pos: straight pieces through the bendpoints, from the source's
  // outline to the target's, shortened where an arrowhead sits ("s,x,y" / "e,x,y" mark its tip).
  // Empty for a loop without bendpoints: Graphviz routes that one itself.
  std::string EdgePos(const Box& from, const Box& to, const std::vector<model::ViewPoint>& bendpoints, const Attributes& notation) const {
    if (&from == &to && bendpoints.empty()) return "";
    std::vector<Point> points = Route(from, to, bendpoints);
    const std::string dir = AttributeOf(notation, "dir", "forward");
    const bool head = (dir == "forward" || dir == "both") && AttributeOf(notation, "arrowhead", "normal") != "none";
    const bool tail = (dir == "back" || dir == "both") && AttributeOf(notation, "arrowtail", "normal") != "none";
    const double length = kArrowLength * std::stod(AttributeOf(notation, "arrowsize", "0.8"));
    std::string pos;
    auto add = [&](Point point) {
      const Point at = ToGraphviz(point);
      if (!pos.empty()) pos += ' ';
      pos += PointNumber(at.x) + "," + PointNumber(at.y);
    };
    if (tail) {
      add(points.front());
      pos = "s," + pos;
      points.front() = Towards(points.front(), points[1], length);
    }
    if (head) {
      const Point tip = points.back();
      points.back() = Towards(points.back(), points[points.size() - 2], length);
      const Point at = ToGraphviz(tip);
      pos += std::string(pos.empty() ? "" : " ") + "e," + PointNumber(at.x) + "," + PointNumber(at.y);
    }
    add(points.front());
    for (std::size_t i = 1; i < points.size(); ++i) {
      add(points[i - 1]);
      add(points[i]);
      add(points[i]);
    }
    return pos;
  }

  const model::Workspace& workspace_;
  const ViewOptions& options_;
  const model::MessageCatalog& text_;
  FindingMarks marks_;
  std::uint32_t file_ = 0;
  double min_x_ = 0, min_y_ = 0, width_ = 0, height_ = 0;
  Diagram diagram_;
  std::unordered_map<std::string, std::size_t> node_of_;  // view node id -> index in boxes_/names_
  std::vector<std::string> names_;
  std::vector<Box> boxes_;
  std::vector<bool> has_children_;  // per view node
};

}  // namespace

std::vector<SavedViewEntry> ListSavedViews(const model::Workspace& workspace, std::string_view lang) {
  std::vector<SavedViewEntry> entries;
  for (std::size_t v = 0; v < workspace.views.size(); ++v) {
    const model::View& view = workspace.views[v];
    SavedViewEntry entry{static_cast<std::int32_t>(v), workspace.files[view.location.file].path, view.id,
                         view.Name(lang), view.viewpoint, 0};
    for (const ViewNode& node : view.nodes) entry.elements += node.kind == ViewNodeKind::kElement && !node.element_id.empty();
    entries.push_back(std::move(entry));
  }
  std::stable_sort(entries.begin(), entries.end(), [](const SavedViewEntry& a, const SavedViewEntry& b) {
    return std::tie(a.file, a.name, a.id) < std::tie(b.file, b.name, b.id);
  });
  return entries;
}

SavedViewMatch FindSavedView(const model::Workspace& workspace, std::string_view text, std::string_view lang) {
  if (text.starts_with("saved:")) text.remove_prefix(6);
  SavedViewMatch match;
  std::vector<std::int32_t> by_id, by_name, by_folded_name;
  const std::string folded = model::FoldCase(text);
  for (std::size_t v = 0; v < workspace.views.size(); ++v) {
    const model::View& view = workspace.views[v];
    if (view.id == text) by_id.push_back(static_cast<std::int32_t>(v));
    const std::string& name = view.Name(std::string(lang));
    if (name == text) by_name.push_back(static_cast<std::int32_t>(v));
    if (model::FoldCase(name) == folded) by_folded_name.push_back(static_cast<std::int32_t>(v));
  }
  for (const std::vector<std::int32_t>* found : {&by_id, &by_name, &by_folded_name}) {
    if (found->empty()) continue;
    if (found->size() == 1) {
      match.index = found->front();
      return match;
    }
    match.ambiguous = true;
    for (const std::int32_t v : *found) match.candidates.push_back(workspace.views[static_cast<std::size_t>(v)].id);
    return match;
  }
  // The closest names: within a third of the name's length in edits, at most five, nearest first.
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const model::View& view : workspace.views) {
    const std::string name = view.Name(std::string(lang));
    const std::string folded_name = model::FoldCase(name);
    // Also without the letters outside ASCII on either side: a name typed without its diacritics
    // ("lien thong ho so" for "Liên thông hồ sơ") is then a few deletions away.
    const std::size_t distance = std::min(model::EditDistance(folded, folded_name), model::EditDistance(AsciiOnly(folded), AsciiOnly(folded_name)));
    if (distance <= std::max<std::size_t>(2, folded.size() / 3) || (!folded.empty() && folded_name.find(folded) != std::string::npos)) {
      near.emplace_back(distance, name);
    }
  }
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  for (std::size_t i = 0; i < near.size() && i < 5; ++i) match.candidates.push_back(near[i].second);
  return match;
}

ViewResult BuildSavedView(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options) {
  if (options.saved < 0 || static_cast<std::size_t>(options.saved) >= workspace.views.size()) {
    ViewResult result;
    result.ok = false;
    result.error = model::Text(options.lang, "view.saved.none");
    return result;
  }
  SavedViewBuilder builder(workspace, report, options);
  return builder.Build(workspace.views[static_cast<std::size_t>(options.saved)]);
}

}  // namespace eaf::render
