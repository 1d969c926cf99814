#include "model/archimate_types.h"

#include <array>
#include <utility>

namespace eaf::model {
namespace {

struct ElementTypeInfo {
  std::string_view name;
  ArchiLayer layer;
};

using L = ArchiLayer;
// Same order as the ElementType enum.
constexpr std::array<ElementTypeInfo, kElementTypeCount> kElementTypes{{
    {"Resource", L::kStrategy}, {"Capability", L::kStrategy}, {"ValueStream", L::kStrategy},
    {"CourseOfAction", L::kStrategy},
    {"BusinessActor", L::kBusiness}, {"BusinessRole", L::kBusiness},
    {"BusinessCollaboration", L::kBusiness}, {"BusinessInterface", L::kBusiness},
    {"BusinessProcess", L::kBusiness}, {"BusinessFunction", L::kBusiness},
    {"BusinessInteraction", L::kBusiness}, {"BusinessEvent", L::kBusiness},
    {"BusinessService", L::kBusiness}, {"BusinessObject", L::kBusiness}, {"Contract", L::kBusiness},
    {"Representation", L::kBusiness}, {"Product", L::kBusiness},
    {"ApplicationComponent", L::kApplication}, {"ApplicationCollaboration", L::kApplication},
    {"ApplicationInterface", L::kApplication}, {"ApplicationFunction", L::kApplication},
    {"ApplicationInteraction", L::kApplication}, {"ApplicationProcess", L::kApplication},
    {"ApplicationEvent", L::kApplication}, {"ApplicationService", L::kApplication},
    {"DataObject", L::kApplication},
    {"Node", L::kTechnology}, {"Device", L::kTechnology}, {"SystemSoftware", L::kTechnology},
    {"TechnologyCollaboration", L::kTechnology}, {"TechnologyInterface", L::kTechnology},
    {"Path", L::kTechnology}, {"CommunicationNetwork", L::kTechnology},
    {"TechnologyFunction", L::kTechnology}, {"TechnologyProcess", L::kTechnology},
    {"TechnologyInteraction", L::kTechnology}, {"TechnologyEvent", L::kTechnology},
    {"TechnologyService", L::kTechnology}, {"Artifact", L::kTechnology},
    {"Equipment", L::kPhysical}, {"Facility", L::kPhysical}, {"DistributionNetwork", L::kPhysical},
    {"Material", L::kPhysical},
    {"Stakeholder", L::kMotivation}, {"Driver", L::kMotivation}, {"Assessment", L::kMotivation},
    {"Goal", L::kMotivation}, {"Outcome", L::kMotivation}, {"Principle", L::kMotivation},
    {"Requirement", L::kMotivation}, {"Constraint", L::kMotivation}, {"Meaning", L::kMotivation},
    {"Value", L::kMotivation},
    {"WorkPackage", L::kImplementation}, {"Deliverable", L::kImplementation},
    {"ImplementationEvent", L::kImplementation}, {"Plateau", L::kImplementation},
    {"Gap", L::kImplementation},
    {"Grouping", L::kOther}, {"Location", L::kOther}, {"Junction", L::kOther},
}};

constexpr std::array<std::string_view, kElementTypeCount> MakeElementNames() {
  std::array<std::string_view, kElementTypeCount> names{};
  for (std::size_t i = 0; i < kElementTypeCount; ++i) names[i] = kElementTypes[i].name;
  return names;
}
constexpr auto kElementNames = MakeElementNames();

constexpr std::array<std::string_view, kRelationshipTypeCount> kRelationshipNames{
    "Composition", "Aggregation", "Assignment", "Realization", "Serving", "Access",
    "Influence",   "Triggering",  "Flow",       "Specialization", "Association"};

}  // namespace

std::string_view ElementTypeName(ElementType type) {
  return kElementTypes[static_cast<std::size_t>(type)].name;
}

std::string_view RelationshipTypeName(RelationshipType type) {
  return kRelationshipNames[static_cast<std::size_t>(type)];
}

std::string_view AccessTypeName(AccessType type) {
  switch (type) {
    case AccessType::kNone: return "";
    case AccessType::kWrite: return "Write";
    case AccessType::kRead: return "Read";
    case AccessType::kAccess: return "Access";
    case AccessType::kReadWrite: return "ReadWrite";
  }
  return "";
}

ArchiLayer LayerOf(ElementType type) { return kElementTypes[static_cast<std::size_t>(type)].layer; }

std::string_view LayerName(ArchiLayer layer) {
  switch (layer) {
    case L::kStrategy: return "strategy";
    case L::kBusiness: return "business";
    case L::kApplication: return "application";
    case L::kTechnology: return "technology";
    case L::kPhysical: return "physical";
    case L::kMotivation: return "motivation";
    case L::kImplementation: return "implementation";
    case L::kOther: return "other";
  }
  return "other";
}

std::optional<ElementType> ParseElementType(std::string_view name) {
  if (name == "AndJunction" || name == "OrJunction") return ElementType::kJunction;
  for (std::size_t i = 0; i < kElementTypeCount; ++i) {
    if (kElementTypes[i].name == name) return static_cast<ElementType>(i);
  }
  return std::nullopt;
}

std::optional<RelationshipType> ParseRelationshipType(std::string_view name) {
  for (std::size_t i = 0; i < kRelationshipTypeCount; ++i) {
    if (kRelationshipNames[i] == name) return static_cast<RelationshipType>(i);
  }
  return std::nullopt;
}

std::optional<ElementType> ParseLegacyElementType(std::string_view name) {
  // As Archi's model converter (ConverterExtendedMetadata) maps them.
  static constexpr std::pair<std::string_view, ElementType> kRenamed[] = {
      {"Network", ElementType::kCommunicationNetwork},
      {"CommunicationPath", ElementType::kPath},
      {"InfrastructureInterface", ElementType::kTechnologyInterface},
      {"InfrastructureFunction", ElementType::kTechnologyFunction},
      {"InfrastructureService", ElementType::kTechnologyService},
      {"BusinessActivity", ElementType::kBusinessProcess},
      {"AndJunction", ElementType::kJunction},
      {"OrJunction", ElementType::kJunction},
  };
  for (const auto& [old_name, type] : kRenamed) {
    if (old_name == name) return type;
  }
  return std::nullopt;
}

std::optional<RelationshipType> ParseLegacyRelationshipType(std::string_view name) {
  if (name == "UsedBy") return RelationshipType::kServing;
  if (name == "Realisation") return RelationshipType::kRealization;
  if (name == "Specialisation") return RelationshipType::kSpecialization;
  return std::nullopt;
}

std::span<const std::string_view> AllElementTypeNames() { return kElementNames; }
std::span<const std::string_view> AllRelationshipTypeNames() { return kRelationshipNames; }

}  // namespace eaf::model
