#include "model/loader.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <functional>
#include <unordered_map>

#include "model/id_index.h"
#include "model/loader_internal.h"
#include "model/messages.h"
#include "model/parallel.h"
#include "model/phase_timer.h"
#include "model/profile.h"
#include "model/text_util.h"
#include "model/zip_reader.h"

namespace eaf::model {
namespace detail {

SourceLocation LoadContext::Locate(pugi::xml_node node) {
  SourceLocation location;
  const std::ptrdiff_t offset = node.offset_debug();
  if (offset > 0) {
    // pugixml points at the element name; diagnostics point at its '<'.
    location.offset = base_offset + static_cast<std::uint64_t>(offset) - (node.type() == pugi::node_element ? 1 : 0);
  }
  locator.Resolve(location);
  return location;
}

Diagnostic LoaderDiagnostic(std::string_view rule_id, Severity severity, std::string_view message_id,
                            MessageArgs arguments, const SourceLocation& location) {
  Diagnostic diagnostic;
  diagnostic.rule_id = std::string(rule_id);
  diagnostic.severity = severity;
  diagnostic.location = location;
  diagnostic.message_id = std::string(message_id);
  diagnostic.arguments = std::move(arguments);
  return diagnostic;
}

void LoadContext::Report(std::string_view rule_id, Severity severity, std::string_view message_id,
                         MessageArgs arguments, pugi::xml_node node) {
  out.diagnostics.push_back(LoaderDiagnostic(rule_id, severity, message_id, std::move(arguments),
                                             node ? Locate(node) : SourceLocation{0, 1, 1, 0}));
}

void LoadContext::ReportUnknownType(pugi::xml_node node, UnknownTypeMessages messages, std::string_view type,
                                    std::string_view suggestion) {
  if (suggestion.empty()) {
    Report("LOAD-008", Severity::kError, messages.plain, {{"type", std::string(type)}}, node);
  } else {
    Report("LOAD-008", Severity::kError, messages.did_you_mean,
           {{"type", std::string(type)}, {"suggestion", std::string(suggestion)}}, node);
  }
}

bool LoadContext::CountObject(pugi::xml_node node) {
  if (over_limit) return false;
  const std::uint64_t count = ++objects;
  if (count > limits().max_elements) {
    over_limit = true;
    // The count is shared by the threads reading one file: only the one that crossed the limit says so.
    if (count == limits().max_elements + 1) {
      Report("LOAD-006", Severity::kError, "load.too-many-objects", {{"limit", std::to_string(limits().max_elements)}},
             node);
    }
    return false;
  }
  return true;
}

std::string_view LocalName(const char* qualified) {
  std::string_view name(qualified);
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view local_name) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local_name) return child;
  }
  return {};
}

std::string TextOf(pugi::xml_node node) {
  pugi::xml_node child = node.first_child();
  // The common case, one PCDATA child, decodes straight into the result.
  if (child && !child.next_sibling() && child.type() == pugi::node_pcdata) {
    std::string text;
    AppendDecoded(text, Trim(child.value()));
    return text;
  }
  std::string text;
  for (; child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata) AppendDecoded(text, child.value());
    if (child.type() == pugi::node_cdata) text += child.value();
  }
  return std::string(Trim(text));
}

std::string Attr(pugi::xml_node node, const char* name) {
  std::string text;
  AppendDecoded(text, node.attribute(name).value());
  return text;
}

namespace {
void AppendUtf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Decodes "&...;" at raw[0]; returns the characters consumed, 0 when it is no known reference.
std::size_t DecodeReference(std::string& out, std::string_view raw) {
  const std::size_t end = raw.find(';');
  if (end == std::string_view::npos || end > 12) return 0;
  const std::string_view name = raw.substr(1, end - 1);
  if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "amp") out += '&';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x';
    std::uint32_t code = 0;
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      std::uint32_t digit;
      if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
      else if (hex && c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') digit = static_cast<std::uint32_t>(c - 'A' + 10);
      else return 0;
      code = code * (hex ? 16u : 10u) + digit;
      if (code > 0x10FFFF) return 0;
    }
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    AppendUtf8(out, code);
  } else {
    return 0;
  }
  return end + 1;
}
}  // namespace

void AppendDecoded(std::string& out, std::string_view raw) {
  if (!std::memchr(raw.data(), '&', raw.size()) && !std::memchr(raw.data(), '\r', raw.size())) {
    out.append(raw);
    return;
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c != '&' && c != '\r') continue;
    out.append(raw.substr(start, i - start));
    if (c == '\r') {
      out += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      start = i + 1;
      continue;
    }
    const std::size_t consumed = DecodeReference(out, raw.substr(i));
    if (consumed == 0) {
      out += '&';
      start = i + 1;
    } else {
      i += consumed - 1;
      start = i + 1;
    }
  }
  out.append(raw.substr(start));
}

}  // namespace detail

namespace {

using detail::LoadContext;

constexpr std::string_view kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

FileModel Failed(FileModel model, std::string_view rule_id, std::string_view message_id, MessageArgs arguments = {},
                 SourceLocation location = {0, 1, 1, 0}) {
  model.diagnostics.push_back(
      detail::LoaderDiagnostic(rule_id, Severity::kError, message_id, std::move(arguments), location));
  model.file.loaded = false;
  return model;
}

// LOAD-001 or LOAD-004: why the file could not be read.
FileModel ReadFailed(FileModel model, ReadStatus status, const ReadFailure& failure, const LoadLimits& limits) {
  switch (status) {
    case ReadStatus::kTooLarge:
      return Failed(std::move(model), "LOAD-004", "load.too-large",
                    {{"size", std::to_string(failure.size)}, {"limit", std::to_string(limits.max_file_bytes)}});
    case ReadStatus::kIsDirectory: return Failed(std::move(model), "LOAD-001", "load.read-failed.directory");
    case ReadStatus::kNotRegularFile: return Failed(std::move(model), "LOAD-001", "load.read-failed.not-regular");
    case ReadStatus::kIncomplete: return Failed(std::move(model), "LOAD-001", "load.read-failed.incomplete");
    case ReadStatus::kOk:
    case ReadStatus::kNotFound:
    case ReadStatus::kError: break;
  }
  return Failed(std::move(model), "LOAD-001", "load.read-failed", {{"reason", failure.system_reason}});
}

// Puts the words of the run's language into the diagnostics, then a loaded file's diagnostics in
// report order (which compares the words).
FileModel Finished(FileModel model, std::string_view lang) {
  Localize(model.diagnostics, lang);
  if (model.file.loaded) std::stable_sort(model.diagnostics.begin(), model.diagnostics.end(), DiagnosticLess);
  return model;
}

// The namespace URI a prefix ("" for the default namespace) is bound to on the root element.
std::string_view NamespaceOf(pugi::xml_node root, std::string_view prefix) {
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  return root.attribute(attribute.c_str()).value();
}

std::string XsiTypeName(pugi::xml_node root) {
  for (pugi::xml_attribute attribute = root.first_attribute(); attribute; attribute = attribute.next_attribute()) {
    std::string_view name = attribute.name();
    if (name.starts_with("xmlns:") && attribute.value() == kXsiNamespace) {
      return std::string(name.substr(6)) + ":type";
    }
  }
  return "xsi:type";
}

// LOAD-021 for every key that looks like the profile's ("eaf:", any case) but is not one of its
// keys; the property is then not read as the key it resembles.
void ReportUnknownKeys(FileModel& model) {
  const auto keys = AllPropertyKeys();
  auto check = [&](const std::vector<Property>& properties, const SourceLocation& location, const std::string& object) {
    for (const Property& property : properties) {
      const std::string_view key = property.key;
      if (key.size() < 4 || !std::equal(key.begin(), key.begin() + 4, "eaf:",
                                         [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })) {
        continue;
      }
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      const std::string_view suggestion = ClosestMatch(key, keys);
      Diagnostic diagnostic =
          suggestion.empty()
              ? detail::LoaderDiagnostic("LOAD-021", Severity::kWarning, "load.property.unknown-key", {{"key", property.key}},
                                         location)
              : detail::LoaderDiagnostic("LOAD-021", Severity::kWarning, "load.property.unknown-key.did-you-mean",
                                         {{"key", property.key}, {"suggestion", std::string(suggestion)}}, location);
      if (!object.empty()) diagnostic.element_ids = {object};
      model.diagnostics.push_back(std::move(diagnostic));
    }
  };
  check(model.file.properties, model.file.location, "");
  for (const Element& element : model.elements) check(element.properties, element.location, element.id);
  for (const Relationship& relationship : model.relationships) check(relationship.properties, relationship.location, relationship.id);
}

// Applies the profile to elements: kind and owner, model-level properties, ownership defaults.
void ApplyProfile(FileModel& model) {
  ReportUnknownKeys(model);
  SourceFile& file = model.file;
  auto model_property = [&](std::string_view key) {
    const std::string* value = FindProperty(file.properties, key);
    return value ? std::string(Trim(*value)) : std::string();
  };
  file.level = model_property(prop::kLevel);
  file.agency = model_property(prop::kAgency);
  file.framework = model_property(prop::kFramework);
  file.state = model_property(prop::kState);
  for (Element& element : model.elements) {
    if (const std::string* kind = element.FindProperty(prop::kKind)) {
      element.kind = std::string(Trim(*kind));
    } else if (!element.specialization.empty() && FindKind(element.specialization)) {
      element.kind = element.specialization;
    }
    if (const std::string* owner = element.FindProperty(prop::kOwner)) element.owner = std::string(Trim(*owner));
    if (element.owner.empty()) element.owner = file.agency;
  }
}

// One info line (LOAD-020) at the model's root when ArchiMate 2.x types were read as 3.1 types.
void ReportConversions(detail::LoadContext& context) {
  const detail::Conversions& conversions = context.conversions;
  if (conversions.count == 0) return;
  std::string renames;
  for (const std::string& rename : conversions.renames) renames += (renames.empty() ? "" : ", ") + rename;
  context.out.diagnostics.push_back(detail::LoaderDiagnostic(
      "LOAD-020", Severity::kInfo, "load.converted-legacy-types",
      {{"count", std::to_string(conversions.count)}, {"renames", renames}}, context.out.file.location));
}

// Detects duplicate identifiers (LOAD-012) and resolves relationship ends (LOAD-011); the pack
// reports them as its rules MOD-002 and MOD-001. The second definition of an id is reported
// once and then dropped: it takes no further part (no findings of its own, no second node).
void ResolveReferences(FileModel& model, bool parallel) {
  // Values: element i as i, relationship j as -(j + 2), since the index keeps -1 for "absent".
  IdIndex ids(model.elements.size() + model.relationships.size());
  auto location_of = [&](std::int32_t value) -> const SourceLocation& {
    return value >= 0 ? model.elements[value].location : model.relationships[-value - 2].location;
  };
  std::vector<bool> dropped_elements, dropped_relationships;  // sized on the first duplicate
  auto add = [&](const std::string& id, const SourceLocation& location, std::int32_t value) {
    const std::int32_t previous = ids.Insert(id, value);
    if (previous == -1) return;
    Diagnostic diagnostic = detail::LoaderDiagnostic("LOAD-012", Severity::kError, "load.duplicate-id", {{"id", id}}, location);
    diagnostic.element_ids = {id};
    Note first;
    first.location = location_of(previous);
    first.has_location = true;
    first.message_id = "load.duplicate-id.first-defined";
    diagnostic.notes.push_back(std::move(first));
    model.diagnostics.push_back(std::move(diagnostic));
    if (dropped_elements.empty() && dropped_relationships.empty()) {
      dropped_elements.resize(model.elements.size());
      dropped_relationships.resize(model.relationships.size());
    }
    if (value >= 0) {
      dropped_elements[value] = true;
    } else {
      dropped_relationships[-value - 2] = true;
    }
  };
  // Lookups are prefetched a few objects ahead: with millions of ids almost every one misses the cache.
  constexpr std::size_t kAhead = 8;
  auto index_all = [&] {
    for (std::size_t i = 0; i < model.elements.size(); ++i) {
      if (i + kAhead < model.elements.size()) ids.Prefetch(model.elements[i + kAhead].id);
      add(model.elements[i].id, model.elements[i].location, static_cast<std::int32_t>(i));
    }
    for (std::size_t i = 0; i < model.relationships.size(); ++i) {
      if (i + kAhead < model.relationships.size()) ids.Prefetch(model.relationships[i + kAhead].id);
      add(model.relationships[i].id, model.relationships[i].location, -static_cast<std::int32_t>(i) - 2);
    }
  };
  index_all();
  if (!dropped_elements.empty()) {
    // Rare: drop the copies, then index again (the index holds views of the ids, which moved).
    auto drop = [](auto& objects, const std::vector<bool>& dropped) {
      std::size_t kept = 0;
      for (std::size_t i = 0; i < objects.size(); ++i) {
        if (dropped[i]) continue;
        if (kept != i) objects[kept] = std::move(objects[i]);  // never onto itself: that empties a string
        ++kept;
      }
      objects.resize(kept);
    };
    drop(model.elements, dropped_elements);
    drop(model.relationships, dropped_relationships);
    ids = IdIndex(model.elements.size() + model.relationships.size());
    index_all();
  }
  // Resolving only reads the index: the relationships are shared between two threads when the
  // file is large, each with its own diagnostics (sorted with the rest below).
  struct End {  // the message ids of a missing end and of an undefined one
    std::string_view missing, undefined;
  };
  auto resolve_range = [&](std::size_t begin, std::size_t end, std::vector<Diagnostic>& diagnostics) {
    for (std::size_t i = begin; i < end; ++i) {
      Relationship& relationship = model.relationships[i];
      if (i + kAhead < end) {
        ids.Prefetch(model.relationships[i + kAhead].source);
        ids.Prefetch(model.relationships[i + kAhead].target);
      }
      auto resolve = [&](const std::string& end_id, std::int32_t& index, bool& is_relationship, End message) {
        const std::int32_t value = end_id.empty() ? -1 : ids.Find(end_id);
        if (value != -1) {
          is_relationship = value < -1;
          index = is_relationship ? -value - 2 : value;
          return;
        }
        Diagnostic diagnostic =
            end_id.empty()
                ? detail::LoaderDiagnostic("LOAD-011", Severity::kError, message.missing, {{"relationship", relationship.id}},
                                           relationship.location)
                : detail::LoaderDiagnostic("LOAD-011", Severity::kError, message.undefined,
                                           {{"relationship", relationship.id}, {"id", end_id}}, relationship.location);
        diagnostic.element_ids = {relationship.id};
        diagnostics.push_back(std::move(diagnostic));
      };
      resolve(relationship.source, relationship.source_index, relationship.source_is_relationship,
              {"load.relationship.no-source", "load.relationship.undefined-source"});
      resolve(relationship.target, relationship.target_index, relationship.target_is_relationship,
              {"load.relationship.no-target", "load.relationship.undefined-target"});
    }
  };
  const std::size_t count = model.relationships.size();
  if (parallel && count >= 100'000) {
    std::vector<Diagnostic> second_half;
    RunBoth([&] { resolve_range(0, count / 2, model.diagnostics); },
            [&] { resolve_range(count / 2, count, second_half); });
    for (Diagnostic& diagnostic : second_half) model.diagnostics.push_back(std::move(diagnostic));
  } else {
    resolve_range(0, count, model.diagnostics);
  }
  // Views that show what the model does not hold are kept (rendering skips them) but reported.
  for (View& view : model.views) {
    for (ViewNode& node : view.nodes) {
      const std::int32_t found = node.element_id.empty() ? -1 : ids.Find(node.element_id);
      node.element = std::max(found, -1);  // an id of a relationship names no element
      if (!node.element_id.empty() && found == -1) {
        model.diagnostics.push_back(detail::LoaderDiagnostic("LOAD-013", Severity::kWarning, "load.view.undefined-element",
                                                             {{"view", PickText(view.names)}, {"id", node.element_id}},
                                                             node.location));
      }
    }
    for (ViewConnection& connection : view.connections) {
      const std::int32_t found = connection.relationship_id.empty() ? -1 : ids.Find(connection.relationship_id);
      connection.relationship = found < -1 ? -found - 2 : -1;
      if (!connection.relationship_id.empty() && found == -1) {
        model.diagnostics.push_back(detail::LoaderDiagnostic(
            "LOAD-013", Severity::kWarning, "load.view.undefined-relationship",
            {{"view", PickText(view.names)}, {"id", connection.relationship_id}}, connection.location));
      }
    }
  }
}

// Hides the content of the sections to be parsed in pieces from the parse of the rest of the
// text, for its lifetime, by making each one a comment: the splitter made sure none holds "-->".
// Offsets stay those of the file. A section too short to hide is read with the rest.
class HiddenSections {
 public:
  HiddenSections(std::string& text, detail::ExchangeSections& sections, bool hide) : text_(text) {
    if (!hide) return;
    for (detail::Section* section : {&sections.elements, &sections.relationships}) {
      if (section->content.size() < 7) {
        section->pieces.clear();
        continue;
      }
      Saved saved{section->content, {}, {}};
      std::memcpy(saved.head, text.data() + saved.range.begin, 4);
      std::memcpy(saved.tail, text.data() + saved.range.end - 3, 3);
      std::memcpy(text.data() + saved.range.begin, "<!--", 4);
      std::memcpy(text.data() + saved.range.end - 3, "-->", 3);
      saved_.push_back(saved);
    }
  }
  HiddenSections(const HiddenSections&) = delete;
  HiddenSections& operator=(const HiddenSections&) = delete;
  ~HiddenSections() {
    for (const Saved& saved : saved_) {
      std::memcpy(text_.data() + saved.range.begin, saved.head, 4);
      std::memcpy(text_.data() + saved.range.end - 3, saved.tail, 3);
    }
  }

 private:
  struct Saved {
    detail::TextRange range;
    char head[4];
    char tail[3];
  };
  std::string& text_;
  std::vector<Saved> saved_;
};

// The first place, in file order, where a piece of the sections fails to parse.
detail::PieceParseError FirstPieceError(char* text, const detail::ExchangeSections& sections) {
  detail::PieceParseError first;
  for (const detail::Section* section : {&sections.elements, &sections.relationships}) {
    for (const detail::SectionPiece& piece : section->pieces) {
      pugi::xml_document document;
      detail::PieceParseError error = detail::ParsePiece(document, text, piece.range);
      if (!error.failed) continue;
      if (!first.failed || error.offset < first.offset) first = std::move(error);
      break;  // later pieces of this section come later in the file
    }
  }
  return first;
}

constexpr std::uint64_t kXmlElementsPerObject = 16;

std::uint64_t XmlElementBudget(const LoadLimits& limits) {
  return limits.max_elements > UINT64_MAX / kXmlElementsPerObject ? UINT64_MAX : limits.max_elements * kXmlElementsPerObject;
}

// The offset of the first start tag past `budget` of them, or npos: a start tag is '<' and a name's
// first character (a letter, '_', ':' or any non-ASCII byte). Comments and CDATA are not skipped:
// a '<' followed by a letter in them counts too, which only errs on the safe side.
std::size_t FindXmlElementOver(std::string_view bytes, std::uint64_t budget) {
  std::uint64_t tags = 0;
  for (std::size_t at = bytes.find('<'); at != std::string_view::npos; at = bytes.find('<', at + 1)) {
    if (at + 1 >= bytes.size()) break;
    const unsigned char next = static_cast<unsigned char>(bytes[at + 1]);
    if (std::isalpha(next) || next == '_' || next == ':' || next >= 0x80) {
      if (++tags > budget) return at;
    }
  }
  return std::string_view::npos;
}

bool StartsWithZipMagic(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

// The whole load of one file's bytes, its diagnostics as message ids (see Finished).
FileModel LoadBytes(const std::string& path, std::string bytes, const LoadOptions& options) {
  FileModel model;
  model.file.path = path;
  model.file.size_bytes = bytes.size();

  if (Trim(bytes).empty()) {
    return Failed(std::move(model), "LOAD-002", "load.empty-file");
  }
  if (StartsWithZipMagic(bytes)) {
    // Archi's zipped form: model.xml plus images. Positions then refer to lines of model.xml.
    std::string inner;
    MessageRef problem;
    if (!ExtractZipMember(bytes, "model.xml", options.limits.max_file_bytes, inner, problem)) {
      return Failed(std::move(model), "LOAD-005", problem.id, std::move(problem.arguments));
    }
    if (StartsWithZipMagic(inner)) return Failed(std::move(model), "LOAD-005", "load.zip.nested");
    FileModel inner_model = LoadBytes(path, std::move(inner), options);
    inner_model.file.size_bytes = model.file.size_bytes;
    inner_model.file.archive_member = "model.xml";
    return inner_model;
  }
  if ((bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) ||
      (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0'))) {
    return Failed(std::move(model), "XML-004", "load.not-utf8");
  }
  const bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes[0] = bytes[1] = bytes[2] = ' ';  // keep offsets; pugixml needs no BOM

  PhaseTimer timer("load " + path);
  std::size_t first_invalid = 0;
  const std::size_t invalid = RepairUtf8(bytes, first_invalid);
  LineLocator locator(bytes, bom ? 3 : 0);  // columns of line 1 count from after the BOM
  timer.Mark("utf-8 check");
  // pugixml ends its scans at a NUL byte, which XML does not allow anywhere: say so, where it is,
  // rather than report the mismatched tags it leads to.
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    return Failed(std::move(model), "XML-001", "load.nul-byte", {},
                  locator.At(static_cast<std::uint64_t>(static_cast<const char*>(nul) - bytes.data())));
  }
  if (invalid > 0) {
    model.diagnostics.push_back(detail::LoaderDiagnostic("XML-003", Severity::kError, "load.invalid-utf8",
                                                         {{"count", std::to_string(invalid)}}, locator.At(first_invalid)));
  }

  // What the file costs is its XML elements, known or not (10 million empty unknown tags took
  // 3.2 GB): a model object brings at most kXmlElementsPerObject of them (its name, documentation,
  // properties), and a file with more than that many per allowed object is refused unparsed.
  if (const std::size_t over = FindXmlElementOver(bytes, XmlElementBudget(options.limits)); over != std::string::npos) {
    return Failed(std::move(model), "LOAD-006", "load.too-many-xml-elements",
                  {{"limit", std::to_string(XmlElementBudget(options.limits))}, {"per_object", std::to_string(kXmlElementsPerObject)}},
                  locator.At(over));
  }

  // pugixml never expands entities beyond the predefined five and never reads external files;
  // say so when a DOCTYPE tries, so a reviewer is not surprised by literal "&xxe;" in names.
  const std::size_t doctype = bytes.find("<!DOCTYPE");
  if (doctype != std::string::npos) {
    const std::size_t first_element = [&] {
      for (std::size_t i = bytes.find('<'); i != std::string::npos; i = bytes.find('<', i + 1)) {
        if (i + 1 < bytes.size() && bytes[i + 1] != '?' && bytes[i + 1] != '!') return i;
      }
      return std::string::npos;
    }();
    if (doctype < first_element) {
      model.diagnostics.push_back(
          detail::LoaderDiagnostic("XML-002", Severity::kWarning, "load.doctype-ignored", {}, locator.At(doctype)));
    }
  }

  // A large exchange-format file has its two big sections parsed piece by piece (see
  // section_splitter.h): their DOM never exists whole, and two threads share the parsing. The
  // pieces' objects are counted beforehand, so the object limit cannot cut through them.
  detail::ExchangeSections sections;
  const bool in_pieces = options.piece_bytes > 0 && bytes.size() >= options.piece_bytes &&
                         detail::SplitExchangeSections(bytes, options.piece_bytes, sections) &&
                         sections.elements.children + sections.relationships.children <= options.limits.max_elements;
  // The document and the text it views are released before the passes below, which do not need
  // them: at a million elements they are two thirds of the memory.
  {
    pugi::xml_document document;
    pugi::xml_parse_result result;
    {
      HiddenSections hidden(bytes, sections, in_pieces);
      result = document.load_buffer_inplace(bytes.data(), bytes.size(), detail::kParseFlags, pugi::encoding_utf8);
    }
    timer.Mark("xml parse");
    detail::ThrowIfOutOfMemory(result);
    if (!result) {
      // "No document element" is found at the end of the text; the problem is the whole file.
      std::uint64_t offset = result.status == pugi::status_no_document_element
                                 ? 0
                                 : static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0));
      std::string description = result.description();
      // An error inside a hidden section comes first in the file when it is before this one.
      const detail::PieceParseError piece_error = in_pieces ? FirstPieceError(bytes.data(), sections) : detail::PieceParseError{};
      if (piece_error.failed && piece_error.offset < offset) {
        offset = piece_error.offset;
        description = piece_error.description;
      }
      return Failed(std::move(model), "XML-001", "load.malformed-xml", {{"reason", description}}, locator.At(offset));
    }
    pugi::xml_node root = document.document_element();
    if (!root) return Failed(std::move(model), "XML-001", "load.no-root-element");

    std::atomic<std::uint64_t> objects{0};
    detail::LoadContext context{model, locator, options, XsiTypeName(root), objects};
    model.file.location = context.Locate(root);
    const std::string_view root_name = root.name();
    const auto colon = root_name.find(':');
    const std::string_view prefix = colon == std::string_view::npos ? std::string_view() : root_name.substr(0, colon);
    const std::string_view root_namespace = NamespaceOf(root, prefix);
    const bool exchange_21 = root_namespace == detail::kExchange21Namespace;
    if (detail::LocalName(root.name()) == "model" &&
        (root_namespace.starts_with(detail::kExchangeNamespacePrefix) || exchange_21)) {
      model.file.format = SourceFormat::kExchange;
      const detail::SectionPieces pieces{bytes.data(), sections};
      const std::size_t diagnostics_before = model.diagnostics.size();
      const detail::PieceParseError piece_error = detail::LoadExchangeModel(root, context, in_pieces ? &pieces : nullptr);
      if (piece_error.failed) {  // as if the whole file had failed to parse: nothing read
        FileModel failed;
        failed.file.path = model.file.path;
        failed.file.size_bytes = model.file.size_bytes;
        model.diagnostics.resize(diagnostics_before);
        failed.diagnostics = std::move(model.diagnostics);
        return Failed(std::move(failed), "XML-001", "load.malformed-xml", {{"reason", piece_error.description}},
                      locator.At(piece_error.offset));
      }
    } else if (!in_pieces && detail::LocalName(root.name()) == "model" &&
               (root_namespace == detail::kArchiNamespace || root_namespace == detail::kOldArchiNamespace)) {
      model.file.format = SourceFormat::kArchi;
      detail::LoadArchiModel(root, context);
    } else {
      const std::string exchange_namespace = std::string(detail::kExchangeNamespacePrefix) + "3.0/";
      if (detail::LocalName(root.name()) == "model") {  // the right name, in a namespace eaf does not know
        return Failed(std::move(model), "LOAD-003", "load.unknown-model-namespace",
                      {{"root", std::string(root_name)},
                       {"found", root_namespace.empty() ? "-" : std::string(root_namespace)},
                       {"namespace", exchange_namespace},
                       {"namespace21", std::string(detail::kExchange21Namespace)},
                       {"archi", std::string(detail::kArchiNamespace)}},
                      model.file.location);
      }
      return Failed(std::move(model), "LOAD-003", "load.unknown-root",
                    {{"root", std::string(root_name)}, {"namespace", exchange_namespace}}, model.file.location);
    }
    ReportConversions(context);
  }
  bytes = std::string();
  model.file.loaded = true;
  timer.Mark("model");
  ApplyProfile(model);
  timer.Mark("profile");
  ResolveReferences(model, options.split_file);
  timer.Mark("references");
  return model;
}

}  // namespace

FileModel LoadBuffer(const std::string& path, std::string bytes, const LoadOptions& options) {
  return Finished(LoadBytes(path, std::move(bytes), options), options.lang);
}

FileModel LoadFile(const std::string& path, const LoadOptions& options) {
  std::string bytes;
  ReadFailure failure;
  PhaseTimer timer("read " + path);
  const ReadStatus status = ReadFileBytes(path, options.limits.max_file_bytes, bytes, failure);
  timer.Mark("read");
  if (status != ReadStatus::kOk) {
    FileModel model;
    model.file.path = path;
    return Finished(ReadFailed(std::move(model), status, failure, options.limits), options.lang);
  }
  return LoadBuffer(path, std::move(bytes), options);
}

Workspace LoadWorkspace(const std::vector<std::string>& paths, const LoadOptions& given_options) {
  std::vector<FileModel> models(paths.size());
  LoadOptions options = given_options;
  // One file: use the second core inside it. Several: one file per core.
  options.split_file = paths.size() == 1 && HardwareThreads() > 1 && given_options.threads != 1;
  const unsigned threads = options.threads ? options.threads : HardwareThreads();
  std::atomic<std::size_t> done{0};
  auto load = [&](std::size_t i) {
    models[i] = LoadFile(paths[i], options);
    if (options.progress) options.progress(++done, paths.size());
  };
  ForEachIndex(paths.size(), threads, load);
  PhaseTimer timer("workspace");
  Workspace workspace;
  std::size_t elements = 0, relationships = 0;
  for (const auto& model : models) {
    elements += model.elements.size();
    relationships += model.relationships.size();
  }
  if (models.size() > 1) {  // one file's vectors are adopted as they are
    workspace.elements.reserve(elements);
    workspace.relationships.reserve(relationships);
  }
  for (auto& model : models) workspace.Add(std::move(model));
  timer.Mark("merge");
  workspace.Finish();
  timer.Mark("finish");
  return workspace;
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      paths.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      if (!it->is_regular_file(error)) continue;
      const std::string extension = it->path().extension().string();
      if (extension == ".xml" || extension == ".archimate") found.push_back(it->path().generic_string());
    }
    std::sort(found.begin(), found.end());
    paths.insert(paths.end(), found.begin(), found.end());
  }
  return paths;
}

}  // namespace eaf::model
