#include "checker/rule_pack.h"

#include <pugixml.hpp>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>

#include "model/data_files.h"
#include "model/messages.h"
#include "model/source_text.h"
#include "model/text_util.h"

namespace eaf::checker {

model::Diagnostic PackError(std::string_view id, std::string_view message_id, model::MessageArgs arguments,
                            const model::SourceLocation& location) {
  model::Diagnostic diagnostic;
  diagnostic.rule_id = std::string(id);
  diagnostic.severity = model::Severity::kError;
  diagnostic.location = location;
  diagnostic.message_id = std::string(message_id);
  diagnostic.arguments = std::move(arguments);
  return diagnostic;
}

namespace {

// Where each rule id came from while a pack and its includes are read: its place in pack.rules
// and the include depth of the file that defined it (0: the pack itself).
using RuleOrigins = std::map<std::string, std::pair<std::size_t, int>>;

struct PackReader {
  RulePack& pack;
  std::vector<model::Diagnostic>& diagnostics;
  model::LineLocator locator;
  bool ok = true;
  std::uint32_t file = 0;  ///< index of the file being read in pack.files
  int depth = 0;           ///< include depth of that file

  model::SourceLocation Locate(pugi::xml_node node) {
    model::SourceLocation location;
    const std::ptrdiff_t offset = node.offset_debug();
    location.offset = offset > 0 ? static_cast<std::uint64_t>(offset - 1) : 0;
    location.file = file;
    locator.Resolve(location);
    return location;
  }

  void Error(std::string_view id, std::string_view message_id, model::MessageArgs arguments, pugi::xml_node node) {
    const model::SourceLocation location = node ? Locate(node) : model::SourceLocation{file, 1, 1, 0};
    diagnostics.push_back(PackError(id, message_id, std::move(arguments), location));
    ok = false;
  }

  void ReadBilingual(pugi::xml_node rule, const char* element, Bilingual& text) {
    for (pugi::xml_node child : rule.children(element)) {
      const std::string_view lang = child.attribute("lang").value();
      std::string value(model::Trim(child.text().get()));
      if (lang == "en") text.en = std::move(value);
      else text.vi = std::move(value);  // Vietnamese is the default language of a pack
    }
  }

  void ReadRule(pugi::xml_node node, RuleOrigins& origins) {
    RuleDefinition rule;
    rule.location = Locate(node);
    rule.id = node.attribute("id").value();
    rule.template_name = node.attribute("template").value();
    if (rule.id.empty()) return Error("PACK-002", "pack.rule.no-id", {}, node);
    // A pack overrides a rule of a pack it includes; the same id twice at one level is an error.
    std::size_t replace = pack.rules.size();
    if (const auto seen = origins.find(rule.id); seen != origins.end()) {
      if (seen->second.second == depth) return Error("PACK-005", "pack.rule.duplicate-id", {{"rule", rule.id}}, node);
      if (seen->second.second < depth) return;  // an including pack already said what this rule is
      replace = seen->second.first;
    }
    if (rule.template_name.empty()) return Error("PACK-002", "pack.rule.no-template", {{"rule", rule.id}}, node);
    const std::string_view severity = node.attribute("severity").value();
    if (!model::ParseSeverity(severity, rule.severity)) {
      return Error("PACK-004", "pack.rule.bad-severity", {{"rule", rule.id}, {"severity", std::string(severity)}}, node);
    }
    if (pugi::xml_attribute order = node.attribute("todo-order")) {
      const std::string_view text = order.value();
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), rule.todo_order);
      if (error != std::errc() || end != text.data() + text.size()) {
        return Error("PACK-004", "pack.rule.bad-todo-order", {{"rule", rule.id}, {"value", std::string(text)}}, node);
      }
    }
    ReadBilingual(node, "title", rule.title);
    ReadBilingual(node, "message", rule.message);
    ReadBilingual(node, "rationale", rule.rationale);
    rule.source = model::Trim(node.child("source").text().get());
    for (pugi::xml_node act : node.child("source").children("act")) {
      LegalAct legal{act.attribute("id").value(), act.attribute("date").value()};
      if (legal.id.empty() || !IsActDate(legal.date)) {
        return Error("PACK-004", "pack.rule.bad-act", {{"rule", rule.id}, {"act", legal.id}, {"date", legal.date}}, act);
      }
      rule.acts.push_back(std::move(legal));
    }
    rule.example = node.child("example").text().get();
    rule.unconfirmed = std::string_view(node.attribute("confidence").value()) == "unconfirmed";
    if (rule.message.vi.empty() || rule.message.en.empty()) {
      return Error("PACK-002", "pack.rule.no-message", {{"rule", rule.id}}, node);
    }
    if (rule.source.empty()) return Error("PACK-002", "pack.rule.no-source", {{"rule", rule.id}}, node);
    for (pugi::xml_node parameter : node.children("param")) {
      const std::string name = parameter.attribute("name").value();
      if (name.empty()) return Error("PACK-002", "pack.rule.param-no-name", {{"rule", rule.id}}, parameter);
      rule.parameters.push_back({name, std::string(model::Trim(parameter.text().get())), Locate(parameter)});
    }
    origins[rule.id] = {replace, depth};
    if (replace < pack.rules.size()) pack.rules[replace] = std::move(rule);
    else pack.rules.push_back(std::move(rule));
  }
};

// PACK-001: why the pack's file could not be read.
model::Diagnostic ReadError(model::ReadStatus status, const model::ReadFailure& failure, std::uint64_t limit) {
  const model::SourceLocation whole_file{0, 1, 1, 0};
  switch (status) {
    case model::ReadStatus::kTooLarge:
      return PackError("PACK-001", "pack.too-large",
                       {{"size", std::to_string(failure.size)}, {"limit", std::to_string(limit)}}, whole_file);
    case model::ReadStatus::kIsDirectory: return PackError("PACK-001", "pack.read-failed.directory", {}, whole_file);
    case model::ReadStatus::kNotRegularFile: return PackError("PACK-001", "pack.read-failed.not-regular", {}, whole_file);
    case model::ReadStatus::kIncomplete: return PackError("PACK-001", "pack.read-failed.incomplete", {}, whole_file);
    case model::ReadStatus::kOk:
    case model::ReadStatus::kNotFound:
    case model::ReadStatus::kError: break;
  }
  return PackError("PACK-001", "pack.read-failed", {{"reason", failure.system_reason}}, whole_file);
}

// The pack's diagnostics come with English words; a caller speaking another language localizes
// them again (they keep their message ids).
bool InEnglish(bool ok, std::vector<model::Diagnostic>& diagnostics, std::size_t from) {
  for (std::size_t i = from; i < diagnostics.size(); ++i) model::Localize(diagnostics[i], "en");
  return ok;
}

constexpr std::uint64_t kMaxPackBytes = 16u << 20;
constexpr int kMaxIncludeDepth = 16;

bool ReadPackFile(std::string bytes, std::uint32_t file, int depth, RulePack& pack,
                  RuleOrigins& origins, std::vector<std::string>& chain, std::vector<model::Diagnostic>& diagnostics);

// <include pack="NAME"/>: the rules of another pack, a file in this pack's folder, read in place.
bool ReadInclude(PackReader& reader, pugi::xml_node include, RuleOrigins& origins, std::vector<std::string>& chain) {
  const std::string name = include.attribute("pack").value();
  std::string path;
  switch (FindPackFile(reader.pack, name, path)) {
    case PackFileProblem::kNone: break;
    case PackFileProblem::kNotAName: reader.Error("PACK-001", "pack.include.not-a-name", {{"name", name}}, include); return false;
    case PackFileProblem::kOutside: reader.Error("PACK-001", "pack.file.outside", {{"name", name}}, include); return false;
    case PackFileProblem::kNotAFile: reader.Error("PACK-001", "pack.file.missing", {{"name", name}}, include); return false;
  }
  if (std::find(chain.begin(), chain.end(), path) != chain.end() || reader.depth + 1 > kMaxIncludeDepth) {
    reader.Error("PACK-001", "pack.include.cycle", {{"name", name}}, include);
    return false;
  }
  std::string bytes;
  model::ReadFailure failure;
  if (model::ReadFileBytes(path, kMaxPackBytes, bytes, failure) != model::ReadStatus::kOk) {
    reader.Error("PACK-001", "pack.file.missing", {{"name", name}}, include);
    return false;
  }
  model::SourceFile file;
  file.path = (std::filesystem::path(reader.pack.path).parent_path() / name).string();
  reader.pack.files.push_back(file);
  const auto index = static_cast<std::uint32_t>(reader.pack.files.size() - 1);
  chain.push_back(path);
  const bool ok = ReadPackFile(std::move(bytes), index, reader.depth + 1, reader.pack, origins, chain, reader.diagnostics);
  chain.pop_back();
  if (!ok) reader.ok = false;
  return ok;
}

// One pack file (the pack itself at depth 0, or one it includes) into `pack`.
bool ReadPackFile(std::string bytes, std::uint32_t file, int depth, RulePack& pack,
                  RuleOrigins& origins, std::vector<std::string>& chain, std::vector<model::Diagnostic>& diagnostics) {
  const std::size_t before = diagnostics.size();
  auto fail = [&](std::string_view message_id, model::MessageArgs arguments,
                  model::SourceLocation location = {0, 1, 1, 0}) {
    location.file = file;
    diagnostics.push_back(PackError("PACK-001", message_id, std::move(arguments), location));
    return false;
  };
  if (model::FindInvalidUtf8(bytes) != std::string::npos) return fail("pack.not-utf8", {});
  model::LineLocator locator(bytes);
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    return fail("pack.malformed-xml", {{"reason", result.description()}},
                locator.At(static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0))));
  }
  pugi::xml_node root = document.document_element();
  PackReader reader{pack, diagnostics, locator, true, file, depth};
  if (std::string_view(root.name()) != "rule-pack") {
    reader.Error("PACK-001", "pack.wrong-root", {{"root", root.name()}}, root);
    return false;
  }
  if (depth == 0) {
    pack.id = root.attribute("id").value();
    pack.version = root.attribute("version").value();
    pack.framework = root.attribute("framework").value();
    reader.ReadBilingual(root, "title", pack.title);
    if (pugi::xml_node validity = root.child("validity")) {
      pack.valid_from = validity.attribute("from").value();
      pack.valid_until = validity.attribute("until").value();
      for (const std::string* day : {&pack.valid_from, &pack.valid_until}) {
        if (!day->empty() && (day->size() != 10 || !IsActDate(*day))) {
          reader.Error("PACK-004", "pack.bad-validity", {{"date", *day}}, validity);
        }
      }
    }
  }
  for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = child.name();
    if (name == "include") ReadInclude(reader, child, origins, chain);
    else if (name == "rule") reader.ReadRule(child, origins);
  }
  if (pack.rules.empty() && reader.ok && depth == 0) reader.Error("PACK-002", "pack.no-rules", {}, root);
  return reader.ok && diagnostics.size() == before;
}

// The pack from its bytes, its diagnostics as message ids.
bool ReadRulePackBuffer(const std::string& path, std::string bytes, RulePack& pack, std::vector<model::Diagnostic>& diagnostics) {
  pack = RulePack{};
  pack.path = path;
  pack.directory = std::filesystem::path(path).parent_path().string();
  if (pack.directory.empty()) pack.directory = ".";
  model::SourceFile file;
  file.path = path;
  pack.files.push_back(file);
  RuleOrigins origins;
  std::error_code error;
  std::vector<std::string> chain{std::filesystem::weakly_canonical(path, error).string()};
  return ReadPackFile(std::move(bytes), 0, 0, pack, origins, chain, diagnostics);
}

}  // namespace

bool LoadRulePack(const std::string& path, RulePack& pack, std::vector<model::Diagnostic>& diagnostics) {
  std::string bytes;
  model::ReadFailure failure;
  const model::ReadStatus status = model::ReadFileBytes(path, kMaxPackBytes, bytes, failure);
  if (status != model::ReadStatus::kOk) {
    pack = RulePack{};
    pack.path = path;
    model::SourceFile file;
    file.path = path;
    pack.files.push_back(file);
    diagnostics.push_back(ReadError(status, failure, kMaxPackBytes));
    return InEnglish(false, diagnostics, diagnostics.size() - 1);
  }
  return LoadRulePackBuffer(path, std::move(bytes), pack, diagnostics);
}

bool LoadRulePackBuffer(const std::string& path, std::string bytes, RulePack& pack, std::vector<model::Diagnostic>& diagnostics) {
  const std::size_t before = diagnostics.size();
  return InEnglish(ReadRulePackBuffer(path, std::move(bytes), pack, diagnostics), diagnostics, before);
}

bool IsActDate(std::string_view date) {
  const auto number = [&](std::size_t at, std::size_t length, int low, int high) {
    int value = 0;
    const auto [end, error] = std::from_chars(date.data() + at, date.data() + at + length, value);
    return error == std::errc() && end == date.data() + at + length && value >= low && value <= high;
  };
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!number(0, 4, 1000, 9999)) return false;
  if (date.size() >= 7 && (date[4] != '-' || !number(5, 2, 1, 12))) return false;
  if (date.size() == 10 && (date[7] != '-' || !number(8, 2, 1, 31))) return false;
  return true;
}

std::string LatestDay(std::string_view date) {
  if (date.size() == 4) return std::string(date) + "-12-31";
  if (date.size() == 7) return std::string(date) + "-31";  // compared as text: no month has a later day
  return std::string(date);
}

std::string FindDefaultPack(std::string_view name) { return model::FindDataFile(name); }

PackFileProblem FindPackFile(const RulePack& pack, const std::string& name, std::string& path) {
  namespace fs = std::filesystem;
  // A pack may only name files beside it: no absolute paths, no way up, no links out.
  const fs::path relative(name);
  if (name.empty() || relative.is_absolute() || name.find("..") != std::string::npos) return PackFileProblem::kNotAName;
  std::error_code code;
  const fs::path folder = fs::weakly_canonical(pack.directory, code);
  const fs::path resolved = fs::weakly_canonical(fs::path(pack.directory) / relative, code);
  const std::string folder_text = folder.string() + "/";
  if (code || resolved.string().rfind(folder_text, 0) != 0) return PackFileProblem::kOutside;
  if (!fs::is_regular_file(resolved, code)) return PackFileProblem::kNotAFile;
  path = resolved.string();
  return PackFileProblem::kNone;
}

bool ResolvePackFile(const RulePack& pack, const std::string& name, std::string& path, std::string& error) {
  const char* message_id = nullptr;
  switch (FindPackFile(pack, name, path)) {
    case PackFileProblem::kNone: return true;
    case PackFileProblem::kNotAName: message_id = "pack.file.not-a-name"; break;
    case PackFileProblem::kOutside: message_id = "pack.file.outside"; break;
    case PackFileProblem::kNotAFile: message_id = "pack.file.missing"; break;
  }
  error = model::Text("en", message_id, {{"name", name}});
  return false;
}

}  // namespace eaf::checker