#include "render/split.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "model/messages.h"
#include "render/graphviz_renderer.h"

namespace eaf::render {
namespace {

const std::string* FindValue(const Attributes& attributes, const std::string& name) {
  for (const auto& [key, value] : attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

bool Has(const Attributes& attributes, const std::string& name, const std::string& value) {
  const std::string* found = FindValue(attributes, name);
  return found && *found == value;
}

// An edge of a view's grid (views.cpp stacks rows with invisible edges of weight 10).
bool IsGridEdge(const DiagramEdge& edge) { return Has(edge.attributes, "style", "invis") && Has(edge.attributes, "weight", "10"); }
bool IsInvisible(const DiagramEdge& edge) { return Has(edge.attributes, "style", "invis"); }

// The first line of a label ("AG-01 (baseline)\nerrors: 1" -> "AG-01 (baseline)").
std::string FirstLine(const std::string& label) {
  const std::size_t end = label.find("\\n") != std::string::npos ? label.find("\\n") : label.find('\n');
  return label.substr(0, end);
}

// The diagram's nodes grouped as a split sees them: each node's top-level cluster, and whether it
// is the hub's, the legend's or a page's to place.
struct Grouping {
  std::vector<int> top;  ///< per node: its top-level cluster, -1 for a top-level node
  std::vector<char> role;  ///< per node: 'p' placed on a page, 'h' hub, 'l' legend
  /// The groups in order of first appearance: the node indices of one top-level cluster, or one top-level node.
  std::vector<std::vector<std::size_t>> groups;
  std::vector<std::string> titles;  ///< per group
};

Grouping Group(const Diagram& diagram) {
  Grouping grouping;
  std::map<int, std::size_t> group_of_cluster;
  for (std::size_t n = 0; n < diagram.nodes.size(); ++n) {
    int cluster = diagram.nodes[n].cluster;
    while (cluster >= 0 && diagram.clusters[cluster].parent >= 0) cluster = diagram.clusters[cluster].parent;
    grouping.top.push_back(cluster);
    const std::string cluster_id = cluster >= 0 ? diagram.clusters[cluster].id : std::string();
    char role = 'p';
    if (!diagram.split_hub.empty() && cluster_id == diagram.split_hub) role = 'h';
    else if (cluster_id == "legend") role = 'l';
    grouping.role.push_back(role);
    if (role != 'p') continue;
    // A cluster without a label only arranges its nodes (the federation's agencies): each node is a group.
    const std::string* cluster_label = cluster >= 0 ? FindValue(diagram.clusters[cluster].attributes, "label") : nullptr;
    if (cluster >= 0 && cluster_label && !cluster_label->empty()) {
      auto [it, inserted] = group_of_cluster.emplace(cluster, grouping.groups.size());
      if (inserted) {
        grouping.groups.emplace_back();
        const std::string* label = FindValue(diagram.clusters[cluster].attributes, "label");
        grouping.titles.push_back(label ? *label : cluster_id);
      }
      grouping.groups[it->second].push_back(n);
    } else {
      grouping.groups.push_back({n});
      const std::string* label = FindValue(diagram.nodes[n].attributes, "label");
      grouping.titles.push_back(label ? FirstLine(*label) : diagram.nodes[n].id);
    }
  }
  return grouping;
}

// A page's content before it becomes a diagram: its nodes (indices) and the titles of its pieces.
struct PagePlan {
  std::vector<std::size_t> nodes;
  std::vector<std::string> titles;
};

std::vector<PagePlan> Plan(const Grouping& grouping, std::size_t page_nodes) {
  page_nodes = std::max<std::size_t>(page_nodes, 1);
  std::vector<PagePlan> pages;
  for (std::size_t g = 0; g < grouping.groups.size(); ++g) {
    const std::vector<std::size_t>& group = grouping.groups[g];
    const std::size_t chunks = (group.size() + page_nodes - 1) / page_nodes;
    for (std::size_t c = 0; c < chunks; ++c) {
      const auto begin = group.begin() + static_cast<std::ptrdiff_t>(c * page_nodes);
      const auto end = group.begin() + static_cast<std::ptrdiff_t>(std::min(group.size(), (c + 1) * page_nodes));
      const std::size_t size = static_cast<std::size_t>(end - begin);
      if (pages.empty() || pages.back().nodes.size() + size > page_nodes) pages.emplace_back();
      pages.back().nodes.insert(pages.back().nodes.end(), begin, end);
      pages.back().titles.push_back(chunks == 1 ? grouping.titles[g]
                                                : grouping.titles[g] + " (" + std::to_string(c + 1) + "/" + std::to_string(chunks) + ")");
    }
  }
  return pages;
}

// "A, B, C" or "A … Z (12)": what a page or the index names.
std::string Titles(const std::vector<std::string>& titles) {
  if (titles.size() <= 3) {
    std::string joined;
    for (const std::string& title : titles) joined += (joined.empty() ? "" : ", ") + title;
    return joined;
  }
  return titles.front() + " … " + titles.back() + " (" + std::to_string(titles.size()) + ")";
}

// Stacks `names` in rows of `columns` with invisible edges (as the views' grids), below `above`.
std::vector<std::string> Stack(std::vector<DiagramEdge>& edges, const std::vector<std::string>& names, std::size_t columns,
                               std::vector<std::string> row) {
  for (std::size_t start = 0; start < names.size(); start += columns) {
    std::vector<std::string> next(names.begin() + static_cast<std::ptrdiff_t>(start),
                                  names.begin() + static_cast<std::ptrdiff_t>(std::min(names.size(), start + columns)));
    for (std::size_t c = 0; c < next.size() && !row.empty(); ++c) {
      edges.push_back({row[std::min(c, row.size() - 1)], next[c], {{"style", "invis"}, {"weight", "10"}}});
    }
    row = std::move(next);
  }
  return row;
}

// Columns that make a grid of `count` nodes (about 172 × 85 points each) about as wide as tall.
std::size_t GridColumns(std::size_t count) {
  return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(count) / 2))));
}

void SetLabel(Attributes& attributes, const std::string& label) {
  for (auto& [key, value] : attributes) {
    if (key == "label") {
      value = label;
      return;
    }
  }
  attributes.push_back({"label", label});
}

}  // namespace

std::string PageFileName(const std::string& output, std::size_t page, const std::string& format) {
  std::string stem = output == "-" || output.empty() ? std::string("page") : std::filesystem::path(output).stem().string();
  if (stem.empty()) stem = "page";
  return stem + "-" + std::to_string(page) + "." + format;
}

std::size_t SplittableNodes(const Diagram& diagram) {
  const Grouping grouping = Group(diagram);
  return static_cast<std::size_t>(std::count(grouping.role.begin(), grouping.role.end(), 'p'));
}

std::size_t PageCount(const Diagram& diagram, std::size_t page_nodes) { return Plan(Group(diagram), page_nodes).size(); }

SplitView SplitDiagram(const Diagram& diagram, std::size_t page_nodes, const std::vector<std::string>& files) {
  const Grouping grouping = Group(diagram);
  const std::vector<PagePlan> plans = Plan(grouping, page_nodes);
  std::unordered_map<std::string, std::size_t> node_index;
  for (std::size_t n = 0; n < diagram.nodes.size(); ++n) node_index.emplace(diagram.nodes[n].id, n);
  std::vector<std::size_t> page_of(diagram.nodes.size(), plans.size());  // plans.size(): on no page
  for (std::size_t p = 0; p < plans.size(); ++p) {
    for (std::size_t n : plans[p].nodes) page_of[n] = p;
  }
  const std::string* whole_label = FindValue(diagram.graph_attributes, "label");
  const model::MessageCatalog& text = model::Messages(diagram.lang);
  const std::size_t hub_nodes = static_cast<std::size_t>(std::count(grouping.role.begin(), grouping.role.end(), 'h'));
  std::string hub_title;
  for (const DiagramCluster& cluster : diagram.clusters) {
    if (cluster.id == diagram.split_hub) hub_title = FindValue(cluster.attributes, "label") ? *FindValue(cluster.attributes, "label") : cluster.id;
  }

  SplitView split;
  // Lines between pages (and to the hub, as page index plans.size()), counted for the index.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> between;
  std::vector<std::size_t> page_edges(plans.size(), 0);
  for (const DiagramEdge& edge : diagram.edges) {
    if (IsInvisible(edge)) continue;
    auto from = node_index.find(edge.from), to = node_index.find(edge.to);
    if (from == node_index.end() || to == node_index.end()) continue;
    const char from_role = grouping.role[from->second], to_role = grouping.role[to->second];
    if (from_role == 'l' || to_role == 'l') continue;
    std::size_t a = from_role == 'h' ? plans.size() : page_of[from->second];
    std::size_t b = to_role == 'h' ? plans.size() : page_of[to->second];
    if (a == b) {
      if (a < plans.size()) ++page_edges[a];
      continue;
    }
    if (a > b) std::swap(a, b);
    ++between[{a, b}];
    if (b == plans.size()) ++page_edges[a];  // drawn on the page, with the hub's node
  }

  for (std::size_t p = 0; p < plans.size(); ++p) {
    const PagePlan& plan = plans[p];
    std::vector<bool> on_page(diagram.nodes.size(), false);
    for (std::size_t n : plan.nodes) on_page[n] = true;
    // The hub's nodes this page connects to.
    for (const DiagramEdge& edge : diagram.edges) {
      if (IsInvisible(edge)) continue;
      auto from = node_index.find(edge.from), to = node_index.find(edge.to);
      if (from == node_index.end() || to == node_index.end()) continue;
      if (page_of[from->second] == p && grouping.role[to->second] == 'h') on_page[to->second] = true;
      if (page_of[to->second] == p && grouping.role[from->second] == 'h') on_page[from->second] = true;
    }
    for (std::size_t n = 0; n < diagram.nodes.size(); ++n) {
      if (grouping.role[n] == 'l') on_page[n] = true;
    }
    Diagram page;
    page.name = diagram.name;
    page.lang = diagram.lang;
    page.layout = diagram.layout;
    page.split_hub = diagram.split_hub;
    page.loose_edges_after_layout = diagram.loose_edges_after_layout;
    page.graph_attributes = diagram.graph_attributes;
    page.node_defaults = diagram.node_defaults;
    page.edge_defaults = diagram.edge_defaults;
    SetLabel(page.graph_attributes, text.Format("view.split.page-title", {{"view", whole_label ? *whole_label : diagram.name},
                                                                        {"page", std::to_string(p + 1)},
                                                                        {"pages", std::to_string(plans.size())},
                                                                        {"content", Titles(plan.titles)}}));
    // The clusters the page's nodes sit in, with their parents, in the diagram's order.
    std::vector<bool> cluster_used(diagram.clusters.size(), false);
    for (std::size_t n = 0; n < diagram.nodes.size(); ++n) {
      for (int c = on_page[n] ? diagram.nodes[n].cluster : -1; c >= 0; c = diagram.clusters[c].parent) cluster_used[c] = true;
    }
    std::vector<int> cluster_map(diagram.clusters.size(), -1);
    for (std::size_t c = 0; c < diagram.clusters.size(); ++c) {
      if (!cluster_used[c]) continue;
      cluster_map[c] = static_cast<int>(page.clusters.size());
      page.clusters.push_back(diagram.clusters[c]);
    }
    for (DiagramCluster& cluster : page.clusters) cluster.parent = cluster.parent >= 0 ? cluster_map[cluster.parent] : -1;
    for (std::size_t n = 0; n < diagram.nodes.size(); ++n) {
      if (!on_page[n]) continue;
      DiagramNode node = diagram.nodes[n];
      node.cluster = node.cluster >= 0 ? cluster_map[node.cluster] : -1;
      page.nodes.push_back(std::move(node));
    }
    for (const DiagramEdge& edge : diagram.edges) {
      auto from = node_index.find(edge.from), to = node_index.find(edge.to);
      if (from == node_index.end() || to == node_index.end() || !on_page[from->second] || !on_page[to->second]) continue;
      if (diagram.loose_edges_after_layout && IsGridEdge(edge)) continue;
      page.edges.push_back(edge);
    }
    // A grid view's rows are made again for the page: its own nodes, then the hub's below them.
    if (diagram.loose_edges_after_layout) {
      std::vector<std::string> own, hub;
      for (std::size_t n = 0; n < diagram.nodes.size(); ++n) {
        if (!on_page[n] || grouping.role[n] == 'l') continue;
        (grouping.role[n] == 'h' ? hub : own).push_back(diagram.nodes[n].id);
      }
      const std::size_t columns = GridColumns(own.size() + hub.size());
      Stack(page.edges, hub, columns, Stack(page.edges, own, columns, {}));
    }
    split.pages.push_back(std::move(page));
  }

  // The index: a box a page (its file, what it holds, its counts), the hub's box, and a line
  // between two boxes for the connections that cross them, labelled with their count.
  Diagram& index = split.index;
  index.name = diagram.name;
  index.lang = diagram.lang;
  index.loose_edges_after_layout = true;
  index.graph_attributes = {{"rankdir", "TB"}, {"fontname", "Noto Sans"}, {"fontsize", "12"}, {"nodesep", "0.4"}, {"ranksep", "0.6"},
                            {"label", text.Format("view.split.index-title", {{"view", whole_label ? *whole_label : diagram.name},
                                                                             {"pages", std::to_string(plans.size())}})}};
  index.node_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "10"}, {"style", "filled"}, {"shape", "note"}, {"fillcolor", "#ffffff"},
                         {"margin", "0.16,0.08"}};
  index.edge_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "9"}, {"color", "#777777"}, {"dir", "none"}};
  // Frameless clusters: dot spreads the rows of top-level nodes far apart.
  index.clusters.push_back({"pages", -1, {{"label", ""}, {"peripheries", "0"}}});
  index.clusters.push_back({"hub", -1, {{"label", ""}, {"peripheries", "0"}}});
  std::vector<std::string> names;
  for (std::size_t p = 0; p < plans.size(); ++p) {
    const std::string file = p < files.size() ? files[p] : std::to_string(p + 1);
    index.nodes.push_back({"page-" + std::to_string(p + 1), 0,
                           {{"label", file + "\n" + Titles(plans[p].titles) + "\n" +
                                          text.Format("view.split.page", {{"nodes", std::to_string(plans[p].nodes.size())},
                                                                          {"edges", std::to_string(page_edges[p])}})},
                            {"id", "n-page-" + std::to_string(p + 1)}}});
    names.push_back(index.nodes.back().id);
  }
  if (hub_nodes > 0) {
    index.nodes.push_back({"hub", 1, {{"label", hub_title + "\n" + text.Format("view.split.hub", {{"nodes", std::to_string(hub_nodes)}})},
                                       {"shape", "box3d"}, {"fillcolor", "#eef4ff"}, {"id", "n-hub"}}});
  }
  // The pages one under another in their order; the hub beside the first.
  Stack(index.edges, names, 1, {});
  for (const auto& [ends, count] : between) {
    const std::string to = ends.second == plans.size() ? "hub" : "page-" + std::to_string(ends.second + 1);
    index.edges.push_back({"page-" + std::to_string(ends.first + 1), to,
                           {{"constraint", "false"}, {"label", std::to_string(count)}, {"penwidth", count > 10 ? "2" : "1"}}});
  }
  return split;
}

namespace {

bool Draw(const Diagram& diagram, const std::string& format, std::string& bytes, std::string& error, std::vector<std::string>& notes,
          double* overflow = nullptr) {
  if (format == "dot") {
    bytes = WriteDot(diagram);
    return true;
  }
  return RenderDiagram(diagram, format, bytes, error, &notes, overflow);
}

// Draws the index and the pages of `diagram` cut into pages of `page_nodes`.
bool DrawPages(const Diagram& diagram, const std::string& format, std::size_t page_nodes, const std::string& output, DrawnView& drawn,
               double* overflow) {
  const std::size_t count = PageCount(diagram, page_nodes);
  std::vector<std::string> files;
  for (std::size_t p = 1; p <= count; ++p) files.push_back(PageFileName(output, p, format));
  const SplitView split = SplitDiagram(diagram, page_nodes, files);
  drawn.pages.assign(split.pages.size(), {});
  for (std::size_t p = 0; p < split.pages.size(); ++p) {
    if (!Draw(split.pages[p], format, drawn.pages[p], drawn.error, drawn.notes, overflow)) return false;
  }
  if (!Draw(split.index, format, drawn.bytes, drawn.error, drawn.notes, overflow)) return false;
  const std::string index_file = output == "-" || output.empty() ? std::string("-") : std::filesystem::path(output).filename().string();
  drawn.notes.push_back(model::Text(diagram.lang, "view.split.done", {{"pages", std::to_string(count)}, {"index", index_file},
                                                                      {"first", files.front()}, {"last", files.back()}}));
  return true;
}

}  // namespace

DrawnView DrawView(const Diagram& diagram, const std::string& format, bool split, std::size_t page_nodes, const std::string& output) {
  DrawnView drawn;
  const bool can_split = split && diagram.layout != "nop2" && SplittableNodes(diagram) > 0;
  if (can_split && page_nodes > 0) {
    if (!DrawPages(diagram, format, page_nodes, output, drawn, nullptr)) drawn = {{}, {}, std::move(drawn.notes), std::move(drawn.error)};
    return drawn;
  }
  double overflow = 0;
  if (Draw(diagram, format, drawn.bytes, drawn.error, drawn.notes, can_split ? &overflow : nullptr)) return drawn;
  if (overflow <= 1) {
    drawn.bytes.clear();
    return drawn;
  }
  // Too large: as many pages as it is times too large, and one more; each failing try halves the pages.
  const std::size_t nodes = SplittableNodes(diagram);
  const std::string whole_error = drawn.error;
  std::size_t pages = static_cast<std::size_t>(std::ceil(overflow)) + 1;
  for (;;) {
    const std::size_t budget = std::max<std::size_t>(1, (nodes + pages - 1) / pages);
    DrawnView attempt;
    attempt.notes = drawn.notes;
    double page_overflow = 0;
    if (DrawPages(diagram, format, budget, output, attempt, &page_overflow)) return attempt;
    if (page_overflow <= 1 || budget == 1) {
      attempt.bytes.clear();
      attempt.pages.clear();
      return attempt;
    }
    pages *= 2;
  }
}

}  // namespace eaf::render
