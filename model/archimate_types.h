#pragma once
/// The ArchiMate 3.1 vocabulary: element and relationship types, as the exchange format names them.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace eaf::model {

/// The ArchiMate layer (or aspect group) an element type belongs to.
enum class ArchiLayer : std::uint8_t {
  kStrategy, kBusiness, kApplication, kTechnology, kPhysical, kMotivation, kImplementation, kOther
};

/// Every ArchiMate 3.1 element type. kJunction covers AndJunction and OrJunction.
enum class ElementType : std::uint8_t {
  kResource, kCapability, kValueStream, kCourseOfAction,
  kBusinessActor, kBusinessRole, kBusinessCollaboration, kBusinessInterface, kBusinessProcess,
  kBusinessFunction, kBusinessInteraction, kBusinessEvent, kBusinessService, kBusinessObject,
  kContract, kRepresentation, kProduct,
  kApplicationComponent, kApplicationCollaboration, kApplicationInterface, kApplicationFunction,
  kApplicationInteraction, kApplicationProcess, kApplicationEvent, kApplicationService, kDataObject,
  kNode, kDevice, kSystemSoftware, kTechnologyCollaboration, kTechnologyInterface, kPath,
  kCommunicationNetwork, kTechnologyFunction, kTechnologyProcess, kTechnologyInteraction,
  kTechnologyEvent, kTechnologyService, kArtifact,
  kEquipment, kFacility, kDistributionNetwork, kMaterial,
  kStakeholder, kDriver, kAssessment, kGoal, kOutcome, kPrinciple, kRequirement, kConstraint,
  kMeaning, kValue,
  kWorkPackage, kDeliverable, kImplementationEvent, kPlateau, kGap,
  kGrouping, kLocation, kJunction,
  kCount  // not a type: the number of types
};

/// The eleven ArchiMate relationship types.
enum class RelationshipType : std::uint8_t {
  kComposition, kAggregation, kAssignment, kRealization, kServing, kAccess, kInfluence,
  kTriggering, kFlow, kSpecialization, kAssociation,
  kCount
};

/// Archi's access types; the exchange format spells them Write, Read, Access, ReadWrite.
enum class AccessType : std::uint8_t { kNone, kWrite, kRead, kAccess, kReadWrite };

inline constexpr std::size_t kElementTypeCount = static_cast<std::size_t>(ElementType::kCount);
inline constexpr std::size_t kRelationshipTypeCount = static_cast<std::size_t>(RelationshipType::kCount);

/// Exchange-format name, e.g. "ApplicationComponent" ("Junction" for kJunction).
std::string_view ElementTypeName(ElementType type);
std::string_view RelationshipTypeName(RelationshipType type);
std::string_view AccessTypeName(AccessType type);
ArchiLayer LayerOf(ElementType type);
std::string_view LayerName(ArchiLayer layer);

/// Parses an exchange-format element type; accepts AndJunction/OrJunction as Junction.
std::optional<ElementType> ParseElementType(std::string_view name);
/// Parses a relationship type name without suffix ("Flow").
std::optional<RelationshipType> ParseRelationshipType(std::string_view name);

/// An ArchiMate 2.x element type (Archi's models before 4.0, the 2.1 exchange format) as the 3.1
/// type Archi's model converter makes of it: Network -> CommunicationNetwork, CommunicationPath
/// -> Path, Infrastructure{Interface,Function,Service} -> Technology..., BusinessActivity ->
/// BusinessProcess, Archi's AndJunction/OrJunction -> Junction. nullopt for any other name.
std::optional<ElementType> ParseLegacyElementType(std::string_view name);
/// The same for a relationship type without suffix: UsedBy -> Serving, Realisation -> Realization,
/// Specialisation -> Specialization.
std::optional<RelationshipType> ParseLegacyRelationshipType(std::string_view name);

/// All element type names, for "did you mean" suggestions.
std::span<const std::string_view> AllElementTypeNames();
std::span<const std::string_view> AllRelationshipTypeNames();

}  // namespace eaf::model
