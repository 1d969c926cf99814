#include "render/notation.h"

#include "render/icons.h"

namespace eaf::render {

using model::AccessType;
using model::ElementType;
using model::RelationshipType;

namespace {

// Archi's default fill colours per layer.
const char* LayerFill(model::ArchiLayer layer) {
  switch (layer) {
    case model::ArchiLayer::kStrategy: return "#f5deaa";
    case model::ArchiLayer::kBusiness: return "#ffffb5";
    case model::ArchiLayer::kApplication: return "#b5ffff";
    case model::ArchiLayer::kTechnology: case model::ArchiLayer::kPhysical: return "#c9e7b7";
    case model::ArchiLayer::kMotivation: return "#ccccff";
    case model::ArchiLayer::kImplementation: return "#ffe0e0";
    case model::ArchiLayer::kOther: break;
  }
  return "#ffffff";
}

}  // namespace

ElementFigure ElementNotation(ElementType type) {
  ElementFigure figure;
  figure.fill = LayerFill(model::LayerOf(type));
  figure.icon = IconOf(type);
  switch (type) {
    // The standard shape says the type: no icon.
    case ElementType::kApplicationComponent: figure.shape = "component"; figure.icon = Icon::kNone; break;
    case ElementType::kNode: figure.shape = "box3d"; figure.icon = Icon::kNone; break;
    case ElementType::kArtifact: figure.shape = "note"; figure.icon = Icon::kNone; break;
    // Behaviour: rounded corners.
    case ElementType::kBusinessProcess: case ElementType::kBusinessFunction: case ElementType::kBusinessInteraction:
    case ElementType::kBusinessEvent: case ElementType::kBusinessService: case ElementType::kApplicationFunction:
    case ElementType::kApplicationInteraction: case ElementType::kApplicationProcess: case ElementType::kApplicationEvent:
    case ElementType::kApplicationService: case ElementType::kTechnologyFunction: case ElementType::kTechnologyProcess:
    case ElementType::kTechnologyInteraction: case ElementType::kTechnologyEvent: case ElementType::kTechnologyService:
    case ElementType::kCapability: case ElementType::kValueStream: case ElementType::kCourseOfAction:
    case ElementType::kWorkPackage: case ElementType::kImplementationEvent:
      figure.style = "rounded,filled";
      break;
    // Motivation: cut corners; a requirement and a constraint are parallelograms, a value an ellipse.
    case ElementType::kRequirement: figure.shape = "parallelogram"; figure.icon = Icon::kNone; break;
    case ElementType::kConstraint: figure.shape = "parallelogram"; break;  // the icon's extra line tells it from a requirement
    case ElementType::kValue: figure.shape = "ellipse"; figure.icon = Icon::kNone; break;
    case ElementType::kStakeholder: case ElementType::kDriver: case ElementType::kAssessment: case ElementType::kGoal:
    case ElementType::kOutcome: case ElementType::kPrinciple: case ElementType::kMeaning:
      figure.style = "diagonals,filled";
      break;
    case ElementType::kLocation: figure.fill = "#fbb875"; break;
    case ElementType::kGrouping: figure.shape = "tab"; figure.style = "dashed"; break;
    case ElementType::kJunction: figure.shape = "circle"; figure.fill = "#000000"; break;
    default: break;
  }
  return figure;
}

Notation NotationOf(RelationshipType type, AccessType access, bool directed) {
  Notation notation;
  notation.type = type;
  if (type == RelationshipType::kAccess) notation.access = access == AccessType::kNone ? AccessType::kWrite : access;
  if (type == RelationshipType::kAssociation) notation.directed = directed;
  return notation;
}

std::string Notation::Variant() const {
  if (type == RelationshipType::kAssociation) return directed ? "directed" : "";
  if (type != RelationshipType::kAccess) return "";
  switch (access) {
    case AccessType::kRead: return "read";
    case AccessType::kAccess: return "unspecified";
    case AccessType::kReadWrite: return "readwrite";
    case AccessType::kNone: case AccessType::kWrite: break;
  }
  return "write";
}

int Notation::Rank() const {
  return static_cast<int>(type) * 8 + static_cast<int>(access) + (directed ? 1 : 0);
}

Attributes EdgeNotation(const Notation& notation) {
  // A diamond or a dot at the source needs both ends drawn: dir=both, the source's end as arrowtail.
  switch (notation.type) {
    case RelationshipType::kComposition:  // solid, a filled diamond at the whole (the source)
      return {{"dir", "both"}, {"arrowtail", "diamond"}, {"arrowhead", "none"}};
    case RelationshipType::kAggregation:  // solid, a hollow diamond at the whole (the source)
      return {{"dir", "both"}, {"arrowtail", "odiamond"}, {"arrowhead", "none"}};
    case RelationshipType::kAssignment:  // solid, a dot at the source, a filled arrowhead at the target
      return {{"dir", "both"}, {"arrowtail", "dot"}, {"arrowhead", "normal"}};
    case RelationshipType::kRealization:  // dotted, a hollow triangle
      return {{"style", "dotted"}, {"arrowhead", "empty"}};
    case RelationshipType::kServing:  // solid, an open arrowhead
      return {{"arrowhead", "ovee"}};
    case RelationshipType::kAccess: {  // dotted, a small open arrowhead in the direction the data goes
      Attributes attributes{{"style", "dotted"}, {"arrowsize", "0.6"}};
      switch (notation.access) {
        case AccessType::kRead:  // read: the data goes from the object to the reader, the source
          attributes.insert(attributes.end(), {{"dir", "back"}, {"arrowtail", "ovee"}});
          break;
        case AccessType::kReadWrite:
          attributes.insert(attributes.end(), {{"dir", "both"}, {"arrowtail", "ovee"}, {"arrowhead", "ovee"}});
          break;
        case AccessType::kAccess:  // unspecified: no arrowhead
          attributes.push_back({"arrowhead", "none"});
          break;
        case AccessType::kNone: case AccessType::kWrite:
          attributes.push_back({"arrowhead", "ovee"});
          break;
      }
      return attributes;
    }
    case RelationshipType::kInfluence:  // dashed, an open arrowhead
      return {{"style", "dashed"}, {"arrowhead", "ovee"}};
    case RelationshipType::kTriggering:  // solid, a filled arrowhead
      return {{"arrowhead", "normal"}};
    case RelationshipType::kFlow:  // dashed, a filled arrowhead
      return {{"style", "dashed"}, {"arrowhead", "normal"}};
    case RelationshipType::kSpecialization:  // solid, a hollow triangle
      return {{"arrowhead", "empty"}};
    case RelationshipType::kAssociation:  // solid; directed: a half arrowhead at the target
      return {{"arrowhead", notation.directed ? "olvee" : "none"}};
    case RelationshipType::kCount: break;
  }
  return {};
}

}  // namespace eaf::render
