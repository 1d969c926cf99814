// required-property: the agency's elements of given types or kinds declare a property, with a
// value in a range or from a list; `phrases` adds words of several parts that a range also accepts
// (online service levels 1–4, or "toàn trình" / "một phần" since Decree 42/2022); `pattern` asks a
// form of the value (a decision's number, a date); `when-property` / `when-min` narrow the subjects
// to those whose integer property is at least a threshold (level 3 or more: an approval decision).

#include <limits>
#include <regex>

#include "checker/templates/template_util.h"

namespace eaf::checker::templates {
namespace {

class RequiredProperty final : public RuleTemplate {
 public:
  std::string_view Name() const override { return "required-property"; }
  std::string_view SummaryId() const override { return "check.template.required-property"; }
  std::vector<ParameterSpec> ParameterSpecs() const override {
    return {{"property", ParameterType::kString, true, "check.param.required-property.property"},
            {"types", ParameterType::kElementTypes, false, "check.param.required-property.types"},
            {"kinds", ParameterType::kKinds, false, "check.param.required-property.kinds"},
            {"min", ParameterType::kInteger, false, "check.param.required-property.min"},
            {"max", ParameterType::kInteger, false, "check.param.required-property.max"},
            {"values", ParameterType::kList, false, "check.param.required-property.values"},
            {"phrases", ParameterType::kString, false, "check.param.required-property.phrases"},
            {"pattern", ParameterType::kString, false, "check.param.required-property.pattern"},
            {"when-property", ParameterType::kString, false, "check.param.required-property.when-property"},
            {"when-min", ParameterType::kInteger, false, "check.param.required-property.when-min"},
            {"levels", ParameterType::kLevels, false, "check.param.levels"}};
  }
  std::vector<std::string_view> Placeholders() const override {
    return {"element", "kind", "kind-label", "property", "value", "detail"};
  }
  bool Configure(const Parameters& parameters, const RulePack&, std::string& error) override {
    if (!parameters.Has("types") && !parameters.Has("kinds")) {
      error = "give 'types' or 'kinds': which elements must declare the property";
      return false;
    }
    if (parameters.Has("when-property") != parameters.Has("when-min")) {
      error = "give 'when-property' and 'when-min' together";
      return false;
    }
    if (parameters.Has("pattern")) {
      try {
        std::regex(parameters.String("pattern"), std::regex::ECMAScript);
      } catch (const std::regex_error&) {
        error = "pattern '" + parameters.String("pattern") + "' is not a regular expression (ECMAScript)";
        return false;
      }
    }
    return true;
  }
  void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
             const FindingSink& sink) const override {
    if (!LevelApplies(context, file, parameters.List("levels"))) return;
    const std::string& property = parameters.String("property");
    const auto types = parameters.ElementTypes("types");
    const auto& kinds = parameters.List("kinds");
    const bool ranged = parameters.Has("min") || parameters.Has("max");
    const std::int64_t min = parameters.Integer("min", std::numeric_limits<std::int64_t>::min());
    const std::int64_t max = parameters.Integer("max", std::numeric_limits<std::int64_t>::max());
    const auto& values = parameters.List("values");
    const std::vector<std::string> phrases = Phrases(parameters.String("phrases"));
    const bool formed = parameters.Has("pattern");
    const std::regex form = formed ? std::regex(parameters.String("pattern"), std::regex::ECMAScript) : std::regex();
    const std::string& when_property = parameters.String("when-property");
    const std::int64_t when_min = parameters.Integer("when-min", 0);
    const auto range = context.workspace().ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto index = static_cast<std::int32_t>(i);
      const model::Element& element = context.element(index);
      if (!context.IsOwned(index)) continue;
      const bool by_type = !types.empty() && std::find(types.begin(), types.end(), element.type) != types.end();
      const bool by_kind = !kinds.empty() && KindMatchesAny(element.kind, kinds);
      if (!by_type && !by_kind) continue;
      if (!when_property.empty()) {
        long level = 0;  // an absent or invalid value is the finding of the rule that asks for it
        if (!IntegerProperty(element, when_property, level) || level < when_min) continue;
      }
      const std::string* value = element.FindProperty(property);
      std::string detail;
      if (!value || value->empty()) {
        detail = context.Text("check.property.not-declared");
      } else if (formed) {
        if (!std::regex_match(*value, form)) detail = context.Text("check.property.bad-form", {{"value", *value}});
      } else if (std::find(phrases.begin(), phrases.end(), model::Trim(*value)) != phrases.end()) {
        // one of the phrases: accepted
      } else if (ranged) {
        long number = 0;
        const bool integer = IntegerProperty(element, property, number);
        if (!integer || number < min || number > max) {
          const model::MessageArgs args{{"value", *value}, {"min", std::to_string(min)}, {"max", std::to_string(max)},
                                        {"values", JoinPhrases(phrases)}};
          // Name only the bounds the rule gives: an absent one is the int64 limit, not a value to show.
          if (!phrases.empty()) {
            detail = context.Text("check.property.not-in-range-or-phrases", args);
          } else if (parameters.Has("min") && parameters.Has("max")) {
            detail = context.Text("check.property.out-of-range", args);
          } else if (!integer) {
            detail = context.Text("check.property.not-integer", args);
          } else if (number > max) {
            detail = context.Text("check.property.above-maximum", args);
          } else {
            detail = context.Text("check.property.below-minimum", args);
          }
        }
      } else if (!values.empty() && std::find(values.begin(), values.end(), *value) == values.end()) {
        std::string list;
        for (const std::string& v : values) list += (list.empty() ? "" : ", ") + v;
        detail = context.Text("check.property.not-in-list", {{"value", *value}, {"values", list}});
      }
      if (detail.empty()) continue;
      Finding finding = ElementFinding(context, index);
      finding.arguments["property"] = property;
      finding.arguments["value"] = value ? *value : "";
      finding.arguments["detail"] = detail;
      sink(std::move(finding));
    }
  }

};

}  // namespace

std::unique_ptr<RuleTemplate> MakeRequiredProperty() { return std::make_unique<RequiredProperty>(); }

}  // namespace eaf::checker::templates
