#pragma once
/// The connection model of a federation (issue #19): who is connected to what, through which
/// platform, and what is still missing. Computed once from the check context and the findings, for
/// one state (target or baseline; a national model with no state joins both; a model given in two
/// formats counts once), and shared by `eaf map` (page, Markdown, JSON) and the federation view.
///
/// Every cross-agency exchange of an agency's file is classified: through the agency's platform
/// (conformant; through the national platform when the national system hangs off it), direct (a
/// breach, with the rule id of the finding that names the relationship), or missing (a finding of
/// an obligation rule — a reachability rule of the pack — with no connection). Nothing is
/// re-derived: what is wrong is what the checker found.

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/check_context.h"
#include "checker/engine.h"

namespace eaf::checker {

/// How an agency reaches a system.
enum class Route : std::uint8_t {
  kOwner,          ///< the agency owns the system (chủ quản)
  kThroughHub,     ///< its platform reaches a national platform that connects to the system
  kThroughPlatform,  ///< its platform (LGSP) exchanges with the system
  /// no platform of its own in between, and none required: its SOC reports to the national
  /// monitoring system, or a national system it owns (a national database) is on a national platform
  kRequiredLink,
  kDirect,         ///< one of its non-platform systems exchanges with it, or a finding names the exchange
  kMissing,        ///< an obligation rule reports the connection missing
};
/// "owner", "through-hub", "through-platform", "required-link", "direct", "missing".
std::string_view RouteName(Route route);
/// The class a route is drawn with: "conformant", "direct", "missing" or "owner".
std::string_view RouteClass(Route route);

/// An agency of the federation, once whatever number of files it has.
struct MapAgency {
  std::string code;  ///< eaf:agency
  std::string level;
  std::vector<std::uint32_t> files;  ///< its files of the state, copies left out
  std::vector<std::size_t> findings;  ///< indices into CheckReport::findings, not waived, in its files
  std::size_t errors = 0, warnings = 0;
};

/// A system agencies connect to: a national platform, a national database or another agency's system.
struct MapSystem {
  enum class Group : std::uint8_t { kPlatform, kDatabase, kShared };
  std::string key;     ///< its eaf:code, else its kind (nationally unique kinds), else file:id
  std::int32_t element = -1;  ///< the element it stands for; -1 for an obligation's target kind no file holds
  std::string kind;
  std::string owner;
  Group group = Group::kShared;
};

/// One way an agency reaches a system.
struct Connection {
  std::size_t agency = 0;
  std::size_t system = 0;
  Route route = Route::kDirect;
  std::string rule;          ///< the rule of the finding that reports it, or ""
  std::string relationship;  ///< the relationship id in the agency's file, or ""
  std::int32_t relationship_index = -1;  ///< that relationship in Workspace::relationships, or -1
  std::int32_t from = -1;    ///< the agency's element at the agency's end, or -1
  std::size_t hub = 0;       ///< kThroughHub: the national platform (a system index)
  std::int64_t finding = -1; ///< the finding that reports it (index into CheckReport::findings), or -1
};

struct ConnectionMap {
  std::string state;
  std::vector<MapAgency> agencies;  ///< sorted by code
  std::vector<MapSystem> systems;   ///< platforms, then databases, then shared systems; each by key
  std::vector<Connection> connections;  ///< sorted by agency, system, route
  /// Exchanges between two systems (a national platform and a national database), as pairs of
  /// system indices, first < second, sorted.
  std::vector<std::pair<std::size_t, std::size_t>> system_links;

  /// The connection that sums up how `agency` reaches `system` (a breach before a missing link before
  /// a conformant one), or nullptr.
  const Connection* Cell(std::size_t agency, std::size_t system) const;
};

struct ConnectionOptions {
  std::string state = "target";
  /// The obligation rules: rule id -> the kinds its finding says are not reached (a reachability
  /// rule's "to"). See ObligationsOf.
  std::map<std::string, std::vector<std::string>> obligations;
  /// The rules whose findings name an exchange as a breach (see BreachRulesOf); a finding of another
  /// rule naming a relationship (MOD-011: not in a view) says nothing about the connection.
  std::set<std::string> breach_rules;
};

/// The obligation rules of a pack: its reachability rules and their "to" kinds.
std::map<std::string, std::vector<std::string>> ObligationsOf(const RulePack& pack);

/// The breach rules of a pack: its rules of the templates that judge an exchange between agencies
/// (no-direct-exchange, connection-model).
std::set<std::string> BreachRulesOf(const RulePack& pack);

/// Builds the map; linear in the exchanges of the files of the state.
ConnectionMap BuildConnectionMap(const CheckContext& context, const CheckReport& report, const ConnectionOptions& options);

/// The connection matrix as a plain table, for any writer (HTML, Markdown, JSON, a spreadsheet):
/// agencies in rows, systems in columns; each cell the route's text in `lang`, its class
/// (RouteClass, "none" when not reached) and the rule id of a finding when it breaks a rule.
struct MatrixCell {
  std::string text;
  std::string css_class;
  std::string rule;
  std::int64_t finding = -1;  ///< index into CheckReport::findings, or -1
};
struct MatrixTable {
  std::vector<std::string> headers;  ///< the agency column's header, then one per system (its key)
  std::vector<std::string> header_names;  ///< the same columns' full names (the agency column: "")
  std::vector<std::string> row_keys;  ///< the agencies' codes
  std::vector<std::vector<MatrixCell>> rows;  ///< first cell: the agency's code
};
MatrixTable BuildMatrixTable(const ConnectionMap& map, const model::Workspace& workspace, const std::string& lang);

/// A system's name in `lang`: its element's name, else its kind's label.
std::string SystemName(const MapSystem& system, const model::Workspace& workspace, const std::string& lang);

}  // namespace eaf::checker
