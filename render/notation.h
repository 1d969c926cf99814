#pragma once
/// How each ArchiMate 3.1 relationship is drawn (the standard's notation, section 5 and its
/// figures), as Graphviz edge attributes, and the variants a legend names.

#include <string>

#include "model/archimate_types.h"
#include "render/diagram.h"

namespace eaf::render {

/// A relationship's drawing: its type, and the variant that changes the drawing (the access type
/// of an Access, whether an Association is directed).
struct Notation {
  model::RelationshipType type = model::RelationshipType::kAssociation;
  model::AccessType access = model::AccessType::kNone;  ///< Access only; kNone is the schema's default, Write
  bool directed = false;                                ///< Association only

  /// The variant's message id suffix ("read", "directed"), empty when the type has one drawing.
  std::string Variant() const;
  /// Orders notations for the legend: by type, then variant.
  int Rank() const;
  bool operator<(const Notation& other) const { return Rank() < other.Rank(); }
};

/// How an element of a type is drawn on a saved view, as Archi's default figures: the standard
/// shape where ArchiMate 3.1 has one Graphviz can draw (a component, a 3-D box for a node, a note
/// for an artifact, a parallelogram for a requirement, an ellipse for a value), else a box (rounded
/// for behaviour, cut corners for motivation) with the type's icon in its top-right corner; and
/// its layer's customary colour.
struct ElementFigure {
  const char* shape = "box";
  const char* style = "filled";
  const char* fill = "#ffffff";
  Icon icon = Icon::kNone;
};
ElementFigure ElementNotation(model::ElementType type);

/// The notation of a relationship of this type (ignores the variant fields that do not apply).
Notation NotationOf(model::RelationshipType type, model::AccessType access, bool directed);

/// The edge attributes that draw the notation: line style, and the decoration at each end
/// (Graphviz's arrowtail sits at the source, arrowhead at the target).
Attributes EdgeNotation(const Notation& notation);

}  // namespace eaf::render
