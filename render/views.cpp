#include "render/views.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "checker/check_context.h"
#include "checker/connections.h"
#include "checker/graph_queries.h"
#include "model/messages.h"
#include "render/highlight.h"
#include "render/icons.h"
#include "render/layout_bounds.h"
#include "model/profile.h"
#include "model/text_util.h"
#include "render/notation.h"
#include "render/saved_views.h"

namespace eaf::render {
namespace {

using model::Architecture;
using model::Element;
using model::ElementType;
using model::OverviewBand;

// True when `text` is a whole number within the profile's range for `key`.
bool InProfileRange(std::string_view key, std::string_view text) {
  const auto range = model::ProfileRange(key);
  if (!range || text.empty() || text.size() > 9) return false;
  long value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return value >= range->first && value <= range->second;
}

// The overview's band of an element: its kind's family decides, else its type (the framework's
// overall diagram: users, channels, services, applications, platforms, data, infrastructure, security).
OverviewBand BandOf(const Element& element) {
  if (!element.kind.empty()) {
    if (const model::KindFamily* family = model::FindFamily(element.kind)) return family->band;
  }
  if (element.type == ElementType::kBusinessActor || element.type == ElementType::kBusinessRole) return OverviewBand::kUsers;
  if (element.type == ElementType::kBusinessService) return OverviewBand::kServices;
  switch (model::ArchitectureOf(element.kind, element.type)) {
    case Architecture::kData: return OverviewBand::kData;
    case Architecture::kApplication: return OverviewBand::kApplications;
    case Architecture::kTechnology: return OverviewBand::kTechnology;
    case Architecture::kSecurity: return OverviewBand::kSecurity;
    case Architecture::kBusiness: return OverviewBand::kServices;
    case Architecture::kNone: break;
  }
  return OverviewBand::kNone;
}

// The overview's grid: columns of the stacked bands and of the side column.
struct OverviewGrid {
  std::size_t columns = 1;
  std::size_t side_columns = 1;
};

// Picks the fewest columns that make the overview at most 5:4 portrait, so that it is as narrow as
// it can be (legible when a report shrinks it to the page's width) and never a strip; from dot's sizes in points
// for a node of the overview (a label of three lines of 22 characters at 10 pt, with nodesep and
// ranksep): about 172 wide a column and 85 tall a row, 40 more for each band's frame and title.
OverviewGrid ChooseOverviewGrid(std::size_t main_count, std::size_t bands, std::size_t side_count) {
  constexpr double kColumn = 172, kRow = 85, kBand = 40, kTallest = 1.25;
  const auto rows = [](std::size_t count, std::size_t columns) { return static_cast<double>((count + columns - 1) / columns); };
  OverviewGrid best;
  for (std::size_t columns = 1; columns <= 64; ++columns) {
    // The bands' rows, each band's last row partly filled.
    const double main_height = rows(main_count, columns) * kRow + static_cast<double>(bands) * (kBand + kRow / 2);
    std::size_t side_columns = 1;
    while (side_columns < 4 && side_count > 0 && rows(side_count, side_columns) * kRow + 2 * kBand > main_height) ++side_columns;
    const double side_height = side_count ? rows(side_count, side_columns) * kRow + 2 * kBand : 0;
    const double width = static_cast<double>(std::min(columns, std::max<std::size_t>(main_count, 1)) + (side_count ? side_columns : 0)) * kColumn;
    const double height = std::max({main_height, side_height, kRow});
    best = {columns, side_columns};
    if (height <= kTallest * width) break;
  }
  return best;
}

// The federation's grid: agencies a row (above and below the national systems) and national
// systems a row. From dot's sizes in points: an agency's box about 130 wide with nodesep and 55
// tall with ranksep, a national system's 172 and 85 (as the overview's). Picks the fewest agency
// columns that make the picture at least as wide as tall: the rows of agencies and systems about
// as wide as each other, and the picture never a column nor a strip.
struct FederationGrid {
  std::size_t agency_columns = 1;
  std::size_t system_columns = 1;
};
FederationGrid ChooseFederationGrid(std::size_t agencies, std::size_t systems) {
  constexpr double kAgencyColumn = 130, kAgencyRow = 55, kSystemColumn = 172, kSystemRow = 85, kFrame = 60;
  const auto rows = [](std::size_t count, std::size_t columns) { return static_cast<double>((count + columns - 1) / columns); };
  FederationGrid grid;
  for (std::size_t columns = 1; columns <= 64; ++columns) {
    const std::size_t system_columns = std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(columns) * kAgencyColumn / kSystemColumn + 0.5));
    grid = {columns, system_columns};
    const std::size_t above = (agencies + 1) / 2;
    const double height = (rows(above, columns) + rows(agencies - above, columns)) * kAgencyRow + rows(systems, system_columns) * kSystemRow + kFrame;
    const double width = std::max(static_cast<double>(std::min(columns, std::max<std::size_t>(agencies, 1))) * kAgencyColumn,
                                  static_cast<double>(std::min(system_columns, std::max<std::size_t>(systems, 1))) * kSystemColumn);
    if (width >= height || (columns >= agencies && system_columns >= systems)) break;
  }
  return grid;
}

// The visual style of a band (ArchiMate's customary layer colours); networks drawn apart.
// Shapes drawn with lines inside their outline (box3d's back edges, a cylinder's rim) get a
// taller margin, so the first line of a label, Vietnamese diacritics included, stays below them.
struct Style {
  const char* shape;
  const char* fill;
  const char* margin = nullptr;  ///< Graphviz margin "x,y" in inches; null: the node default
};
constexpr const char* kBox3dMargin = "0.16,0.12";
constexpr const char* kCylinderMargin = "0.16,0.16";
Style StyleOf(OverviewBand band, ElementType type) {
  switch (band) {
    case OverviewBand::kUsers: case OverviewBand::kServices: return {"box", "#ffffb5"};
    case OverviewBand::kPortals: return {"tab", "#b5ffff"};
    case OverviewBand::kApplications: return {"component", "#b5ffff"};
    case OverviewBand::kPlatforms: return {"box3d", "#9fd9f2", kBox3dMargin};
    case OverviewBand::kData: return {"cylinder", "#d6ecff", kCylinderMargin};
    case OverviewBand::kTechnology:
      if (type == ElementType::kCommunicationNetwork) return {"hexagon", "#c9e7b7"};
      return {"box3d", "#c9e7b7", kBox3dMargin};
    case OverviewBand::kSecurity: return {"octagon", "#f4c7c3"};
    case OverviewBand::kNone: break;
  }
  return {"box", "#eeeeee"};
}

// A node's margin with room for its icon: 0.4 inch (28.8 points) beside the label, more than the
// icon's kIconWidth and a box3d's depth, with the shape's own vertical margin (or the nodes'
// default); a hexagon and an octagon, whose top corners are cut, carry the icon at the top centre
// (graphviz_renderer.cpp, IconInset) and get the room above the label instead.
std::string IconMargin(const char* shape, const char* margin) {
  const std::string_view name = shape ? shape : "";
  if (name == "hexagon" || name == "octagon") return "0.16,0.26";
  const std::string given = margin ? margin : "0.16,0.06";
  return "0.4" + given.substr(given.find(','));
}

// A relationship type's name in lower case ("access"), as catalogue ids and legend node names spell it.
std::string LowerName(model::RelationshipType type) {
  std::string name(model::RelationshipTypeName(type));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

class Builder {
 public:
  Builder(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options)
      : workspace_(workspace), options_(options), text_(model::Messages(options.lang)), context_(workspace, options.lang) {
    // Model ids name nodes; when two files share an id, the file index makes it unique.
    std::map<std::string, int> seen;
    for (const Element& element : workspace.elements) ++seen[element.id];
    for (const Element& element : workspace.elements) {
      // An id too long for Graphviz (quoted strings stop at 16 KB) gets a positional name instead.
      if (element.id.size() > 1000) {
        node_names_.push_back("element-" + std::to_string(node_names_.size()));
      } else {
        node_names_.push_back(seen[element.id] > 1 ? std::to_string(element.location.file) + ":" + element.id : element.id);
      }
    }
    if (report && options.highlight) marks_ = FindingMarks(*report);
    diagram_.name = "eaf";
    diagram_.lang = options.lang;
    diagram_.graph_attributes = {{"rankdir", "TB"}, {"fontname", "Noto Sans"}, {"fontsize", "12"}, {"compound", "true"},
                                 {"newrank", "true"}, {"nodesep", "0.3"}, {"ranksep", "0.5"}};
    diagram_.node_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "10"}, {"style", "filled"}, {"margin", "0.16,0.06"}};
    diagram_.edge_defaults = {{"fontname", "Noto Sans"}, {"fontsize", "8"}, {"color", "#555555"}, {"arrowsize", "0.8"}};
  }

  ViewResult Build() {
    ViewResult result;
    switch (options_.view) {
      case ViewKind::kOverview: Overview(); break;
      case ViewKind::kIntegration: Integration(); break;
      case ViewKind::kFederation: Federation(); break;
      case ViewKind::kNeighborhood:
        if (!Neighborhood(result)) return result;
        break;
      case ViewKind::kLayer: Layer(); break;
      case ViewKind::kSaved: break;  // BuildSavedView
    }
    if (diagram_.nodes.size() > options_.max_nodes) Collapse(result);
    for (std::string& note : BoundLayout(diagram_)) result.notes.push_back(std::move(note));
    if (options_.legend) Legend();
    result.diagram = std::move(diagram_);
    return result;
  }

 private:
  int Cluster(const std::string& id, const std::string& label, int parent = -1, const std::string& fill = "#fafafa") {
    auto it = cluster_index_.find(id);
    if (it != cluster_index_.end()) return it->second;
    diagram_.clusters.push_back({id, parent, {{"label", label}, {"style", "rounded,filled"}, {"fillcolor", fill},
                                              {"color", "#999999"}, {"fontname", "Noto Sans"}}});
    return cluster_index_[id] = static_cast<int>(diagram_.clusters.size() - 1);
  }

  bool Highlight(std::uint32_t file, const std::string& id, std::string& tooltip, Attributes& attributes) const {
    return marks_.Highlight(file, id, text_, tooltip, attributes);
  }

  void AddElement(std::int32_t index, int cluster) {
    if (!added_.insert(index).second) return;
    const Element& element = workspace_.elements[index];
    const Style style = StyleOf(BandOf(element), element.type);
    std::string label = element.Name(options_.lang);
    if (label.empty()) label = element.id;
    std::string tooltip = text_.Format("view.tooltip.kind", {{"kind", element.kind.empty() ? "-" : model::KindLabel(options_.lang, element.kind)}}) +
                          "\n" + text_.Format("view.tooltip.owner", {{"owner", element.owner.empty() ? "-" : element.owner}});
    // Only a level of the profile's range: SEC-001 reports another, and no diagram shows it as a level.
    if (const std::string* level = element.FindProperty(model::prop::kSecurityLevel);
        level && InProfileRange(model::prop::kSecurityLevel, *level)) {
      tooltip += "\n" + text_.Format("view.tooltip.security-level", {{"level", *level}});
    }
    Attributes attributes;
    attributes.push_back({"label", Wrap(label)});
    attributes.push_back({"shape", style.shape});
    attributes.push_back({"fillcolor", style.fill});
    // The type's icon, unless the band's shape already is the type's (an application as a component);
    // the margin keeps the label clear of it.
    // The federation view draws the connection map's systems, not ArchiMate: no icons there.
    Icon icon = options_.view == ViewKind::kFederation ? Icon::kNone : IconOf(element.type);
    if (icon == Icon::kComponent && std::string_view(style.shape) == "component") icon = Icon::kNone;
    if (icon != Icon::kNone) {
      attributes.push_back({"margin", IconMargin(style.shape, style.margin)});
      icons_used_[icon].insert(std::string(model::ElementTypeName(element.type)));
    } else if (style.margin) {
      attributes.push_back({"margin", style.margin});
    }
    attributes.push_back({"id", "n-" + node_names_[index]});
    Highlight(element.location.file, element.id, tooltip, attributes);
    // A reference is dashed; the national register's entries stand for their owners' systems.
    if (!workspace_.IsOwned(element) && !checker::IsRegisterEntry(workspace_, element)) attributes.push_back({"style", "filled,dashed"});
    attributes.push_back({"tooltip", Shorten(tooltip, 600)});
    diagram_.nodes.push_back({node_names_[index], cluster, std::move(attributes), icon});
    group_of_.push_back(std::to_string(cluster) + "|" + (element.kind.empty() ? std::string(model::ElementTypeName(element.type)) : element.kind));
  }

  void AddRelationship(std::int32_t index) {
    const model::Relationship& relationship = workspace_.relationships[index];
    if (!relationship.ConnectsElements() || !added_.count(relationship.source_index) || !added_.count(relationship.target_index)) return;
    Attributes attributes;
    attributes.push_back({"id", "e-" + relationship.id});
    std::string label;
    if (const std::string* protocol = relationship.FindProperty(model::prop::kProtocol)) label = *protocol;
    // A relationship's name only on a neighbourhood (a few lines around one element): on the
    // overview and the integration view, hundreds of names would hide the lines they name.
    if (label.empty() && options_.view == ViewKind::kNeighborhood) label = relationship.Name(options_.lang);
    const Notation notation = NotationOf(relationship.type, relationship.access_type, relationship.directed);
    notations_.insert(notation);
    for (auto& attribute : EdgeNotation(notation)) attributes.push_back(std::move(attribute));
    if (!label.empty()) attributes.push_back({"label", Shorten(label, 60)});
    std::string tooltip = NotationLabel(notation);
    Highlight(relationship.location.file, relationship.id, tooltip, attributes);
    attributes.push_back({"tooltip", tooltip});
    diagram_.edges.push_back({node_names_[relationship.source_index], node_names_[relationship.target_index], std::move(attributes)});
  }

  // The relationship type's name in the view's language (catalogue ids are lower case).
  std::string RelationshipLabel(model::RelationshipType type) const { return text_.Format("view.relationship." + LowerName(type)); }

  // The relationship's name, with the variant its drawing shows ("Access (read)").
  std::string NotationLabel(const Notation& notation) const {
    const std::string relationship = RelationshipLabel(notation.type);
    const std::string variant = notation.Variant();
    if (variant.empty()) return relationship;
    return text_.Format("view.notation.variant", {{"relationship", relationship}, {"variant", text_.Format("view.notation." + variant)}});
  }

  void AddRelationshipsAmongAdded() {
    for (std::size_t r = 0; r < workspace_.relationships.size(); ++r) AddRelationship(static_cast<std::int32_t>(r));
  }

  // Whether the element stands for a national system: the national file's, or a reference to one.
  bool IsNational(const Element& element, std::int32_t index) {
    const checker::Federation& federation = context_.federation();
    const Element& resolved = workspace_.elements[federation.canonical[index]];
    return element.owner == "VN" || workspace_.FileOf(element).level == "national" || workspace_.FileOf(resolved).level == "national";
  }

  // The overview: ArchiMate's layers stacked top to bottom (users, channels, services, applications,
  // data, technology, security), the integration platforms and the national systems apart in a side
  // column. Each band is a grid of at most `columns` nodes a row: invisible edges stack the nodes
  // of a column, and the last row of a band above the first row of the next, so the ranks are
  // the grid's rows; relationships are drawn without constraining ranks, as lines over the placed
  // grid (Diagram::loose_edges_after_layout). The number of columns keeps the picture about as
  // tall as it is wide, whatever the model's size.
  void Overview() {
    diagram_.graph_attributes.push_back({"label", text_.Format("view.title.overview")});
    diagram_.loose_edges_after_layout = true;
    std::map<OverviewBand, std::vector<std::int32_t>> stacked;
    std::vector<std::int32_t> platforms, national;
    for (std::size_t i = 0; i < workspace_.elements.size(); ++i) {
      const Element& element = workspace_.elements[i];
      const OverviewBand band = BandOf(element);
      if (band == OverviewBand::kNone || element.type == ElementType::kJunction) continue;
      const auto index = static_cast<std::int32_t>(i);
      if (IsNational(element, index)) national.push_back(index);
      else if (band == OverviewBand::kPlatforms) platforms.push_back(index);
      else stacked[band].push_back(index);
    }
    std::size_t main_count = 0;
    for (const auto& [band, members] : stacked) main_count += members.size();
    const std::size_t side_count = platforms.size() + national.size();
    const OverviewGrid grid = ChooseOverviewGrid(main_count, stacked.size(), side_count);
    std::vector<std::int32_t> previous_row;
    for (const auto& [band, members] : stacked) {
      const int cluster = Cluster("band" + std::to_string(static_cast<int>(band)),
                                  text_.Format("view.band." + std::string(model::OverviewBandName(band))));
      previous_row = AddGrid(members, cluster, grid.columns, previous_row);
    }
    std::vector<std::int32_t> side_row;
    if (!platforms.empty()) {
      const int cluster = Cluster("band" + std::to_string(static_cast<int>(OverviewBand::kPlatforms)),
                                  text_.Format("view.band." + std::string(model::OverviewBandName(OverviewBand::kPlatforms))));
      side_row = AddGrid(platforms, cluster, grid.side_columns, side_row);
    }
    if (!national.empty()) AddGrid(national, NationalCluster(), grid.side_columns, side_row);
    for (std::size_t r = 0; r < workspace_.relationships.size(); ++r) {
      const std::size_t before = diagram_.edges.size();
      AddRelationship(static_cast<std::int32_t>(r));
      if (diagram_.edges.size() > before) diagram_.edges.back().attributes.insert(diagram_.edges.back().attributes.begin(), {"constraint", "false"});
    }
  }

  // Adds `members` to `cluster` in rows of `columns`, each row one rank below the row before and
  // the first row below `above` (the last row of the band above); returns the last row.
  std::vector<std::int32_t> AddGrid(const std::vector<std::int32_t>& members, int cluster, std::size_t columns,
                                    const std::vector<std::int32_t>& above) {
    for (std::int32_t member : members) AddElement(member, cluster);
    std::vector<std::string> names, above_names;
    for (std::int32_t member : members) names.push_back(node_names_[member]);
    for (std::int32_t member : above) above_names.push_back(node_names_[member]);
    const std::vector<std::string> last = StackRows(names, columns, above_names);
    return last.empty() ? above : std::vector<std::int32_t>(members.end() - static_cast<std::ptrdiff_t>(last.size()), members.end());
  }

  // Stacks the nodes `names` in rows of `columns` with invisible edges, the first row below `above`;
  // returns the last row (`above` when there are no nodes).
  std::vector<std::string> StackRows(const std::vector<std::string>& names, std::size_t columns, const std::vector<std::string>& above) {
    std::vector<std::string> row = above;
    for (std::size_t start = 0; start < names.size(); start += columns) {
      std::vector<std::string> next(names.begin() + static_cast<std::ptrdiff_t>(start),
                                    names.begin() + static_cast<std::ptrdiff_t>(std::min(names.size(), start + columns)));
      for (std::size_t c = 0; c < next.size() && !row.empty(); ++c) {
        diagram_.edges.push_back({row[std::min(c, row.size() - 1)], next[c], {{"style", "invis"}, {"weight", "10"}}});
      }
      row = std::move(next);
    }
    return row;
  }

  // Applications, platforms, portals and databases, by kind, and any application component.
  static bool IsIntegrationElement(const Element& element) {
    const model::KindFamily* family = element.kind.empty() ? nullptr : model::FindFamily(element.kind);
    if (family && (family->architecture == Architecture::kApplication || family->architecture == Architecture::kData)) return true;
    return element.type == ElementType::kApplicationComponent;
  }

  // A national model lists the national systems under their real owners (its register): its elements,
  // and the references that resolve to them, are drawn among the national systems.
  int AgencyCluster(const Element& element, std::int32_t index) {
    if (IsNational(element, index)) return NationalCluster();
    const std::string owner = element.owner.empty() ? "-" : element.owner;
    return Cluster("agency-" + owner, text_.Format("view.cluster.agency", {{"agency", owner}}));
  }

  // The national systems: a split draws them on every page that connects to them.
  int NationalCluster() {
    diagram_.split_hub = "national";
    return Cluster("national", text_.Format("view.cluster.national"), -1, "#eef4ff");
  }

  void Integration() {
    diagram_.graph_attributes.push_back({"label", text_.Format("view.title.integration")});
    diagram_.graph_attributes[0] = {"rankdir", "LR"};
    for (std::size_t i = 0; i < workspace_.elements.size(); ++i) {
      const Element& element = workspace_.elements[i];
      if (IsIntegrationElement(element)) AddElement(static_cast<std::int32_t>(i), AgencyCluster(element, static_cast<std::int32_t>(i)));
    }
    for (std::size_t r = 0; r < workspace_.relationships.size(); ++r) {
      if (context_.IsExchange(workspace_.relationships[r]) ||
          workspace_.relationships[r].type == model::RelationshipType::kAccess) {
        AddRelationship(static_cast<std::int32_t>(r));
      }
    }
  }

  // The connection model's picture (checker/connections.h): each agency of the state once, the
  // national platforms, databases and other agencies' shared systems in the centre, and a line per
  // way an agency reaches a system, styled by its class; the national model's own links between them.
  //
  // Laid out as a grid, not a column: the first half of the agencies in rows above the national
  // systems, the second half in rows below them, the rows as wide as keeps the picture about as
  // wide as tall; the connections are lines drawn over the placed grid.
  void Federation() {
    diagram_.graph_attributes.push_back({"label", text_.Format("view.title.federation")});
    diagram_.graph_attributes.push_back({"layout", "dot"});
    diagram_.loose_edges_after_layout = true;
    static const checker::CheckReport kNoFindings;
    checker::ConnectionOptions connection_options;
    connection_options.state = options_.state;
    connection_options.obligations = options_.obligations;
    connection_options.breach_rules = options_.breach_rules;
    const checker::ConnectionMap map = checker::BuildConnectionMap(context_, report_ ? *report_ : kNoFindings, connection_options);
    const int centre = NationalCluster();
    std::vector<std::string> system_node(map.systems.size());
    for (std::size_t s = 0; s < map.systems.size(); ++s) {
      const checker::MapSystem& system = map.systems[s];
      if (system.element >= 0) {
        AddElement(system.element, centre);
        system_node[s] = node_names_[system.element];
        continue;
      }
      // An obligation's target that no file holds: its kind.
      system_node[s] = "system-" + std::to_string(s);
      const Style style = StyleOf(model::KindMatches(system.kind, "db") ? OverviewBand::kData : OverviewBand::kPlatforms, ElementType::kApplicationComponent);
      Attributes attributes{{"label", Wrap(model::KindLabel(options_.lang, system.kind))}, {"shape", style.shape}, {"fillcolor", style.fill},
                            {"style", "filled,dashed"}, {"id", "n-" + system_node[s]}};
      if (style.margin) attributes.push_back({"margin", style.margin});
      diagram_.nodes.push_back({system_node[s], centre, std::move(attributes)});
      group_of_.push_back(system_node[s]);
    }
    for (const auto& [a, b] : map.system_links) {
      diagram_.edges.push_back({system_node[a], system_node[b], {{"constraint", "false"}, {"color", "#5b8bd0"}, {"dir", "none"},
                                                                 {"id", "e-link-" + std::to_string(a) + "-" + std::to_string(b)}}});
    }
    std::vector<std::string> agency_names;
    for (std::size_t a = 0; a < map.agencies.size(); ++a) {
      const checker::MapAgency& agency = map.agencies[a];
      const std::string name = "agency-" + agency.code;
      const std::string colour = !report_ ? "#eeeeee" : agency.errors ? "#f4a6a6" : agency.warnings ? "#ffd89b" : "#b7e4b7";
      std::string label = agency.code;
      const std::string* state = text_.Find("view.state." + map.state);
      label += " (" + (state ? *state : map.state) + ")";
      if (report_) {
        label += "\n" + text_.Format("view.federation.counts", {{"errors", std::to_string(agency.errors)}, {"warnings", std::to_string(agency.warnings)}});
      }
      std::string paths;
      for (std::uint32_t f : agency.files) paths += (paths.empty() ? "" : "\n") + workspace_.files[f].path;
      // Frameless clusters: dot spreads the rows of top-level nodes over a grid of clusters far apart.
      const int agencies = Cluster(a < (map.agencies.size() + 1) / 2 ? "agencies-above" : "agencies-below", "");
      if (diagram_.clusters[agencies].attributes.back().first != "peripheries") diagram_.clusters[agencies].attributes.push_back({"peripheries", "0"});
      diagram_.nodes.push_back({name, agencies, {{"label", label}, {"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", colour},
                                           {"id", "n-" + name}, {"tooltip", paths}}});
      group_of_.push_back(name);
      agency_names.push_back(name);
    }
    const FederationGrid grid = ChooseFederationGrid(agency_names.size(), system_node.size());
    const std::size_t above = (agency_names.size() + 1) / 2;
    std::vector<std::string> row = StackRows({agency_names.begin(), agency_names.begin() + static_cast<std::ptrdiff_t>(above)}, grid.agency_columns, {});
    row = StackRows(system_node, grid.system_columns, row);
    StackRows({agency_names.begin() + static_cast<std::ptrdiff_t>(above), agency_names.end()}, grid.agency_columns, row);
    // One edge per agency, system and class; a route through a national platform is the agency's
    // edge to the platform and the platform's to the system.
    std::set<std::tuple<std::size_t, std::size_t, std::string_view>> drawn;
    for (const checker::Connection& connection : map.connections) {
      if (connection.route == checker::Route::kThroughHub) continue;
      const std::string_view css = checker::RouteClass(connection.route);
      if (!drawn.emplace(connection.agency, connection.system, css).second) continue;
      const std::string agency = "agency-" + map.agencies[connection.agency].code;
      Attributes attributes{{"constraint", "false"}, {"id", "e-" + agency + "-" + std::to_string(connection.system) + "-" + std::string(css)},
                            {"tooltip", text_.Format("map.route." + std::string(checker::RouteName(connection.route)))}};
      if (css == "conformant") {
        attributes.push_back({"color", "#2e8b3a"});
      } else if (css == "direct") {
        attributes.push_back({"color", "#c62828"});
        attributes.push_back({"penwidth", "2.5"});
      } else if (css == "missing") {
        attributes.push_back({"color", "#e08a00"});
        attributes.push_back({"style", "dashed"});
      } else {
        attributes.push_back({"color", "#7a7a7a"});
        attributes.push_back({"style", "dotted"});
        attributes.push_back({"dir", "none"});
      }
      if (!connection.rule.empty()) attributes.push_back({"label", connection.rule});
      diagram_.edges.push_back({agency, system_node[connection.system], std::move(attributes)});
    }
  }

  // The element --focus names: its id, else its eaf:code (the file's own element before a
  // reference to it), else its exact name in any language when only one element has it; -1 with
  // the error (near matches suggested, or the elements an ambiguous name could mean) otherwise.
  std::int32_t FindFocus(ViewResult& result) const {
    const std::string& wanted = options_.focus;
    const auto& elements = workspace_.elements;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      if (elements[i].id == wanted) return static_cast<std::int32_t>(i);
    }
    std::int32_t by_code = -1;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const std::string* code = elements[i].FindProperty(model::prop::kCode);
      if (!code || model::Trim(*code) != wanted) continue;
      if (by_code < 0 || (!workspace_.IsOwned(elements[by_code]) && workspace_.IsOwned(elements[i]))) {
        by_code = static_cast<std::int32_t>(i);
      }
    }
    if (by_code >= 0) return by_code;
    std::vector<std::int32_t> by_name;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      for (const model::LocalizedText& name : elements[i].names) {
        if (name.text == wanted) {
          by_name.push_back(static_cast<std::int32_t>(i));
          break;
        }
      }
    }
    if (by_name.size() == 1) return by_name.front();
    result.ok = false;
    if (!by_name.empty()) {
      std::string ids;
      for (std::int32_t i : by_name) ids += (ids.empty() ? "" : ", ") + elements[i].id;
      result.error = text_.Format("view.ambiguous-focus", {{"name", wanted}, {"count", std::to_string(by_name.size())}, {"ids", ids}});
      return -1;
    }
    std::vector<std::string_view> candidates;
    for (const Element& element : elements) {
      candidates.push_back(element.id);
      if (const std::string* code = element.FindProperty(model::prop::kCode)) candidates.push_back(*code);
      for (const model::LocalizedText& name : element.names) candidates.push_back(name.text);
    }
    const std::string_view suggestion = model::ClosestMatch(wanted, candidates);
    result.error = suggestion.empty()
                       ? text_.Format("view.unknown-focus", {{"id", wanted}})
                       : text_.Format("view.unknown-focus.did-you-mean", {{"id", wanted}, {"suggestion", std::string(suggestion)}});
    return -1;
  }

  bool Neighborhood(ViewResult& result) {
    const std::int32_t focus = FindFocus(result);
    if (focus < 0) return false;
    diagram_.graph_attributes.push_back(
        {"label", text_.Format("view.title.neighborhood", {{"element", workspace_.elements[focus].Name(options_.lang)}})});
    const std::uint32_t file = workspace_.elements[focus].location.file;
    const auto range = workspace_.ElementsOf(file);
    const checker::Reach reach = checker::ReachFrom(context_, {static_cast<std::size_t>(focus)},
                                                    [&](std::size_t v) { return v >= range.begin && v < range.end; });
    std::vector<std::int32_t> members;
    for (const auto& [vertex, hops] : reach.distance) {
      if (hops <= options_.depth) members.push_back(static_cast<std::int32_t>(vertex));
    }
    std::sort(members.begin(), members.end());
    for (std::int32_t member : members) AddElement(member, AgencyCluster(workspace_.elements[member], member));
    for (std::size_t r = 0; r < workspace_.relationships.size(); ++r) {
      if (context_.IsExchange(workspace_.relationships[r])) AddRelationship(static_cast<std::int32_t>(r));
    }
    for (auto& node : diagram_.nodes) {
      if (node.id == node_names_[focus]) node.attributes.push_back({"peripheries", "2"});
    }
    return true;
  }

  void Layer() {
    const std::string architecture = text_.Format("view.architecture." + std::string(model::ArchitectureName(options_.layer)));
    diagram_.graph_attributes.push_back({"label", text_.Format("view.title.layer", {{"architecture", architecture}})});
    for (std::size_t i = 0; i < workspace_.elements.size(); ++i) {
      const Element& element = workspace_.elements[i];
      if (model::ArchitectureOf(element.kind, element.type) == options_.layer) {
        AddElement(static_cast<std::int32_t>(i), AgencyCluster(element, static_cast<std::int32_t>(i)));
      }
    }
    AddRelationshipsAmongAdded();
  }

  // Too many nodes to read: one node per (cluster, kind) with a count; edges merged with counts.
  void Collapse(ViewResult& result) {
    result.notes.push_back(text_.Format("view.collapsed", {{"nodes", std::to_string(diagram_.nodes.size())},
                                                            {"max", std::to_string(options_.max_nodes)}}));
    std::map<std::string, std::string> group_node;  // group -> merged node name
    std::map<std::string, std::size_t> group_count;
    std::map<std::string, std::string> node_group;
    for (std::size_t n = 0; n < diagram_.nodes.size(); ++n) {
      node_group[diagram_.nodes[n].id] = group_of_[n];
      ++group_count[group_of_[n]];
    }
    std::vector<DiagramNode> nodes;
    for (std::size_t n = 0; n < diagram_.nodes.size(); ++n) {
      const std::string& group = group_of_[n];
      if (group_node.count(group)) continue;
      const std::string name = "group-" + std::to_string(group_node.size());
      group_node[group] = name;
      // The group's kind (or ArchiMate type, for elements without a kind) by its label.
      const std::string kind = model::KindLabel(options_.lang, group.substr(group.find('|') + 1));
      DiagramNode merged{name, diagram_.nodes[n].cluster,
                         {{"label", Wrap(kind) + "\n× " + std::to_string(group_count[group])}, {"shape", "box"},
                          {"fillcolor", "#e8e8e8"}, {"id", "n-" + name}, {"tooltip", text_.Format("view.tooltip.kind", {{"kind", kind}})}}};
      nodes.push_back(std::move(merged));
    }
    std::map<std::pair<std::string, std::string>, std::size_t> edge_count;
    for (const DiagramEdge& edge : diagram_.edges) {
      auto from = node_group.find(edge.from), to = node_group.find(edge.to);
      if (from == node_group.end() || to == node_group.end()) continue;
      bool invisible = false;
      for (const auto& [name, value] : edge.attributes) invisible |= name == "style" && value == "invis";
      if (invisible) continue;
      ++edge_count[{group_node[from->second], group_node[to->second]}];
    }
    std::vector<DiagramEdge> edges;
    for (const auto& [ends, count] : edge_count) {
      if (ends.first == ends.second) continue;
      edges.push_back({ends.first, ends.second, {{"label", std::to_string(count)}, {"penwidth", count > 10 ? "2" : "1"}}});
    }
    diagram_.nodes = std::move(nodes);
    diagram_.edges = std::move(edges);
    notations_.clear();  // merged edges are drawn plain
    icons_used_.clear();  // and merged nodes without icons
  }

  void Legend() {
    const int legend = Cluster("legend", text_.Format("view.legend"), -1, "#ffffff");
    struct Sample {
      const char* name;  // the node's id and its label's message, view.legend.<name>
      OverviewBand band;
      ElementType type;
    };
    static constexpr Sample kSamples[] = {
        {"business", OverviewBand::kServices, ElementType::kBusinessService},
        {"portal", OverviewBand::kPortals, ElementType::kApplicationComponent},
        {"application", OverviewBand::kApplications, ElementType::kApplicationComponent},
        {"platform", OverviewBand::kPlatforms, ElementType::kApplicationComponent},
        {"data", OverviewBand::kData, ElementType::kApplicationComponent},
        {"technology", OverviewBand::kTechnology, ElementType::kNode},
        {"security", OverviewBand::kSecurity, ElementType::kNode},
    };
    const bool left_to_right = diagram_.graph_attributes[0].second == "LR";
    // Top to bottom, the shapes sit on one rank in an unframed cluster, joined left to right by
    // invisible edges so that they, and the columns of line styles under them, read left to right.
    int shapes = legend;
    if (!left_to_right) {
      diagram_.clusters.push_back({"legend-shapes", legend, {{"rank", "same"}, {"peripheries", "0"}, {"label", ""}}});
      shapes = static_cast<int>(diagram_.clusters.size() - 1);
    }
    for (const Sample& sample : kSamples) {
      const Style style = StyleOf(sample.band, sample.type);
      const std::string name = sample.name;
      Attributes attributes{{"label", text_.Format("view.legend." + name)}, {"shape", style.shape}, {"fillcolor", style.fill}};
      if (style.margin) attributes.push_back({"margin", style.margin});
      attributes.push_back({"id", "n-legend-" + name});
      if (!left_to_right && &sample != kSamples) {
        diagram_.edges.push_back({"legend-" + std::string((&sample - 1)->name), "legend-" + name, {{"style", "invis"}}});
      }
      diagram_.nodes.push_back({"legend-" + name, shapes, std::move(attributes)});
      group_of_.push_back("legend-" + name);
    }
    // Each line style the diagram uses: a short edge named by its label between two unmarked points.
    // Top to bottom, an unframed cluster keeps the points on one rank so the edge lies flat, in
    // columns of kRows under the shapes; left to right, a plain edge already lies flat, one under another.
    constexpr std::size_t kRows = 4;
    std::size_t count = 0;
    std::string above;
    std::string lowest = "legend-" + std::string(kSamples[0].name);  // the foot of the first column
    for (const Notation& notation : notations_) {
      if (count % kRows == 0) above = "legend-" + std::string(kSamples[(count / kRows) % std::size(kSamples)].name);
      ++count;
      const std::string name = "legend-line-" + LowerName(notation.type) + (notation.Variant().empty() ? "" : "-" + notation.Variant());
      int row = legend;
      if (!left_to_right) {
        diagram_.clusters.push_back({name, legend, {{"rank", "same"}, {"peripheries", "0"}, {"label", ""}}});
        row = static_cast<int>(diagram_.clusters.size() - 1);
      }
      for (const char* end : {"-from", "-to"}) {
        diagram_.nodes.push_back({name + end, row, {{"label", ""}, {"shape", "point"}, {"style", "invis"}, {"width", "0.01"}, {"id", "n-" + name + end}}});
      }
      Attributes attributes = EdgeNotation(notation);
      attributes.push_back({"label", NotationLabel(notation)});
      attributes.push_back({"id", "e-" + name});
      diagram_.edges.push_back({name + "-from", name + "-to", std::move(attributes)});
      if (!left_to_right) diagram_.edges.push_back({above, name + "-from", {{"style", "invis"}}});
      above = name + "-from";
      if (count <= kRows) lowest = above;
    }
    // Each icon the diagram's nodes carry, named by the ArchiMate types that carry it: top to
    // bottom, a row of its own under the shapes and line styles, left to right as they are.
    int icons = legend;
    if (!left_to_right && !icons_used_.empty()) {
      diagram_.clusters.push_back({"legend-icons", legend, {{"rank", "same"}, {"peripheries", "0"}, {"label", ""}}});
      icons = static_cast<int>(diagram_.clusters.size() - 1);
    }
    std::string previous;
    for (const auto& [icon, types] : icons_used_) {
      std::string label;
      for (const std::string& type : types) label += (label.empty() ? "" : ", ") + type;
      const std::string name = "legend-icon-" + std::string(IconName(icon));
      diagram_.nodes.push_back({name, icons, {{"label", Wrap(label)}, {"shape", "box"}, {"fillcolor", "#ffffff"},
                                              {"margin", IconMargin(nullptr, nullptr)}, {"id", "n-" + name}}, icon});
      group_of_.push_back(name);
      if (!left_to_right) {
        diagram_.edges.push_back({previous.empty() ? lowest : previous, name, {{"style", "invis"}}});
      }
      previous = name;
    }
    diagram_.nodes.push_back({"legend-finding", legend,
                              {{"label", text_.Format("view.legend.finding")}, {"shape", "box"}, {"fillcolor", "#ffffff"},
                               {"color", "#d00000"}, {"penwidth", "2.5"}, {"id", "n-legend-finding"}}});
    diagram_.nodes.push_back({"legend-reference", legend,
                              {{"label", text_.Format("view.legend.reference")}, {"shape", "box"},
                               {"style", "filled,dashed"}, {"fillcolor", "#ffffff"}, {"id", "n-legend-reference"}}});
  }

 public:
  const checker::CheckReport* report_ = nullptr;

 private:
  const model::Workspace& workspace_;
  const ViewOptions& options_;
  const model::MessageCatalog& text_;
  checker::CheckContext context_;
  Diagram diagram_;
  std::vector<std::string> node_names_;
  std::vector<std::string> group_of_;  // per diagram node, for collapsing
  std::set<std::int32_t> added_;
  std::set<Notation> notations_;  // the relationship drawings used, for the legend
  std::map<Icon, std::set<std::string>> icons_used_;  // the icons drawn and the types carrying them, for the legend
  std::map<std::string, int> cluster_index_;
  FindingMarks marks_;
};

}  // namespace

bool ParseViewKind(std::string_view name, ViewKind& view) {
  if (name == "overview") view = ViewKind::kOverview;
  else if (name == "integration") view = ViewKind::kIntegration;
  else if (name == "federation") view = ViewKind::kFederation;
  else if (name == "neighborhood" || name == "neighbourhood") view = ViewKind::kNeighborhood;
  else if (name == "layer") view = ViewKind::kLayer;
  else return false;
  return true;
}

ViewResult BuildView(const model::Workspace& workspace, const checker::CheckReport* report, const ViewOptions& options) {
  if (options.view == ViewKind::kSaved) return BuildSavedView(workspace, report, options);
  Builder builder(workspace, report, options);
  builder.report_ = report;
  return builder.Build();
}

}  // namespace eaf::render
