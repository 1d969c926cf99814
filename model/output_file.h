#pragma once
/// Writing output files so that a reader sees either the old file or the whole new one.

#include <string>
#include <string_view>
#include <vector>

namespace eaf::model {

/// Writes `content` to a temporary file in the target's folder, flushes it, then renames it over
/// `path`. Refuses to overwrite any of `inputs` (compared by file identity, not by spelling).
/// Returns false with `error` set on failure; no partial file is left behind.
bool WriteFileAtomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs,
                         std::string& error);

}  // namespace eaf::model
