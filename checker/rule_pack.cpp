#include "checker/rule_pack.h"

#include <pugixml.hpp>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <set>

#include "model/source_text.h"
#include "model/text_util.h"

#ifndef EAF_DATA_DIR
#define EAF_DATA_DIR "/usr/local/share/eaf"
#endif

namespace eaf::checker {
namespace {

struct PackReader {
  RulePack& pack;
  std::vector<model::Diagnostic>& diagnostics;
  model::LineLocator locator;
  bool ok = true;

  model::SourceLocation Locate(pugi::xml_node node) {
    model::SourceLocation location;
    const std::ptrdiff_t offset = node.offset_debug();
    location.offset = offset > 0 ? static_cast<std::uint64_t>(offset - 1) : 0;
    locator.Resolve(location);
    return location;
  }

  void Error(std::string_view id, std::string message, pugi::xml_node node) {
    model::Diagnostic diagnostic;
    diagnostic.rule_id = std::string(id);
    diagnostic.severity = model::Severity::kError;
    diagnostic.message = std::move(message);
    diagnostic.location = node ? Locate(node) : model::SourceLocation{0, 1, 1, 0};
    diagnostics.push_back(std::move(diagnostic));
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

  void ReadRule(pugi::xml_node node, std::set<std::string>& seen) {
    RuleDefinition rule;
    rule.location = Locate(node);
    rule.id = node.attribute("id").value();
    rule.template_name = node.attribute("template").value();
    if (rule.id.empty()) return Error("PACK-002", "a <rule> has no id attribute", node);
    if (!seen.insert(rule.id).second) return Error("PACK-005", "rule id '" + rule.id + "' is defined twice", node);
    if (rule.template_name.empty()) {
      return Error("PACK-002", "rule " + rule.id + " has no template attribute", node);
    }
    const std::string_view severity = node.attribute("severity").value();
    if (!model::ParseSeverity(severity, rule.severity)) {
      return Error("PACK-004",
                   "rule " + rule.id + " has severity '" + std::string(severity) + "'; use error, warning or info",
                   node);
    }
    if (pugi::xml_attribute order = node.attribute("todo-order")) {
      const std::string_view text = order.value();
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), rule.todo_order);
      if (error != std::errc() || end != text.data() + text.size()) {
        return Error("PACK-004", "rule " + rule.id + " has todo-order '" + std::string(text) + "'; use a whole number", node);
      }
    }
    ReadBilingual(node, "title", rule.title);
    ReadBilingual(node, "message", rule.message);
    ReadBilingual(node, "rationale", rule.rationale);
    rule.source = model::Trim(node.child("source").text().get());
    rule.example = node.child("example").text().get();
    rule.unconfirmed = std::string_view(node.attribute("confidence").value()) == "unconfirmed";
    if (rule.message.vi.empty() || rule.message.en.empty()) {
      return Error("PACK-002", "rule " + rule.id + " needs a <message lang=\"vi\"> and a <message lang=\"en\">", node);
    }
    if (rule.source.empty()) {
      return Error("PACK-002", "rule " + rule.id + " has no <source>: every rule cites what it rests on", node);
    }
    for (pugi::xml_node parameter : node.children("param")) {
      const std::string name = parameter.attribute("name").value();
      if (name.empty()) return Error("PACK-002", "a <param> of rule " + rule.id + " has no name", parameter);
      rule.parameters.push_back({name, std::string(model::Trim(parameter.text().get())), Locate(parameter)});
    }
    pack.rules.push_back(std::move(rule));
  }
};

}  // namespace

bool LoadRulePack(const std::string& path, RulePack& pack, std::vector<model::Diagnostic>& diagnostics) {
  std::string bytes, message;
  if (model::ReadFileBytes(path, 16u << 20, bytes, message) != model::ReadStatus::kOk) {
    pack = RulePack{};
    pack.path = path;
    model::SourceFile file;
    file.path = path;
    pack.files.push_back(file);
    diagnostics.push_back({"PACK-001", model::Severity::kError, "cannot read the rule pack: " + message, {0, 1, 1, 0}, {}, {}});
    return false;
  }
  return LoadRulePackBuffer(path, std::move(bytes), pack, diagnostics);
}

bool LoadRulePackBuffer(const std::string& path, std::string bytes, RulePack& pack, std::vector<model::Diagnostic>& diagnostics) {
  pack = RulePack{};
  pack.path = path;
  pack.directory = std::filesystem::path(path).parent_path().string();
  if (pack.directory.empty()) pack.directory = ".";
  model::SourceFile file;
  file.path = path;
  pack.files.push_back(file);
  const std::size_t before = diagnostics.size();
  auto fail = [&](std::string_view id, std::string text, model::SourceLocation location = {0, 1, 1, 0}) {
    diagnostics.push_back({std::string(id), model::Severity::kError, std::move(text), location, {}, {}});
    return false;
  };
  if (model::FindInvalidUtf8(bytes) != std::string::npos) return fail("PACK-001", "the rule pack is not valid UTF-8");
  model::LineLocator locator(bytes);
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    return fail("PACK-001", std::string("malformed XML in the rule pack: ") + result.description(),
                locator.At(static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0))));
  }
  pugi::xml_node root = document.document_element();
  PackReader reader{pack, diagnostics, locator};
  if (std::string_view(root.name()) != "rule-pack") {
    reader.Error("PACK-001", "the root element of a rule pack is <rule-pack>, not <" + std::string(root.name()) + ">", root);
    return false;
  }
  pack.id = root.attribute("id").value();
  pack.version = root.attribute("version").value();
  pack.framework = root.attribute("framework").value();
  reader.ReadBilingual(root, "title", pack.title);
  std::set<std::string> seen;
  for (pugi::xml_node rule : root.children("rule")) reader.ReadRule(rule, seen);
  if (pack.rules.empty() && reader.ok) reader.Error("PACK-002", "the rule pack holds no <rule>", root);
  return reader.ok && diagnostics.size() == before;
}

std::string FindDefaultPack(std::string_view name) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  std::vector<fs::path> candidates;
  if (!error) {
    candidates.push_back(self.parent_path() / "rules" / name);
    candidates.push_back(self.parent_path().parent_path() / "share" / "eaf" / "rules" / name);
  }
  candidates.push_back(fs::path(EAF_DATA_DIR) / "rules" / name);
  for (const fs::path& candidate : candidates) {
    if (fs::is_regular_file(candidate, error)) return candidate.string();
  }
  return {};
}

bool ResolvePackFile(const RulePack& pack, const std::string& name, std::string& path, std::string& error) {
  namespace fs = std::filesystem;
  // A pack may only name files beside it: no absolute paths, no way up, no links out.
  const fs::path relative(name);
  if (name.empty() || relative.is_absolute() || name.find("..") != std::string::npos) {
    error = "'" + name + "' is not a file name inside the rule pack's folder";
    return false;
  }
  std::error_code code;
  const fs::path folder = fs::weakly_canonical(pack.directory, code);
  const fs::path resolved = fs::weakly_canonical(fs::path(pack.directory) / relative, code);
  const std::string folder_text = folder.string() + "/";
  if (code || resolved.string().rfind(folder_text, 0) != 0) {
    error = "'" + name + "' leads outside the rule pack's folder";
    return false;
  }
  if (!fs::is_regular_file(resolved, code)) {
    error = "'" + name + "' is not a file in the rule pack's folder";
    return false;
  }
  path = resolved.string();
  return true;
}

}  // namespace eaf::checker
