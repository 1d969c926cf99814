// single-owner: across the federation, at most one agency owns an element of the given kinds,
// or of a given kind with the same value of a property: one NGSP, one document axis, one
// National Public Service Portal nationally; no two agencies master the same national data.

#include <map>
#include <tuple>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class SingleOwner final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "single-owner"; }
  std::string_view SummaryId() const override { return "check.template.single-owner"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"kinds", ParameterType::kKinds, true, "check.param.single-owner.kinds"},
            {"per-property", ParameterType::kString, false, "check.param.single-owner.per-property"}};
  }
  std::vector<std::string_view> Placeholders() const override { return {"element", "kind", "kind-label", "owner", "value", "other"}; }
  bool Federated() const override { return true; }
  void Check(const CheckContext&, std::uint32_t, const Parameters&, const FindingSink&) const override {}
  void CheckFederation(const CheckContext& context, const Parameters& parameters, const FindingSink& sink) const override {
    const Federation& federation = context.federation();
    const std::string& per_property = parameters.String("per-property");
    // (group, kind, value) -> first owned element.
    std::map<std::tuple<std::string, std::string, std::string>, std::int32_t> first;
    const auto& elements = context.workspace().elements;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = elements[i];
      if (!KindMatchesAny(element.kind, parameters.List("kinds")) || !federation.Defines(context.workspace(), index)) continue;
      if (federation.IsCopy(element.location.file)) continue;
      std::string value;
      if (!per_property.empty()) {
        const std::string* found = element.FindProperty(per_property);
        if (!found || found->empty()) continue;
        value = *found;
      }
      for (const std::string& group : federation.GroupsOf(element.location.file)) {
        auto [it, inserted] = first.emplace(std::make_tuple(group, element.kind, value), index);
        if (inserted) continue;
        const model::Element& other = elements[it->second];
        // One agency in one file, or an agency and the national register's entry for its system.
        if (other.owner == element.owner &&
            (other.location.file == element.location.file || IsRegisterEntry(context.workspace(), other) ||
             IsRegisterEntry(context.workspace(), element))) {
          continue;
        }
        Report(context, index, it->second, value, sink);
        break;  // one finding per element, whatever the number of groups
      }
    }
  }

 private:
  static void Report(const CheckContext& context, std::int32_t index, std::int32_t first, const std::string& value,
                     const FindingSink& sink) {
    const auto& elements = context.workspace().elements;
    const model::Element& element = elements[index];
    const model::Element& other = elements[first];
    Finding finding = ElementFinding(context, index);
    finding.element_ids.push_back(other.id);
    finding.arguments["owner"] = element.owner;
    finding.arguments["value"] = value;
    finding.arguments["other"] =
        context.Text("check.element.of-owner", {{"element", context.Describe(first)}, {"owner", other.owner}});
    finding.notes.push_back(ElementNote(context, first, "check.single-owner.already-owned",
                                        {{"path", context.workspace().files[other.location.file].path},
                                         {"element", context.Describe(first)}}));
    sink(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<RuleTemplate> MakeSingleOwner() { return std::make_unique<SingleOwner>(); }

}  // namespace eaf::checker::templates
