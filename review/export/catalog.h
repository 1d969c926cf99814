#pragma once
/// The catalogues (danh mục) a review dossier carries, as plain tables: a summary per agency,
/// information systems, databases, data-sharing services, the roadmap's work packages and the
/// findings of each agency. One federation state at a time (target or baseline); a model given in
/// two formats (same model id) counts once. docs/catalog.md says how each column is read.

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "checker/connections.h"
#include "checker/engine.h"
#include "model/model.h"
#include "review/export/tables.h"

namespace eaf::review {

struct CatalogInput {
  const model::Workspace& workspace;
  const checker::CheckReport& report;
  std::string state = "target";  ///< the files of this eaf:state, with those that declare none
  std::string lang = "vi";
  /// The connection matrix of the same files (checker::BuildMatrixTable), its own sheet when given;
  /// a cell that breaks a rule links to its finding's row (or, when that row is cut, its summary row).
  const checker::MatrixTable* matrix = nullptr;
  /// The check context of the workspace, built once for the connection map and the catalogue; the
  /// catalogue builds its own when none is given.
  const checker::CheckContext* context = nullptr;
  /// The connection map of the same files: the data-sharing services of the agencies' exchanges.
  const checker::ConnectionMap* map = nullptr;
  /// The findings table's rows at most (0: all); the findings summary is always complete, and a note
  /// row first says how many are left out and how to get them.
  std::size_t max_findings = 0;
  /// The title of each rule id (the findings summary's column), in `lang`.
  std::map<std::string, std::string> rule_titles;
  /// When set, called with each table as soon as it is complete, with its place in CatalogHeadings
  /// (a workbook writes it while the others are built). Called from two threads, maybe at once.
  std::function<void(std::size_t position, const Table& table)> on_table;
};

/// The tables, in workbook order: summary, systems, databases, services, work-packages, the findings
/// summary (agency × rule), findings, and the connection matrix when the input has one.
std::vector<Table> BuildCatalog(const CatalogInput& input);

/// The id and title of each table BuildCatalog makes, in its order, before any is built (a workbook
/// names all its sheets first).
std::vector<TableHeading> CatalogHeadings(const CatalogInput& input);

/// The catalogue's title in the input's language ("Danh mục hồ sơ kiến trúc (mục tiêu)").
std::string CatalogTitle(const CatalogInput& input);

}  // namespace eaf::review
