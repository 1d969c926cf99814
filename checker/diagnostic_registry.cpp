#include "checker/diagnostic_registry.h"

#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "model/data_files.h"
#include "model/source_text.h"
#include "model/text_util.h"

namespace eaf::checker {

std::string_view OriginName(DiagnosticOrigin origin) {
  switch (origin) {
    case DiagnosticOrigin::kLoader: return "loader";
    case DiagnosticOrigin::kPack: return "pack";
    case DiagnosticOrigin::kPolicy: return "policy";
    case DiagnosticOrigin::kRule: return "rule";
  }
  return "rule";
}

bool DiagnosticRegistry::LoadDefault(const RulePack* pack, std::vector<std::string>& problems) {
  const std::string path = model::FindDataFile("diagnostics.xml");
  if (path.empty()) {
    problems.push_back("diagnostics.xml: not found next to eaf (rules/) nor in the installed data directory");
    return false;
  }
  return Load(path, pack, problems);
}

bool DiagnosticRegistry::Load(const std::string& path, const RulePack* pack, std::vector<std::string>& problems) {
  entries_.clear();
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  model::LineLocator locator(bytes);
  auto where = [&](std::ptrdiff_t offset) {
    const model::SourceLocation location = locator.At(static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(offset, 0)));
    return path + ":" + std::to_string(location.line) + ":" + std::to_string(location.column) + ": ";
  };
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size());
  if (!in || !result || std::string_view(document.document_element().name()) != "diagnostics") {
    problems.push_back(where(result ? 0 : result.offset) + "not a diagnostics registry" +
                       (result ? std::string() : std::string(": ") + result.description()));
    return false;
  }
  bool ok = true;
  for (const pugi::xml_node node : document.document_element().children("diagnostic")) {
    DiagnosticInfo info;
    info.id = node.attribute("id").value();
    info.fatal = node.attribute("fatal").as_bool();
    info.doc = node.attribute("doc").value();
    const std::string id = info.id;
    info.origin = id.starts_with("PACK-") ? DiagnosticOrigin::kPack
                  : id.starts_with("POL-") || id.starts_with("CHK-") ? DiagnosticOrigin::kPolicy
                                           : DiagnosticOrigin::kLoader;
    if (info.id.empty() || !model::ParseSeverity(node.attribute("severity").value(), info.severity)) {
      problems.push_back(where(node.offset_debug() - 1) + "a <diagnostic> needs an id and a severity (error, warning, info)");
      ok = false;
      continue;
    }
    entries_.push_back(std::move(info));
  }
  if (pack) {
    for (const RuleDefinition& rule : pack->rules) {
      DiagnosticInfo info;
      info.id = rule.id;
      info.severity = rule.severity;
      info.origin = DiagnosticOrigin::kRule;
      info.doc = "docs/rules/" + rule.template_name + ".md";
      info.rule = &rule;
      if (rule.template_name == "loader-diagnostic") {
        for (const RawParameter& parameter : rule.parameters) {
          if (parameter.name == "diagnostic") info.mapped_by = parameter.value;
        }
      }
      // A pack rule of the same id as one of eaf's own takes its place.
      std::erase_if(entries_, [&](const DiagnosticInfo& entry) { return entry.id == info.id; });
      entries_.push_back(std::move(info));
    }
  }
  std::sort(entries_.begin(), entries_.end(), [](const DiagnosticInfo& a, const DiagnosticInfo& b) { return a.id < b.id; });
  return ok;
}

const DiagnosticInfo* DiagnosticRegistry::Find(std::string_view id) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                             [](const DiagnosticInfo& entry, std::string_view key) { return entry.id < key; });
  return it != entries_.end() && it->id == id ? &*it : nullptr;
}

bool DiagnosticRegistry::Matches(std::string_view glob) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const DiagnosticInfo& entry) { return model::GlobMatch(glob, entry.id); });
}

std::string DiagnosticRegistry::Suggest(std::string_view word) const {
  std::vector<std::string_view> ids;
  for (const DiagnosticInfo& entry : entries_) ids.push_back(entry.id);
  // A glob's typo is usually in its fixed part: compare that ("NOPE-*" -> "NOPE-").
  const std::string_view fixed = word.substr(0, std::min(word.find_first_of("*?"), word.size()));
  std::string_view best = model::ClosestMatch(word, ids);
  if (best.empty() && !fixed.empty() && fixed.size() < word.size()) {
    // Suggest the closest family, keeping the glob's tail ("SEK-*" -> "SEC-*").
    std::string family;
    std::size_t best_distance = 3;
    for (const std::string_view id : ids) {
      const std::string_view head = id.substr(0, std::min(id.size(), fixed.size()));
      const std::size_t distance = model::EditDistance(head, fixed, 2);
      if (distance > 0 && distance < best_distance) {
        best_distance = distance;
        family = std::string(head);
      }
    }
    if (!family.empty()) return family + std::string(word.substr(fixed.size()));
  }
  return std::string(best);
}

}  // namespace eaf::checker
