#pragma once
// Helpers for rule template tests: compile a one-rule pack written inline, run it on an inline
// model, and get the findings as the text lines eaf check prints.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "checker/engine.h"
#include "model/diagnostic_format.h"
#include "model/messages.h"
#include "review/export/check_report.h"
#include "test_util.h"

namespace eaf::test {

/// A pack of one rule: `rule_xml` is the <rule> element. Written to a temporary folder beside a
/// copy of the relationship table, so file parameters resolve as in the real pack.
inline std::string WritePack(const std::string& rule_xml, const std::string& name = "pack.xml") {
  namespace fs = std::filesystem;
  // One folder per process: ctest -j runs test cases as parallel processes.
  const fs::path folder = fs::temp_directory_path() / ("eaf-template-tests-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  fs::copy_file(EAF_SOURCE_DIR "/rules/archimate-3.1-relationships.xml", folder / "archimate-3.1-relationships.xml",
                fs::copy_options::overwrite_existing);
  const fs::path path = folder / name;
  std::ofstream(path) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rule-pack id=\"test\" version=\"1\" framework=\"2.0\">\n"
                      << rule_xml << "\n</rule-pack>\n";
  return path.string();
}

/// A rule element with both messages set to `message` and a source.
inline std::string Rule(const std::string& id, const std::string& template_name, const std::string& severity,
                        const std::string& message, const std::string& parameters) {
  return "<rule id=\"" + id + "\" template=\"" + template_name + "\" severity=\"" + severity + "\">\n" +
         "  <message lang=\"vi\">" + message + "</message>\n  <message lang=\"en\">" + message + "</message>\n" +
         "  <source>test</source>\n" + parameters + "\n</rule>";
}

/// Runs a one-rule pack on `workspace`; returns the findings as text lines (waived ones included,
/// marked) or the pack's diagnostics when it does not compile.
inline std::string RunRule(const std::string& rule_xml, const model::Workspace& workspace, const std::string& lang = "en") {
  checker::RulePack pack;
  std::vector<model::Diagnostic> diagnostics;
  checker::Checker checker;
  const std::string path = WritePack(rule_xml);
  if (!checker::LoadRulePack(path, pack, diagnostics) || !checker::Checker::Compile(pack, checker, diagnostics)) {
    std::string text;
    for (const auto& diagnostic : diagnostics) text += model::FormatDiagnosticText(pack.files, diagnostic, "en");
    return "PACK ERROR:\n" + text;
  }
  checker::CheckOptions options;
  options.lang = lang;
  const checker::CheckReport report = checker.Run(workspace, options);
  std::string text;
  for (const auto& finding : report.findings) {
    if (finding.waived) text += "[waived: " + finding.waiver_reason + "] ";
    text += model::FormatDiagnosticText(workspace.files, finding.diagnostic, lang);
  }
  return text;
}

/// The label of a kind in `lang`, as the catalogue gives it (notes name kinds by their labels).
inline std::string KindLabel(const std::string& lang, const std::string& kind) { return model::Text(lang, "kind." + kind); }

/// A property element for ExchangeModel's definitions (p-level, p-agency, p-kind, p-owner, p-sec).
inline std::string Prop(const std::string& definition, const std::string& value) {
  return "<property propertyDefinitionRef=\"" + definition + "\"><value>" + value + "</value></property>";
}

/// Model-level properties of a province model of agency PTO.
inline std::string Province() { return Prop("p-level", "province") + Prop("p-agency", "PTO"); }

/// The folder WritePack writes packs to (one per process).
inline std::filesystem::path PackFolder() { return std::filesystem::path(WritePack("", "folder-probe.xml")).parent_path(); }

/// RunRule's pack errors without the temporary folder, so whole lines can be compared.
inline std::string PackError(std::string text) {
  const std::string folder = PackFolder().string() + "/";
  for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder)) text.erase(at, folder.size());
  return text;
}

/// One element per line (`    <element ...>` at column 5), with a name, a kind and an owner.
inline std::string NamedElement(const std::string& id, const std::string& name, const std::string& kind, const std::string& owner = "",
                           const std::string& type = "ApplicationComponent", const std::string& extra = "") {
  std::string properties = (kind.empty() ? "" : Prop("p-kind", kind)) + (owner.empty() ? "" : Prop("p-owner", owner)) + extra;
  return "    <element identifier=\"" + id + "\" xsi:type=\"" + type + "\"><name>" + name + "</name>" +
         (properties.empty() ? "" : "<properties>" + properties + "</properties>") + "</element>\n";
}

/// One relationship per line.
inline std::string Relation(const std::string& id, const std::string& type, const std::string& source, const std::string& target,
                            const std::string& properties = "") {
  return "    <relationship identifier=\"" + id + "\" xsi:type=\"" + type + "\" source=\"" + source + "\" target=\"" + target +
         "\"" + (properties.empty() ? "/>\n" : "><properties>" + properties + "</properties></relationship>\n");
}

/// `xml` (an ExchangeModel document) with `views` (<view> elements, one element per line) in
/// <views><diagrams>, after the property definitions.
inline std::string WithViews(std::string xml, const std::string& views) {
  xml.insert(xml.rfind("</model>"), "  <views>\n    <diagrams>\n" + views + "    </diagrams>\n  </views>\n");
  return xml;
}

/// A <view> of the exchange format with its nodes and connections inside, one line each.
inline std::string View(const std::string& id, const std::string& name, const std::string& inside = "",
                        const std::string& viewpoint = "") {
  return "      <view identifier=\"" + id + "\" xsi:type=\"Diagram\"" + (viewpoint.empty() ? "" : " viewpoint=\"" + viewpoint + "\"") +
         "><name>" + name + "</name>\n" + inside + "      </view>\n";
}

/// A node showing element `element` (an empty element: a group); `inside` holds nested nodes.
inline std::string Node(const std::string& id, const std::string& element, const std::string& inside = "") {
  const std::string type = element.empty() ? "Container" : "Element";
  return "        <node identifier=\"" + id + "\" xsi:type=\"" + type + "\"" +
         (element.empty() ? "" : " elementRef=\"" + element + "\"") + " x=\"0\" y=\"0\" w=\"10\" h=\"10\"" +
         (inside.empty() ? "/>\n" : ">\n" + inside + "        </node>\n");
}

/// A connection drawing relationship `relationship` between two nodes.
inline std::string Connection(const std::string& id, const std::string& relationship, const std::string& source, const std::string& target) {
  return "        <connection identifier=\"" + id + "\" xsi:type=\"Relationship\" relationshipRef=\"" + relationship +
         "\" source=\"" + source + "\" target=\"" + target + "\"/>\n";
}

}  // namespace eaf::test
