#pragma once
/// The catalogues (danh mục) a review dossier carries, as plain tables: a summary per agency,
/// information systems, databases, data-sharing services, the roadmap's work packages and the
/// findings of each agency. One federation state at a time (target or baseline); a model given in
/// two formats (same model id) counts once. docs/catalog.md says how each column is read.

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
  /// The connection matrix of the same files (checker::BuildMatrixTable), its own sheet when given.
  const checker::MatrixTable* matrix = nullptr;
};

/// The tables, in workbook order: summary, systems, databases, services, work-packages, findings, and
/// the connection matrix when the input has one.
std::vector<Table> BuildCatalog(const CatalogInput& input);

/// The catalogue's title in the input's language ("Danh mục hồ sơ kiến trúc (mục tiêu)").
std::string CatalogTitle(const CatalogInput& input);

}  // namespace eaf::review
