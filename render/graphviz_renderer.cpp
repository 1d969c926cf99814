#include "render/graphviz_renderer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string_view>
#include <map>
#include <memory>
#include <mutex>

#include "model/messages.h"
#include "render/icons.h"

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

// What Graphviz reports while it works on a diagram ("Warning: ", then the message, in pieces):
// collected under GraphvizMutex() instead of written to stderr.
std::string& GraphvizMessages() {
  static std::string messages;
  return messages;
}

int CollectMessage(char* text) {
  if (text) GraphvizMessages() += text;
  return 0;
}

// Sets the collector for the lifetime of the object, and puts back what was there.
class CapturedMessages {
 public:
  CapturedMessages() : previous_(agseterrf(&CollectMessage)) {
    GraphvizMessages().clear();
    agreseterrors();
  }
  ~CapturedMessages() { agseterrf(previous_); }
  CapturedMessages(const CapturedMessages&) = delete;
  CapturedMessages& operator=(const CapturedMessages&) = delete;

  // The messages one a line, without Graphviz's "Error: "/"Warning: " prefixes and its "(null)" graph name.
  std::vector<std::string> Lines() const {
    std::vector<std::string> lines;
    std::string_view all = GraphvizMessages();
    while (!all.empty()) {
      const std::size_t end = all.find('\n');
      std::string_view line = all.substr(0, end);
      all = end == std::string_view::npos ? std::string_view() : all.substr(end + 1);
      for (std::string_view prefix : {"Error: ", "Warning: ", "(null): "}) {
        if (line.starts_with(prefix)) line.remove_prefix(prefix.size());
      }
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
      if (!line.empty()) lines.emplace_back(line);
    }
    return lines;
  }

 private:
  agusererrf previous_;
};

// The captured messages as one line for an eaf message.
std::string Joined(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) joined += (joined.empty() ? "" : "; ") + line;
  return joined;
}

// Reads DOT text from memory for agread (agmemread would use Graphviz's own ids).
struct MemoryChannel {
  std::string_view text;
  std::size_t at = 0;
};

int MemoryRead(void* channel, char* buffer, int size) {
  auto& memory = *static_cast<MemoryChannel*>(channel);
  if (size <= 1 || memory.at >= memory.text.size()) return 0;
  // One line at a time, as Graphviz's own reader does.
  std::size_t end = memory.text.find('\n', memory.at);
  end = end == std::string_view::npos ? memory.text.size() : end + 1;
  const std::size_t count = std::min(end - memory.at, static_cast<std::size_t>(size - 1));
  std::copy_n(memory.text.data() + memory.at, count, buffer);
  buffer[count] = '\0';
  memory.at += count;
  return static_cast<int>(count);
}

Agiodisc_t kMemoryIo = {MemoryRead, AgIoDisc.putstr, AgIoDisc.flush};

bool Loose(const DiagramEdge& edge) {
  for (const auto& [name, value] : edge.attributes) {
    if (name == "constraint" && value == "false") return true;
  }
  return false;
}

void AddEdges(Agraph_t* root, const Diagram& diagram, bool loose) {
  for (const DiagramEdge& edge : diagram.edges) {
    if (Loose(edge) != loose) continue;
    Agnode_t* from = agnode(root, Mutable(edge.from), 0);
    Agnode_t* to = agnode(root, Mutable(edge.to), 0);
    if (!from || !to) continue;
    Agedge_t* created = agedge(root, from, to, nullptr, 1);
    Apply(created, AGEDGE, root, edge.attributes);
  }
}

bool HasIcons(const Diagram& diagram) {
  return std::any_of(diagram.nodes.begin(), diagram.nodes.end(), [](const DiagramNode& node) { return node.icon != Icon::kNone; });
}

// How far in from the box's top-right corner a shape's outline lets an icon sit: box3d draws its
// depth at the top right, a cylinder its rim at the top; a hexagon and an octagon cut their top
// corners, so there the icon sits at the top centre (views.cpp gives those nodes room above the label).
std::pair<double, double> IconInset(std::string_view shape, double width) {
  if (shape == "box3d") return {4, 4};
  if (shape == "cylinder") return {1, 8};
  if (shape == "hexagon" || shape == "octagon") return {width / 2 - 10, 1};
  return {0, 0};
}

// Each node's icon, once the layout has placed the node: its pieces pinned in the node's top-right corner.
void AddIcons(Agraph_t* root, const Diagram& diagram) {
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  for (const DiagramNode& node : diagram.nodes) {
    if (node.icon == Icon::kNone) continue;
    Agnode_t* placed = agnode(root, Mutable(node.id), 0);
    double x = 0, y = 0, width = 0, height = 0;
    if (!placed || std::sscanf(agget(placed, const_cast<char*>("pos")), "%lf,%lf", &x, &y) != 2 ||
        std::sscanf(agget(placed, const_cast<char*>("width")), "%lf", &width) != 1 ||
        std::sscanf(agget(placed, const_cast<char*>("height")), "%lf", &height) != 1) {
      continue;
    }
    width *= 72;
    height *= 72;
    const char* shape = agget(placed, const_cast<char*>("shape"));
    const auto [dx, dy] = IconInset(shape ? shape : "", width);
    AppendIcon(node.icon, x + width / 2 - dx, y + height / 2 - dy, node.id + "-icon", nodes, edges);
  }
  for (const DiagramNode& node : nodes) Apply(agnode(root, Mutable(node.id), 1), AGNODE, root, node.attributes);
  for (const DiagramEdge& edge : edges) {
    Apply(agedge(root, agnode(root, Mutable(edge.from), 0), agnode(root, Mutable(edge.to), 0), nullptr, 1), AGEDGE, root, edge.attributes);
  }
}

}  // namespace

bool FitsBitmap(double width, double height, const std::string& lang, std::string& error, const BitmapLimits& limits) {
  const double scale = limits.dpi / 72;
  const double pixels_wide = std::ceil(width * scale), pixels_high = std::ceil(height * scale);
  if (pixels_wide <= limits.max_side && pixels_high <= limits.max_side && pixels_wide * pixels_high <= limits.max_pixels) return true;
  const auto whole = [](double value) { return std::to_string(static_cast<long long>(value)); };
  error = model::Text(lang, "view.bitmap-too-large", {{"width", whole(pixels_wide)}, {"height", whole(pixels_high)},
                                                      {"side", whole(limits.max_side)},
                                                      {"megapixels", whole(limits.max_pixels / 1000000)}});
  return false;
}

bool RenderDiagram(const Diagram& diagram, const std::string& format, std::string& bytes, std::string& error,
                   std::vector<std::string>* notes, double* overflow) {
  if (overflow) *overflow = 0;
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  const CapturedMessages captured;
  GVC_t* const context = SharedContext();
  if (!context) {
    error = model::Text(diagram.lang, "view.graphviz.no-context");
    return false;
  }
  // Graphviz's words, when it said any, after eaf's.
  const auto failed = [&](const std::string& id, model::MessageArgs args = {}) {
    error = model::Text(diagram.lang, id, args);
    if (const std::string said = Joined(captured.Lines()); !said.empty()) {
      error = model::Text(diagram.lang, "view.graphviz.said", {{"error", error}, {"message", said}});
    }
    return false;
  };
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
  for (const DiagramNode& node : diagram.nodes) {
    Agnode_t* created = agnode(cluster_graph(node.cluster), Mutable(node.id), 1);
    Apply(created, AGNODE, root, node.attributes);
  }
  AddEdges(root, diagram, false);
  if (!diagram.loose_edges_after_layout) AddEdges(root, diagram, true);
  // Icons sit where the layout put their nodes: a laid-out diagram with icons is placed first too.
  const bool icons = diagram.layout != "nop2" && HasIcons(diagram);
  if (diagram.loose_edges_after_layout || icons) {
    // dot places the nodes and clusters; its DOT output, read back with every edge, keeps them in
    // place under the "nop2" layout (neato -n2), which draws the edges as lines between them.
    if (gvLayout(context, root, "dot") != 0) return failed("view.graphviz.no-layout");
    char* placed = nullptr;
    unsigned int placed_length = 0;
    const int status = gvRenderData(context, root, "dot", &placed, &placed_length);
    std::unique_ptr<char, RenderDataDeleter> owned_placed(placed);
    gvFreeLayout(context, root);
    if (status != 0 || !placed) return failed("view.graphviz.no-layout");
    MemoryChannel channel{std::string_view(placed, placed_length)};
    Agdisc_t read_discipline = {&AgMemDisc, &kSequentialIds, &kMemoryIo};
    graph.reset(agread(&channel, &read_discipline));
    if (!graph) return failed("view.graphviz.no-layout");
    root = graph.get();
    if (diagram.loose_edges_after_layout) AddEdges(root, diagram, true);
    if (icons) AddIcons(root, diagram);
    if (gvLayout(context, root, "nop2") != 0) return failed("view.graphviz.no-layout");
  } else {
    if (gvLayout(context, root, diagram.layout.c_str()) != 0) return failed("view.graphviz.no-layout");
  }
  // A bitmap too large to make or to read is refused before Graphviz tries (it would shrink it).
  if (format == "png") {
    const boxf bounds = GD_bb(root);
    double width = bounds.UR.x - bounds.LL.x, height = bounds.UR.y - bounds.LL.y;
    // A "size" attribute (inches) makes Graphviz scale a larger drawing down to it: that is the bitmap.
    double size_wide = 0, size_high = 0;
    if (const char* size = agget(root, const_cast<char*>("size")); size && std::sscanf(size, "%lf,%lf", &size_wide, &size_high) == 2 &&
                                                                    size_wide > 0 && size_high > 0 && width > 0 && height > 0) {
      const double shrink = std::min({1.0, size_wide * 72 / width, size_high * 72 / height});
      width *= shrink;
      height *= shrink;
    }
    if (const BitmapLimits limits; !FitsBitmap(width, height, diagram.lang, error, limits)) {
      if (overflow) {
        const double scale = limits.dpi / 72;
        *overflow = std::max({width * scale / limits.max_side, height * scale / limits.max_side,
                              width * scale * height * scale / limits.max_pixels});
      }
      gvFreeLayout(context, root);
      return false;
    }
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, root, format.c_str(), &data, &length);
  std::unique_ptr<char, RenderDataDeleter> owned(data);
  gvFreeLayout(context, root);
  if (status != 0 || !data) return failed("view.graphviz.no-render", {{"format", format}});
  if (notes) {
    for (const std::string& line : captured.Lines()) notes->push_back(model::Text(diagram.lang, "view.graphviz.warning", {{"message", line}}));
  }
  bytes.assign(data, length);
  return true;
}

}  // namespace eaf::render
