#pragma once
/// The registry of every diagnostic id eaf can print: its own (loader, pack, policy; data in
/// rules/diagnostics.xml) and the rules of the pack in use. The policy stage (enable, disable,
/// severity, waivers) and `eaf explain` / `eaf rules --all` work from it.

#include <string>
#include <string_view>
#include <vector>

#include "checker/rule_pack.h"
#include "model/diagnostic.h"

namespace eaf::checker {

/// Where a diagnostic comes from.
enum class DiagnosticOrigin : std::uint8_t { kLoader, kPack, kPolicy, kRule };

/// One id of the registry.
struct DiagnosticInfo {
  std::string id;
  model::Severity severity = model::Severity::kError;  ///< the default, before --severity
  DiagnosticOrigin origin = DiagnosticOrigin::kLoader;
  bool fatal = false;  ///< the file or pack cannot be used: always reported, always exit 2
  std::string doc;     ///< the page that documents it
  const RuleDefinition* rule = nullptr;  ///< for a rule of the pack
  std::string mapped_by;  ///< a loader id that a pack rule reports under its own id (LOAD-011 -> MOD-001)
};

/// Every id eaf can print with the pack in use, sorted by id.
class DiagnosticRegistry {
 public:
  /// eaf's own diagnostics from `path` (rules/diagnostics.xml), then the pack's rules. Problems go to
  /// `problems` as "path:line:col: reason". False when the file could not be used.
  bool Load(const std::string& path, const RulePack* pack, std::vector<std::string>& problems);
  /// The same, with rules/diagnostics.xml found in the data directory.
  bool LoadDefault(const RulePack* pack, std::vector<std::string>& problems);

  const DiagnosticInfo* Find(std::string_view id) const;
  const std::vector<DiagnosticInfo>& All() const { return entries_; }
  /// True when `glob` matches at least one id.
  bool Matches(std::string_view glob) const;
  /// The id closest to `word` (a typo), or "".
  std::string Suggest(std::string_view word) const;

 private:
  std::vector<DiagnosticInfo> entries_;
};

/// "loader", "pack", "policy" or "rule".
std::string_view OriginName(DiagnosticOrigin origin);

}  // namespace eaf::checker
