#include <functional>

#include "render/diagram.h"

namespace eaf::render {
namespace {

// A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n, other control
// characters dropped, so no model text can end the string or inject statements.
std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;
    else out += c;
  }
  return out + "\"";
}

void WriteAttributes(std::string& out, const Attributes& attributes) {
  if (attributes.empty()) return;
  out += " [";
  bool first = true;
  for (const auto& [name, value] : attributes) {
    if (!first) out += ", ";
    first = false;
    // Label text already in Graphviz escape form (\n, \l) is passed through as written.
    out += name + "=" + Quote(value);
  }
  out += "]";
}

}  // namespace

std::string WriteDot(const Diagram& diagram) {
  std::string out = "digraph " + Quote(diagram.name) + " {\n";
  for (const auto& [name, value] : diagram.graph_attributes) out += "  " + name + "=" + Quote(value) + ";\n";
  if (!diagram.node_defaults.empty()) {
    out += "  node";
    WriteAttributes(out, diagram.node_defaults);
    out += ";\n";
  }
  if (!diagram.edge_defaults.empty()) {
    out += "  edge";
    WriteAttributes(out, diagram.edge_defaults);
    out += ";\n";
  }
  std::function<void(int, const std::string&)> write_cluster = [&](int index, const std::string& indent) {
    const DiagramCluster& cluster = diagram.clusters[index];
    out += indent + "subgraph " + Quote("cluster_" + cluster.id) + " {\n";
    for (const auto& [name, value] : cluster.attributes) out += indent + "  " + name + "=" + Quote(value) + ";\n";
    for (std::size_t c = 0; c < diagram.clusters.size(); ++c) {
      if (diagram.clusters[c].parent == index) write_cluster(static_cast<int>(c), indent + "  ");
    }
    for (const DiagramNode& node : diagram.nodes) {
      if (node.cluster != index) continue;
      out += indent + "  " + Quote(node.id);
      WriteAttributes(out, node.attributes);
      out += ";\n";
    }
    out += indent + "}\n";
  };
  for (std::size_t c = 0; c < diagram.clusters.size(); ++c) {
    if (diagram.clusters[c].parent < 0) write_cluster(static_cast<int>(c), "  ");
  }
  for (const DiagramNode& node : diagram.nodes) {
    if (node.cluster >= 0) continue;
    out += "  " + Quote(node.id);
    WriteAttributes(out, node.attributes);
    out += ";\n";
  }
  for (const DiagramEdge& edge : diagram.edges) {
    out += "  " + Quote(edge.from) + " -> " + Quote(edge.to);
    WriteAttributes(out, edge.attributes);
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace eaf::render
