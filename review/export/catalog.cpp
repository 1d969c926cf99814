#include "review/export/catalog.h"

#include "model/phase_timer.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

#include "checker/check_context.h"
#include "model/diagnostic_format.h"
#include "model/messages.h"
#include "model/parallel.h"
#include "model/profile.h"

namespace eaf::review {
namespace {

using model::ElementType;
using model::RelationshipType;

bool IsNodeLike(ElementType type) {
  return type == ElementType::kNode || type == ElementType::kDevice || type == ElementType::kSystemSoftware;
}
bool IsDatabase(const model::Element& element) { return element.kind.starts_with("db."); }
bool IsSystem(const model::Element& element) { return element.type == ElementType::kApplicationComponent && !IsDatabase(element); }
bool IsSharingService(const model::Element& element) {
  return element.type == ElementType::kApplicationService || element.type == ElementType::kApplicationInterface;
}

// Orders pointers to text by the text: sorting keys that point into the model copies no string.
constexpr auto ByText = [](const std::string* a, const std::string* b) { return *a < *b; };

// Several values of one cell: sorted, once each, joined by "; " (no separator after an empty first
// value). The values stay where they are; only pointers to them are sorted.
std::string Joined(std::vector<const std::string*> items) {
  std::sort(items.begin(), items.end(), ByText);
  items.erase(std::unique(items.begin(), items.end(), [](const std::string* a, const std::string* b) { return *a == *b; }), items.end());
  std::string out;
  for (const std::string* item : items) {
    if (!out.empty()) out += "; ";
    out += *item;
  }
  return out;
}
std::string Joined(const std::vector<std::string>& items) {
  std::vector<const std::string*> pointers;
  pointers.reserve(items.size());
  for (const std::string& item : items) pointers.push_back(&item);
  return Joined(std::move(pointers));
}

// Appends a row, its cells moved in (a braced list of cells would be copied).
template <std::size_t N>
void AddRow(Table& table, Cell (&&cells)[N]) {
  std::vector<Cell>& row = table.rows.emplace_back();
  row.reserve(N);
  for (Cell& cell : cells) row.push_back(std::move(cell));
}

// Element indices as a sorted, unique list.
void Normalize(std::vector<std::int32_t>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

// The catalogue's tables in workbook order (the matrix, when there is one, comes last); each table's
// title is the message "catalog.table.<id>".
constexpr std::array<std::string_view, 7> kTableIds = {"summary", "systems", "databases", "services", "work-packages",
                                                       "findings-summary", "findings"};

class CatalogBuilder {
 public:
  explicit CatalogBuilder(const CatalogInput& input)
      : timer_("catalog"), input_(input), workspace_(input.workspace),
        own_context_(input.context ? nullptr : std::make_unique<checker::CheckContext>(input.workspace, input.lang)),
        context_(input.context ? *input.context : *own_context_), federation_(context_.federation()),
        included_(workspace_.files.size(), false) {
    for (std::uint32_t f = 0; f < workspace_.files.size(); ++f) {
      const model::SourceFile& file = workspace_.files[f];
      included_[f] = file.loaded && !federation_.IsCopy(f) && (file.state.empty() || file.state == input.state);
    }
    RankAgencies();
    IndexRelationships();
    shared_systems_ = FindSharedSystems();
    timer_.Mark("relationships");
  }

  std::vector<Table> Build() {
    // On both cores: the tables of elements (which only read), and the findings' tables, which alone
    // write summary_row_ and finding_row_; the matrix links to rows of those, so it comes after both.
    // Each table goes to on_table as soon as it is complete, in its place of CatalogHeadings.
    std::vector<Table> tables(kTableIds.size() + (input_.matrix ? 1 : 0));
    std::vector<std::pair<std::string_view, double>> element_times, finding_times;
    const auto made = [&](std::vector<std::pair<std::string_view, double>>& times, std::size_t position, const auto& make) {
      const auto start = std::chrono::steady_clock::now();
      tables[position] = make();
      times.emplace_back(kTableIds[position], std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      if (input_.on_table) input_.on_table(position, tables[position]);
    };
    model::RunBoth(
        [&] {
          made(element_times, 0, [&] { return Summary(); });
          made(element_times, 1, [&] { return Systems(); });
          made(element_times, 2, [&] { return Databases(); });
        },
        [&] {
          made(finding_times, 3, [&] { return Services(); });
          made(finding_times, 4, [&] { return WorkPackages(); });
          const auto start = std::chrono::steady_clock::now();
          const std::vector<Listed> listed = Listing();  // sorted once for both tables
          finding_times.emplace_back("listing", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
          made(finding_times, 5, [&] { return FindingsSummary(listed); });
          made(finding_times, 6, [&] { return Findings(listed); });
        });
    for (const auto* times : {&element_times, &finding_times}) {
      for (const auto& [phase, seconds] : *times) timer_.Record(phase, seconds);
    }
    timer_.Mark("on both cores");
    if (input_.matrix) {
      tables.back() = Matrix(*input_.matrix);
      if (input_.on_table) input_.on_table(tables.size() - 1, tables.back());
    }
    timer_.Mark("matrix");
    return tables;
  }

 private:
  std::string Text(std::string_view id) const { return model::Text(input_.lang, id); }
  std::vector<std::string> Headers(std::initializer_list<std::string_view> ids) const {
    std::vector<std::string> headers;
    for (const std::string_view id : ids) headers.push_back(Text("catalog.column." + std::string(id)));
    return headers;
  }
  std::int32_t Canonical(std::int32_t index) const { return federation_.canonical[index]; }
  const model::Element& ElementAt(std::int32_t index) const { return workspace_.elements[index]; }
  const std::string& NameOf(std::int32_t index) const {
    const model::Element& element = ElementAt(index);
    const std::string& name = element.Name(input_.lang);
    return name.empty() ? element.id : name;
  }
  std::string Names(const std::vector<std::int32_t>& indices) const {
    std::vector<const std::string*> names;
    names.reserve(indices.size());
    for (const std::int32_t index : indices) names.push_back(&NameOf(index));
    return Joined(std::move(names));
  }
  std::string Property(const model::Element& element, std::string_view key) const {
    const std::string* value = element.FindProperty(key);
    return value ? *value : std::string();
  }
  const std::string& Agency(std::int32_t index) const { return workspace_.FileOf(ElementAt(index)).agency; }

  // Each file's agency as a rank in the sorted agency codes, so that sorting by agency compares
  // integers: files of one agency share a rank, and ranks order as the codes do.
  void RankAgencies() {
    std::vector<const std::string*> codes;
    for (const model::SourceFile& file : workspace_.files) codes.push_back(&file.agency);
    std::sort(codes.begin(), codes.end(), ByText);
    codes.erase(std::unique(codes.begin(), codes.end(), [](const std::string* a, const std::string* b) { return *a == *b; }), codes.end());
    agency_rank_.reserve(workspace_.files.size());
    for (const model::SourceFile& file : workspace_.files) {
      const auto at = std::lower_bound(codes.begin(), codes.end(), &file.agency, ByText);
      agency_rank_.push_back(static_cast<std::uint32_t>(at - codes.begin()));
    }
    agency_count_ = codes.size();
  }

  // The elements that define something for the federation in the included files, of one sort.
  template <typename Predicate>
  std::vector<std::int32_t> Defined(Predicate predicate) const {
    // The sort keys, taken once: the agency's rank, the name and the id (no copies).
    struct Key {
      std::uint32_t agency;
      const std::string* name;
      const std::string* id;
      std::int32_t index;
    };
    std::vector<Key> keys;
    for (std::uint32_t f = 0; f < workspace_.files.size(); ++f) {
      if (!included_[f]) continue;
      const model::Workspace::Range range = workspace_.ElementsOf(f);
      for (std::size_t i = range.begin; i < range.end; ++i) {
        const auto index = static_cast<std::int32_t>(i);
        const model::Element& element = ElementAt(index);
        if (predicate(element) && federation_.Defines(workspace_, index)) {
          keys.push_back({agency_rank_[element.location.file], &NameOf(index), &element.id, index});
        }
      }
    }
    // By agency, then name, then id: the order a reader looks things up in.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
      if (a.agency != b.agency) return a.agency < b.agency;
      if (const int c = a.name->compare(*b.name)) return c < 0;
      return *a.id < *b.id;
    });
    std::vector<std::int32_t> found;
    found.reserve(keys.size());
    for (const Key& key : keys) found.push_back(key.index);
    return found;
  }

  // Exchanges (both directions), deployments and the relationships around services, between the
  // elements the references stand for.
  void IndexRelationships() {
    const std::size_t n = workspace_.elements.size();
    exchanges_.resize(n);
    deployed_on_.resize(n);
    related_.resize(n);
    provides_.resize(n);
    consumers_.resize(n);
    realizes_.resize(n);
    std::vector<std::vector<std::int32_t>> artifacts_of(n), nodes_of_artifact(n);
    for (std::uint32_t f = 0; f < workspace_.files.size(); ++f) {
      if (!included_[f]) continue;
      for (const checker::CheckContext::ExchangeLink& link : context_.ExchangesOf(f)) {
        const std::int32_t a = Canonical(link.source), b = Canonical(link.target);
        if (a == b) continue;
        exchanges_[a].push_back(b);
        exchanges_[b].push_back(a);
      }
      const model::Workspace::Range range = workspace_.RelationshipsOf(f);
      for (std::size_t r = range.begin; r < range.end; ++r) {
        const model::Relationship& relationship = workspace_.relationships[r];
        if (!relationship.ConnectsElements()) continue;
        const std::int32_t source = Canonical(relationship.source_index), target = Canonical(relationship.target_index);
        const model::Element& from = ElementAt(source);
        const model::Element& to = ElementAt(target);
        const bool structural = relationship.type == RelationshipType::kRealization || relationship.type == RelationshipType::kAssignment;
        if (structural && IsNodeLike(from.type) && to.type == ElementType::kApplicationComponent) deployed_on_[target].push_back(source);
        if (relationship.type == RelationshipType::kRealization && from.type == ElementType::kArtifact &&
            to.type == ElementType::kApplicationComponent) {
          artifacts_of[target].push_back(source);
        }
        if (relationship.type == RelationshipType::kAssignment && IsNodeLike(from.type) && to.type == ElementType::kArtifact) {
          nodes_of_artifact[target].push_back(source);
        }
        if (relationship.type == RelationshipType::kRealization && from.type == ElementType::kWorkPackage) realizes_[source].push_back(target);
        // Only the databases' and the services' relations are looked up (Databases, Services).
        if (IsDatabase(from) || IsSharingService(from)) related_[source].push_back(target);
        if (IsDatabase(to) || IsSharingService(to)) related_[target].push_back(source);
        if (IsSharingService(to) && from.type == ElementType::kApplicationComponent &&
            (structural || relationship.type == RelationshipType::kComposition || relationship.type == RelationshipType::kAggregation)) {
          provides_[target].push_back(source);
        }
        if (IsSharingService(from) && (relationship.type == RelationshipType::kServing || relationship.type == RelationshipType::kFlow)) {
          consumers_[source].push_back(target);
        }
      }
    }
    for (std::size_t c = 0; c < n; ++c) {
      for (const std::int32_t artifact : artifacts_of[c]) {
        deployed_on_[c].insert(deployed_on_[c].end(), nodes_of_artifact[artifact].begin(), nodes_of_artifact[artifact].end());
      }
    }
    for (auto* lists : {&exchanges_, &deployed_on_, &related_, &provides_, &consumers_, &realizes_}) {
      for (std::vector<std::int32_t>& list : *lists) Normalize(list);
    }
    // The NGSPs each LGSP exchanges with, once: an LGSP exchanges with every system of its province.
    for (std::size_t i = 0; i < n; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      if (ElementAt(index).kind.starts_with("platform.lgsp")) ngsps_of_lgsp_.emplace(index, Neighbours(exchanges_[i], "platform.ngsp"));
    }
  }

  std::vector<std::int32_t> Neighbours(const std::vector<std::int32_t>& of, std::string_view kind_prefix) const {
    std::vector<std::int32_t> found;
    for (const std::int32_t index : of) {
      if (ElementAt(index).kind.starts_with(kind_prefix)) found.push_back(index);
    }
    return found;
  }

  // "LGSP → NGSP": the platforms a system exchanges through, as Circular 13/2017's connection
  // model has it (the LGSP, then the NGSP the LGSP exchanges with); the NGSP alone when the system
  // reaches it directly.
  std::string PlatformPath(std::int32_t system) const {
    const model::Element& element = ElementAt(system);
    if (element.kind == "platform.ngsp") return {};
    const std::vector<std::int32_t> ngsps = Neighbours(exchanges_[system], "platform.ngsp");
    if (element.kind == "platform.lgsp") return Names(ngsps);
    std::vector<std::string> paths;
    for (const std::int32_t lgsp : Neighbours(exchanges_[system], "platform.lgsp")) {
      const std::vector<std::int32_t>& beyond = ngsps_of_lgsp_.at(lgsp);
      if (beyond.empty()) paths.push_back(NameOf(lgsp));
      for (const std::int32_t ngsp : beyond) paths.push_back(NameOf(lgsp) + " → " + NameOf(ngsp));
    }
    if (paths.empty()) {
      for (const std::int32_t ngsp : ngsps) paths.push_back(NameOf(ngsp));
    }
    std::sort(paths.begin(), paths.end());
    std::string joined;
    for (const std::string& path : paths) joined += (joined.empty() ? "" : "; ") + path;
    return joined;
  }

  Table Summary() const {
    Table table{"summary", Text("catalog.table.summary"),
                Headers({"agency", "level", "state", "file", "systems", "databases", "services", "work-packages", "errors",
                         "warnings", "infos"}),
                {}};
    std::vector<std::uint32_t> files;
    for (std::uint32_t f = 0; f < workspace_.files.size(); ++f) {
      if (included_[f]) files.push_back(f);
    }
    std::stable_sort(files.begin(), files.end(), [this](std::uint32_t a, std::uint32_t b) { return workspace_.files[a].agency < workspace_.files[b].agency; });
    const auto count = [this](std::uint32_t f, auto predicate) {
      std::size_t total = 0;
      const model::Workspace::Range range = workspace_.ElementsOf(f);
      for (std::size_t i = range.begin; i < range.end; ++i) {
        const auto index = static_cast<std::int32_t>(i);
        total += predicate(ElementAt(index)) && federation_.Defines(workspace_, index);
      }
      return total;
    };
    // The services table's rows of each file: its declared services, and its systems other agencies
    // exchange data with.
    std::vector<std::size_t> shared_in_file(workspace_.files.size(), 0);
    for (const auto& [s, entry] : shared_systems_) {
      // The file of the map's element, else (a file of another state: the map takes a system's
      // first definition) the included file that defines the same id.
      const model::Element& system = ElementAt(input_.map->systems[s].element);
      std::uint32_t file = system.location.file;
      for (std::uint32_t f = 0; !included_[file] && f < workspace_.files.size(); ++f) {
        const std::int32_t same = included_[f] ? workspace_.FindElement(f, system.id) : -1;
        if (same >= 0 && federation_.Defines(workspace_, same)) file = f;
      }
      if (included_[file]) ++shared_in_file[file];
    }
    // Errors, warnings and information per file, in one pass over the findings.
    std::vector<std::array<std::size_t, 3>> tallies(workspace_.files.size(), {0, 0, 0});
    const auto tally = [&](const model::Diagnostic& diagnostic) {
      if (diagnostic.location.file >= tallies.size()) return;
      std::array<std::size_t, 3>& counts = tallies[diagnostic.location.file];
      ++counts[diagnostic.severity == model::Severity::kError ? 0 : diagnostic.severity == model::Severity::kWarning ? 1 : 2];
    };
    for (const checker::CheckedFinding& finding : input_.report.findings) {
      if (!finding.waived) tally(finding.diagnostic);
    }
    for (const model::Diagnostic& diagnostic : input_.report.load_diagnostics) tally(diagnostic);
    for (const std::uint32_t f : files) {
      const model::SourceFile& file = workspace_.files[f];
      const std::array<std::size_t, 3>& by_severity = tallies[f];
      AddRow(table, {{file.agency},
                            {file.level.empty() ? "" : Text("view.level." + file.level)},
                            {file.state == "baseline" || file.state == "target" ? Text("view.state." + file.state) : ""},
                            {file.path},
                            {std::to_string(count(f, IsSystem))},
                            {std::to_string(count(f, IsDatabase))},
                            {std::to_string(count(f, IsSharingService) + shared_in_file[f])},
                            {std::to_string(count(f, [](const model::Element& e) { return e.type == ElementType::kWorkPackage; }))},
                            {std::to_string(by_severity[0]), {}, by_severity[0] ? CellClass::kError : CellClass::kPlain},
                            {std::to_string(by_severity[1]), {}, by_severity[1] ? CellClass::kWarning : CellClass::kPlain},
                            {std::to_string(by_severity[2])}});
    }
    return table;
  }

  Table Systems() const {
    Table table{"systems", Text("catalog.table.systems"),
                Headers({"agency", "code", "name", "owner", "kind", "security-level", "approval-decision", "approval-date",
                         "deployed-on", "platform-path"}),
                {}};
    for (const std::int32_t index : Defined(IsSystem)) {
      const model::Element& element = ElementAt(index);
      AddRow(table, {{Agency(index)},
                            {Property(element, model::prop::kCode)},
                            {NameOf(index)},
                            {element.owner},
                            {element.kind.empty() ? "" : model::KindLabel(input_.lang, element.kind)},
                            {Property(element, model::prop::kSecurityLevel)},
                            {Property(element, model::prop::kSecurityApproval)},
                            {Property(element, model::prop::kSecurityApprovalDate)},
                            {Names(deployed_on_[index])},
                            {PlatformPath(index)}});
    }
    return table;
  }

  Table Databases() const {
    std::vector<std::string> national_subjects;
    const std::vector<std::int32_t> databases = Defined(IsDatabase);
    for (const std::int32_t index : databases) {
      if (ElementAt(index).kind == "db.national") national_subjects.push_back(Property(ElementAt(index), model::prop::kSubject));
    }
    Table table{"databases", Text("catalog.table.databases"),
                Headers({"agency", "code", "name", "subject", "owner", "kind", "master-copy", "shared-through"}), {}};
    for (const std::int32_t index : databases) {
      const model::Element& element = ElementAt(index);
      const std::string subject = Property(element, model::prop::kSubject);
      // A national database is the master of its subject; another database of a subject a
      // national one holds is a copy fed from it (DAT-001).
      const bool copy = element.kind != "db.national" && !subject.empty() &&
                        std::find(national_subjects.begin(), national_subjects.end(), subject) != national_subjects.end();
      std::vector<std::int32_t> through;
      for (const std::int32_t other : related_[index]) {
        if (IsSharingService(ElementAt(other))) through.push_back(other);
      }
      if (through.empty()) through = Neighbours(exchanges_[index], "platform.");
      AddRow(table, {{Agency(index)},
                            {Property(element, model::prop::kCode)},
                            {NameOf(index)},
                            {subject},
                            {element.owner},
                            {model::KindLabel(input_.lang, element.kind)},
                            {Text(copy ? "catalog.value.copy" : "catalog.value.master")},
                            {Names(through)}});
    }
    return table;
  }

  Table Services() const {
    Table table{"services", Text("catalog.table.services"),
                Headers({"agency", "name", "provider", "consumers", "platform"}), {}};
    for (const std::int32_t index : Defined(IsSharingService)) {
      const std::vector<std::int32_t>& providers = provides_[index];
      // The platform it is offered on: a provider that is one, else a platform it is related to,
      // else the platforms its providers exchange through.
      std::vector<std::int32_t> platforms = Neighbours(providers, "platform.");
      if (platforms.empty()) platforms = Neighbours(related_[index], "platform.");
      for (const std::int32_t provider : providers) {
        if (!platforms.empty()) break;
        platforms = Neighbours(exchanges_[provider], "platform.");
      }
      std::vector<std::int32_t> consumers;
      for (const std::int32_t consumer : consumers_[index]) {
        if (std::find(providers.begin(), providers.end(), consumer) == providers.end()) consumers.push_back(consumer);
      }
      AddRow(table, {{Agency(index)},
                            {NameOf(index)},
                            {providers.empty() ? ElementAt(index).owner : Names(providers)},
                            {Names(consumers)},
                            {Names(platforms)}});
    }
    SharedSystems(table);
    std::stable_sort(table.rows.begin(), table.rows.end(), [](const std::vector<Cell>& a, const std::vector<Cell>& b) {
      return std::tie(a[0].text, a[1].text) < std::tie(b[0].text, b[1].text);
    });
    return table;
  }

  // The data an agency's system shares with other agencies, as the models draw it: an exchange (Flow,
  // Serving) of another agency's file with the system, through that agency's platform (its LGSP, or a
  // national platform the LGSP reaches). The provider is the system (its owner in the first column);
  // the name, what the exchanges say they carry (their names), else the system's; the consumers, the
  // agencies; the platform, the national platform it is reached through or the consumers' own.
  // Platforms and security services themselves are the means, not a service of data. Found once,
  // before the tables: the summary counts them, the services table lists them.
  struct SharedSystem {
    std::vector<std::string> names, consumers, platforms;
  };
  std::map<std::size_t, SharedSystem> FindSharedSystems() const {
    std::map<std::size_t, SharedSystem> shared;  // by the map's system index
    if (!input_.map) return shared;
    const checker::ConnectionMap& map = *input_.map;
    for (const checker::Connection& connection : map.connections) {
      const checker::MapSystem& system = map.systems[connection.system];
      const std::string& agency = map.agencies[connection.agency].code;
      if (system.element < 0 || agency == system.owner || model::KindMatches(system.kind, "platform") ||
          model::KindMatches(system.kind, "sec")) {
        continue;
      }
      if (connection.route == checker::Route::kOwner || connection.route == checker::Route::kMissing) continue;
      SharedSystem& entry = shared[connection.system];
      entry.consumers.push_back(agency);
      if (connection.relationship_index >= 0) {
        const std::string& name = workspace_.relationships[connection.relationship_index].Name(input_.lang);
        if (!name.empty()) entry.names.push_back(name);
      }
      // Through a national platform: that platform (every consumer's LGSP reaches it); else the
      // consumer's own platform the exchange goes through.
      if (connection.route == checker::Route::kThroughHub) {
        entry.platforms.push_back(checker::SystemName(map.systems[connection.hub], workspace_, input_.lang));
      } else if (connection.from >= 0 && model::KindMatches(ElementAt(connection.from).kind, "platform")) {
        entry.platforms.push_back(NameOf(connection.from));
      }
    }
    return shared;
  }

  void SharedSystems(Table& table) const {
    for (const auto& [s, entry] : shared_systems_) {
      const checker::MapSystem& system = input_.map->systems[s];
      const std::string provider = checker::SystemName(system, workspace_, input_.lang) + " (" + system.key + ")";
      AddRow(table, {{system.owner},
                            {entry.names.empty() ? checker::SystemName(system, workspace_, input_.lang) : Joined(entry.names)},
                            {provider},
                            {Joined(entry.consumers)},
                            {Joined(entry.platforms)}});
    }
  }

  Table WorkPackages() const {
    Table table{"work-packages", Text("catalog.table.work-packages"),
                Headers({"agency", "name", "phase", "funding", "realizes"}), {}};
    for (const std::int32_t index : Defined([](const model::Element& e) { return e.type == ElementType::kWorkPackage; })) {
      const model::Element& element = ElementAt(index);
      AddRow(table, {{Agency(index)},
                            {NameOf(index)},
                            {Property(element, model::prop::kPhase)},
                            {Property(element, model::prop::kFunding)},
                            {Names(realizes_[index])}});
    }
    return table;
  }

  // The row of finding `index` in the findings table, else (cut) its agency and rule's row in the
  // findings summary, as a table link ("#findings:12"); "" for no finding.
  std::string FindingLink(std::int64_t index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= input_.report.findings.size()) return {};
    if (finding_row_[index] >= 0) return TableLink("findings", static_cast<std::size_t>(finding_row_[index]));
    const model::Diagnostic& diagnostic = input_.report.findings[index].diagnostic;
    const auto row = summary_row_.find({agency_rank_[diagnostic.location.file], diagnostic.rule_id});
    return row == summary_row_.end() ? std::string() : TableLink("findings-summary", row->second);
  }

  // Agencies in rows, national and shared systems in columns (their full names); a cell that breaks a
  // rule names it and is marked as an error (direct) or a warning (missing), as the map colours it.
  Table Matrix(const checker::MatrixTable& matrix) const {
    Table table{"matrix", model::Text(input_.lang, "map.matrix.title"), {}, {}};
    for (std::size_t column = 0; column < matrix.headers.size(); ++column) {
      const bool named = column < matrix.header_names.size() && !matrix.header_names[column].empty();
      table.headers.push_back(named ? matrix.header_names[column] : matrix.headers[column]);
    }
    for (const std::vector<checker::MatrixCell>& row : matrix.rows) {
      std::vector<Cell> cells;
      for (const checker::MatrixCell& cell : row) {
        Cell out{cell.rule.empty() ? cell.text : cell.text + " [" + cell.rule + "]", {}, CellClass::kPlain};
        if (cell.css_class == "direct") out.cell_class = CellClass::kError;
        else if (cell.css_class == "missing") out.cell_class = CellClass::kWarning;
        out.link = FindingLink(cell.finding);
        cells.push_back(std::move(out));
      }
      table.rows.push_back(std::move(cells));
    }
    return table;
  }

  // The findings and the load diagnostics of the included files, by agency, then as a report lists
  // them; the finding's index in report.findings (-1 for a load diagnostic).
  struct Listed {
    const model::Diagnostic* diagnostic;
    const checker::CheckedFinding* finding;
    std::int64_t index;
  };
  std::vector<Listed> Listing() const {
    // Bucketed by agency rank, keeping each source's order within a bucket: report.findings come
    // sorted by DiagnosticLess (SortFindings), the load diagnostics by file only.
    std::vector<std::vector<Listed>> findings(agency_count_), loads(agency_count_);
    const auto listed_in = [this](std::vector<std::vector<Listed>>& buckets, const Listed& listed) {
      const std::uint32_t file = listed.diagnostic->location.file;
      if (file < workspace_.files.size() && included_[file]) buckets[agency_rank_[file]].push_back(listed);
    };
    for (std::size_t i = 0; i < input_.report.findings.size(); ++i) {
      const checker::CheckedFinding& finding = input_.report.findings[i];
      listed_in(findings, {&finding.diagnostic, &finding, static_cast<std::int64_t>(i)});
    }
    for (const model::Diagnostic& diagnostic : input_.report.load_diagnostics) listed_in(loads, {&diagnostic, nullptr, -1});
    const auto less = [](const Listed& a, const Listed& b) { return model::DiagnosticLess(*a.diagnostic, *b.diagnostic); };
    // Per agency as a stable sort of findings then load diagnostics by DiagnosticLess gives them:
    // each part sorted stably, then merged, the findings first among equals.
    std::vector<Listed> all;
    for (std::size_t rank = 0; rank < agency_count_; ++rank) {
      if (!std::is_sorted(findings[rank].begin(), findings[rank].end(), less)) std::stable_sort(findings[rank].begin(), findings[rank].end(), less);
      std::stable_sort(loads[rank].begin(), loads[rank].end(), less);
      std::merge(findings[rank].begin(), findings[rank].end(), loads[rank].begin(), loads[rank].end(), std::back_inserter(all), less);
    }
    return all;
  }
  static CellClass SeverityClass(model::Severity severity) {
    return severity == model::Severity::kError ? CellClass::kError : severity == model::Severity::kWarning ? CellClass::kWarning : CellClass::kInfo;
  }
  std::string SeverityText(model::Severity severity) const { return Text("severity." + std::string(model::SeverityName(severity))); }

  // One row per agency and rule, always complete: how many findings (and how many waived), so that a
  // workbook whose findings table is cut still counts every one.
  Table FindingsSummary(const std::vector<Listed>& all) {
    Table table{"findings-summary", Text("catalog.table.findings-summary"),
                Headers({"agency", "rule", "title", "severity", "count", "waived"}), {}};
    struct Tally {
      model::Severity severity = model::Severity::kInfo;
      std::size_t count = 0, waived = 0;
    };
    // The listing runs by agency: one agency's tallies at a time, by rule id, as rows when it ends.
    std::map<const std::string*, Tally, decltype(ByText)> tallies(ByText);
    const auto rows_of = [&](std::uint32_t rank, const std::string& agency) {
      for (const auto& [rule, tally] : tallies) {
        const auto title = input_.rule_titles.find(*rule);
        summary_row_[{rank, *rule}] = table.rows.size();
        AddRow(table, {{agency},
                              {*rule},
                              {title == input_.rule_titles.end() ? "" : title->second},
                              {SeverityText(tally.severity), {}, SeverityClass(tally.severity)},
                              {std::to_string(tally.count)},
                              {std::to_string(tally.waived)}});
      }
      tallies.clear();
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
      const Listed& listed = all[i];
      const std::uint32_t file = listed.diagnostic->location.file;
      Tally& tally = tallies[&listed.diagnostic->rule_id];
      const bool waived = listed.finding && listed.finding->waived;
      // The most severe of the rule's findings (policy can change one finding's severity).
      if (tally.count + tally.waived == 0 || listed.diagnostic->severity > tally.severity) tally.severity = listed.diagnostic->severity;
      ++(waived ? tally.waived : tally.count);
      if (i + 1 == all.size() || agency_rank_[all[i + 1].diagnostic->location.file] != agency_rank_[file]) {
        rows_of(agency_rank_[file], workspace_.files[file].agency);
      }
    }
    return table;
  }

  Table Findings(const std::vector<Listed>& all) {
    Table table{"findings", Text("catalog.table.findings"),
                Headers({"agency", "rule", "severity", "element", "message", "location", "waiver"}), {}};
    // Cut to the bound: the most severe first (every error before any warning), then in table order.
    std::vector<bool> kept(all.size(), true);
    const bool cut = input_.max_findings > 0 && all.size() > input_.max_findings;
    if (cut) {
      // Room for every finding of a severity while it lasts, then for the first ones of the
      // severity where it runs out, in table order.
      std::array<std::size_t, 3> room{};  // by severity
      std::size_t left = input_.max_findings;
      std::array<std::size_t, 3> counts{};
      for (const Listed& listed : all) ++counts[static_cast<std::size_t>(listed.diagnostic->severity)];
      for (std::size_t s = counts.size(); s-- > 0;) {
        room[s] = std::min(left, counts[s]);
        left -= room[s];
      }
      for (std::size_t i = 0; i < all.size(); ++i) {
        std::size_t& severity_room = room[static_cast<std::size_t>(all[i].diagnostic->severity)];
        if (severity_room == 0) kept[i] = false;
        else --severity_room;
      }
      std::vector<Cell> note(table.headers.size());
      note[4] = {model::Text(input_.lang, "catalog.findings-cut",
                             {{"shown", std::to_string(input_.max_findings)}, {"total", std::to_string(all.size())},
                              {"left", std::to_string(all.size() - input_.max_findings)}}),
                 {}, CellClass::kWarning};
      table.rows.push_back(std::move(note));
    }
    finding_row_.assign(input_.report.findings.size(), -1);
    const std::array<std::string, 3> severity_texts{SeverityText(model::Severity::kInfo), SeverityText(model::Severity::kWarning),
                                                    SeverityText(model::Severity::kError)};
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (!kept[i]) continue;
      const auto& [diagnostic, finding, index] = all[i];
      const std::uint32_t file = diagnostic->location.file;
      std::string element;
      if (!diagnostic->element_ids.empty()) {
        const std::string& id = diagnostic->element_ids.front();
        const std::int32_t at = workspace_.FindElement(file, id);
        const std::string* name = at >= 0 ? &ElementAt(at).Name(input_.lang) : nullptr;
        element = name && !name->empty() ? *name + " (" + id + ")" : id;
      }
      if (index >= 0) finding_row_[index] = static_cast<std::int64_t>(table.rows.size());
      AddRow(table, {{workspace_.files[file].agency},
                            {diagnostic->rule_id},
                            {severity_texts[static_cast<std::size_t>(diagnostic->severity)], {}, SeverityClass(diagnostic->severity)},
                            {element},
                            {diagnostic->message},
                            {model::FormatLocation(workspace_.files, diagnostic->location)},
                            {finding && finding->waived ? finding->waiver_reason : ""}});
    }
    return table;
  }

  model::PhaseTimer timer_;  // its line printed when the builder ends
  const CatalogInput& input_;
  const model::Workspace& workspace_;
  std::unique_ptr<checker::CheckContext> own_context_;  // when the input brings none
  const checker::CheckContext& context_;
  const checker::Federation& federation_;
  std::vector<bool> included_;
  std::vector<std::uint32_t> agency_rank_;  // per file (RankAgencies)
  std::size_t agency_count_ = 0;
  std::vector<std::vector<std::int32_t>> exchanges_, deployed_on_, related_, provides_, consumers_, realizes_;
  std::unordered_map<std::int32_t, std::vector<std::int32_t>> ngsps_of_lgsp_;
  std::map<std::size_t, SharedSystem> shared_systems_;  // FindSharedSystems
  // Where the matrix links to: a finding's row in the findings table (index into report.findings ->
  // row, -1 when cut), and each (agency, rule)'s row in the findings summary.
  std::vector<std::int64_t> finding_row_;
  std::map<std::pair<std::uint32_t, std::string_view>, std::size_t> summary_row_;  // (agency rank, rule id)
};

}  // namespace

std::vector<Table> BuildCatalog(const CatalogInput& input) { return CatalogBuilder(input).Build(); }

std::vector<TableHeading> CatalogHeadings(const CatalogInput& input) {
  std::vector<TableHeading> headings;
  for (const std::string_view id : kTableIds) {
    headings.push_back({std::string(id), model::Text(input.lang, "catalog.table." + std::string(id))});
  }
  if (input.matrix) headings.push_back({"matrix", model::Text(input.lang, "map.matrix.title")});
  return headings;
}

std::string CatalogTitle(const CatalogInput& input) {
  return model::Text(input.lang, "catalog.title", {{"state", model::Text(input.lang, "view.state." + input.state)}});
}

}  // namespace eaf::review
