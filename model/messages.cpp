#include "model/messages.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <mutex>

#include "model/data_files.h"
#include "model/source_text.h"
#include "model/text_util.h"

namespace eaf::model {
namespace {

std::string Where(const std::string& path, LineLocator& locator, std::ptrdiff_t offset) {
  SourceLocation location;
  // pugixml's node offsets point past the '<'; parse errors point at the byte itself.
  location.offset = offset > 0 ? static_cast<std::uint64_t>(offset) : 0;
  locator.Resolve(location);
  return path + ":" + std::to_string(location.line) + ":" + std::to_string(location.column);
}

}  // namespace

bool MessageCatalog::Load(const std::string& path, std::vector<std::string>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back(path + ": cannot read the message catalogue");
    return false;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return LoadBuffer(path, std::move(bytes), problems);
}

bool MessageCatalog::LoadBuffer(const std::string& path, std::string bytes, std::vector<std::string>& problems) {
  LineLocator locator(bytes);
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    problems.push_back(Where(path, locator, result.offset) + ": malformed XML: " + result.description());
    return false;
  }
  const pugi::xml_node root = document.document_element();
  if (std::string_view(root.name()) != "messages") {
    problems.push_back(path + ": the root element of a message catalogue is <messages>");
    return false;
  }
  if (!root.attribute("lang").empty()) lang_ = root.attribute("lang").value();
  bool ok = true;
  for (const pugi::xml_node message : root.children("message")) {
    const std::string id = message.attribute("id").value();
    if (id.empty()) {
      problems.push_back(Where(path, locator, message.offset_debug() - 1) + ": a <message> has no id");
      ok = false;
      continue;
    }
    std::string text(Trim(message.text().get()));
    if (!texts_.emplace(id, std::move(text)).second) {
      problems.push_back(Where(path, locator, message.offset_debug() - 1) + ": message id '" + id + "' is given twice");
      ok = false;
    }
  }
  return ok;
}

const std::string* MessageCatalog::Find(std::string_view id) const {
  auto it = texts_.find(id);
  return it == texts_.end() ? nullptr : &it->second;
}

std::string MessageCatalog::Format(std::string_view id, const MessageArgs& args) const {
  if (const std::string* text = Find(id)) return FillPlaceholders(*text, args);
  std::string fallback = "{" + std::string(id) + "}";
  if (!args.empty()) {
    fallback += "(";
    for (std::size_t i = 0; i < args.size(); ++i) fallback += (i ? ", " : "") + args[i].first + "=" + args[i].second;
    fallback += ")";
  }
  return fallback;
}

std::vector<std::string> MessageCatalog::Ids() const {
  std::vector<std::string> ids;
  ids.reserve(texts_.size());
  for (const auto& [id, text] : texts_) ids.push_back(id);
  return ids;
}

namespace {

// FillPlaceholders over any list of (name, value) pairs. Text between braces is appended a run at a
// time: a check fills 400,000 messages.
template <class Args>
std::string FillWith(std::string_view text, const Args& args) {
  std::string out;
  // Room for every value once: one allocation for the usual message, which names each once.
  std::size_t room = text.size();
  for (const auto& arg : args) room += arg.second.size();
  out.reserve(room);
  std::size_t i = 0;
  while (i < text.size()) {
    // A plain scan: find_first_of("{}") calls memchr on the two braces for every character, and
    // this fills every finding's message (400,000 in a federation).
    std::size_t brace = i;
    while (brace < text.size() && text[brace] != '{' && text[brace] != '}') ++brace;
    if (brace == text.size()) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, brace - i));
    i = brace;
    const char c = text[i];
    if (i + 1 < text.size() && text[i + 1] == c) {  // "{{" or "}}": a literal brace
      out += c;
      i += 2;
      continue;
    }
    if (c == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        auto it = std::find_if(args.begin(), args.end(), [&](const auto& arg) { return arg.first == name; });
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace

std::string FillPlaceholders(std::string_view text, const MessageArgs& args) { return FillWith(text, args); }

std::string FillPlaceholders(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> args) {
  return FillWith(text, args);
}

std::vector<std::string> PlaceholdersOf(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) {
      ++i;
      continue;
    }
    if (text[i] != '{') continue;
    const std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(i + 1, close - i - 1));
    i = close;
  }
  return names;
}

const MessageCatalog& Messages(std::string_view lang) {
  // Loaded once per process; a missing catalogue leaves ids visible ({id}) instead of failing.
  static const std::array<MessageCatalog, 2> catalogues = [] {
    std::array<MessageCatalog, 2> loaded;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
      std::vector<std::string> problems;
      const std::string path = FindDataFile("messages." + std::string(kLanguages[i]) + ".xml");
      if (!path.empty()) loaded[i].Load(path, problems);
    }
    return loaded;
  }();
  return lang == "vi" ? catalogues[0] : catalogues[1];
}

std::string Text(std::string_view lang, std::string_view id, const MessageArgs& args) {
  return Messages(lang).Format(id, args);
}

std::string ValueLabel(std::string_view lang, std::string_view prefix, const std::string& value) {
  if (value.empty()) return value;
  const std::string* label = Messages(lang).Find(std::string(prefix) + value);
  return label ? *label : value;
}

std::string Text(std::string_view lang, const MessageRef& message) { return Text(lang, message.id, message.arguments); }

void Localize(Diagnostic& diagnostic, std::string_view lang) {
  const MessageCatalog& catalogue = Messages(lang);
  if (!diagnostic.message_id.empty()) diagnostic.message = catalogue.Format(diagnostic.message_id, diagnostic.arguments);
  for (Note& note : diagnostic.notes) {
    if (!note.message_id.empty()) note.message = catalogue.Format(note.message_id, note.arguments);
  }
}

void Localize(std::vector<Diagnostic>& diagnostics, std::string_view lang) {
  for (Diagnostic& diagnostic : diagnostics) Localize(diagnostic, lang);
}

}  // namespace eaf::model
