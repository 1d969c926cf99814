#include "checker/connections.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "checker/rule_pack.h"
#include "model/messages.h"
#include "model/profile.h"
#include "model/text_util.h"

namespace eaf::checker {

std::string_view RouteName(Route route) {
  switch (route) {
    case Route::kOwner: return "owner";
    case Route::kThroughHub: return "through-hub";
    case Route::kThroughPlatform: return "through-platform";
    case Route::kRequiredLink: return "required-link";
    case Route::kDirect: return "direct";
    case Route::kMissing: return "missing";
  }
  return "direct";
}

std::string_view RouteClass(Route route) {
  switch (route) {
    case Route::kOwner: return "owner";
    case Route::kThroughHub: case Route::kThroughPlatform: case Route::kRequiredLink: return "conformant";
    case Route::kDirect: return "direct";
    case Route::kMissing: return "missing";
  }
  return "direct";
}

namespace {

// The place of a connection in a cell: a breach a finding names first, then a missing link, then a
// direct exchange no rule reports, then the conformant routes, then ownership.
int Weight(const Connection& connection) {
  switch (connection.route) {
    case Route::kDirect: return connection.rule.empty() ? 2 : 0;
    case Route::kMissing: return 1;
    case Route::kThroughPlatform: return 3;
    case Route::kRequiredLink: return 3;
    case Route::kThroughHub: return 4;
    case Route::kOwner: return 5;
  }
  return 6;
}

bool IsPlatformKind(std::string_view kind) { return model::KindMatches(kind, "platform"); }

}  // namespace

const Connection* ConnectionMap::Cell(std::size_t agency, std::size_t system) const {
  const Connection* best = nullptr;
  auto it = std::lower_bound(connections.begin(), connections.end(), agency,
                             [](const Connection& c, std::size_t a) { return c.agency < a; });
  for (; it != connections.end() && it->agency == agency; ++it) {
    if (it->system == system && (!best || Weight(*it) < Weight(*best))) best = &*it;
  }
  return best;
}

std::map<std::string, std::vector<std::string>> ObligationsOf(const RulePack& pack) {
  std::map<std::string, std::vector<std::string>> obligations;
  for (const RuleDefinition& rule : pack.rules) {
    if (rule.template_name != "reachability") continue;
    for (const RawParameter& parameter : rule.parameters) {
      if (parameter.name != "to") continue;
      std::vector<std::string>& kinds = obligations[rule.id];
      std::size_t start = 0;
      const std::string& value = parameter.value;
      while (start < value.size()) {
        std::size_t end = value.find_first_of(" \t\n", start);
        if (end == std::string::npos) end = value.size();
        if (end > start) kinds.push_back(value.substr(start, end - start));
        start = end + 1;
      }
    }
  }
  return obligations;
}

std::set<std::string> BreachRulesOf(const RulePack& pack) {
  std::set<std::string> rules;
  for (const RuleDefinition& rule : pack.rules) {
    if (rule.template_name == "no-direct-exchange" || rule.template_name == "connection-model") rules.insert(rule.id);
  }
  return rules;
}

ConnectionMap BuildConnectionMap(const CheckContext& context, const CheckReport& report, const ConnectionOptions& options) {
  const model::Workspace& workspace = context.workspace();
  const Federation& federation = context.federation();
  ConnectionMap map;
  map.state = options.state;

  // The files of the state: an agency file of that state (or of none), and every national model.
  auto in_state = [&](std::uint32_t f) {
    const model::SourceFile& file = workspace.files[f];
    if (!file.loaded || federation.IsCopy(f)) return false;
    return file.state.empty() || file.state == options.state;
  };
  std::map<std::string, MapAgency> agencies;
  std::vector<std::string> agency_of_file(workspace.files.size());
  std::vector<bool> national_file(workspace.files.size(), false);
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (!in_state(f)) continue;
    const model::SourceFile& file = workspace.files[f];
    if (file.level == "national") {
      national_file[f] = true;
      continue;
    }
    if (file.agency.empty()) continue;
    MapAgency& agency = agencies[file.agency];
    agency.code = file.agency;
    if (agency.level.empty()) agency.level = file.level;
    agency.files.push_back(f);
    agency_of_file[f] = file.agency;
  }
  std::map<std::string, std::size_t> agency_index;
  for (auto& [code, agency] : agencies) {
    agency_index[code] = map.agencies.size();
    map.agencies.push_back(std::move(agency));
  }
  // Looked up per finding: each file's agency as its index, the rule sets hashed.
  std::vector<std::size_t> agency_at(workspace.files.size(), 0);
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (!agency_of_file[f].empty()) agency_at[f] = agency_index.at(agency_of_file[f]);
  }
  // (A hasher of its own: libstdc++ walks a small set of std::hash'ed strings instead of hashing.)
  struct Hash {
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
  };
  struct RuleUse {
    bool breach = false;
    const std::vector<std::string>* obligation = nullptr;  // the kinds it obliges an agency to reach
  };
  std::unordered_map<std::string_view, RuleUse, Hash> rule_uses;
  for (const std::string& rule : options.breach_rules) rule_uses[rule].breach = true;
  for (const auto& [rule, kinds] : options.obligations) rule_uses[rule].obligation = &kinds;
  // Per agency, its obligation rules' findings (index, kinds), in order.
  std::vector<std::vector<std::pair<std::size_t, const std::vector<std::string>*>>> obligated(map.agencies.size());

  // Findings: what each agency's files hold, and which rule names each relationship.
  // (file, relationship id) -> (rule, finding): the smallest rule id naming the relationship.
  std::map<std::pair<std::uint32_t, std::string>, std::pair<std::string, std::int64_t>> rule_of;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const CheckedFinding& finding = report.findings[i];
    if (finding.waived) continue;
    const model::Diagnostic& diagnostic = finding.diagnostic;
    const std::uint32_t file = diagnostic.location.file;
    if (file >= agency_of_file.size() || agency_of_file[file].empty()) continue;
    MapAgency& agency = map.agencies[agency_at[file]];
    agency.findings.push_back(i);
    agency.errors += diagnostic.severity == model::Severity::kError;
    agency.warnings += diagnostic.severity == model::Severity::kWarning;
    if (diagnostic.severity == model::Severity::kInfo) continue;
    const auto use = rule_uses.find(diagnostic.rule_id);
    if (use == rule_uses.end()) continue;
    if (use->second.obligation) obligated[agency_at[file]].emplace_back(i, use->second.obligation);
    if (!use->second.breach) continue;
    for (const std::string& id : diagnostic.element_ids) {
      if (workspace.FindRelationship(file, id) < 0) continue;
      const std::pair<std::string, std::int64_t> value{diagnostic.rule_id, static_cast<std::int64_t>(i)};
      auto [it, inserted] = rule_of.emplace(std::make_pair(file, id), value);
      if (!inserted && value < it->second) it->second = value;
    }
  }

  // Systems, by key, in the order found; sorted at the end.
  std::vector<MapSystem> systems;
  std::map<std::string, std::size_t> system_by_key;
  auto system_of = [&](std::int32_t index) -> std::size_t {
    const std::int32_t canonical = federation.canonical[index];
    const model::Element& element = workspace.elements[canonical];
    std::string key;
    if (const std::string* code = element.FindProperty(model::prop::kCode); code && !model::Trim(*code).empty()) {
      key = std::string(model::Trim(*code));
    } else if (const model::KindInfo* info = model::FindKind(element.kind); info && info->unique_nationally) {
      key = element.kind;
    } else {
      key = std::to_string(element.location.file) + ":" + element.id;
    }
    auto [it, inserted] = system_by_key.emplace(key, systems.size());
    if (inserted) {
      MapSystem system;
      system.key = key;
      system.element = canonical;
      system.kind = element.kind;
      system.owner = element.owner.empty() ? workspace.FileOf(element).agency : element.owner;
      if (model::KindMatches(element.kind, "db")) {
        system.group = MapSystem::Group::kDatabase;
      } else if (IsPlatformKind(element.kind) || model::KindMatches(element.kind, "portal") ||
                 workspace.FileOf(element).level == "national" || workspace.FileOf(workspace.elements[index]).level == "national") {
        system.group = MapSystem::Group::kPlatform;
      }
      systems.push_back(std::move(system));
    }
    return it->second;
  };
  auto federation_centre = [](const std::string& kind) {
    if (const model::KindInfo* info = model::FindKind(kind)) return info->federation_centre;
    const model::KindFamily* family = kind.empty() ? nullptr : model::FindFamily(kind);
    return family && family->federation_centre;
  };
  // The centre: every national system of a national model, connected or not.
  std::set<std::pair<std::size_t, std::size_t>> links;
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (!national_file[f]) continue;
    const auto range = workspace.ElementsOf(f);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      if (federation_centre(workspace.elements[i].kind) && federation.Defines(workspace, static_cast<std::int32_t>(i))) {
        system_of(static_cast<std::int32_t>(i));
      }
    }
  }
  auto is_system_end = [&](std::int32_t index) {
    const model::Element& element = workspace.elements[index];
    return federation_centre(element.kind) || !context.IsOwned(index);
  };
  std::vector<Connection> connections;
  std::set<std::tuple<std::size_t, std::size_t, Route, std::string>> seen;
  auto add = [&](Connection connection) {
    if (seen.emplace(connection.agency, connection.system, connection.route, connection.rule).second) {
      connections.push_back(std::move(connection));
    }
  };
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (!national_file[f] && agency_of_file[f].empty()) continue;
    for (const CheckContext::ExchangeLink& link : context.ExchangesOf(f)) {
      const bool source_owned = context.IsOwned(link.source);
      const bool target_owned = context.IsOwned(link.target);
      if (national_file[f] || (!source_owned && !target_owned)) {
        // Between two systems: the national model's links, or an agency's references to two of them.
        if (!is_system_end(link.source) || !is_system_end(link.target)) continue;
        const std::size_t a = system_of(link.source), b = system_of(link.target);
        if (a != b) links.emplace(std::min(a, b), std::max(a, b));
        continue;
      }
      if (source_owned == target_owned) continue;  // inside the agency
      const std::int32_t own = source_owned ? link.source : link.target;
      const std::int32_t other = source_owned ? link.target : link.source;
      Connection connection;
      connection.agency = agency_at[f];
      connection.system = system_of(other);
      connection.relationship = workspace.relationships[link.relationship].id;
      connection.relationship_index = link.relationship;
      connection.from = own;
      if (auto it = rule_of.find({f, connection.relationship}); it != rule_of.end()) {
        connection.route = Route::kDirect;
        connection.rule = it->second.first;
        connection.finding = it->second.second;
      } else if (IsPlatformKind(workspace.elements[own].kind)) {
        connection.route = Route::kThroughPlatform;
      } else if (model::KindMatches(workspace.elements[own].kind, "sec") || IsPlatformKind(workspace.elements[other].kind)) {
        // A national platform used directly that no rule objects to is the prescribed use: sign-on
        // through VNeID or the portal's identity platform, payment through the payment platform.
        connection.route = Route::kRequiredLink;
      } else {
        connection.route = Route::kDirect;
      }
      add(std::move(connection));
    }
  }
  // Through a national platform: an agency platform's link to it reaches what it connects to.
  std::vector<std::vector<std::size_t>> neighbours(systems.size());
  for (const auto& [a, b] : links) {
    neighbours[a].push_back(b);
    neighbours[b].push_back(a);
  }
  std::set<std::pair<std::size_t, std::size_t>> reached;
  for (const Connection& connection : connections) reached.emplace(connection.agency, connection.system);
  const std::size_t direct_count = connections.size();
  for (std::size_t i = 0; i < direct_count; ++i) {
    const Connection hub_link = connections[i];
    if (hub_link.route != Route::kThroughPlatform || !IsPlatformKind(systems[hub_link.system].kind) ||
        systems[hub_link.system].group != MapSystem::Group::kPlatform) {
      continue;
    }
    for (std::size_t target : neighbours[hub_link.system]) {
      if (!reached.emplace(hub_link.agency, target).second) continue;
      Connection connection;
      connection.agency = hub_link.agency;
      connection.system = target;
      connection.route = Route::kThroughHub;
      connection.hub = hub_link.system;
      connection.from = hub_link.from;
      add(std::move(connection));
    }
  }
  // Missing: an obligation rule's finding in the agency's files, on the system of its target kind
  // (a column of the kind itself when no single system has it).
  for (std::size_t a = 0; a < map.agencies.size(); ++a) {
    for (const auto& [i, obligation] : obligated[a]) {
      const model::Diagnostic& diagnostic = report.findings[i].diagnostic;
      const std::vector<std::string>& kinds = *obligation;
      std::vector<std::size_t> matches;
      for (std::size_t s = 0; s < systems.size(); ++s) {
        for (const std::string& kind : kinds) {
          if (model::KindMatches(systems[s].kind, kind)) {
            matches.push_back(s);
            break;
          }
        }
      }
      std::size_t system = 0;
      if (matches.size() == 1) {
        system = matches[0];
      } else {
        const std::string key = kinds.empty() ? diagnostic.rule_id : kinds.front();
        auto [it, inserted] = system_by_key.emplace(key, systems.size());
        if (inserted) {
          MapSystem column;
          column.key = key;
          column.kind = key;
          column.group = model::KindMatches(key, "db") ? MapSystem::Group::kDatabase : MapSystem::Group::kPlatform;
          systems.push_back(std::move(column));
          neighbours.emplace_back();
        }
        system = it->second;
      }
      Connection connection;
      connection.agency = a;
      connection.system = system;
      connection.route = Route::kMissing;
      connection.rule = diagnostic.rule_id;
      connection.finding = static_cast<std::int64_t>(i);
      add(std::move(connection));
    }
  }
  // Ownership: a system whose owner is an agency of the map.
  for (std::size_t s = 0; s < systems.size(); ++s) {
    if (auto it = agency_index.find(systems[s].owner); it != agency_index.end() && systems[s].element >= 0) {
      Connection connection;
      connection.agency = it->second;
      connection.system = s;
      connection.route = Route::kOwner;
      add(std::move(connection));
    }
  }

  // Sort the systems (group, key) and renumber.
  std::vector<std::size_t> order(systems.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(systems[x].group, systems[x].key) < std::tie(systems[y].group, systems[y].key);
  });
  std::vector<std::size_t> new_index(systems.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = i;
    map.systems.push_back(std::move(systems[order[i]]));
  }
  for (Connection& connection : connections) {
    connection.system = new_index[connection.system];
    connection.hub = connection.route == Route::kThroughHub ? new_index[connection.hub] : 0;
  }
  std::sort(connections.begin(), connections.end(), [](const Connection& x, const Connection& y) {
    return std::tie(x.agency, x.system, x.route, x.rule, x.relationship) < std::tie(y.agency, y.system, y.route, y.rule, y.relationship);
  });
  map.connections = std::move(connections);
  for (const auto& [a, b] : links) {
    const std::size_t x = new_index[a], y = new_index[b];
    map.system_links.emplace_back(std::min(x, y), std::max(x, y));
  }
  std::sort(map.system_links.begin(), map.system_links.end());
  return map;
}

std::string SystemName(const MapSystem& system, const model::Workspace& workspace, const std::string& lang) {
  if (system.element >= 0) {
    const std::string& name = workspace.elements[system.element].Name(lang);
    if (!name.empty()) return name;
  }
  return model::KindLabel(lang, system.kind);
}

MatrixTable BuildMatrixTable(const ConnectionMap& map, const model::Workspace& workspace, const std::string& lang) {
  MatrixTable table;
  table.headers.push_back(model::Text(lang, "map.matrix.agency"));
  table.header_names.emplace_back();
  for (const MapSystem& system : map.systems) {
    table.headers.push_back(system.key);
    table.header_names.push_back(SystemName(system, workspace, lang));
  }
  for (std::size_t a = 0; a < map.agencies.size(); ++a) {
    table.row_keys.push_back(map.agencies[a].code);
    std::vector<MatrixCell> row;
    row.push_back({map.agencies[a].code, "agency", ""});
    for (std::size_t s = 0; s < map.systems.size(); ++s) {
      const Connection* cell = map.Cell(a, s);
      if (!cell) {
        row.push_back({model::Text(lang, "map.route.none"), "none", ""});
        continue;
      }
      model::MessageArgs args;
      if (cell->route == Route::kThroughHub) args = {{"hub", map.systems[cell->hub].key}};
      row.push_back({model::Text(lang, "map.route." + std::string(RouteName(cell->route)), args), std::string(RouteClass(cell->route)), cell->rule,
                     cell->finding});
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace eaf::checker
