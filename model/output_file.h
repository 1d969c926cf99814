#pragma once
/// Writing output files so that a reader sees either the old file or the whole new one.

#include <string>
#include <string_view>
#include <vector>

#include "model/messages.h"

namespace eaf::model {

/// Writes `content` to a temporary file in the target's folder, flushes it, then renames it over
/// `path`. Refuses to overwrite any of `inputs` (compared by file identity, not by spelling).
/// Returns false with `problem` set (a "load.write.*" message) on failure; no partial file is left behind.
bool WriteFileAtomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs,
                         MessageRef& problem);

}  // namespace eaf::model
