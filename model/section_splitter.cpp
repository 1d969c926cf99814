#include "model/section_splitter.h"

#include <cstring>

#include "model/loader_internal.h"

namespace eaf::model::detail {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view LocalPart(std::string_view qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

// A start or empty-element tag whose '<' is at `begin`.
struct Tag {
  std::string_view name;
  bool empty = false;  // <name ... />
  std::size_t end = 0;  // just past its '>'
};

// Reads the tag at text[begin] == '<' up to its '>', stepping over quoted attribute values.
// False for anything a lexical scan cannot be sure of: no name, no end, or '<' inside the tag or
// one of its values (which the parser may read differently).
bool ReadTag(std::string_view text, std::size_t begin, Tag& tag) {
  std::size_t i = begin + 1;
  const std::size_t name_begin = i;
  while (i < text.size() && !IsSpace(text[i]) && text[i] != '>' && text[i] != '/' && text[i] != '<') ++i;
  if (i == name_begin || i >= text.size()) return false;
  tag.name = text.substr(name_begin, i - name_begin);
  while (i < text.size()) {
    const char c = text[i];
    if (c == '>') {
      tag.empty = false;
      tag.end = i + 1;
      return true;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '>') {
      tag.empty = true;
      tag.end = i + 2;
      return true;
    }
    if (c == '<') return false;
    if (c == '"' || c == '\'') {
      const void* close = std::memchr(text.data() + i + 1, c, text.size() - i - 1);
      if (!close) return false;
      const std::size_t value_end = static_cast<std::size_t>(static_cast<const char*>(close) - text.data());
      if (std::memchr(text.data() + i + 1, '<', value_end - i - 1)) return false;
      i = value_end + 1;
      continue;
    }
    ++i;
  }
  return false;
}

// The value of attribute `name` in the tag text [begin, end), "" when absent. Only for the root
// tag, whose namespace declarations decide whether this is the exchange format at all.
std::string_view AttributeValue(std::string_view tag_text, std::string_view name) {
  std::size_t i = 0;
  while ((i = tag_text.find(name, i)) != std::string_view::npos) {
    const bool starts = i > 0 && IsSpace(tag_text[i - 1]);
    std::size_t j = i + name.size();
    while (j < tag_text.size() && IsSpace(tag_text[j])) ++j;
    if (starts && j < tag_text.size() && tag_text[j] == '=') {
      ++j;
      while (j < tag_text.size() && IsSpace(tag_text[j])) ++j;
      if (j < tag_text.size() && (tag_text[j] == '"' || tag_text[j] == '\'')) {
        const std::size_t close = tag_text.find(tag_text[j], j + 1);
        if (close != std::string_view::npos) return tag_text.substr(j + 1, close - j - 1);
      }
    }
    i += name.size();
  }
  return {};
}

// Skips markup that is not an element ("<!--", "<![CDATA[", "<?") starting at text[at] == '<'.
// Returns false when it is none of these (a DOCTYPE, say) or is not terminated.
bool SkipOtherMarkup(std::string_view text, std::size_t& at) {
  const std::string_view rest = text.substr(at);
  std::string_view terminator;
  if (rest.starts_with("<!--")) terminator = "-->";
  else if (rest.starts_with("<![CDATA[")) terminator = "]]>";
  else if (rest.starts_with("<?")) terminator = "?>";
  else return false;
  const std::size_t end = text.find(terminator, at + 2);
  if (end == std::string_view::npos) return false;
  at = end + terminator.size();
  return true;
}

// The section whose start tag ends at `content_begin`: its children, cut into pieces, up to its
// end tag. On success `at` is just past that end tag.
bool ScanSection(std::string_view text, std::string_view name, std::size_t content_begin, std::size_t piece_bytes,
                 Section& section, std::size_t& at) {
  section.content.begin = content_begin;
  std::string_view item = LocalPart(name);  // "elements" holds "element"s
  if (item.ends_with('s')) item.remove_suffix(1);
  std::size_t piece_begin = content_begin;
  std::uint64_t piece_children = 0;
  auto cut = [&](std::size_t end) {
    if (end > piece_begin) section.pieces.push_back({{piece_begin, end}, piece_children});
    piece_begin = end;
    piece_children = 0;
  };
  std::size_t depth = 0;
  std::size_t i = content_begin;
  while (true) {
    const void* open = std::memchr(text.data() + i, '<', text.size() - i);
    if (!open) return false;
    i = static_cast<std::size_t>(static_cast<const char*>(open) - text.data());
    if (i + 1 >= text.size()) return false;
    const char next = text[i + 1];
    if (next == '!' || next == '?') return false;  // comments and the like: the whole parse decides
    if (next == '/') {
      const std::size_t close = text.find('>', i);
      if (close == std::string_view::npos) return false;
      if (depth == 0) {
        std::string_view end_name = text.substr(i + 2, close - i - 2);
        while (!end_name.empty() && IsSpace(end_name.back())) end_name.remove_suffix(1);
        if (end_name != name) return false;
        section.content.end = i;
        if (piece_children == 0 && !section.pieces.empty()) section.pieces.back().range.end = i;  // trailing space
        else cut(i);
        at = close + 1;
        break;
      }
      i = close + 1;
      if (--depth == 0 && i - piece_begin >= piece_bytes) cut(i);
      continue;
    }
    Tag tag;
    if (!ReadTag(text, i, tag)) return false;
    // Only the section's items (<element> in <elements>) take a model object's slot: other tags
    // are skipped by the loader and must cost nothing (10 million of them took 3.2 GB of slots).
    if (depth == 0 && LocalPart(tag.name) == item) {
      ++section.children;
      ++piece_children;
    }
    i = tag.end;
    if (!tag.empty) {
      ++depth;
    } else if (depth == 0 && i - piece_begin >= piece_bytes) {
      cut(i);
    }
  }
  // The section is hidden from the parse of the rest as a comment; its text must not end one,
  // nor hold the NUL that ends pugixml's scans.
  const std::string_view content = text.substr(section.content.begin, section.content.size());
  return content.find("-->") == std::string_view::npos &&
         std::memchr(content.data(), '\0', content.size()) == nullptr;
}

}  // namespace

bool SplitExchangeSections(std::string_view text, std::size_t piece_bytes, ExchangeSections& sections) {
  sections = {};
  // Prolog: the XML declaration, comments, processing instructions and space; no DOCTYPE.
  std::size_t i = 0;
  while (true) {
    const std::size_t open = text.find('<', i);
    if (open == std::string_view::npos || open + 1 >= text.size()) return false;
    for (std::size_t k = i; k < open; ++k) {
      if (!IsSpace(text[k])) return false;
    }
    i = open;
    if (text[i + 1] != '!' && text[i + 1] != '?') break;
    if (!SkipOtherMarkup(text, i)) return false;
  }
  Tag root;
  if (!ReadTag(text, i, root) || root.empty || LocalPart(root.name) != "model") return false;
  const std::string_view root_text = text.substr(i, root.end - i);
  const auto colon = root.name.find(':');
  const std::string xmlns =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(root.name.substr(0, colon));
  if (!AttributeValue(root_text, xmlns).starts_with(kExchangeNamespacePrefix)) return false;

  bool found_elements = false;
  bool found_relationships = false;
  std::size_t depth = 1;  // inside the root
  i = root.end;
  while (!(found_elements && found_relationships)) {
    const void* open = std::memchr(text.data() + i, '<', text.size() - i);
    if (!open) return false;
    i = static_cast<std::size_t>(static_cast<const char*>(open) - text.data());
    if (i + 1 >= text.size()) return false;
    const char next = text[i + 1];
    if (next == '!' || next == '?') {
      if (!SkipOtherMarkup(text, i)) return false;
      continue;
    }
    if (next == '/') {
      const std::size_t close = text.find('>', i);
      if (close == std::string_view::npos) return false;
      i = close + 1;
      if (--depth == 0) break;  // the root ended
      continue;
    }
    Tag tag;
    if (!ReadTag(text, i, tag)) return false;
    i = tag.end;
    if (tag.empty) continue;
    const std::string_view local = LocalPart(tag.name);
    if (depth == 1 && local == "elements" && !found_elements) {
      if (!ScanSection(text, tag.name, i, piece_bytes, sections.elements, i)) return false;
      found_elements = true;
    } else if (depth == 1 && local == "relationships" && !found_relationships) {
      if (!ScanSection(text, tag.name, i, piece_bytes, sections.relationships, i)) return false;
      found_relationships = true;
    } else {
      ++depth;
    }
  }
  return found_elements || found_relationships;
}

}  // namespace eaf::model::detail
