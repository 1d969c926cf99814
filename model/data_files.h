#pragma once
/// Where eaf's data files live (rule packs, message catalogues, the profile's tables): next to
/// the binary in a build tree (<bin>/rules/), then the installed data directory.

#include <string>
#include <string_view>

namespace eaf::model {

/// The path of data file `name` (e.g. "messages.vi.xml"), or "" when it is found nowhere.
/// Looks in the folder set by SetDataDirectory first, then <bin>/rules/, <bin>/../share/eaf/rules/
/// and the install prefix's share/eaf/rules/.
std::string FindDataFile(std::string_view name);

/// Makes `folder` the first place FindDataFile looks (tests point it at the source tree's rules/).
/// Call before any data file is read: catalogues are loaded once per process.
void SetDataDirectory(std::string folder);

}  // namespace eaf::model
