#pragma once
/// The VN-EAF modelling profile (shared/PROFILE.md): property names, kinds and the five architectures.

#include <optional>
#include <span>
#include <string_view>
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
inline constexpr std::string_view kServiceLevel = "eaf:service-level";
inline constexpr std::string_view kStatus = "eaf:status";
inline constexpr std::string_view kSubject = "eaf:subject";
inline constexpr std::string_view kProtocol = "eaf:protocol";
inline constexpr std::string_view kStandard = "eaf:standard";
inline constexpr std::string_view kJustification = "eaf:justification";
inline constexpr std::string_view kWaive = "eaf:waive";
inline constexpr std::string_view kPhase = "eaf:phase";
}  // namespace prop

/// The five architectures of the framework, for coverage rules and diagrams.
enum class Architecture : std::uint8_t { kBusiness, kData, kApplication, kTechnology, kSecurity, kNone };
std::string_view ArchitectureName(Architecture architecture);
std::optional<Architecture> ParseArchitecture(std::string_view name);

/// One `eaf:kind` of the profile.
struct KindInfo {
  std::string_view kind;                   ///< e.g. "platform.lgsp"
  std::vector<ElementType> expected_types;  ///< the ArchiMate types it is expected on
  std::string_view term_vi;                ///< Vietnamese term
  bool unique_nationally = false;          ///< merged by kind across files (PROFILE.md section 5)
};

/// Every kind of the profile, sorted by name.
std::span<const KindInfo> AllKinds();
/// The kind's entry, or nullptr when the kind is not in the profile.
const KindInfo* FindKind(std::string_view kind);
/// True when `kind` equals `prefix` or starts with `prefix` followed by a dot ("db" matches "db.national").
bool KindMatches(std::string_view kind, std::string_view prefix);

/// Which of the five architectures an element belongs to; a kind decides before a type.
Architecture ArchitectureOf(std::string_view kind, ElementType type);

}  // namespace eaf::model
