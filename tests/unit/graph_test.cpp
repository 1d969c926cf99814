#include <doctest/doctest.h>

#include <boost/graph/breadth_first_search.hpp>

#include "model/graph.h"
#include "test_util.h"

using eaf::test::ExchangeModel;
using eaf::test::LoadXml;
namespace model = eaf::model;

TEST_CASE("graph: vertices are elements, edges are relationships between elements") {
  const std::string xml = ExchangeModel(
      "    <element identifier=\"a\" xsi:type=\"ApplicationComponent\"/>\n"
      "    <element identifier=\"b\" xsi:type=\"ApplicationComponent\"/>\n"
      "    <element identifier=\"c\" xsi:type=\"Node\"/>\n",
      "    <relationship identifier=\"r1\" xsi:type=\"Flow\" source=\"a\" target=\"b\"/>\n"
      "    <relationship identifier=\"r2\" xsi:type=\"Realization\" source=\"c\" target=\"a\"/>\n"
      "    <relationship identifier=\"r3\" xsi:type=\"Association\" source=\"c\" target=\"r1\"/>\n"
      "    <relationship identifier=\"r4\" xsi:type=\"Flow\" source=\"a\" target=\"missing\"/>\n");
  const model::Workspace workspace = LoadXml(xml);
  const model::ArchitectureGraph graph(workspace);
  CHECK(boost::num_vertices(graph.graph()) == 3);
  CHECK(boost::num_edges(graph.graph()) == 2);  // r3 ends on a relationship, r4 dangles
  CHECK(boost::in_degree(1, graph.graph()) == 1);
  CHECK(boost::out_degree(2, graph.graph()) == 1);

  const auto flows = graph.Filtered(model::MakeTypeSet({model::RelationshipType::kFlow}));
  std::size_t flow_edges = 0;
  for (auto [it, end] = boost::edges(flows); it != end; ++it) {
    ++flow_edges;
    CHECK(graph.RelationshipOf(*it).id == "r1");
  }
  CHECK(flow_edges == 1);

  const auto apps_only = graph.Filtered(model::MakeTypeSet({model::RelationshipType::kFlow, model::RelationshipType::kRealization}),
                                        [](const model::Element& e) { return e.type == model::ElementType::kApplicationComponent; });
  std::size_t vertices = 0;
  for (auto [it, end] = boost::vertices(apps_only); it != end; ++it) ++vertices;
  CHECK(vertices == 2);
}

TEST_CASE("graph: several files make one graph, each element keeps its file") {
  model::Workspace workspace;
  workspace.Add(model::LoadBuffer("a.xml", ExchangeModel("    <element identifier=\"x\" xsi:type=\"Node\"/>\n")));
  workspace.Add(model::LoadBuffer("b.xml", ExchangeModel("    <element identifier=\"x\" xsi:type=\"Node\"/>\n"
                                                         "    <element identifier=\"y\" xsi:type=\"Node\"/>\n",
                                                         "    <relationship identifier=\"r\" xsi:type=\"Serving\" source=\"x\" target=\"y\"/>\n")));
  workspace.Finish();
  CHECK(workspace.diagnostics.empty());  // the same id in two files is no duplicate
  CHECK(workspace.FindElement(0, "x") == 0);
  CHECK(workspace.FindElement(1, "x") == 1);
  CHECK(workspace.elements[2].location.file == 1);
  CHECK(workspace.relationships[0].source_index == 1);
  CHECK(workspace.relationships[0].target_index == 2);
  const model::ArchitectureGraph graph(workspace);
  CHECK(boost::num_vertices(graph.graph()) == 3);
  CHECK(boost::edge(1, 2, graph.graph()).second);
}
