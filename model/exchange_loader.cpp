// The ArchiMate 3.x Open Exchange Format (http://www.opengroup.org/xsd/archimate/3.0/).

#include <limits>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/loader_internal.h"
#include "model/text_util.h"

namespace eaf::model::detail {
namespace {

// Keys view the document's own strings, alive for the whole load.
using PropertyNames = std::unordered_map<std::string_view, std::string>;

// <propertyDefinitions>: identifier -> name. ArchiMate 3.0 puts the name in a <name> child;
// 2.1-era files use a name attribute.
PropertyNames ReadPropertyDefinitions(pugi::xml_node root) {
  PropertyNames names;
  pugi::xml_node definitions = Child(root, "propertyDefinitions");
  for (pugi::xml_node definition = definitions.first_child(); definition; definition = definition.next_sibling()) {
    if (LocalName(definition.name()) != "propertyDefinition") continue;
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
      context.Report("LOAD-007", Severity::kWarning,
                     std::string("property refers to an undefined property definition '") + reference + "'",
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
    if (name == "name") {
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

void ReadElements(pugi::xml_node root, const PropertyNames& names, LoadContext& context) {
  pugi::xml_node list = Child(root, "elements");
  context.out.elements.reserve(CountChildren(list));
  for (pugi::xml_node node = list.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "element") continue;
    if (!context.CountObject(node)) return;
    std::string_view type_name;
    Element element;
    for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
      const std::string_view name = attribute.name();
      if (name == "identifier") AppendDecoded(element.id, attribute.value());
      else if (name == context.xsi_type) type_name = attribute.value();
    }
    const auto type = ParseElementType(type_name);
    if (!type) {
      std::string message = "unknown element type '" + std::string(type_name) + "'";
      if (type_name.empty()) message = "element has no " + context.xsi_type + " attribute";
      const std::string_view suggestion = ClosestMatch(type_name, AllElementTypeNames());
      if (!suggestion.empty()) message += "; did you mean '" + std::string(suggestion) + "'?";
      context.Report("LOAD-008", Severity::kError, message + "; the element is skipped", node);
      continue;
    }
    if (element.id.empty()) {
      context.Report("LOAD-009", Severity::kError, "element has no identifier; it is skipped", node);
      continue;
    }
    element.type = *type;
    element.location = context.Locate(node);
    ReadConceptChildren(node, names, element.names, element.documentation, element.properties, context);
    context.out.elements.push_back(std::move(element));
  }
}

void ReadRelationships(pugi::xml_node root, const PropertyNames& names, LoadContext& context) {
  pugi::xml_node list = Child(root, "relationships");
  context.out.relationships.reserve(CountChildren(list));
  for (pugi::xml_node node = list.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "relationship") continue;
    if (!context.CountObject(node)) return;
    Relationship relationship;
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
    const auto type = ParseRelationshipType(type_name);
    if (!type) {
      std::string message = "unknown relationship type '" + std::string(type_name) + "'";
      const std::string_view suggestion = ClosestMatch(type_name, AllRelationshipTypeNames());
      if (!suggestion.empty()) message += "; did you mean '" + std::string(suggestion) + "'?";
      context.Report("LOAD-008", Severity::kError, message + "; the relationship is skipped", node);
      continue;
    }
    if (relationship.id.empty()) {
      context.Report("LOAD-009", Severity::kError, "relationship has no identifier; it is skipped", node);
      continue;
    }
    relationship.type = *type;
    relationship.location = context.Locate(node);
    if (*type == RelationshipType::kAccess) relationship.access_type = ParseAccessType(access_type);
    ReadConceptChildren(node, names, relationship.names, relationship.documentation, relationship.properties,
                        context);
    context.out.relationships.push_back(std::move(relationship));
  }
}

// <organizations>: a folder tree of <item identifierRef> leaves; gives each element its folder path.
void ReadOrganizations(pugi::xml_node root, LoadContext& context) {
  pugi::xml_node organizations = Child(root, "organizations");
  if (!organizations) return;
  std::unordered_map<std::string, std::string> folder_of;
  struct Frame {
    pugi::xml_node node;
    std::string path;
    std::uint32_t depth;
  };
  std::vector<Frame> stack{{organizations, "", 0}};
  while (!stack.empty()) {
    Frame frame = std::move(stack.back());
    stack.pop_back();
    if (frame.depth > context.limits().max_depth) {
      context.Report("LOAD-010", Severity::kError,
                     "organizations nest deeper than " + std::to_string(context.limits().max_depth) +
                         " levels; the deeper folders are ignored",
                     frame.node);
      continue;
    }
    for (pugi::xml_node item = frame.node.last_child(); item; item = item.previous_sibling()) {
      if (item.type() != pugi::node_element || LocalName(item.name()) != "item") continue;
      std::string reference = Attr(item, "identifierRef");
      if (!reference.empty()) {
        folder_of.emplace(std::move(reference), frame.path);
        continue;
      }
      std::string label = FirstText(item, "label");
      std::string path = frame.path.empty() ? label : frame.path + "/" + label;
      stack.push_back({item, std::move(path), frame.depth + 1});
    }
  }
  for (Element& element : context.out.elements) {
    auto it = folder_of.find(element.id);
    if (it != folder_of.end()) element.folder = it->second;
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

// <views><diagrams><view>: nested <node>s with absolute bounds and <connection>s.
void ReadViews(pugi::xml_node root, LoadContext& context) {
  pugi::xml_node diagrams = Child(Child(root, "views"), "diagrams");
  for (pugi::xml_node view_node = diagrams.first_child(); view_node; view_node = view_node.next_sibling()) {
    if (view_node.type() != pugi::node_element || LocalName(view_node.name()) != "view") continue;
    if (!context.CountObject(view_node)) return;
    View view;
    view.id = Attr(view_node, "identifier");
    view.viewpoint = Attr(view_node, "viewpoint");
    view.location = context.Locate(view_node);
    ReadTexts(view_node, "name", view.names);
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
        node.label = FirstText(child, "label");
        node.x = IntAttribute(child, "x");
        node.y = IntAttribute(child, "y");
        node.width = IntAttribute(child, "w");
        node.height = IntAttribute(child, "h");
        node.parent = parent;
        node.location = context.Locate(child);
        view.nodes.push_back(std::move(node));
        if (stack.size() >= context.limits().max_depth) {
          if (std::exchange(reported_depth, true)) continue;
          context.Report("LOAD-010", Severity::kError,
                         "view nodes nest deeper than " + std::to_string(context.limits().max_depth) +
                             " levels; the deeper nodes are ignored",
                         child);
          continue;
        }
        stack.push_back({child.first_child(), static_cast<std::int32_t>(view.nodes.size() - 1)});
      } else if (name == "connection") {
        if (!context.CountObject(child)) return;
        ViewConnection connection;
        connection.id = Attr(child, "identifier");
        connection.relationship_id = Attr(child, "relationshipRef");
        connection.source_node = Attr(child, "source");
        connection.target_node = Attr(child, "target");
        connection.location = context.Locate(child);
        view.connections.push_back(std::move(connection));
      }
    }
    context.out.views.push_back(std::move(view));
  }
}

}  // namespace

void LoadExchangeModel(pugi::xml_node root, LoadContext& context) {
  SourceFile& file = context.out.file;
  file.model_id = Attr(root, "identifier");
  ReadTexts(root, "name", file.names);
  file.documentation = FirstText(root, "documentation");
  const PropertyNames names = ReadPropertyDefinitions(root);
  ReadProperties(root, names, file.properties, context);
  if (!context.options.split_file) {
    ReadElements(root, names, context);
    ReadRelationships(root, names, context);
    ReadOrganizations(root, context);
    ReadViews(root, context);
    return;
  }
  // A single large file: relationships and views on a second thread while this one reads the
  // elements. The DOM is only read, each part writes its own vectors, and the order of the
  // result is the same as a sequential load.
  FileModel second_part;
  LoadContext second{second_part, context.locator, context.options, context.xsi_type, context.objects};
  std::thread worker([&] {
    ReadRelationships(root, names, second);
    ReadViews(root, second);
  });
  ReadElements(root, names, context);
  worker.join();
  context.over_limit = context.over_limit || second.over_limit;
  context.out.relationships = std::move(second_part.relationships);
  context.out.views = std::move(second_part.views);
  for (auto& diagnostic : second_part.diagnostics) context.out.diagnostics.push_back(std::move(diagnostic));
  ReadOrganizations(root, context);
}

}  // namespace eaf::model::detail
