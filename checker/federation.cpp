#include "checker/federation.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <tuple>

#include "model/profile.h"

namespace eaf::checker {

namespace {
// The group a file belongs to: its state; a national model with no state joins all groups ("*").
std::string GroupOf(const model::SourceFile& file) {
  if (file.level == "national" && file.state.empty()) return "*";
  return file.state;
}
bool SameGroup(const std::string& a, const std::string& b) { return a == "*" || b == "*" || a == b; }

// Maps keyed by two strings the workspace (or the federation) holds: looked up once or twice per
// element, so hashed, and with no copy of the strings.
using TextPair = std::pair<std::string_view, std::string_view>;
struct TextPairHash {
  std::size_t operator()(const TextPair& key) const {
    const std::hash<std::string_view> hash;
    return hash(key.first) * 0x9E3779B97F4A7C15ull ^ hash(key.second);
  }
};
template <typename Value>
using ByTextPair = std::unordered_map<TextPair, Value, TextPairHash>;
}  // namespace

bool IsRegisterEntry(const model::Workspace& workspace, const model::Element& element) {
  return !workspace.IsOwned(element) && workspace.FileOf(element).level == "national";
}

bool Federation::Defines(const model::Workspace& workspace, std::int32_t index) const {
  return status[index] == ReferenceStatus::kOwned || status[index] == ReferenceStatus::kRegistered ||
         (status[index] == ReferenceStatus::kOwnerNotLoaded && IsRegisterEntry(workspace, workspace.elements[index]));
}

Federation ResolveFederation(const model::Workspace& workspace) {
  Federation federation;
  const std::size_t n = workspace.elements.size();
  federation.status.assign(n, ReferenceStatus::kOwned);
  federation.canonical.resize(n);
  for (std::size_t i = 0; i < n; ++i) federation.canonical[i] = static_cast<std::int32_t>(i);
  for (const model::SourceFile& file : workspace.files) federation.group.push_back(GroupOf(file));
  federation.duplicate_of.assign(workspace.files.size(), -1);
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    const model::SourceFile& file = workspace.files[f];
    if (file.model_id.empty()) continue;
    for (std::uint32_t earlier = 0; earlier < f; ++earlier) {
      const model::SourceFile& other = workspace.files[earlier];
      if (other.model_id == file.model_id && other.agency == file.agency && other.level == file.level && other.state == file.state &&
          federation.duplicate_of[earlier] < 0) {
        federation.duplicate_of[f] = static_cast<std::int32_t>(earlier);
        break;
      }
    }
  }

  std::vector<std::string>& groups = federation.groups;  // a national model belongs to each
  for (const std::string& group : federation.group) {
    if (group != "*" && std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(group);
  }
  std::sort(groups.begin(), groups.end());
  if (groups.empty()) groups.push_back("*");

  // A single file resolves nothing from another and conflicts with none: what it does not own
  // has no owner loaded. (This spares the maps below, a second at a million elements.)
  const auto loaded_files = std::count_if(workspace.files.begin(), workspace.files.end(),
                                          [](const model::SourceFile& file) { return file.loaded; });
  if (loaded_files < 2) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!workspace.IsOwned(workspace.elements[i])) federation.status[i] = ReferenceStatus::kOwnerNotLoaded;
    }
    return federation;
  }

  // Owned definitions: (agency, code) and (agency, nationally unique kind) -> elements, in file order.
  ByTextPair<std::vector<std::int32_t>> by_code, by_unique_kind;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> files_of_agency;
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (workspace.files[f].loaded && !workspace.files[f].agency.empty()) files_of_agency[workspace.files[f].agency].push_back(f);
  }
  // The owners' own definitions first, then the national register's entries: a reference resolves
  // to the owner's file when one is loaded, else to the register's entry when it has one.
  for (const bool register_pass : {false, true}) {
    for (std::size_t i = 0; i < n; ++i) {
      const model::Element& element = workspace.elements[i];
      if (federation.IsCopy(element.location.file)) continue;
      if (register_pass ? !IsRegisterEntry(workspace, element) : !workspace.IsOwned(element)) continue;
      if (const std::string* code = element.FindProperty(model::prop::kCode); code && !code->empty()) {
        by_code[{element.owner, *code}].push_back(static_cast<std::int32_t>(i));
      }
      if (const model::KindInfo* info = model::FindKind(element.kind); info && info->unique_nationally) {
        by_unique_kind[{element.owner, element.kind}].push_back(static_cast<std::int32_t>(i));
      }
    }
  }
  // A definition visible from a file: another file, same group.
  auto pick = [&](const std::vector<std::int32_t>& candidates, std::uint32_t from_file) -> std::int32_t {
    for (std::int32_t candidate : candidates) {
      const std::uint32_t file = workspace.elements[candidate].location.file;
      if (file != from_file && SameGroup(federation.group[file], federation.group[from_file])) return candidate;
    }
    return -1;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const model::Element& element = workspace.elements[i];
    if (workspace.IsOwned(element)) continue;
    const std::uint32_t file = element.location.file;
    auto owner_files = files_of_agency.find(element.owner);
    bool owner_loaded = false;
    if (owner_files != files_of_agency.end()) {
      for (std::uint32_t f : owner_files->second) owner_loaded |= f != file && SameGroup(federation.group[f], federation.group[file]);
    }
    std::int32_t match = -1;
    if (const std::string* code = element.FindProperty(model::prop::kCode); code && !code->empty()) {
      if (auto it = by_code.find({element.owner, *code}); it != by_code.end()) match = pick(it->second, file);
    }
    if (match < 0) {
      if (const model::KindInfo* info = model::FindKind(element.kind); info && info->unique_nationally) {
        if (auto it = by_unique_kind.find({element.owner, element.kind}); it != by_unique_kind.end()) match = pick(it->second, file);
      }
    }
    if (!owner_loaded) {
      // No file of the owner: the national register's entry stands for its system when it has one;
      // the register does not claim to list all of an owner's systems, so no match is no finding.
      if (match >= 0) {
        federation.status[i] = ReferenceStatus::kResolved;
        federation.canonical[i] = match;
      } else {
        federation.status[i] = ReferenceStatus::kOwnerNotLoaded;
      }
      continue;
    }
    if (match < 0) {
      // A register entry that no owner's file defines still stands for the owner's system.
      federation.status[i] = IsRegisterEntry(workspace, element) ? ReferenceStatus::kRegistered : ReferenceStatus::kUnresolved;
    } else {
      federation.status[i] = ReferenceStatus::kResolved;
      federation.canonical[i] = match;
    }
  }
  // Conflicts: one code, owned in two files of one group, with another kind or owner, or twice by one agency.
  ByTextPair<std::int32_t> first_by_group_code;
  for (std::size_t i = 0; i < n; ++i) {
    const model::Element& element = workspace.elements[i];
    if (!workspace.IsOwned(element) || federation.IsCopy(element.location.file)) continue;
    const std::string* code = element.FindProperty(model::prop::kCode);
    if (!code || code->empty()) continue;
    // GroupsOf, without a list made per element.
    const std::string& own = federation.group[element.location.file];
    const bool all = own == "*";
    for (std::size_t g = 0; g < (all ? federation.groups.size() : 1); ++g) {
      const std::string& key = all ? federation.groups[g] : own;
      auto [it, inserted] = first_by_group_code.emplace(TextPair(key, *code), static_cast<std::int32_t>(i));
      if (inserted) continue;
      const model::Element& first = workspace.elements[it->second];
      if (first.location.file == element.location.file) continue;  // within a file: MOD-002's business
      federation.conflicts.push_back({it->second, static_cast<std::int32_t>(i), *code});
    }
  }
  return federation;
}

}  // namespace eaf::checker
