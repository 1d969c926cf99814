#pragma once
// Shared by the two format loaders; not part of the model's public interface.

#include <pugixml.hpp>

#include <algorithm>
#include <atomic>
#include <new>

#include <string>
#include <string_view>
#include <vector>

#include "model/loader.h"
#include "model/section_splitter.h"
#include "model/source_text.h"

namespace eaf::model::detail {

inline constexpr std::string_view kExchangeNamespacePrefix = "http://www.opengroup.org/xsd/archimate/";
inline constexpr std::string_view kArchiNamespace = "http://www.archimatetool.com/archimate";
/// Archi 2.x wrote its models in this namespace; Archi still registers it.
inline constexpr std::string_view kOldArchiNamespace = "http://www.bolton.ac.uk/archimate";
/// The ArchiMate 2.1 exchange format's namespace: no version part.
inline constexpr std::string_view kExchange21Namespace = "http://www.opengroup.org/xsd/archimate";

/// Objects of ArchiMate 2.x types read as their 3.1 types, as Archi's model converter reads them.
struct Conversions {
  std::uint64_t count = 0;
  std::vector<std::string> renames;  ///< "InfrastructureService → TechnologyService", each once, sorted

  void Add(std::string_view from, std::string_view to) {
    ++count;
    std::string rename = std::string(from) + " \u2192 " + std::string(to);
    const auto it = std::lower_bound(renames.begin(), renames.end(), rename);
    if (it == renames.end() || *it != rename) renames.insert(it, std::move(rename));
  }
  void Merge(const Conversions& other) {
    count += other.count;
    for (const std::string& rename : other.renames) {
      const auto it = std::lower_bound(renames.begin(), renames.end(), rename);
      if (it == renames.end() || *it != rename) renames.insert(it, rename);
    }
  }
};

/// Files are parsed in place, without pugixml's entity and end-of-line conversion: it then only
/// writes terminating NULs over delimiters, so offsets and columns stay those of the file, no
/// second copy of the text is made, and the loader decodes just the strings it keeps.
inline constexpr unsigned kParseFlags = pugi::parse_default & ~pugi::parse_escapes & ~pugi::parse_eol;

/// State of one file's load, or of one thread's part of it.
struct LoadContext {
  FileModel& out;
  LineLocator locator;  ///< a copy per thread: it keeps a cursor
  const LoadOptions& options;
  std::string xsi_type;  ///< the qualified name of xsi:type in this document, e.g. "xsi:type"
  std::atomic<std::uint64_t>& objects;  ///< shared by the threads of one file
  bool over_limit = false;
  std::uint64_t base_offset = 0;  ///< where the parsed text begins in the file (a piece's start)
  Conversions conversions;  ///< this context's; the load merges those of its threads

  const LoadLimits& limits() const { return options.limits; }

  SourceLocation Locate(pugi::xml_node node);
  /// Adds a diagnostic at `node` (at 1:1 without one); its text is catalogue message `message_id`.
  void Report(std::string_view rule_id, Severity severity, std::string_view message_id, MessageArgs arguments,
              pugi::xml_node node);
  /// The sentences of an unknown type: without and with a suggestion ({type}, {suggestion}).
  struct UnknownTypeMessages {
    std::string_view plain, did_you_mean;
  };
  /// LOAD-008 at `node`: `type` is unknown; `suggestion` is the closest known type, "" for none.
  void ReportUnknownType(pugi::xml_node node, UnknownTypeMessages messages, std::string_view type,
                         std::string_view suggestion);
  /// Counts one more model object; false (and one diagnostic) once the limit is passed.
  bool CountObject(pugi::xml_node node);
};

/// A loader diagnostic whose text is catalogue message `message_id` (rules/messages.<lang>.xml);
/// the load fills its words in the run's language when it ends.
Diagnostic LoaderDiagnostic(std::string_view rule_id, Severity severity, std::string_view message_id,
                            MessageArgs arguments, const SourceLocation& location);

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

/// The sections of a large exchange-format file, cut by SplitExchangeSections and hidden from
/// the parse of the rest: the loader parses them piece by piece, on two threads when allowed,
/// so their DOM never exists whole.
struct SectionPieces {
  char* text;  ///< the file's text; each piece is parsed in place
  const ExchangeSections& sections;
};

/// Where a piece failed to parse, when one did: the first such place in the file.
struct PieceParseError {
  bool failed = false;
  std::uint64_t offset = 0;
  std::string description;
};

/// Throws std::bad_alloc when pugixml ran out of memory: that is no fault of the file, and is
/// reported as every other allocation failure is, at the top of the command.
inline void ThrowIfOutOfMemory(const pugi::xml_parse_result& result) {
  if (result.status == pugi::status_out_of_memory) throw std::bad_alloc();
}

/// Parses one piece in place, as a fragment (its top level is a run of sibling elements); on
/// failure, says where in the file and why.
inline PieceParseError ParsePiece(pugi::xml_document& document, char* text, TextRange range) {
  const pugi::xml_parse_result result = document.load_buffer_inplace(
      text + range.begin, range.size(), kParseFlags | pugi::parse_fragment, pugi::encoding_utf8);
  if (result) return {};
  ThrowIfOutOfMemory(result);
  return {true, range.begin + static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0)),
          result.description()};
}

/// Reads an exchange-format model from its root; with `pieces`, the elements and relationships
/// come from those instead (the root's sections are then empty) and a parse error of a piece
/// is returned rather than reported.
PieceParseError LoadExchangeModel(pugi::xml_node root, LoadContext& context, const SectionPieces* pieces = nullptr);
void LoadArchiModel(pugi::xml_node root, LoadContext& context);

}  // namespace eaf::model::detail
