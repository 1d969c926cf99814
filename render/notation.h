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

/// How an element of a type is drawn on a saved view: the Graphviz shape closest to Archi's default
/// figure for it (ArchiMate 3.1 notation: rounded for behaviour, cut corners for motivation, a
/// component, a 3-D box for nodes and devices), and its layer's customary colour.
struct ElementFigure {
  const char* shape = "box";
  const char* style = "filled";
  const char* fill = "#ffffff";
};
ElementFigure ElementNotation(model::ElementType type);

/// The notation of a relationship of this type (ignores the variant fields that do not apply).
Notation NotationOf(model::RelationshipType type, model::AccessType access, bool directed);

/// The edge attributes that draw the notation: line style, and the decoration at each end
/// (Graphviz's arrowtail sits at the source, arrowhead at the target).
Attributes EdgeNotation(const Notation& notation);

}  // namespace eaf::render
