#include "render/icons.h"

#include <cmath>
#include <initializer_list>

#include "render/highlight.h"

namespace eaf::render {

using model::ElementType;

namespace {

struct Point {
  double x = 0, y = 0;
};

// One stroke: a cubic Bézier spline (3n+1 points), straight pieces having their ends as controls.
struct Stroke {
  std::vector<Point> points;
  bool dashed = false;
  double width = 0.8;
};

class Sketch {
 public:
  Sketch(double right, double top) : r_(right - 3), t_(top - 3), l_(r_ - 14), b_(t_ - 10) {}
  double L() const { return l_; }
  double R() const { return r_; }
  double T() const { return t_; }
  double B() const { return b_; }
  double X() const { return (l_ + r_) / 2; }
  double Y() const { return (t_ + b_) / 2; }

  // A polyline through the points; closed back to the first when `closed`.
  Sketch& Lines(std::initializer_list<Point> points, bool closed = false, double width = 0.8, bool dashed = false) {
    Stroke stroke{{}, dashed, width};
    for (const Point& point : points) LineTo(stroke, point);
    if (closed && points.size() > 1) LineTo(stroke, *points.begin());
    strokes_.push_back(std::move(stroke));
    return *this;
  }
  // A closed rectangle.
  Sketch& Rect(double left, double top, double right, double bottom) {
    return Lines({{left, top}, {right, top}, {right, bottom}, {left, bottom}}, true);
  }
  // An elliptical arc from angle a0 to a1 (degrees, counter-clockwise positive), in pieces of at most 90°.
  Sketch& Arc(Point centre, double rx, double ry, double a0, double a1, double width = 0.8) {
    Stroke stroke{{}, false, width};
    AppendArc(stroke, centre, rx, ry, a0, a1);
    strokes_.push_back(std::move(stroke));
    return *this;
  }
  Sketch& Circle(Point centre, double radius, double width = 0.8) { return Arc(centre, radius, radius, 0, 360, width); }
  // A stroke made of lines and arcs in turn: the caller builds it with the helpers below.
  Sketch& Add(Stroke stroke) {
    strokes_.push_back(std::move(stroke));
    return *this;
  }

  static void LineTo(Stroke& stroke, Point to) {
    if (stroke.points.empty()) {
      stroke.points.push_back(to);
      return;
    }
    const Point from = stroke.points.back();
    stroke.points.insert(stroke.points.end(), {from, to, to});
  }
  static void AppendArc(Stroke& stroke, Point centre, double rx, double ry, double a0, double a1) {
    constexpr double kRadians = 3.14159265358979323846 / 180;
    const int pieces = std::max(1, static_cast<int>(std::ceil(std::abs(a1 - a0) / 90)));
    const double step = (a1 - a0) / pieces;
    const double k = 4.0 / 3 * std::tan(step * kRadians / 4);
    auto at = [&](double a) { return Point{centre.x + rx * std::cos(a * kRadians), centre.y + ry * std::sin(a * kRadians)}; };
    LineTo(stroke, at(a0));
    for (int i = 0; i < pieces; ++i) {
      const double s = (a0 + step * i) * kRadians, e = (a0 + step * (i + 1)) * kRadians;
      const Point p0 = at(a0 + step * i), p3 = at(a0 + step * (i + 1));
      stroke.points.push_back({p0.x - k * rx * std::sin(s), p0.y + k * ry * std::cos(s)});
      stroke.points.push_back({p3.x + k * rx * std::sin(e), p3.y - k * ry * std::cos(e)});
      stroke.points.push_back(p3);
    }
  }

  const std::vector<Stroke>& strokes() const { return strokes_; }

 private:
  double r_, t_, l_, b_;
  std::vector<Stroke> strokes_;
};

// A rounded-ended box (a stadium), as ArchiMate draws a service.
Stroke Stadium(double left, double top, double right, double bottom) {
  const double radius = (top - bottom) / 2;
  Stroke stroke;
  Sketch::LineTo(stroke, {left + radius, top});
  Sketch::LineTo(stroke, {right - radius, top});
  Sketch::AppendArc(stroke, {right - radius, top - radius}, radius, radius, 90, -90);
  Sketch::LineTo(stroke, {left + radius, bottom});
  Sketch::AppendArc(stroke, {left + radius, top - radius}, radius, radius, 270, 90);
  return stroke;
}

// A sheet with a wavy lower edge (representation, deliverable).
Stroke WavySheet(double left, double top, double right, double bottom) {
  Stroke stroke;
  Sketch::LineTo(stroke, {left, bottom + 1});
  Sketch::LineTo(stroke, {left, top});
  Sketch::LineTo(stroke, {right, top});
  Sketch::LineTo(stroke, {right, bottom + 1});
  const double middle = (left + right) / 2;
  stroke.points.insert(stroke.points.end(), {{middle + 2, bottom - 2}, {middle - 2, bottom + 4}, {left, bottom + 1}});
  return stroke;
}

void Draw(Icon icon, Sketch& s) {
  const double L = s.L(), R = s.R(), T = s.T(), B = s.B(), X = s.X(), Y = s.Y();
  switch (icon) {
    case Icon::kActor:
      s.Circle({X, T - 1.7}, 1.7).Lines({{X, T - 3.4}, {X, B + 3}}).Lines({{X - 3.5, T - 5}, {X + 3.5, T - 5}});
      s.Lines({{X - 3, B}, {X, B + 3}, {X + 3, B}});
      break;
    case Icon::kRole: {  // a cylinder on its side
      s.Arc({R - 2.5, Y}, 2.5, 4, 0, 360);
      Stroke body;
      Sketch::LineTo(body, {R - 2.5, Y + 4});
      Sketch::LineTo(body, {L + 3, Y + 4});
      Sketch::AppendArc(body, {L + 3, Y}, 2.5, 4, 90, 270);
      Sketch::LineTo(body, {R - 2.5, Y - 4});
      s.Add(std::move(body));
      break;
    }
    case Icon::kCollaboration: s.Circle({X - 2.5, Y}, 4.5).Circle({X + 2.5, Y}, 4.5); break;
    case Icon::kInterface: s.Circle({R - 3.5, Y}, 3.5).Lines({{L + 1, Y}, {R - 7, Y}}); break;
    case Icon::kProcess:
      s.Lines({{L, Y + 1.5}, {R - 5, Y + 1.5}, {R - 5, Y + 4.5}, {R, Y}, {R - 5, Y - 4.5}, {R - 5, Y - 1.5}, {L, Y - 1.5}}, true);
      break;
    case Icon::kFunction: s.Lines({{L + 3, B}, {L + 3, T - 3}, {X, T}, {R - 3, T - 3}, {R - 3, B}, {X, B + 3}}, true); break;
    case Icon::kInteraction: {
      Stroke left, right;
      Sketch::AppendArc(left, {X - 1, Y}, 5, 5, 90, 270);
      Sketch::LineTo(left, {X - 1, Y + 5});
      Sketch::AppendArc(right, {X + 1, Y}, 5, 5, 90, -90);
      Sketch::LineTo(right, {X + 1, Y + 5});
      s.Add(std::move(left)).Add(std::move(right));
      break;
    }
    case Icon::kEvent: {
      Stroke event;
      Sketch::LineTo(event, {L, T - 1});
      Sketch::LineTo(event, {R - 4, T - 1});
      Sketch::AppendArc(event, {R - 4, Y}, 4, 4, 90, -90);
      Sketch::LineTo(event, {L, B + 1});
      Sketch::LineTo(event, {L + 3, Y});
      Sketch::LineTo(event, {L, T - 1});
      s.Add(std::move(event));
      break;
    }
    case Icon::kService: s.Add(Stadium(L, T - 1.5, R, B + 1.5)); break;
    case Icon::kObject: s.Rect(L + 1, T - 1, R - 1, B + 1).Lines({{L + 1, T - 3.5}, {R - 1, T - 3.5}}); break;
    case Icon::kContract:
      s.Rect(L + 1, T - 1, R - 1, B + 1).Lines({{L + 1, T - 3.5}, {R - 1, T - 3.5}}).Lines({{L + 1, T - 6.5}, {R - 1, T - 6.5}});
      break;
    case Icon::kRepresentation: s.Add(WavySheet(L + 1, T - 1, R - 1, B + 1)).Lines({{L + 1, T - 3.5}, {R - 1, T - 3.5}}); break;
    case Icon::kDeliverable: s.Add(WavySheet(L + 1, T - 1, R - 1, B + 1)); break;
    case Icon::kProduct: s.Rect(L + 1, T - 1, R - 1, B + 1).Lines({{L + 1, T - 3.5}, {X, T - 3.5}, {X, T - 1}}); break;
    case Icon::kComponent:
      s.Rect(L + 3, T - 1, R, B + 1).Rect(L + 1, T - 2.5, L + 5, T - 4.5).Rect(L + 1, B + 4.5, L + 5, B + 2.5);
      break;
    case Icon::kNode:
      s.Rect(L, T - 3, R - 3, B).Lines({{L, T - 3}, {L + 3, T}, {R, T}, {R - 3, T - 3}}).Lines({{R, T}, {R, B + 3}, {R - 3, B}});
      break;
    case Icon::kDevice:
      s.Rect(L + 2, T - 1, R - 2, B + 3.5).Lines({{L + 2, B + 3.5}, {L, B + 0.5}, {R, B + 0.5}, {R - 2, B + 3.5}});
      break;
    case Icon::kSystemSoftware:  // a disc, a second one behind it at the upper left
      s.Circle({X + 1.2, Y - 0.8}, 4.2).Arc({X - 0.8, Y + 1.2}, 4.2, 4.2, 25, 245);
      break;
    case Icon::kPath:
      s.Lines({{L + 2, Y}, {R - 2, Y}}, false, 0.8, true).Lines({{L + 4, Y + 3}, {L + 1, Y}, {L + 4, Y - 3}});
      s.Lines({{R - 4, Y + 3}, {R - 1, Y}, {R - 4, Y - 3}});
      break;
    case Icon::kNetwork:
      s.Lines({{L + 4, T - 2}, {R - 1, T - 2}, {R - 4, B + 2}, {L + 1, B + 2}}, true);
      for (const Point corner : {Point{L + 4, T - 2}, Point{R - 1, T - 2}, Point{R - 4, B + 2}, Point{L + 1, B + 2}}) s.Circle(corner, 0.9, 1.6);
      break;
    case Icon::kEquipment: s.Circle({X - 2, Y - 1}, 3.5, 1.2).Circle({X + 3.5, Y + 2.5}, 2.5, 1.2); break;
    case Icon::kFacility:
      s.Lines({{L, B}, {L, T}, {L + 2.5, T}, {L + 2.5, Y}, {X - 1, Y + 2.5}, {X - 1, Y}, {X + 2.5, Y + 2.5}, {X + 2.5, Y}, {R, Y + 2.5}, {R, B}}, true);
      break;
    case Icon::kDistributionNetwork:
      s.Lines({{L + 1, Y + 1.5}, {R - 1, Y + 1.5}}).Lines({{L + 1, Y - 1.5}, {R - 1, Y - 1.5}});
      s.Lines({{L + 4, Y + 4.5}, {L, Y}, {L + 4, Y - 4.5}}).Lines({{R - 4, Y + 4.5}, {R, Y}, {R - 4, Y - 4.5}});
      break;
    case Icon::kMaterial: s.Lines({{L + 3, T}, {R - 3, T}, {R, Y}, {R - 3, B}, {L + 3, B}, {L, Y}}, true); break;
    case Icon::kCapability: {  // three steps of squares
      const double x0 = R - 10, y0 = B + 0.5, c = 3.2;
      s.Lines({{x0, y0}, {x0 + 3 * c, y0}, {x0 + 3 * c, y0 + 3 * c}, {x0 + 2 * c, y0 + 3 * c}, {x0 + 2 * c, y0 + 2 * c},
               {x0 + c, y0 + 2 * c}, {x0 + c, y0 + c}, {x0, y0 + c}}, true);
      s.Lines({{x0 + c, y0}, {x0 + c, y0 + c}, {x0 + 3 * c, y0 + c}}).Lines({{x0 + 2 * c, y0}, {x0 + 2 * c, y0 + 2 * c}, {x0 + 3 * c, y0 + 2 * c}});
      break;
    }
    case Icon::kResource:  // a battery
      s.Add(Stadium(L + 1, T - 2, R - 3, B + 2)).Rect(R - 3, Y + 1.5, R - 1, Y - 1.5);
      for (const double x : {L + 4.5, L + 7, L + 9.5}) s.Lines({{x, T - 4}, {x, B + 4}});
      break;
    case Icon::kValueStream: s.Lines({{L, T - 1}, {R - 4, T - 1}, {R, Y}, {R - 4, B + 1}, {L, B + 1}, {L + 4, Y}}, true); break;
    case Icon::kCourseOfAction:
      s.Circle({X + 2, Y + 0.5}, 4.5).Circle({X + 2, Y + 0.5}, 2).Circle({X + 2, Y + 0.5}, 0.3, 1.5);
      s.Lines({{L, B}, {X - 0.5, Y - 2}}).Lines({{X - 3.5, Y - 2}, {X - 0.5, Y - 2}, {X - 0.5, Y - 5}});
      break;
    case Icon::kDriver:
      s.Circle({X, Y}, 4.5).Lines({{X - 5.5, Y}, {X + 5.5, Y}}).Lines({{X, Y - 5.5}, {X, Y + 5.5}});
      s.Lines({{X - 3.9, Y - 3.9}, {X + 3.9, Y + 3.9}}).Lines({{X - 3.9, Y + 3.9}, {X + 3.9, Y - 3.9}});
      break;
    case Icon::kAssessment: s.Circle({R - 4.5, T - 4}, 3.5).Lines({{R - 7, T - 6.5}, {L + 3, B}}, false, 1.4); break;
    case Icon::kGoal: s.Circle({X, Y}, 5).Circle({X, Y}, 3).Circle({X, Y}, 0.6, 1.6); break;
    case Icon::kOutcome:
      s.Circle({X - 1, Y - 1}, 4.5).Circle({X - 1, Y - 1}, 2.5).Circle({X - 1, Y - 1}, 0.5, 1.5);
      s.Lines({{R, T}, {X - 1, Y - 1}}).Lines({{X + 2, Y - 1}, {X - 1, Y - 1}, {X - 1, Y + 2}});
      break;
    case Icon::kPrinciple:
      s.Rect(X - 4, T, X + 4, B).Lines({{X, T - 2}, {X, B + 4}}, false, 1.6).Lines({{X, B + 2.4}, {X, B + 1.4}}, false, 1.6);
      break;
    case Icon::kRequirement: s.Lines({{L + 3, T - 1}, {R, T - 1}, {R - 3, B + 1}, {L, B + 1}}, true); break;
    case Icon::kConstraint:
      s.Lines({{L + 3, T - 1}, {R, T - 1}, {R - 3, B + 1}, {L, B + 1}}, true).Lines({{L + 6, T - 1}, {L + 3, B + 1}});
      break;
    case Icon::kMeaning: {  // a cloud
      Stroke cloud;
      Sketch::AppendArc(cloud, {L + 4, Y - 1}, 3, 3, 270, 90);
      Sketch::AppendArc(cloud, {X - 0.5, Y + 2}, 3.5, 3, 160, 20);
      Sketch::AppendArc(cloud, {R - 3.5, Y - 0.5}, 3, 3.5, 110, -90);
      Sketch::LineTo(cloud, {L + 4, Y - 4});
      s.Add(std::move(cloud));
      break;
    }
    case Icon::kValue: s.Arc({X, Y}, 6.5, 4, 0, 360); break;
    case Icon::kWorkPackage:  // a circle closing on an arrowhead
      s.Arc({X, Y}, 4.5, 4.5, 120, 420).Lines({{X + 0.25, Y + 6.4}, {X + 2.25, Y + 3.9}, {X - 0.75, Y + 2.9}});
      break;
    case Icon::kPlateau:
      s.Lines({{L + 4, T - 2}, {R, T - 2}}, false, 1.4).Lines({{L + 2, Y}, {R - 2, Y}}, false, 1.4).Lines({{L, B + 2}, {R - 4, B + 2}}, false, 1.4);
      break;
    case Icon::kGap: s.Circle({X, Y}, 4.5).Lines({{L + 1, Y + 1.5}, {R - 1, Y + 1.5}}).Lines({{L + 1, Y - 1.5}, {R - 1, Y - 1.5}}); break;
    case Icon::kLocation: {  // a map pin
      Stroke pin;
      Sketch::LineTo(pin, {X, B});
      Sketch::AppendArc(pin, {X, T - 3.5}, 3.5, 3.5, 235, -55);
      Sketch::LineTo(pin, {X, B});
      s.Add(std::move(pin));
      break;
    }
    case Icon::kArtifact:
      s.Lines({{L + 3, T}, {R - 6, T}, {R - 3, T - 3}, {R - 3, B}, {L + 3, B}}, true).Lines({{R - 6, T}, {R - 6, T - 3}, {R - 3, T - 3}});
      break;
    case Icon::kNone: break;
  }
}

std::string PosOf(const std::vector<Point>& points) {
  std::string pos;
  for (const Point& point : points) pos += (pos.empty() ? "" : " ") + PointNumber(point.x) + "," + PointNumber(point.y);
  return pos;
}

}  // namespace

Icon IconOf(ElementType type) {
  switch (type) {
    case ElementType::kResource: return Icon::kResource;
    case ElementType::kCapability: return Icon::kCapability;
    case ElementType::kValueStream: return Icon::kValueStream;
    case ElementType::kCourseOfAction: return Icon::kCourseOfAction;
    case ElementType::kBusinessActor: return Icon::kActor;
    case ElementType::kBusinessRole: case ElementType::kStakeholder: return Icon::kRole;
    case ElementType::kBusinessCollaboration: case ElementType::kApplicationCollaboration: case ElementType::kTechnologyCollaboration:
      return Icon::kCollaboration;
    case ElementType::kBusinessInterface: case ElementType::kApplicationInterface: case ElementType::kTechnologyInterface:
      return Icon::kInterface;
    case ElementType::kBusinessProcess: case ElementType::kApplicationProcess: case ElementType::kTechnologyProcess:
      return Icon::kProcess;
    case ElementType::kBusinessFunction: case ElementType::kApplicationFunction: case ElementType::kTechnologyFunction:
      return Icon::kFunction;
    case ElementType::kBusinessInteraction: case ElementType::kApplicationInteraction: case ElementType::kTechnologyInteraction:
      return Icon::kInteraction;
    case ElementType::kBusinessEvent: case ElementType::kApplicationEvent: case ElementType::kTechnologyEvent:
    case ElementType::kImplementationEvent:
      return Icon::kEvent;
    case ElementType::kBusinessService: case ElementType::kApplicationService: case ElementType::kTechnologyService:
      return Icon::kService;
    case ElementType::kBusinessObject: case ElementType::kDataObject: return Icon::kObject;
    case ElementType::kContract: return Icon::kContract;
    case ElementType::kRepresentation: return Icon::kRepresentation;
    case ElementType::kProduct: return Icon::kProduct;
    case ElementType::kApplicationComponent: return Icon::kComponent;
    case ElementType::kNode: return Icon::kNode;
    case ElementType::kDevice: return Icon::kDevice;
    case ElementType::kSystemSoftware: return Icon::kSystemSoftware;
    case ElementType::kPath: return Icon::kPath;
    case ElementType::kCommunicationNetwork: return Icon::kNetwork;
    case ElementType::kArtifact: return Icon::kArtifact;
    case ElementType::kEquipment: return Icon::kEquipment;
    case ElementType::kFacility: return Icon::kFacility;
    case ElementType::kDistributionNetwork: return Icon::kDistributionNetwork;
    case ElementType::kMaterial: return Icon::kMaterial;
    case ElementType::kDriver: return Icon::kDriver;
    case ElementType::kAssessment: return Icon::kAssessment;
    case ElementType::kGoal: return Icon::kGoal;
    case ElementType::kOutcome: return Icon::kOutcome;
    case ElementType::kPrinciple: return Icon::kPrinciple;
    case ElementType::kRequirement: return Icon::kRequirement;
    case ElementType::kConstraint: return Icon::kConstraint;
    case ElementType::kMeaning: return Icon::kMeaning;
    case ElementType::kValue: return Icon::kValue;
    case ElementType::kWorkPackage: return Icon::kWorkPackage;
    case ElementType::kDeliverable: return Icon::kDeliverable;
    case ElementType::kPlateau: return Icon::kPlateau;
    case ElementType::kGap: return Icon::kGap;
    case ElementType::kLocation: return Icon::kLocation;
    case ElementType::kGrouping: case ElementType::kJunction: case ElementType::kCount: break;
  }
  return Icon::kNone;
}

const char* IconName(Icon icon) {
  static constexpr const char* kNames[] = {
      "none", "actor", "role", "collaboration", "interface", "process", "function", "interaction", "event", "service",
      "object", "contract", "representation", "product", "device", "system-software", "path", "network", "equipment",
      "facility", "distribution-network", "material", "capability", "resource", "value-stream", "course-of-action",
      "driver", "assessment", "goal", "outcome", "principle", "requirement", "constraint", "meaning", "value",
      "work-package", "deliverable", "plateau", "gap", "location", "component", "node", "artifact"};
  return kNames[static_cast<int>(icon)];
}

void AppendIcon(Icon icon, double right, double top, const std::string& prefix, std::vector<DiagramNode>& nodes,
                std::vector<DiagramEdge>& edges) {
  if (icon == Icon::kNone) return;
  Sketch sketch(right, top);
  Draw(icon, sketch);
  // The strokes are edges between two invisible points at the icon's corners; their pos is the drawing.
  const std::string from = prefix + "-a", to = prefix + "-b";
  for (const auto& [name, at] : {std::pair{from, Point{sketch.L(), sketch.B()}}, std::pair{to, Point{sketch.R(), sketch.T()}}}) {
    nodes.push_back({name, -1, {{"pos", PointNumber(at.x) + "," + PointNumber(at.y) + "!"}, {"shape", "point"}, {"style", "invis"},
                                {"width", "0.01"}, {"height", "0.01"}, {"label", ""}, {"class", "icon"}}});
  }
  for (const Stroke& stroke : sketch.strokes()) {
    Attributes attributes{{"pos", PosOf(stroke.points)}, {"dir", "none"}, {"arrowhead", "none"}, {"arrowtail", "none"},
                          {"color", "#000000"}, {"penwidth", PointNumber(stroke.width)}, {"class", "icon icon-" + std::string(IconName(icon))}};
    if (stroke.dashed) attributes.push_back({"style", "dashed"});
    edges.push_back({from, to, std::move(attributes)});
  }
}

}  // namespace eaf::render
