#pragma once
/// Reading one member of a zip archive (Archi's zipped model form), with a cap on its size.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/messages.h"

namespace eaf::model {

/// Extracts `member` from the zip archive in `archive` into `content`. Refuses members larger than
/// `max_bytes` once inflated (zip bombs) and archives it cannot read; `problem` says why, as one
/// of the loader's "load.zip.*" messages (arguments: member, and size, limit or method).
bool ExtractZipMember(std::string_view archive, std::string_view member, std::uint64_t max_bytes,
                      std::string& content, MessageRef& problem);

}  // namespace eaf::model
