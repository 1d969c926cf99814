#pragma once
/// Loading architecture models: ArchiMate Open Exchange Format and Archi's native format.

#include <functional>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/source_text.h"

namespace eaf::model {

/// How to load.
struct LoadOptions {
  LoadLimits limits;
  unsigned threads = 0;  ///< files loaded at once; 0 means one per core
  bool split_file = false;  ///< read one file's parts on two threads (set for a single large file)
  /// An exchange-format file of at least this size has its elements and relationships parsed in
  /// pieces of about this size, so that its whole DOM never exists; 0 parses every file whole.
  std::size_t piece_bytes = std::size_t{4} << 20;
  /// Called after each file with (files done, files in all); from the loading threads.
  std::function<void(std::size_t, std::size_t)> progress;
  /// The language of the diagnostics' words ("vi" or "en"); they also keep their message ids.
  std::string lang = "en";
};

/// Loads one file, picking the loader by content. Never throws for bad input: problems come back
/// as diagnostics (in options.lang), and `file.loaded` is false when nothing usable could be read.
FileModel LoadFile(const std::string& path, const LoadOptions& options = {});

/// Loads a model from bytes in memory; `path` is only used in messages.
FileModel LoadBuffer(const std::string& path, std::string bytes, const LoadOptions& options = {});

/// Loads every file, in order, into one workspace (files are read in parallel) and finishes it.
Workspace LoadWorkspace(const std::vector<std::string>& paths, const LoadOptions& options = {});

/// Expands directories (recursively, sorted) to the model files they hold (*.xml, *.archimate);
/// plain files are kept as given. Paths that do not exist are kept so the loader reports them.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs);

}  // namespace eaf::model
