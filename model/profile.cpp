#include "model/profile.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <utility>

#include "model/data_files.h"
#include "model/messages.h"
#include "model/source_text.h"

#ifndef EAF_DATA_DIR
#define EAF_DATA_DIR "/usr/local/share/eaf"
#endif

namespace eaf::model {
namespace {

constexpr std::array kBands{OverviewBand::kUsers, OverviewBand::kPortals, OverviewBand::kServices, OverviewBand::kApplications,
                            OverviewBand::kPlatforms, OverviewBand::kData, OverviewBand::kTechnology, OverviewBand::kSecurity};

constexpr std::array<std::pair<KindRole, std::string_view>, 2> kRoles{{
    {KindRole::kAgencyPlatform, "agency-platform"},
    {KindRole::kNationalPlatform, "national-platform"},
}};

// Reads one profile document, collecting every problem with its place in the file.
class ProfileParser {
 public:
  ProfileParser(const std::string& path, std::string_view bytes, std::vector<std::string>& problems)
      : path_(path), locator_(bytes), problems_(problems) {}

  void Problem(const pugi::xml_node& node, const std::string& reason) {
    // pugixml's node offsets point past the '<'.
    const std::ptrdiff_t offset = node ? node.offset_debug() - 1 : 0;
    Problem(offset, reason);
  }
  void Problem(std::ptrdiff_t offset, const std::string& reason) {
    const SourceLocation at = locator_.At(offset > 0 ? static_cast<std::uint64_t>(offset) : 0);
    problems_.push_back(path_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + reason);
  }

  // Only the attributes a table defines: a misspelt one would otherwise be silently ignored.
  void OnlyAttributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) {
    for (const pugi::xml_attribute& attribute : node.attributes()) {
      if (std::find(allowed.begin(), allowed.end(), attribute.name()) == allowed.end()) {
        Problem(node, "<" + std::string(node.name()) + "> has no attribute '" + attribute.name() + "'");
      }
    }
  }

  std::string Required(const pugi::xml_node& node, const char* name) {
    const std::string value = node.attribute(name).value();
    if (value.empty()) Problem(node, "<" + std::string(node.name()) + "> needs a " + name + " attribute");
    return value;
  }

  bool Boolean(const pugi::xml_node& node, const char* name, bool fallback) {
    const pugi::xml_attribute attribute = node.attribute(name);
    if (attribute.empty()) return fallback;
    const std::string_view value = attribute.value();
    if (value == "true" || value == "false") return value == "true";
    Problem(node, std::string(name) + " is true or false, not '" + std::string(value) + "'");
    return fallback;
  }

  void Family(const pugi::xml_node& node, ProfileTables& tables) {
    OnlyAttributes(node, {"name", "architecture", "band", "federation-centre"});
    KindFamily family;
    family.name = Required(node, "name");
    if (family.name.find('.') != std::string::npos) Problem(node, "family name '" + family.name + "' has a dot; a family is one word");
    const std::string architecture = Required(node, "architecture");
    if (const auto parsed = ParseArchitecture(architecture)) family.architecture = *parsed;
    else if (!architecture.empty()) Problem(node, "unknown architecture '" + architecture + "'; use business, data, application, technology or security");
    const std::string band = Required(node, "band");
    const auto found = std::find_if(kBands.begin(), kBands.end(), [&](OverviewBand b) { return OverviewBandName(b) == band; });
    if (found != kBands.end()) family.band = *found;
    else if (!band.empty()) Problem(node, "unknown band '" + band + "'; use users, portals, services, applications, platforms, data, technology or security");
    family.federation_centre = Boolean(node, "federation-centre", false);
    for (const KindFamily& other : tables.families) {
      if (other.name == family.name) Problem(node, "family '" + family.name + "' is given twice");
    }
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string_view(child.name()) != "kind") {
        Problem(child, "a <family> holds <kind> elements, not <" + std::string(child.name()) + ">");
        continue;
      }
      Kind(child, family, tables);
    }
    tables.families.push_back(std::move(family));
  }

  void Kind(const pugi::xml_node& node, const KindFamily& family, ProfileTables& tables) {
    OnlyAttributes(node, {"name", "types", "unique-nationally", "federation-centre", "role", "since"});
    KindInfo info;
    info.kind = Required(node, "name");
    if (!info.kind.empty() && !KindMatches(info.kind, family.name)) {
      Problem(node, "kind '" + info.kind + "' does not start with its family's name '" + family.name + ".'");
    }
    const std::string types = Required(node, "types");
    for (std::size_t start = 0; start < types.size();) {
      const std::size_t end = std::min(types.find(' ', start), types.size());
      const std::string word = types.substr(start, end - start);
      start = end + 1;
      if (word.empty()) continue;
      if (const auto type = ParseElementType(word)) info.expected_types.push_back(*type);
      else Problem(node, "unknown ArchiMate element type '" + word + "' in types");
    }
    info.architecture = family.architecture;
    info.band = family.band;
    info.unique_nationally = Boolean(node, "unique-nationally", false);
    info.federation_centre = Boolean(node, "federation-centre", family.federation_centre);
    info.since = node.attribute("since").value();
    if (const pugi::xml_attribute role = node.attribute("role")) {
      const auto found = std::find_if(kRoles.begin(), kRoles.end(), [&](const auto& entry) { return entry.second == role.value(); });
      if (found == kRoles.end()) Problem(node, "unknown role '" + std::string(role.value()) + "'; use agency-platform or national-platform");
      else info.role = found->first;
    }
    for (const KindInfo& other : tables.kinds) {
      if (other.kind == info.kind) Problem(node, "kind '" + info.kind + "' is given twice");
      if (info.role != KindRole::kNone && other.role == info.role) {
        Problem(node, "role '" + std::string(node.attribute("role").value()) + "' is given to '" + other.kind + "' already");
      }
    }
    if (!info.kind.empty() && !info.expected_types.empty()) tables.kinds.push_back(std::move(info));
  }

 private:
  const std::string& path_;
  LineLocator locator_;
  std::vector<std::string>& problems_;
};

struct LoadedProfile {
  ProfileTables tables;
  std::vector<std::string> problems;
};

const LoadedProfile& Loaded() {
  static const LoadedProfile loaded = [] {
    LoadedProfile result;
    LoadProfile(FindDataFile("profile.xml"), result.tables, result.problems);
    return result;
  }();
  return loaded;
}

}  // namespace

std::span<const std::string_view> AllPropertyKeys() {
  static constexpr std::string_view kKeys[] = {
      prop::kAgency,        prop::kCode,         prop::kFramework, prop::kFunding, prop::kJustification,
      prop::kKind,          prop::kLevel,        prop::kOwner,     prop::kPhase,   prop::kProtocol,
      prop::kSecurityApprovalDate, prop::kSecurityApprovalDecision, prop::kSecurityLevel, prop::kServiceLevel,
      prop::kStandard,      prop::kState,        prop::kStatus,    prop::kSubject, prop::kWaive,
      prop::kWaiveApprovedBy, prop::kWaiveUntil};
  return kKeys;
}

std::span<const std::string_view> ProfileValues(std::string_view key) {
  static constexpr std::string_view kLevels[] = {"national", "ministry", "province"};
  static constexpr std::string_view kStates[] = {"baseline", "target"};
  static constexpr std::string_view kFrameworks[] = {"2.0", "3.0", "4.0"};
  if (key == prop::kLevel) return kLevels;
  if (key == prop::kState) return kStates;
  if (key == prop::kFramework) return kFrameworks;
  return {};
}

std::optional<std::pair<long, long>> ProfileRange(std::string_view key) {
  if (key == prop::kSecurityLevel) return std::pair<long, long>{1, 5};
  if (key == prop::kServiceLevel) return std::pair<long, long>{1, 4};
  return std::nullopt;
}

std::string_view ArchitectureName(Architecture architecture) {
  switch (architecture) {
    case Architecture::kBusiness: return "business";
    case Architecture::kData: return "data";
    case Architecture::kApplication: return "application";
    case Architecture::kTechnology: return "technology";
    case Architecture::kSecurity: return "security";
    case Architecture::kNone: return "none";
  }
  return "none";
}

std::optional<Architecture> ParseArchitecture(std::string_view name) {
  for (auto a : {Architecture::kBusiness, Architecture::kData, Architecture::kApplication,
                 Architecture::kTechnology, Architecture::kSecurity}) {
    if (ArchitectureName(a) == name) return a;
  }
  return std::nullopt;
}

std::string_view OverviewBandName(OverviewBand band) {
  switch (band) {
    case OverviewBand::kUsers: return "users";
    case OverviewBand::kPortals: return "portals";
    case OverviewBand::kServices: return "services";
    case OverviewBand::kApplications: return "applications";
    case OverviewBand::kPlatforms: return "platforms";
    case OverviewBand::kData: return "data";
    case OverviewBand::kTechnology: return "technology";
    case OverviewBand::kSecurity: return "security";
    case OverviewBand::kNone: return "none";
  }
  return "none";
}

bool ParseProfile(const std::string& path, std::string_view bytes, ProfileTables& tables, std::vector<std::string>& problems) {
  tables = {};
  const std::size_t problems_before = problems.size();
  ProfileParser parser(path, bytes, problems);
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    parser.Problem(result.offset, std::string("malformed XML: ") + result.description());
    return false;
  }
  const pugi::xml_node root = document.document_element();
  if (std::string_view(root.name()) != "profile") {
    parser.Problem(root, "the root element of a profile is <profile>");
    return false;
  }
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) == "family") parser.Family(child, tables);
    else parser.Problem(child, "a <profile> holds <family> elements, not <" + std::string(child.name()) + ">");
  }
  if (tables.kinds.empty() && problems.size() == problems_before) parser.Problem(root, "the profile defines no kind");
  if (problems.size() != problems_before) {
    tables = {};
    return false;
  }
  std::sort(tables.families.begin(), tables.families.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::sort(tables.kinds.begin(), tables.kinds.end(), [](const auto& a, const auto& b) { return a.kind < b.kind; });
  return true;
}

bool LoadProfile(const std::string& path, ProfileTables& tables, std::vector<std::string>& problems) {
  tables = {};
  if (path.empty()) {
    problems.push_back("cannot find the VN-EAF profile (profile.xml) in rules/ next to eaf nor in " EAF_DATA_DIR
                       "/rules; eaf needs it to know the kinds of eaf:kind");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back(path + ": cannot read the VN-EAF profile");
    return false;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ParseProfile(path, bytes, tables, problems);
}

const std::vector<std::string>& ProfileProblems() { return Loaded().problems; }

std::span<const KindInfo> AllKinds() { return Loaded().tables.kinds; }

const KindInfo* FindKind(std::string_view kind) {
  const auto& kinds = Loaded().tables.kinds;
  auto it = std::lower_bound(kinds.begin(), kinds.end(), kind, [](const KindInfo& info, std::string_view k) { return info.kind < k; });
  return it != kinds.end() && it->kind == kind ? &*it : nullptr;
}

const KindFamily* FindFamily(std::string_view kind) {
  const std::string_view name = kind.substr(0, kind.find('.'));
  const auto& families = Loaded().tables.families;
  auto it = std::lower_bound(families.begin(), families.end(), name,
                             [](const KindFamily& family, std::string_view n) { return family.name < n; });
  return it != families.end() && it->name == name ? &*it : nullptr;
}

std::string_view KindWithRole(KindRole role) {
  for (const KindInfo& info : AllKinds()) {
    if (info.role == role) return info.kind;
  }
  return {};
}

bool KindMatches(std::string_view kind, std::string_view prefix) {
  if (prefix.empty()) return false;
  if (prefix.back() == '*') prefix.remove_suffix(1);  // "db.*" means "db."
  if (!prefix.empty() && prefix.back() == '.') prefix.remove_suffix(1);
  return kind == prefix || (kind.size() > prefix.size() && kind.starts_with(prefix) && kind[prefix.size()] == '.');
}

std::string KindLabel(std::string_view lang, std::string_view kind) {
  const std::string* label = Messages(lang).Find("kind." + std::string(kind));
  return label ? *label : std::string(kind);
}

Architecture ArchitectureOf(std::string_view kind, ElementType type) {
  using T = ElementType;
  if (!kind.empty()) {
    if (const KindFamily* family = FindFamily(kind)) return family->architecture;
  }
  switch (type) {
    case T::kDataObject: case T::kBusinessObject: case T::kArtifact:
      return Architecture::kData;
    case T::kNode: case T::kDevice: case T::kSystemSoftware: case T::kCommunicationNetwork:
    case T::kPath: case T::kTechnologyCollaboration: case T::kTechnologyInterface:
    case T::kTechnologyFunction: case T::kTechnologyProcess: case T::kTechnologyInteraction:
    case T::kTechnologyEvent: case T::kTechnologyService:
      return Architecture::kTechnology;
    default: break;
  }
  switch (LayerOf(type)) {
    case ArchiLayer::kBusiness: return Architecture::kBusiness;
    case ArchiLayer::kApplication: return Architecture::kApplication;
    default: return Architecture::kNone;
  }
}

}  // namespace eaf::model
