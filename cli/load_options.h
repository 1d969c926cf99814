#pragma once
// Options shared by every command that loads models.

#include <cxxopts.hpp>

#include "model/loader.h"

namespace eaf::cli {

/// Declares --max-file-size, --max-elements, --max-depth and --threads.
void AddLoadOptions(cxxopts::Options& options);
/// Reads them back into load options.
model::LoadOptions LoadOptionsFrom(const cxxopts::ParseResult& result);

}  // namespace eaf::cli
