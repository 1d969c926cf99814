// Archi's native format (.archimate): folders of <element xsi:type="archimate:..."> with
// relationships and diagrams among them.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/loader_internal.h"
#include "model/text_util.h"

namespace eaf::model::detail {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }

bool IsDiagramType(std::string_view type) {
  return EndsWith(type, "DiagramModel") || EndsWith(type, "SketchModel") || EndsWith(type, "CanvasModel");
}

void ReadProperties(pugi::xml_node node, std::vector<Property>& properties) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == "property") {
      properties.push_back({Attr(child, "key"), Attr(child, "value")});
    }
  }
}

// Archi: no accessType means write; 1 read, 2 access, 3 read/write.
AccessType ParseArchiAccessType(pugi::xml_attribute attribute) {
  if (!attribute) return AccessType::kWrite;
  switch (attribute.as_int()) {
    case 1: return AccessType::kRead;
    case 2: return AccessType::kAccess;
    case 3: return AccessType::kReadWrite;
    default: return AccessType::kWrite;
  }
}

// Clamps a sum of diagram coordinates to the int range: nested offsets in a hostile file can overflow.
std::int32_t ClampInt(std::int64_t value) {
  return static_cast<std::int32_t>(std::clamp<std::int64_t>(value, std::numeric_limits<std::int32_t>::min(),
                                                            std::numeric_limits<std::int32_t>::max()));
}

ViewNodeKind ArchiNodeKind(std::string_view type) {
  if (type.ends_with("Group")) return ViewNodeKind::kGroup;
  if (type.ends_with("Note")) return ViewNodeKind::kNote;
  if (type.ends_with("DiagramModelReference")) return ViewNodeKind::kReference;
  return ViewNodeKind::kElement;
}

// Archi's bendpoints are relative: offsets from the source's and the target's centres, blended by
// the bendpoint's weight (i+1)/(n+1), as its editor (GEF's RelativeBendpoint) places them.
struct RelativeBendpoint {
  std::int32_t start_x, start_y, end_x, end_y;
};

void PlaceBendpoints(View& view, const std::vector<std::vector<RelativeBendpoint>>& relative) {
  std::unordered_map<std::string_view, std::size_t> node_of;
  for (std::size_t n = 0; n < view.nodes.size(); ++n) node_of.emplace(view.nodes[n].id, n);
  for (std::size_t c = 0; c < view.connections.size(); ++c) {
    ViewConnection& connection = view.connections[c];
    const auto source = node_of.find(connection.source_node), target = node_of.find(connection.target_node);
    if (source == node_of.end() || target == node_of.end()) continue;  // an end that is a connection, or missing
    auto centre = [&](std::size_t n, bool vertical) {
      const ViewNode& node = view.nodes[n];
      return vertical ? static_cast<double>(node.y) + node.DrawnHeight() / 2.0 : static_cast<double>(node.x) + node.DrawnWidth() / 2.0;
    };
    const std::vector<RelativeBendpoint>& points = relative[c];
    for (std::size_t i = 0; i < points.size(); ++i) {
      const double weight = static_cast<double>(i + 1) / static_cast<double>(points.size() + 1);
      const double x = (1 - weight) * (centre(source->second, false) + points[i].start_x) + weight * (centre(target->second, false) + points[i].end_x);
      const double y = (1 - weight) * (centre(source->second, true) + points[i].start_y) + weight * (centre(target->second, true) + points[i].end_y);
      connection.bendpoints.push_back({ClampInt(static_cast<std::int64_t>(x)), ClampInt(static_cast<std::int64_t>(y))});
    }
  }
}

struct ArchiReader {
  LoadContext& context;
  std::unordered_map<std::string, std::string> profile_names;  // profile id -> specialization name
  bool reported_depth = false;

  void ReportDepth(pugi::xml_node node, std::string_view message_id) {
    if (std::exchange(reported_depth, true)) return;
    context.Report("LOAD-010", Severity::kError, message_id, {{"limit", std::to_string(context.limits().max_depth)}},
                   node);
  }

  void ReadElement(pugi::xml_node node, std::string_view type, const std::string& folder) {
    const std::string_view bare = type.substr(type.find(':') == std::string_view::npos ? 0 : type.find(':') + 1);
    if (EndsWith(bare, "Relationship")) {
      const std::string_view base = bare.substr(0, bare.size() - 12);
      auto relationship_type = ParseRelationshipType(base);
      if (!relationship_type) {
        relationship_type = ParseLegacyRelationshipType(base);
        if (relationship_type) {
          context.conversions.Add(bare, std::string(RelationshipTypeName(*relationship_type)) + "Relationship");
        }
      }
      if (!relationship_type) {
        context.ReportUnknownType(node, {"load.relationship.unknown-type", "load.relationship.unknown-type.did-you-mean"},
                                  type, "");
        return;
      }
      Relationship relationship;
      relationship.id = Attr(node, "id");
      relationship.type = *relationship_type;
      relationship.source = Attr(node, "source");
      relationship.target = Attr(node, "target");
      relationship.location = context.Locate(node);
      if (std::string name = Attr(node, "name"); !name.empty()) relationship.names.push_back({"", std::move(name)});
      relationship.documentation = TextOf(Child(node, "documentation"));
      if (*relationship_type == RelationshipType::kAccess) {
        relationship.access_type = ParseArchiAccessType(node.attribute("accessType"));
      }
      relationship.directed = node.attribute("directed").as_bool();
      ReadProperties(node, relationship.properties);
      if (relationship.id.empty()) {
        context.Report("LOAD-009", Severity::kError, "load.archi.relationship.no-id", {}, node);
        return;
      }
      context.out.relationships.push_back(std::move(relationship));
      return;
    }
    // Archi 4 has one Junction type; its older AndJunction and OrJunction are converted too.
    auto element_type = ParseLegacyElementType(bare);
    if (element_type) {
      context.conversions.Add(bare, ElementTypeName(*element_type));
    } else {
      element_type = ParseElementType(bare);
    }
    if (!element_type) {
      const std::string_view suggestion = ClosestMatch(bare, AllElementTypeNames());
      context.ReportUnknownType(node, {"load.element.unknown-type", "load.element.unknown-type.did-you-mean"}, type,
                                suggestion.empty() ? "" : "archimate:" + std::string(suggestion));
      return;
    }
    Element element;
    element.id = Attr(node, "id");
    element.type = *element_type;
    element.location = context.Locate(node);
    element.folder = folder;
    if (std::string name = Attr(node, "name"); !name.empty()) element.names.push_back({"", std::move(name)});
    element.documentation = TextOf(Child(node, "documentation"));
    ReadProperties(node, element.properties);
    // Archi 4.9+: profiles="id" names a specialization; an older form is a <profiles> child.
    std::string_view profiles = node.attribute("profiles").value();
    if (!profiles.empty()) {
      const std::string first(profiles.substr(0, profiles.find(' ')));
      if (auto it = profile_names.find(first); it != profile_names.end()) element.specialization = it->second;
    }
    if (element.id.empty()) {
      context.Report("LOAD-009", Severity::kError, "load.archi.element.no-id", {}, node);
      return;
    }
    context.out.elements.push_back(std::move(element));
  }

  void ReadDiagram(pugi::xml_node diagram) {
    View view;
    view.id = Attr(diagram, "id");
    if (std::string name = Attr(diagram, "name"); !name.empty()) view.names.push_back({"", std::move(name)});
    view.viewpoint = Attr(diagram, "viewpoint");
    view.location = context.Locate(diagram);
    struct Frame {
      pugi::xml_node next_child;
      std::int32_t parent;
      std::int32_t origin_x, origin_y;  // Archi's child bounds are relative to the parent
    };
    std::vector<Frame> stack{{diagram.first_child(), -1, 0, 0}};
    std::vector<std::vector<RelativeBendpoint>> relative;  // per connection, in order
    while (!stack.empty()) {
      pugi::xml_node child = stack.back().next_child;
      if (!child) {
        stack.pop_back();
        continue;
      }
      stack.back().next_child = child.next_sibling();
      const Frame frame = stack.back();
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(child.name());
      if (name == "child") {
        if (!context.CountObject(child)) return;
        ViewNode node;
        node.id = Attr(child, "id");
        node.element_id = Attr(child, "archimateElement");
        node.kind = node.element_id.empty() ? ArchiNodeKind(child.attribute(context.xsi_type.c_str()).value()) : ViewNodeKind::kElement;
        node.label = Attr(child, "name");
        if (node.label.empty()) node.label = TextOf(Child(child, "content"));
        node.fill_color = NormalizeColor(child.attribute("fillColor").value());
        node.line_color = NormalizeColor(child.attribute("lineColor").value());
        pugi::xml_node bounds = Child(child, "bounds");
        node.x = ClampInt(std::int64_t{frame.origin_x} + bounds.attribute("x").as_int());
        node.y = ClampInt(std::int64_t{frame.origin_y} + bounds.attribute("y").as_int());
        node.width = bounds.attribute("width").as_int(-1);
        node.height = bounds.attribute("height").as_int(-1);
        node.parent = frame.parent;
        node.location = context.Locate(child);
        const std::int32_t x = node.x, y = node.y;
        view.nodes.push_back(std::move(node));
        // Connections of this node are its <sourceConnection> children.
        for (pugi::xml_node connection_node = child.first_child(); connection_node;
             connection_node = connection_node.next_sibling()) {
          if (connection_node.type() != pugi::node_element || LocalName(connection_node.name()) != "sourceConnection")
            continue;
          if (!context.CountObject(connection_node)) return;
          ViewConnection connection;
          connection.id = Attr(connection_node, "id");
          connection.relationship_id = Attr(connection_node, "archimateRelationship");
          if (connection.relationship_id.empty()) connection.relationship_id = Attr(connection_node, "relationship");  // Archi 2.x
          connection.source_node = Attr(connection_node, "source");
          connection.target_node = Attr(connection_node, "target");
          connection.line_color = NormalizeColor(connection_node.attribute("lineColor").value());
          connection.location = context.Locate(connection_node);
          std::vector<RelativeBendpoint>& points = relative.emplace_back();
          for (pugi::xml_node point = connection_node.first_child(); point; point = point.next_sibling()) {
            if (point.type() != pugi::node_element || LocalName(point.name()) != "bendpoint") continue;
            points.push_back({point.attribute("startX").as_int(), point.attribute("startY").as_int(),
                              point.attribute("endX").as_int(), point.attribute("endY").as_int()});
          }
          view.connections.push_back(std::move(connection));
        }
        if (stack.size() >= context.limits().max_depth) {
          ReportDepth(child, "load.archi.diagram-objects-too-deep");
          continue;
        }
        stack.push_back({child.first_child(), static_cast<std::int32_t>(view.nodes.size() - 1), x, y});
      }
    }
    PlaceBendpoints(view, relative);
    context.out.views.push_back(std::move(view));
  }

  void ReadFolders(pugi::xml_node root) {
    struct Frame {
      pugi::xml_node next_child;
      std::string path;
    };
    std::vector<Frame> stack{{root.first_child(), ""}};
    while (!stack.empty()) {
      pugi::xml_node child = stack.back().next_child;
      if (!child) {
        stack.pop_back();
        continue;
      }
      stack.back().next_child = child.next_sibling();
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(child.name());
      if (name == "folder") {
        if (stack.size() >= context.limits().max_depth) {
          ReportDepth(child, "load.archi.folders-too-deep");
          continue;
        }
        const std::string& parent_path = stack.back().path;
        const std::string label = Attr(child, "name");
        stack.push_back({child.first_child(), parent_path.empty() ? label : parent_path + "/" + label});
      } else if (name == "element") {
        if (!context.CountObject(child)) return;
        const std::string_view type = child.attribute(context.xsi_type.c_str()).value();
        if (IsDiagramType(type)) {
          ReadDiagram(child);
        } else {
          ReadElement(child, type, stack.back().path);
        }
      }
    }
  }
};

}  // namespace

void LoadArchiModel(pugi::xml_node root, LoadContext& context) {
  SourceFile& file = context.out.file;
  file.model_id = Attr(root, "id");
  if (std::string name = Attr(root, "name"); !name.empty()) file.names.push_back({"", std::move(name)});
  file.documentation = TextOf(Child(root, "purpose"));
  ArchiReader reader{context, {}};
  for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = LocalName(child.name());
    if (name == "property") {
      file.properties.push_back({Attr(child, "key"), Attr(child, "value")});
    } else if (name == "profile") {
      reader.profile_names.emplace(Attr(child, "id"), Attr(child, "name"));
    }
  }
  reader.ReadFolders(root);
}

}  // namespace eaf::model::detail
