// The ArchiMate 3.x Open Exchange Format (http://www.opengroup.org/xsd/archimate/3.0/), and the
// 2.1 format before it (http://www.opengroup.org/xsd/archimate), whose 2.x types are read as the
// 3.1 types Archi converts them to.

#include <algorithm>
#include <cstdio>
#include <deque>
#include <limits>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/id_index.h"
#include "model/loader_internal.h"
#include "model/memory_hints.h"
#include "model/parallel.h"
#include "model/phase_timer.h"
#include "model/text_util.h"

namespace eaf::model::detail {
namespace {

// Keys view the document's own strings, alive for the whole load.
using PropertyNames = std::unordered_map<std::string_view, std::string>;

// <propertyDefinitions>: identifier -> name. ArchiMate 3.0 puts the name in a <name> child;
// 2.1 files have <propertydefs> of <propertydef name="...">.
PropertyNames ReadPropertyDefinitions(pugi::xml_node root) {
  PropertyNames names;
  pugi::xml_node definitions = Child(root, "propertyDefinitions");
  if (!definitions) definitions = Child(root, "propertydefs");  // 2.1
  for (pugi::xml_node definition = definitions.first_child(); definition; definition = definition.next_sibling()) {
    const std::string_view local = LocalName(definition.name());
    if (local != "propertyDefinition" && local != "propertydef") continue;
    std::string name = TextOf(Child(definition, "name"));
    if (name.empty()) name = Attr(definition, "name");
    names.emplace(definition.attribute("identifier").value(), std::move(name));
  }
  return names;
}

void ReadTexts(pugi::xml_node node, std::string_view local_name, std::vector<LocalizedText>& texts) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element || LocalName(child.name()) != local_name) continue;
    texts.push_back({child.attribute("xml:lang").value(), TextOf(child)});
  }
}

// The Vietnamese text among the children named `local_name`, else the first one.
std::string FirstText(pugi::xml_node node, std::string_view local_name) {
  pugi::xml_node first;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element || LocalName(child.name()) != local_name) continue;
    if (std::string_view(child.attribute("xml:lang").value()) == "vi") return TextOf(child);
    if (!first) first = child;
  }
  return first ? TextOf(first) : std::string();
}

void ReadPropertyList(pugi::xml_node list, const PropertyNames& names, std::vector<Property>& properties,
                      LoadContext& context) {
  std::size_t count = 0;
  for (pugi::xml_node property = list.first_child(); property; property = property.next_sibling()) ++count;
  properties.reserve(properties.size() + count);
  for (pugi::xml_node property = list.first_child(); property; property = property.next_sibling()) {
    if (property.type() != pugi::node_element || LocalName(property.name()) != "property") continue;
    const char* reference = property.attribute("propertyDefinitionRef").value();
    if (*reference == '\0') reference = property.attribute("identifierref").value();  // 2.1
    auto it = names.find(std::string_view(reference));
    if (it == names.end()) {
      context.Report("LOAD-007", Severity::kWarning, "load.undefined-property-definition", {{"reference", reference}},
                     property);
      continue;
    }
    properties.push_back({it->second, FirstText(property, "value")});
  }
}

void ReadProperties(pugi::xml_node node, const PropertyNames& names, std::vector<Property>& properties,
                    LoadContext& context) {
  ReadPropertyList(Child(node, "properties"), names, properties, context);
}

// Names, documentation and properties of an element or relationship, in one pass over its children.
void ReadConceptChildren(pugi::xml_node node, const PropertyNames& names, std::vector<LocalizedText>& texts,
                         std::string& documentation, std::vector<Property>& properties, LoadContext& context) {
  bool documentation_is_vi = false;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = LocalName(child.name());
    if (name == "name" || name == "label") {  // 2.1 names concepts by <label>
      texts.push_back({child.attribute("xml:lang").value(), TextOf(child)});
    } else if (name == "properties") {
      ReadPropertyList(child, names, properties, context);
    } else if (name == "documentation" && !documentation_is_vi) {
      const bool is_vi = std::string_view(child.attribute("xml:lang").value()) == "vi";
      if (documentation.empty() || is_vi) documentation = TextOf(child);
      documentation_is_vi = is_vi;
    }
  }
}

std::size_t CountChildren(pugi::xml_node list) {
  std::size_t count = 0;
  for (pugi::xml_node node = list.first_child(); node; node = node.next_sibling()) ++count;
  return count;
}

AccessType ParseAccessType(std::string_view text) {
  if (text == "Read") return AccessType::kRead;
  if (text == "Access") return AccessType::kAccess;
  if (text == "ReadWrite") return AccessType::kReadWrite;
  return AccessType::kWrite;  // the schema's default
}

// Reads the <element>s among the children of `list` (the <elements> section, or a piece of it)
// in place into `slots`, which has room for every child; returns how many it filled. In place,
// because at a million elements a second copy costs more than reading them.
std::size_t ReadElements(pugi::xml_node list, const PropertyNames& names, LoadContext& context, std::span<Element> slots) {
  std::size_t filled = 0;
  for (pugi::xml_node node = list.first_child(); node && filled < slots.size(); node = node.next_sibling()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "element") continue;
    if (!context.CountObject(node)) break;
    std::string_view type_name;
    Element& element = slots[filled];
    for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
      const std::string_view name = attribute.name();
      if (name == "identifier") AppendDecoded(element.id, attribute.value());
      else if (name == context.xsi_type) type_name = attribute.value();
    }
    auto type = ParseElementType(type_name);
    if (!type) {
      type = ParseLegacyElementType(type_name);
      if (type) context.conversions.Add(type_name, ElementTypeName(*type));
    }
    if (!type) {
      if (type_name.empty()) {
        context.Report("LOAD-008", Severity::kError, "load.element.no-type", {{"attribute", context.xsi_type}}, node);
      } else {
        context.ReportUnknownType(node, {"load.element.unknown-type", "load.element.unknown-type.did-you-mean"},
                                  type_name, ClosestMatch(type_name, AllElementTypeNames()));
      }
      element = Element();
      continue;
    }
    if (element.id.empty()) {
      context.Report("LOAD-009", Severity::kError, "load.element.no-identifier", {}, node);
      continue;
    }
    element.type = *type;
    element.location = context.Locate(node);
    ReadConceptChildren(node, names, element.names, element.documentation, element.properties, context);
    ++filled;
  }
  return filled;
}

// Reads the <relationship>s among the children of `list` in place into `slots`, as ReadElements.
std::size_t ReadRelationships(pugi::xml_node list, const PropertyNames& names, LoadContext& context,
                              std::span<Relationship> slots) {
  std::size_t filled = 0;
  for (pugi::xml_node node = list.first_child(); node && filled < slots.size(); node = node.next_sibling()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "relationship") continue;
    if (!context.CountObject(node)) break;
    Relationship& relationship = slots[filled];
    std::string_view type_name, access_type;
    for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
      const std::string_view name = attribute.name();
      if (name == "identifier") AppendDecoded(relationship.id, attribute.value());
      else if (name == "source") AppendDecoded(relationship.source, attribute.value());
      else if (name == "target") AppendDecoded(relationship.target, attribute.value());
      else if (name == context.xsi_type) type_name = attribute.value();
      else if (name == "accessType") access_type = attribute.value();
      else if (name == "isDirected") relationship.directed = attribute.as_bool();
    }
    auto type = ParseRelationshipType(type_name);
    if (!type) {
      // 2.1 spells relationship types with a suffix, some as ArchiMate 2 named them.
      std::string_view base = type_name;
      if (base.ends_with("Relationship")) base.remove_suffix(12);
      type = ParseRelationshipType(base);
      if (!type) type = ParseLegacyRelationshipType(base);
      if (type) context.conversions.Add(type_name, RelationshipTypeName(*type));
    }
    if (!type) {
      context.ReportUnknownType(node, {"load.relationship.unknown-type", "load.relationship.unknown-type.did-you-mean"},
                                type_name, ClosestMatch(type_name, AllRelationshipTypeNames()));
      relationship = Relationship();
      continue;
    }
    if (relationship.id.empty()) {
      context.Report("LOAD-009", Severity::kError, "load.relationship.no-identifier", {}, node);
      relationship = Relationship();
      continue;
    }
    relationship.type = *type;
    relationship.location = context.Locate(node);
    if (*type == RelationshipType::kAccess) relationship.access_type = ParseAccessType(access_type);
    ReadConceptChildren(node, names, relationship.names, relationship.documentation, relationship.properties,
                        context);
    ++filled;
  }
  return filled;
}

// The whole <elements> or <relationships> section `list`, appended to `objects`.
template <typename Object, typename Reader>
void ReadSection(pugi::xml_node list, std::vector<Object>& objects, Reader read) {
  const std::size_t before = objects.size();
  const std::size_t children = CountChildren(list);
  ReserveWithHugePages(objects, before + children);
  objects.resize(before + children);
  objects.resize(before + read(list, std::span<Object>(objects).subspan(before)));
}

// <organizations>: a folder tree of <item identifierRef> leaves; gives each element its folder path.
void ReadOrganizations(pugi::xml_node root, LoadContext& context) {
  pugi::xml_node organizations = Child(root, "organizations");
  if (!organizations) organizations = Child(root, "organization");  // 2.1
  if (!organizations) return;
  // Each folder path is kept once, and leaves map to it through a flat index of the references
  // as the document holds them: a million leaves are a million lookups, not a million strings.
  std::vector<std::string> folders{""};
  std::deque<std::string> decoded;  // references written with entities, decoded and kept for the index
  IdIndex folder_of(context.out.elements.size());  // items name elements, mostly
  struct Frame {
    pugi::xml_node node;
    std::int32_t folder;
    std::uint32_t depth;
  };
  std::vector<Frame> stack{{organizations, 0, 0}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    if (frame.depth > context.limits().max_depth) {
      context.Report("LOAD-010", Severity::kError, "load.organizations-too-deep",
                     {{"limit", std::to_string(context.limits().max_depth)}}, frame.node);
      continue;
    }
    for (pugi::xml_node item = frame.node.last_child(); item; item = item.previous_sibling()) {
      if (item.type() != pugi::node_element || LocalName(item.name()) != "item") continue;
      std::string_view reference = item.attribute("identifierRef").value();
      if (reference.empty()) reference = item.attribute("identifierref").value();  // 2.1
      if (!reference.empty()) {
        if (reference.find('&') != std::string_view::npos) {
          AppendDecoded(decoded.emplace_back(), reference);
          reference = decoded.back();
        }
        folder_of.Insert(reference, frame.folder);
        continue;
      }
      const std::string label = FirstText(item, "label");
      const std::string& parent = folders[static_cast<std::size_t>(frame.folder)];
      folders.push_back(parent.empty() ? label : parent + "/" + label);
      stack.push_back({item, static_cast<std::int32_t>(folders.size() - 1), frame.depth + 1});
    }
  }
  for (Element& element : context.out.elements) {
    const std::int32_t folder = folder_of.Find(element.id);
    if (folder > 0) element.folder = folders[static_cast<std::size_t>(folder)];
  }
}

// Diagram bounds are xs:int in the schema, but a file can say anything ("1e999", "-inf", "nan"):
// clamp to the int range, since converting an out-of-range double to int is undefined behaviour.
std::int32_t IntAttribute(pugi::xml_node node, const char* name) {
  const double value = node.attribute(name).as_double();
  if (!(value == value)) return 0;  // NaN
  if (value <= -2147483648.0) return std::numeric_limits<std::int32_t>::min();
  if (value >= 2147483647.0) return std::numeric_limits<std::int32_t>::max();
  return static_cast<std::int32_t>(value);
}

// A <style>'s <fillColor r g b/> or <lineColor/> as "#rrggbb"; "" when absent or out of range.
std::string StyleColor(pugi::xml_node node, std::string_view local_name) {
  const pugi::xml_node color = Child(Child(node, "style"), local_name);
  if (!color) return "";
  char text[8];
  int channels[3];
  const char* names[3] = {"r", "g", "b"};
  for (int i = 0; i < 3; ++i) {
    channels[i] = IntAttribute(color, names[i]);
    if (channels[i] < 0 || channels[i] > 255) return "";
  }
  std::snprintf(text, sizeof text, "#%02x%02x%02x", channels[0], channels[1], channels[2]);
  return text;
}

// A node's xsi:type: "Element", "Container" (a group), "Label" (a note, or a diagram link with <viewRef>).
ViewNodeKind NodeKindOf(pugi::xml_node node, const std::string& xsi_type) {
  const std::string_view type = node.attribute(xsi_type.c_str()).value();
  if (type.ends_with("Container")) return ViewNodeKind::kGroup;
  if (type.ends_with("Label")) return Child(node, "viewRef") ? ViewNodeKind::kReference : ViewNodeKind::kNote;
  return ViewNodeKind::kElement;
}

// <views><diagrams><view>: nested <node>s with absolute bounds and <connection>s. In 2.1 the
// <view>s are children of <views>, named by <label>, and refer by elementref/relationshipref.
void ReadViews(pugi::xml_node root, LoadContext& context) {
  pugi::xml_node diagrams = Child(Child(root, "views"), "diagrams");
  if (!diagrams) diagrams = Child(root, "views");
  for (pugi::xml_node view_node = diagrams.first_child(); view_node; view_node = view_node.next_sibling()) {
    if (view_node.type() != pugi::node_element || LocalName(view_node.name()) != "view") continue;
    if (!context.CountObject(view_node)) return;
    View view;
    view.id = Attr(view_node, "identifier");
    view.viewpoint = Attr(view_node, "viewpoint");
    view.location = context.Locate(view_node);
    ReadTexts(view_node, "name", view.names);
    if (view.names.empty()) ReadTexts(view_node, "label", view.names);
    // Pre-order walk with an explicit stack: nesting depth is the file's to choose, not ours.
    struct Frame {
      pugi::xml_node next_child;
      std::int32_t parent;
    };
    std::vector<Frame> stack{{view_node.first_child(), -1}};
    bool reported_depth = false;
    while (!stack.empty()) {
      pugi::xml_node child = stack.back().next_child;
      if (!child) {
        stack.pop_back();
        continue;
      }
      stack.back().next_child = child.next_sibling();
      const std::int32_t parent = stack.back().parent;
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(child.name());
      if (name == "node") {
        if (!context.CountObject(child)) return;
        ViewNode node;
        node.id = Attr(child, "identifier");
        node.element_id = Attr(child, "elementRef");
        if (node.element_id.empty()) node.element_id = Attr(child, "elementref");
        node.kind = node.element_id.empty() ? NodeKindOf(child, context.xsi_type) : ViewNodeKind::kElement;
        node.label = FirstText(child, "label");
        node.fill_color = StyleColor(child, "fillColor");
        node.line_color = StyleColor(child, "lineColor");
        node.x = IntAttribute(child, "x");
        node.y = IntAttribute(child, "y");
        node.width = IntAttribute(child, "w");
        node.height = IntAttribute(child, "h");
        node.parent = parent;
        node.location = context.Locate(child);
        view.nodes.push_back(std::move(node));
        if (stack.size() >= context.limits().max_depth) {
          if (std::exchange(reported_depth, true)) continue;
          context.Report("LOAD-010", Severity::kError, "load.view-nodes-too-deep",
                         {{"limit", std::to_string(context.limits().max_depth)}}, child);
          continue;
        }
        stack.push_back({child.first_child(), static_cast<std::int32_t>(view.nodes.size() - 1)});
      } else if (name == "connection") {
        if (!context.CountObject(child)) return;
        ViewConnection connection;
        connection.id = Attr(child, "identifier");
        connection.relationship_id = Attr(child, "relationshipRef");
        if (connection.relationship_id.empty()) connection.relationship_id = Attr(child, "relationshipref");
        connection.source_node = Attr(child, "source");
        connection.target_node = Attr(child, "target");
        connection.line_color = StyleColor(child, "lineColor");
        for (pugi::xml_node point = child.first_child(); point; point = point.next_sibling()) {
          if (point.type() == pugi::node_element && LocalName(point.name()) == "bendpoint") {
            connection.bendpoints.push_back({IntAttribute(point, "x"), IntAttribute(point, "y")});
          }
        }
        connection.location = context.Locate(child);
        view.connections.push_back(std::move(connection));
      }
    }
    context.out.views.push_back(std::move(view));
  }
}

// Compacts `objects` from `begin`: each piece filled the first `filled` of its `room` slots.
template <typename Object>
void CloseGaps(std::vector<Object>& objects, std::size_t begin, const std::vector<std::pair<std::size_t, std::size_t>>& room_filled) {
  std::size_t from = begin, to = begin;
  for (const auto& [room, filled] : room_filled) {
    if (from != to) std::move(objects.begin() + from, objects.begin() + from + filled, objects.begin() + to);
    from += room;
    to += filled;
  }
  objects.resize(to);
}

// Reads the sections' pieces, on two threads for a single large file, each piece's DOM freed
// once read. Every piece fills its own slots of the model's vectors, sized from the children the
// splitter counted; the result is in file order, as a whole-file load gives it.
PieceParseError ReadPieces(const SectionPieces& pieces, const PropertyNames& names, LoadContext& context) {
  struct Work {
    TextRange range;
    bool is_elements;  // a piece of <elements>, else of <relationships>
    std::span<Element> elements;
    std::span<Relationship> relationships;
    std::size_t filled = 0;
    FileModel diagnostics;
    PieceParseError error;
    Conversions conversions;
  };
  std::vector<Element>& elements = context.out.elements;
  std::vector<Relationship>& relationships = context.out.relationships;
  const std::size_t elements_begin = elements.size(), relationships_begin = relationships.size();
  ReserveWithHugePages(elements, elements_begin + pieces.sections.elements.children);
  ReserveWithHugePages(relationships, relationships_begin + pieces.sections.relationships.children);
  elements.resize(elements_begin + pieces.sections.elements.children);
  relationships.resize(relationships_begin + pieces.sections.relationships.children);
  std::vector<Work> work;
  std::size_t slot = elements_begin;
  for (const SectionPiece& piece : pieces.sections.elements.pieces) {
    work.push_back({piece.range, true, std::span<Element>(elements).subspan(slot, piece.children), {}, 0, {}, {}, {}});
    slot += piece.children;
  }
  slot = relationships_begin;
  for (const SectionPiece& piece : pieces.sections.relationships.pieces) {
    work.push_back({piece.range, false, {}, std::span<Relationship>(relationships).subspan(slot, piece.children), 0, {}, {}, {}});
    slot += piece.children;
  }
  auto read = [&](std::size_t i) {
    Work& piece = work[i];
    pugi::xml_document document;
    piece.error = ParsePiece(document, pieces.text, piece.range);
    if (piece.error.failed) return;
    LoadContext piece_context{piece.diagnostics, context.locator, context.options, context.xsi_type, context.objects};
    piece_context.base_offset = piece.range.begin;
    piece.filled = piece.is_elements ? ReadElements(document, names, piece_context, piece.elements)
                                     : ReadRelationships(document, names, piece_context, piece.relationships);
    piece.conversions = std::move(piece_context.conversions);
  };
  ForEachIndex(work.size(), context.options.split_file ? 2 : 1, read);
  PieceParseError first;
  std::vector<std::pair<std::size_t, std::size_t>> element_room, relationship_room;
  for (Work& piece : work) {
    if (piece.error.failed && (!first.failed || piece.error.offset < first.offset)) first = piece.error;
    if (piece.is_elements) element_room.emplace_back(piece.elements.size(), piece.filled);
    else relationship_room.emplace_back(piece.relationships.size(), piece.filled);
    for (Diagnostic& diagnostic : piece.diagnostics.diagnostics) context.out.diagnostics.push_back(std::move(diagnostic));
    context.conversions.Merge(piece.conversions);
  }
  if (first.failed) return first;
  CloseGaps(elements, elements_begin, element_room);
  CloseGaps(relationships, relationships_begin, relationship_room);
  return first;
}

}  // namespace

PieceParseError LoadExchangeModel(pugi::xml_node root, LoadContext& context, const SectionPieces* pieces) {
  SourceFile& file = context.out.file;
  file.model_id = Attr(root, "identifier");
  ReadTexts(root, "name", file.names);
  file.documentation = FirstText(root, "documentation");
  const PropertyNames names = ReadPropertyDefinitions(root);
  ReadProperties(root, names, file.properties, context);
  auto read_elements = [&](pugi::xml_node list, LoadContext& into) {
    ReadSection(list, into.out.elements, [&](pugi::xml_node from, std::span<Element> slots) {
      return ReadElements(from, names, into, slots);
    });
  };
  auto read_relationships = [&](pugi::xml_node list, LoadContext& into) {
    ReadSection(list, into.out.relationships, [&](pugi::xml_node from, std::span<Relationship> slots) {
      return ReadRelationships(from, names, into, slots);
    });
  };
  if (pieces) {
    // A section too small to cut is read with the rest; the order stays the file's.
    PhaseTimer timer("exchange model in pieces");
    if (pieces->sections.elements.pieces.empty()) read_elements(Child(root, "elements"), context);
    PieceParseError error = ReadPieces(*pieces, names, context);
    if (error.failed) return error;
    if (pieces->sections.relationships.pieces.empty()) read_relationships(Child(root, "relationships"), context);
    timer.Mark("pieces");
    ReadOrganizations(root, context);
    timer.Mark("organizations");
    ReadViews(root, context);
    timer.Mark("views");
    return {};
  }
  if (!context.options.split_file) {
    read_elements(Child(root, "elements"), context);
    read_relationships(Child(root, "relationships"), context);
    ReadOrganizations(root, context);
    ReadViews(root, context);
    return {};
  }
  // A single large file: the elements on one thread, the relationships and views on another.
  // The DOM is only read, each part writes its own vectors, and the order of the result is the
  // same as a sequential load.
  FileModel second_part;
  LoadContext second{second_part, context.locator, context.options, context.xsi_type, context.objects};
  RunBoth([&] { read_elements(Child(root, "elements"), context); },
          [&] {
            read_relationships(Child(root, "relationships"), second);
            ReadViews(root, second);
          });
  context.over_limit = context.over_limit || second.over_limit;
  context.conversions.Merge(second.conversions);
  context.out.relationships = std::move(second_part.relationships);
  context.out.views = std::move(second_part.views);
  for (auto& diagnostic : second_part.diagnostics) context.out.diagnostics.push_back(std::move(diagnostic));
  ReadOrganizations(root, context);
  return {};
}

}  // namespace eaf::model::detail
