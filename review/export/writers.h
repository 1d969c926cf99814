#pragma once
/// Writers of the pipeline's own documents: model statistics, the rule list and one rule
/// explained. (The check, gap and review report writers are their neighbours in review/export/;
/// review/exporters.h is the one table of all of them.)

#include <string>

#include "model/model.h"
#include "review/review.h"

namespace eaf::review {

/// Per file: format, counts by type and kind, the loader's diagnostics; a total for several files.
std::string WriteStatsText(const model::Workspace& workspace, const std::string& lang);
std::string WriteStatsJson(const model::Workspace& workspace);

/// The views saved in the models (`eaf views`): id, name, viewpoint, element count, sorted by
/// file, name and id; the text form has one table per file.
std::string WriteViewsText(const model::Workspace& workspace, const std::string& lang);
std::string WriteViewsJson(const model::Workspace& workspace, const std::string& lang);

/// The title of a diagnostic id in `lang`: its rule's, else eaf's own ("diag.<id>" of the catalogue).
std::string DiagnosticTitle(const checker::DiagnosticInfo& info, const std::string& lang);

/// The rules of the pack, or with `all` every id of the registry (loader, pack, policy, rules).
std::string WriteRulesText(const LoadedPack& pack, const std::string& lang, bool all);
std::string WriteRulesMarkdown(const LoadedPack& pack, const std::string& lang, bool all);
std::string WriteRulesJson(const LoadedPack& pack, const std::string& lang, bool all);

/// One id in full: a rule's rationale, source, template, parameters, message and example; for
/// eaf's own diagnostics their meaning, default severity and documentation page. Empty when the
/// registry has no such id.
std::string WriteExplanation(const LoadedPack& pack, const std::string& id, const std::string& lang);

}  // namespace eaf::review
