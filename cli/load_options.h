#pragma once
// Options shared by every command that loads models.

#include <cxxopts.hpp>

#include "model/loader.h"

namespace eaf::cli {

/// Declares --max-file-size, --max-elements, --max-depth and --threads.
void AddLoadOptions(cxxopts::Options& options);
/// Reads them back into load options; the diagnostics speak `lang` (see LangFrom).
model::LoadOptions LoadOptionsFrom(const cxxopts::ParseResult& result, const std::string& lang);

}  // namespace eaf::cli
