#include <functional>

#include "model/escaping.h"
#include "render/diagram.h"

namespace eaf::render {
namespace {

void WriteAttributes(std::string& out, const Attributes& attributes) {
  if (attributes.empty()) return;
  out += " [";
  bool first = true;
  for (const auto& [name, value] : attributes) {
    if (!first) out += ", ";
    first = false;
    // Label text already in Graphviz escape form (\n, \l) is passed through as written.
    out += name + "=" + model::QuoteDot(value);
  }
  out += "]";
}

}  // namespace

std::string WriteDot(const Diagram& diagram) {
  std::string out;
  // Positions are given: Graphviz must keep them (the DOT file alone does not say so).
  if (diagram.layout == "nop2") out += "// positions are fixed: render with neato -n2 (for example neato -n2 -Tsvg)\n";
  out += "digraph " + model::QuoteDot(diagram.name) + " {\n";
  for (const auto& [name, value] : diagram.graph_attributes) out += "  " + name + "=" + model::QuoteDot(value) + ";\n";
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
    out += indent + "subgraph " + model::QuoteDot("cluster_" + cluster.id) + " {\n";
    for (const auto& [name, value] : cluster.attributes) out += indent + "  " + name + "=" + model::QuoteDot(value) + ";\n";
    for (std::size_t c = 0; c < diagram.clusters.size(); ++c) {
      if (diagram.clusters[c].parent == index) write_cluster(static_cast<int>(c), indent + "  ");
    }
    for (const DiagramNode& node : diagram.nodes) {
      if (node.cluster != index) continue;
      out += indent + "  " + model::QuoteDot(node.id);
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
    out += "  " + model::QuoteDot(node.id);
    WriteAttributes(out, node.attributes);
    out += ";\n";
  }
  for (const DiagramEdge& edge : diagram.edges) {
    out += "  " + model::QuoteDot(edge.from) + " -> " + model::QuoteDot(edge.to);
    WriteAttributes(out, edge.attributes);
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace eaf::render
