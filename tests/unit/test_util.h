#pragma once
// Helpers for unit tests: load inline XML and render its diagnostics as the CLI would.

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "model/diagnostic_format.h"
#include "model/loader.h"

namespace eaf::test {

/// Loads `xml` as file `path` into a finished workspace.
inline model::Workspace LoadXml(const std::string& xml, const std::string& path = "t.xml",
                                const model::LoadOptions& options = {}) {
  model::Workspace workspace;
  workspace.Add(model::LoadBuffer(path, xml, options));
  workspace.Finish();
  return workspace;
}

/// Every load diagnostic as the text lines the CLI prints.
inline std::string DiagnosticText(const model::Workspace& workspace) {
  std::string text;
  for (const auto& diagnostic : workspace.diagnostics) text += model::FormatDiagnosticText(workspace.files, diagnostic, "en");
  return text;
}

/// Runs the whole CLI in-process.
struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};
inline CliRun RunCli(std::vector<std::string> args) {
  std::vector<const char*> argv{"eaf"};
  for (const auto& arg : args) argv.push_back(arg.c_str());
  std::ostringstream out, err;
  const int code = cli::Main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

/// An exchange-format document around `elements` and `relationships` XML, with the profile's
/// property definitions (p-level, p-agency, p-kind, p-owner, p-sec, p-subject, p-just, p-waive, p-waive-by, p-waive-until,
/// p-service, p-code, p-state, p-framework, p-approval, p-approval-date) and the given model-level <property> elements.
inline std::string ExchangeModel(const std::string& elements, const std::string& relationships = "",
                                 const std::string& model_properties = "") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m1\">\n"
      "  <name xml:lang=\"vi\">Mô hình thử</name>\n";
  if (!model_properties.empty()) xml += "  <properties>" + model_properties + "</properties>\n";
  xml += "  <elements>\n" + elements + "  </elements>\n";
  if (!relationships.empty()) xml += "  <relationships>\n" + relationships + "  </relationships>\n";
  xml +=
      "  <propertyDefinitions>\n"
      "    <propertyDefinition identifier=\"p-level\" type=\"string\"><name>eaf:level</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-agency\" type=\"string\"><name>eaf:agency</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-kind\" type=\"string\"><name>eaf:kind</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-owner\" type=\"string\"><name>eaf:owner</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-sec\" type=\"string\"><name>eaf:security-level</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-subject\" type=\"string\"><name>eaf:subject</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-just\" type=\"string\"><name>eaf:justification</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-waive\" type=\"string\"><name>eaf:waive</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-waive-by\" type=\"string\"><name>eaf:waive-approved-by</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-waive-until\" type=\"string\"><name>eaf:waive-until</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-service\" type=\"string\"><name>eaf:service-level</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-code\" type=\"string\"><name>eaf:code</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-state\" type=\"string\"><name>eaf:state</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-framework\" type=\"string\"><name>eaf:framework</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-approval\" type=\"string\"><name>eaf:security-approval</name></propertyDefinition>\n"
      "    <propertyDefinition identifier=\"p-approval-date\" type=\"string\"><name>eaf:security-approval-date</name></propertyDefinition>\n"
      "  </propertyDefinitions>\n"
      "</model>\n";
  return xml;
}

}  // namespace eaf::test
