#pragma once
/// What every rule template sees: the workspace, its graphs and a few shared indexes.

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/federation.h"
#include "model/graph.h"
#include "model/messages.h"
#include "model/model.h"
#include "model/profile.h"

namespace eaf::checker {

/// Exchanges as an undirected graph: PROFILE.md section 4 follows connections in both directions.
/// Vertex i is element i of the workspace; the edge property is the relationship index (for a path
/// through junctions, one edge whose property is its first relationship).
using ExchangeGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, model::EdgeData>;

/// True when `kind` matches one of the patterns ("platform.lgsp", "platform.*", "db").
bool KindMatchesAny(std::string_view kind, const std::vector<std::string>& patterns);

/// Read-only state shared by all rules of one check run. Built once, linear in the model's size.
class CheckContext {
 public:
  CheckContext(const model::Workspace& workspace, std::string lang);

  const model::Workspace& workspace() const { return workspace_; }
  /// Whether this context is of `workspace` (that very object) and speaks `lang`.
  bool Describes(const model::Workspace& workspace, std::string_view lang) const { return &workspace == &workspace_ && lang == lang_; }
  const model::ArchitectureGraph& graph() const { return *graph_; }
  const ExchangeGraph& exchanges() const { return exchanges_; }
  const std::string& lang() const { return lang_; }
  /// References resolved across files (PROFILE.md section 5).
  const Federation& federation() const { return federation_; }

  const model::Element& element(std::int32_t index) const { return workspace_.elements[index]; }
  const model::Relationship& relationship(std::int32_t index) const { return workspace_.relationships[index]; }

  /// True when the relationship is an exchange: Flow, Serving or Triggering between two
  /// application- or technology-layer elements, or Access to a database (db.*) modelled as a
  /// DataObject or Artifact.
  bool IsExchange(const model::Relationship& relationship) const;
  /// The same for a relationship of `type` from element `source` to element `target` (a path
  /// through junctions is one).
  bool IsExchange(model::RelationshipType type, std::int32_t source, std::int32_t target) const;
  /// One exchange: a relationship, or a path through junctions standing for one (its first
  /// relationship, where it is reported), from element `source` to element `target`.
  struct ExchangeLink {
    std::int32_t relationship, source, target;
  };
  /// The exchanges of file `file`: its relationships that are exchanges in file order, then its
  /// paths through junctions that are.
  const std::vector<ExchangeLink>& ExchangesOf(std::uint32_t file) const { return exchange_links_[file]; }
  /// True when element `index` is owned by its file's agency.
  bool IsOwned(std::int32_t index) const { return workspace_.IsOwned(workspace_.elements[index]); }
  /// Indices of the elements of file `file` whose kind matches one of the patterns, in file order.
  std::vector<std::int32_t> ElementsOfKind(std::uint32_t file, const std::vector<std::string>& patterns) const;

  /// "'Name' (id)" in the run's language, terminal-safe quoting left to the output.
  std::string Describe(std::int32_t element) const;
  /// The same for any object (a relationship, a view): "'id'" when it has no name.
  std::string Describe(std::string_view name, std::string_view id) const;
  /// The catalogue message `id` (rules/messages.<lang>.xml) in the run's language.
  std::string Text(std::string_view id, const model::MessageArgs& args = {}) const { return model::Text(lang_, id, args); }
  /// The label of a kind in the run's language (catalogue id "kind.<kind>"), never the raw code.
  std::string KindLabel(std::string_view kind) const;
  /// Alternatives as one phrase in the run's language: "a", "a or b", "a, b or c".
  std::string Alternatives(const std::vector<std::string>& items) const;
  /// The labels of kinds as alternatives: "LGSP platform or NGSP platform".
  std::string KindLabels(const std::vector<std::string>& kinds) const;

 private:
  /// Builds `exchanges_` and `kinds_by_file_` (the constructor's part beside the graph's).
  void BuildExchangesAndKinds(const model::Workspace& workspace);

  const model::Workspace& workspace_;
  std::optional<model::ArchitectureGraph> graph_;  // always set once constructed
  ExchangeGraph exchanges_;
  std::string lang_;
  // The texts of Describe, looked up once: a check describes hundreds of thousands of objects.
  const std::string* named_text_ = nullptr;
  const std::string* unnamed_text_ = nullptr;
  Federation federation_;
  // Per file: (kind, element indices in file order), sorted by kind, so a kind lookup touches
  // only matching elements instead of scanning the file once per rule.
  std::vector<std::vector<ExchangeLink>> exchange_links_;  // per file
  std::vector<std::vector<std::pair<std::string_view, std::vector<std::int32_t>>>> kinds_by_file_;
  // The label of every kind an element has, made once: a rule about elements labels each finding.
  std::map<std::string_view, std::string, std::less<>> kind_labels_;
};

}  // namespace eaf::checker
