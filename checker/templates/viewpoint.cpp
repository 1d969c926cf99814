// viewpoint: an element shown in a view whose viewpoint does not allow its type (ArchiMate 3.1
// viewpoints, a data file beside the pack), as Archi's Validator reports it.

#include <pugixml.hpp>

#include <bitset>
#include <cctype>
#include <map>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

using TypeSet = std::bitset<model::kElementTypeCount>;

// "Application Cooperation", "application_cooperation" and "ApplicationCooperation" are one key.
std::string ViewpointKey(std::string_view name) {
  std::string key;
  for (const char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

class Viewpoint final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "viewpoint"; }
  bool NeedsProfile() const override { return false; }
  std::string_view SummaryId() const override { return "check.template.viewpoint"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"viewpoints", ParameterType::kFile, true, "check.param.viewpoint.viewpoints"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "type", "view", "viewpoint"};
  }
  bool Configure(const Parameters& parameters, const RulePack& pack, std::string& error) override {
    std::string path;
    if (!ResolvePackFile(pack, parameters.String("viewpoints"), path, error)) return false;
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_file(path.c_str());
    if (!result) {
      error = "the viewpoint table " + path + " is not well-formed XML: " + result.description();
      return false;
    }
    std::map<std::string, TypeSet> groups;
    // Words are element types or @groups; false with `error` set on an unknown one.
    auto read_types = [&](std::string_view words, TypeSet& types) {
      std::size_t at = 0;
      while (at < words.size()) {
        const std::size_t end = std::min(words.find(' ', at), words.size());
        const std::string_view word = words.substr(at, end - at);
        at = end + 1;
        if (word.empty()) continue;
        if (word.front() == '@') {
          const auto group = groups.find(std::string(word.substr(1)));
          if (group == groups.end()) {
            error = "the viewpoint table names an unknown group '" + std::string(word) + "'";
            return false;
          }
          types |= group->second;
        } else if (const auto type = model::ParseElementType(word)) {
          types.set(static_cast<std::size_t>(*type));
        } else {
          error = "the viewpoint table names an unknown type '" + std::string(word) + "'";
          return false;
        }
      }
      return true;
    };
    const pugi::xml_node root = document.document_element();
    always_.reset();
    viewpoints_.clear();
    if (!read_types(root.child("always").attribute("types").value(), always_)) return false;
    for (pugi::xml_node group : root.children("group")) {
      if (!read_types(group.attribute("types").value(), groups[group.attribute("id").value()])) return false;
    }
    for (pugi::xml_node viewpoint : root.children("viewpoint")) {
      Allowed allowed;
      allowed.name = viewpoint.attribute("name").value();
      if (viewpoint.attribute("all").as_bool()) allowed.types.set();
      else if (!read_types(viewpoint.attribute("types").value(), allowed.types)) return false;
      allowed.types |= always_;
      viewpoints_[ViewpointKey(viewpoint.attribute("id").value())] = allowed;
      viewpoints_[ViewpointKey(allowed.name)] = allowed;
    }
    if (viewpoints_.empty()) {
      error = "the viewpoint table " + path + " holds no <viewpoint>";
      return false;
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters&, const FindingSink& sink) const override {
    const model::Workspace& workspace = context.workspace();
    const auto views = workspace.ViewsOf(file);
    for (std::size_t v = views.begin; v < views.end; ++v) {
      const model::View& view = workspace.views[v];
      if (view.viewpoint.empty()) continue;
      const auto allowed = viewpoints_.find(ViewpointKey(view.viewpoint));
      if (allowed == viewpoints_.end()) continue;  // a viewpoint of another version or tool
      for (const model::ViewNode& node : view.nodes) {
        const std::int32_t element = NodeElement(context, file, node);
        if (element < 0 || allowed->second.types.test(static_cast<std::size_t>(context.element(element).type))) continue;
        Finding finding = ElementFinding(context, element);
        finding.location = node.location;
        finding.element_ids.push_back(view.id);
        finding.arguments["type"] = std::string(model::ElementTypeName(context.element(element).type));
        finding.arguments["view"] = DescribeView(context, view);
        finding.arguments["viewpoint"] = allowed->second.name;
        sink(std::move(finding));
      }
    }
  }

 private:
  struct Allowed {
    std::string name;
    TypeSet types;
  };
  TypeSet always_;
  std::map<std::string, Allowed> viewpoints_;
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeViewpoint() { return std::make_unique<Viewpoint>(); }

}  // namespace eaf::checker::templates
