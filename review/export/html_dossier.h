#pragma once
/// The parts of the review report that make it a dossier a reviewer can approve and file: where it
/// came from (generation time, eaf's version, the pack and every input file with its SHA-256), a
/// verdict per agency and an overall one, a blank approval block to sign, and the print style that
/// paginates it without clipping a table or a diagram.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/engine.h"
#include "model/model.h"
#include "model/sha256.h"

namespace eaf::review {

/// Where a report came from.
struct Provenance {
  std::int64_t generated_at = 0;  ///< seconds since 1970 UTC: SOURCE_DATE_EPOCH when set, else now
  std::optional<model::FileDigest> pack;  ///< the pack file; nullopt when it could not be read again
  /// One input file: the targets', then the baseline's.
  struct File {
    std::string path;
    std::string agency;
    bool baseline = false;
    std::optional<model::FileDigest> digest;  ///< nullopt when it could not be read again
  };
  std::vector<File> files;
};

/// Digests of the pack at `pack_path` and of every file of `workspace` and `baseline` (may be
/// null), read from disk now.
Provenance MakeProvenance(const model::Workspace& workspace, const model::Workspace* baseline, const std::string& pack_path,
                          std::int64_t generated_at);

/// What the dossier's parts read.
struct DossierInput {
  const model::Workspace& workspace;
  const checker::CheckReport& report;
  const checker::RulePack& pack;
  const Provenance& provenance;
  std::string lang = "vi";
  std::string tool_version;
};

/// <section id="provenance">: generation time, eaf's version, the pack, each file's size and SHA-256.
std::string WriteProvenanceHtml(const DossierInput& input);
/// <section id="verdicts">: one verdict per file (agency) and the overall one, with how they are decided.
std::string WriteVerdictsHtml(const DossierInput& input);
/// <section id="approval">: reviewer, unit, date, decision, remarks and signature, left blank.
std::string WriteApprovalHtml(const DossierInput& input);
/// The dossier's style, screen and print (@page, page breaks, diagrams and tables fitted to the page).
const char* DossierStyle();

}  // namespace eaf::review
