#pragma once
// Shared by the two format loaders; not part of the model's public interface.

#include <pugixml.hpp>

#include <atomic>

#include <string>
#include <string_view>

#include "model/loader.h"
#include "model/source_text.h"

namespace eaf::model::detail {

/// State of one file's load, or of one thread's part of it.
struct LoadContext {
  FileModel& out;
  LineLocator locator;  ///< a copy per thread: it keeps a cursor
  const LoadOptions& options;
  std::string xsi_type;  ///< the qualified name of xsi:type in this document, e.g. "xsi:type"
  std::atomic<std::uint64_t>& objects;  ///< shared by the threads of one file
  bool over_limit = false;

  const LoadLimits& limits() const { return options.limits; }

  SourceLocation Locate(pugi::xml_node node);
  void Report(std::string_view rule_id, Severity severity, std::string message, pugi::xml_node node);
  /// Counts one more model object; false (and one diagnostic) once the limit is passed.
  bool CountObject(pugi::xml_node node);
};

/// Local name of a node or attribute name: the part after the prefix.
std::string_view LocalName(const char* qualified);
/// First child element with this local name.
pugi::xml_node Child(pugi::xml_node node, std::string_view local_name);
/// Trimmed text content of an element (its PCDATA and CDATA children), entities decoded.
std::string TextOf(pugi::xml_node node);
/// An attribute's value with entities decoded ("" when absent).
std::string Attr(pugi::xml_node node, const char* name);
/// Decodes the five predefined entities and character references, and normalizes line ends.
/// The document is parsed in place without pugixml's own decoding, so that byte offsets and
/// the text before every element stay as in the file (exact columns), and this runs only on
/// the strings eaf keeps. Unknown entities stay as written: nothing is ever expanded.
void AppendDecoded(std::string& out, std::string_view raw);

void LoadExchangeModel(pugi::xml_node root, LoadContext& context);
void LoadArchiModel(pugi::xml_node root, LoadContext& context);

}  // namespace eaf::model::detail
