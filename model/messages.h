#pragma once
/// Message catalogues: every sentence a user reads is data, in rules/messages.<lang>.xml, one
/// catalogue per language, with named placeholders ({name}). Code passes ids and values, never words.

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostic.h"

namespace eaf::model {

/// The languages eaf speaks; the first is the default of a catalogue's fallbacks.
inline constexpr std::string_view kLanguages[] = {"vi", "en"};

/// One language's catalogue: id -> text.
class MessageCatalog {
 public:
  /// Reads a catalogue file (<messages lang="..."><message id="...">text</message>...). Problems
  /// (unreadable file, malformed XML, a message without id, an id given twice) go to `problems`
  /// as "path:line:col: reason" lines. Returns false when the file could not be used at all.
  bool Load(const std::string& path, std::vector<std::string>& problems);
  /// The same from bytes in memory; `path` names it in problems.
  bool LoadBuffer(const std::string& path, std::string bytes, std::vector<std::string>& problems);

  const std::string& lang() const { return lang_; }
  /// The raw text of `id`, or nullptr when the catalogue has none.
  const std::string* Find(std::string_view id) const;
  /// The text of `id` with its placeholders filled. An id the catalogue lacks comes out as
  /// "{id}(name=value, ...)", visible and testable rather than silently empty.
  std::string Format(std::string_view id, const MessageArgs& args = {}) const;
  /// Every id, sorted.
  std::vector<std::string> Ids() const;

 private:
  std::string lang_;
  std::map<std::string, std::string, std::less<>> texts_;
};

/// Replaces {name} placeholders with the arguments' values; "{{" and "}}" are literal braces;
/// unknown placeholders stay as written.
std::string FillPlaceholders(std::string_view text, const MessageArgs& args);
/// The same with values that are views, for the texts made once per model object (no copies).
std::string FillPlaceholders(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> args);
/// The placeholder names a text uses, in order of appearance.
std::vector<std::string> PlaceholdersOf(std::string_view text);

/// The catalogue of `lang` ("vi" or "en"; anything else is English), loaded once per process
/// from the data directory (model/data_files.h). Thread-safe.
const MessageCatalog& Messages(std::string_view lang);
/// Shorthand for Messages(lang).Format(id, args).
std::string Text(std::string_view lang, std::string_view id, const MessageArgs& args = {});

/// A profile value (eaf:level, eaf:state) by its label `prefix + value` in `lang`, e.g.
/// ValueLabel("vi", "view.level.", "ministry") is "cấp bộ"; a value the catalogue does not label
/// (a typo, an empty value) is returned as written, so that the user sees what the model says.
std::string ValueLabel(std::string_view lang, std::string_view prefix, const std::string& value);

/// A sentence not yet in words: a catalogue id and its values, e.g. why a helper failed.
struct MessageRef {
  std::string id;
  MessageArgs arguments;
};
/// The sentence `message` in `lang`.
std::string Text(std::string_view lang, const MessageRef& message);

/// Fills `message` of every diagnostic that carries a message id, in `lang`.
void Localize(std::vector<Diagnostic>& diagnostics, std::string_view lang);
void Localize(Diagnostic& diagnostic, std::string_view lang);

}  // namespace eaf::model
