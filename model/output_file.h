#pragma once
/// Writing output files so that a reader sees either the old file or the whole new one.

#include <string>
#include <string_view>
#include <vector>

#include "model/messages.h"

namespace eaf::model {

/// Writes `content` to `path` without ever destroying anything. A regular file (or a new one) is
/// replaced by renaming a whole temporary file over it (an existing file keeps its permission bits, a
/// new one honours the umask; SIGINT/SIGTERM/SIGHUP remove the temporary file); a symbolic link to
/// a regular file replaces that file and stays a link; a character device or FIFO (/dev/stdout,
/// /dev/null) is written in place; anything else (a directory, a socket, a block device, a dangling
/// link) is refused. Refuses to overwrite any of `inputs` (compared by file identity, not by spelling).
/// Returns false with `problem` set (a "load.write.*" message) on failure; no partial file is left behind.
bool WriteFileAtomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs,
                         MessageRef& problem);

}  // namespace eaf::model
