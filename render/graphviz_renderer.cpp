#include "render/graphviz_renderer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include "model/messages.h"

namespace eaf::render {
namespace {

struct GraphDeleter {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
struct RenderDataDeleter {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

// cgraph takes char* where it means const char*.
char* Mutable(const std::string& text) { return const_cast<char*>(text.c_str()); }

void Apply(void* object, int kind, Agraph_t* root, const Attributes& attributes) {
  for (const auto& [name, value] : attributes) {
    // Declare the attribute with an empty default so every object can carry it.
    if (!agattr(root, kind, Mutable(name), nullptr)) agattr(root, kind, Mutable(name), Mutable(std::string()));
    agsafeset(object, Mutable(name), Mutable(value), Mutable(std::string()));
  }
}

// Graphviz keeps global state (plugins, error handlers); one render at a time.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

// One context for the whole process, never freed: Graphviz 2.43 caches the last font name in a
// static that gvFreeContext frees, so a second context reads freed memory (AddressSanitizer saw
// it in textspan_size). The context is reachable until exit, so it is no leak.
GVC_t* SharedContext() {
  static GVC_t* const context = gvContext();
  return context;
}

// Graphviz's default ids for named objects are the addresses of their interned names, and it keeps
// subgraphs ordered by id: the order of the clusters, and so the layout, would follow the heap. These
// ids follow creation order instead (even for named objects, odd for anonymous ones, as Graphviz
// expects), so the same diagram always gives the same bytes.
struct SequentialIds {
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::map<IDTYPE, std::string> names;
  IDTYPE next_named = 2;
  IDTYPE next_anonymous = 1;
};

void* IdsOpen(Agraph_t*, Agdisc_t*) { return new SequentialIds; }

long IdsMap(void* state, int, char* name, IDTYPE* id, int create) {
  auto& ids = *static_cast<SequentialIds*>(state);
  if (!name) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
    return 1;
  }
  if (auto it = ids.ids.find(std::string_view(name)); it != ids.ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) {
    *id = 0;
    return 1;
  }
  *id = ids.next_named;
  ids.next_named += 2;
  ids.ids.emplace(name, *id);
  ids.names.emplace(*id, name);
  return 1;
}

long IdsAlloc(void*, int, IDTYPE) { return 0; }
void IdsFree(void*, int, IDTYPE) {}

char* IdsPrint(void* state, int, IDTYPE id) {
  auto& names = static_cast<SequentialIds*>(state)->names;
  auto it = names.find(id);
  return it == names.end() ? nullptr : it->second.data();
}

void IdsClose(void* state) { delete static_cast<SequentialIds*>(state); }
void IdsRegister(void*, int, void*) {}

Agiddisc_t kSequentialIds = {IdsOpen, IdsMap, IdsAlloc, IdsFree, IdsPrint, IdsClose, IdsRegister};

}  // namespace

bool RenderDiagram(const Diagram& diagram, const std::string& format, std::string& bytes, std::string& error) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* const context = SharedContext();
  if (!context) {
    error = model::Text(diagram.lang, "view.graphviz.no-context");
    return false;
  }
  Agdisc_t discipline = {&AgMemDisc, &kSequentialIds, &AgIoDisc};
  std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(Mutable(diagram.name), Agdirected, &discipline));
  Agraph_t* root = graph.get();
  for (const auto& [name, value] : diagram.graph_attributes) agattr(root, AGRAPH, Mutable(name), Mutable(value));
  for (const auto& [name, value] : diagram.node_defaults) agattr(root, AGNODE, Mutable(name), Mutable(value));
  for (const auto& [name, value] : diagram.edge_defaults) agattr(root, AGEDGE, Mutable(name), Mutable(value));

  std::vector<Agraph_t*> clusters(diagram.clusters.size(), nullptr);
  // Parents come before children in Diagram::clusters only by convention: resolve lazily.
  std::function<Agraph_t*(int)> cluster_graph = [&](int index) -> Agraph_t* {
    if (index < 0) return root;
    if (clusters[index]) return clusters[index];
    const DiagramCluster& cluster = diagram.clusters[index];
    Agraph_t* parent = cluster_graph(cluster.parent);
    clusters[index] = agsubg(parent, Mutable("cluster_" + cluster.id), 1);
    Apply(clusters[index], AGRAPH, root, cluster.attributes);
    return clusters[index];
  };
  std::map<std::string, Agnode_t*> nodes;
  for (const DiagramNode& node : diagram.nodes) {
    Agnode_t* created = agnode(cluster_graph(node.cluster), Mutable(node.id), 1);
    Apply(created, AGNODE, root, node.attributes);
    nodes[node.id] = created;
  }
  for (const DiagramEdge& edge : diagram.edges) {
    auto from = nodes.find(edge.from), to = nodes.find(edge.to);
    if (from == nodes.end() || to == nodes.end()) continue;
    Agedge_t* created = agedge(root, from->second, to->second, nullptr, 1);
    Apply(created, AGEDGE, root, edge.attributes);
  }
  if (gvLayout(context, root, diagram.layout.c_str()) != 0) {
    error = model::Text(diagram.lang, "view.graphviz.no-layout");
    return false;
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, root, format.c_str(), &data, &length);
  std::unique_ptr<char, RenderDataDeleter> owned(data);
  gvFreeLayout(context, root);
  if (status != 0 || !data) {
    error = model::Text(diagram.lang, "view.graphviz.no-render", {{"format", format}});
    return false;
  }
  bytes.assign(data, length);
  return true;
}

}  // namespace eaf::render
