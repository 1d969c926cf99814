#pragma once
/// A diagram as plain data: what the views build and what the DOT writer and the Graphviz
/// renderer both read, so the DOT text (golden-tested) and the layout come from one description.

#include <string>
#include <utility>
#include <vector>

namespace eaf::render {

/// Attributes in insertion order; names are Graphviz attribute names.
using Attributes = std::vector<std::pair<std::string, std::string>>;

/// ArchiMate 3.1's small type icon in a box's top-right corner (render/icons.h draws them).
enum class Icon {
  kNone, kActor, kRole, kCollaboration, kInterface, kProcess, kFunction, kInteraction, kEvent, kService,
  kObject, kContract, kRepresentation, kProduct, kDevice, kSystemSoftware, kPath, kNetwork, kEquipment,
  kFacility, kDistributionNetwork, kMaterial, kCapability, kResource, kValueStream, kCourseOfAction,
  kDriver, kAssessment, kGoal, kOutcome, kPrinciple, kRequirement, kConstraint, kMeaning, kValue,
  kWorkPackage, kDeliverable, kPlateau, kGap, kLocation, kComponent, kNode, kArtifact
};

struct DiagramNode {
  std::string id;  ///< the model id: stable, so DOT is deterministic and SVG ids can be linked to
  int cluster = -1;  ///< index into Diagram::clusters, -1 at top level
  Attributes attributes;
  /// Drawn by the renderer once the layout has placed the node (a saved view, whose positions are
  /// known, carries its icons as nodes and edges of its own instead).
  Icon icon = Icon::kNone;
};

struct DiagramEdge {
  std::string from;
  std::string to;
  Attributes attributes;
};

struct DiagramCluster {
  std::string id;  ///< becomes "cluster_<id>"
  int parent = -1;
  Attributes attributes;
};

struct Diagram {
  std::string name;
  std::string lang = "vi";  ///< the language of its labels and of the renderer's error messages
  /// Graphviz layout engine: "dot" lays the diagram out; "nop2" (neato -n2) keeps the nodes' and
  /// edges' given `pos`, as a saved view is drawn with its own geometry.
  std::string layout = "dot";
  Attributes graph_attributes;
  Attributes node_defaults;
  Attributes edge_defaults;
  std::vector<DiagramCluster> clusters;
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  /// Lay out without the edges that do not constrain ranks (constraint=false), then draw them as
  /// straight lines over the placed nodes. dot routes an edge around every rank it crosses, one
  /// virtual node a rank: a grid of bands with edges between far rows comes out many times wider
  /// than the grid. The DOT text is the same either way.
  bool loose_edges_after_layout = false;
  /// The cluster a split never cuts (render/split.h): each page draws the nodes of it that its own
  /// nodes connect to (the national systems). Empty: none.
  std::string split_hub;
};

/// The diagram as DOT text: byte-identical for the same diagram.
std::string WriteDot(const Diagram& diagram);

}  // namespace eaf::render
