#pragma once
/// Several files as one federation (PROFILE.md section 5): references to another agency's
/// systems are matched with that agency's own element of the same eaf:code or, for kinds that
/// exist once nationally, of the same kind. Files are grouped by eaf:state, so the baseline and
/// the target of one agency never claim each other's systems; the national model joins every group.

#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"

namespace eaf::checker {

/// How a reference element was resolved.
enum class ReferenceStatus : std::uint8_t {
  kOwned,            ///< not a reference: the element belongs to its file's agency
  kResolved,         ///< matched with its owner's element
  kOwnerNotLoaded,   ///< the owner agency has no file in this run: nothing to check against
  kUnresolved,       ///< the owner's file is loaded but holds no matching element
  kRegistered,       ///< an entry of the national register that no owner's file of the run defines
};

/// Whether `element` is an entry of the national register: an element of a national model
/// (eaf:level national) whose eaf:owner is another agency, its chủ quản (Decree 85/2016: one owner
/// per system). The national model lists the national systems under their real owners; while the
/// owner's own file is not loaded, the entry stands for that owner's system.
bool IsRegisterEntry(const model::Workspace& workspace, const model::Element& element);

/// The result of resolving every reference of a workspace.
struct Federation {
  std::vector<ReferenceStatus> status;  ///< per element
  std::vector<std::int32_t> canonical;  ///< per element: the element it stands for (itself when owned)
  std::vector<std::string> group;       ///< per file: its group ("baseline", "target", or "")

  /// Whether element `index` defines a system for the federation: owned by its file's agency, or an
  /// entry of the national register that no owner's file replaces.
  bool Defines(const model::Workspace& workspace, std::int32_t index) const;

  /// Two owned elements in different files claiming one eaf:code with a different kind or owner,
  /// or the same agency defining one code twice in one group.
  struct Conflict {
    std::int32_t first;
    std::int32_t second;
    std::string code;
  };
  std::vector<Conflict> conflicts;

  std::vector<std::string> groups;      ///< the concrete groups present ("*" alone when none)
  /// Per file: the earlier file holding the same model (same model id, agency, level and state:
  /// one model saved as .xml and as .archimate), or -1. A copy claims nothing a second time.
  std::vector<std::int32_t> duplicate_of;
  bool IsCopy(std::uint32_t file) const { return duplicate_of[file] >= 0; }

  bool IsFederation() const { return group.size() > 1; }
  /// The groups file `file` takes part in: its own, or every group for a national model.
  std::vector<std::string> GroupsOf(std::uint32_t file) const {
    return group[file] == "*" ? groups : std::vector<std::string>{group[file]};
  }
};

/// Resolves every reference; linear in the number of elements.
Federation ResolveFederation(const model::Workspace& workspace);

}  // namespace eaf::checker
