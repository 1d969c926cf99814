#pragma once
/// The VN-EAF modelling profile (shared/PROFILE.md): property names, kinds and the five architectures.
/// The kinds are data: rules/profile.xml, read once per process; their labels are the catalogues'
/// kind.<kind> messages.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/archimate_types.h"

namespace eaf::model {

/// Property names fixed by the profile.
namespace prop {
inline constexpr std::string_view kLevel = "eaf:level";
inline constexpr std::string_view kAgency = "eaf:agency";
inline constexpr std::string_view kFramework = "eaf:framework";
inline constexpr std::string_view kState = "eaf:state";
inline constexpr std::string_view kKind = "eaf:kind";
inline constexpr std::string_view kOwner = "eaf:owner";
inline constexpr std::string_view kCode = "eaf:code";
inline constexpr std::string_view kSecurityLevel = "eaf:security-level";
inline constexpr std::string_view kSecurityApprovalDecision = "eaf:securityApprovalDecision";
inline constexpr std::string_view kSecurityApprovalDate = "eaf:securityApprovalDate";
inline constexpr std::string_view kServiceLevel = "eaf:service-level";
inline constexpr std::string_view kStatus = "eaf:status";
inline constexpr std::string_view kSubject = "eaf:subject";
inline constexpr std::string_view kProtocol = "eaf:protocol";
inline constexpr std::string_view kStandard = "eaf:standard";
inline constexpr std::string_view kJustification = "eaf:justification";
inline constexpr std::string_view kWaive = "eaf:waive";
inline constexpr std::string_view kWaiveApprovedBy = "eaf:waive-approved-by";
inline constexpr std::string_view kWaiveUntil = "eaf:waive-until";
inline constexpr std::string_view kPhase = "eaf:phase";
inline constexpr std::string_view kFunding = "eaf:funding";
}  // namespace prop

/// The framework of a model that declares none (eaf:framework), as the profile says.
inline constexpr std::string_view kDefaultFramework = "2.0";

/// Every property key of the profile (the prop:: names above), sorted; another `eaf:` key is a typo.
std::span<const std::string_view> AllPropertyKeys();
/// The values the profile allows a model-level property with a fixed set (eaf:level, eaf:state,
/// eaf:framework); empty for free text.
std::span<const std::string_view> ProfileValues(std::string_view key);
/// The values the profile allows an integer property (security level 1-5, service level 1-4); nullopt for others.
std::optional<std::pair<long, long>> ProfileRange(std::string_view key);

/// The five architectures of the framework, for coverage rules and diagrams.
enum class Architecture : std::uint8_t { kBusiness, kData, kApplication, kTechnology, kSecurity, kNone };
std::string_view ArchitectureName(Architecture architecture);
std::optional<Architecture> ParseArchitecture(std::string_view name);

/// The rows of the framework's overall diagram, top to bottom (the overview view draws them).
enum class OverviewBand : std::uint8_t { kUsers, kPortals, kServices, kApplications, kPlatforms, kData, kTechnology, kSecurity, kNone };
std::string_view OverviewBandName(OverviewBand band);

/// The part a kind plays in the national integration structure, where the diagrams need it.
enum class KindRole : std::uint8_t { kNone, kAgencyPlatform, kNationalPlatform };

/// A family of kinds: the first part of a kind ("db" of "db.national") and what it implies.
struct KindFamily {
  std::string name;
  Architecture architecture = Architecture::kNone;
  OverviewBand band = OverviewBand::kNone;
  bool federation_centre = false;  ///< a national file's element is drawn among the national systems
};

/// One `eaf:kind` of the profile.
struct KindInfo {
  std::string kind;                         ///< e.g. "platform.lgsp"
  std::vector<ElementType> expected_types;  ///< the ArchiMate types it is expected on
  Architecture architecture = Architecture::kNone;  ///< its family's
  OverviewBand band = OverviewBand::kNone;           ///< its family's
  KindRole role = KindRole::kNone;
  bool unique_nationally = false;  ///< merged by kind across files (PROFILE.md section 5)
  bool federation_centre = false;  ///< the family's unless the kind says otherwise
  std::string since;               ///< the first framework version that has the component ("3.0"), empty: every version
};

/// The profile's tables as read from a profile file: families and kinds, each sorted by name.
struct ProfileTables {
  std::vector<KindFamily> families;
  std::vector<KindInfo> kinds;
};

/// Parses profile XML from memory; `path` names it in problems ("path:line:col: reason").
/// Returns false, with at least one problem, when the tables must not be used.
bool ParseProfile(const std::string& path, std::string_view bytes, ProfileTables& tables, std::vector<std::string>& problems);
/// Reads and parses a profile file; an empty `path` means the file was found nowhere.
bool LoadProfile(const std::string& path, ProfileTables& tables, std::vector<std::string>& problems);

/// Why the process's profile (rules/profile.xml, found by FindDataFile, read on first use) cannot be
/// used, one line per problem; empty when it loaded. An unusable profile reads as one without kinds,
/// so a command checks this before it starts (the CLI stops with exit code 2).
const std::vector<std::string>& ProfileProblems();

/// Every kind of the profile, sorted by name.
std::span<const KindInfo> AllKinds();
/// The kind's entry, or nullptr when the kind is not in the profile.
const KindInfo* FindKind(std::string_view kind);
/// The family of `kind` (its first dotted part), listed or not, or nullptr when the family is unknown.
const KindFamily* FindFamily(std::string_view kind);
/// The kind that plays `role` ("" when none does).
std::string_view KindWithRole(KindRole role);
/// True when `kind` equals `prefix` or starts with `prefix` followed by a dot ("db" matches "db.national").
bool KindMatches(std::string_view kind, std::string_view prefix);
/// The kind's label in `lang` (the catalogue's kind.<kind>); the kind itself when it has none.
std::string KindLabel(std::string_view lang, std::string_view kind);

/// Which of the five architectures an element belongs to; a kind (through its family) decides before a type.
Architecture ArchitectureOf(std::string_view kind, ElementType type);

}  // namespace eaf::model
