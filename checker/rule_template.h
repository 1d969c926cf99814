#pragma once
/// Rule templates: the C++ side of a rule. A template detects; the engine applies policy
/// (enable/disable, severity, waivers) and formats messages in the chosen language. A template's
/// own texts (summary, parameter help, the clauses it fills placeholders with, notes) are messages
/// of the catalogues rules/messages.<lang>.xml.

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/check_context.h"
#include "checker/rule_pack.h"
#include "model/diagnostic.h"

namespace eaf::checker {

/// A finding's values for its message's {placeholders}, by name, in one small block: a map's tree
/// of nodes cost four allocations per finding, and a check can make 400,000 findings. Setting a
/// name twice keeps the last value, as a map's operator[] does.
class FindingArguments {
 public:
  FindingArguments() = default;
  /// The pairs in order; a name given twice keeps its first value, as a map built from a list does.
  FindingArguments(std::initializer_list<std::pair<std::string_view, std::string>> values);
  /// The value of `name`, added empty when it has none.
  std::string& operator[](std::string_view name);
  /// The value of `name`, or nullptr.
  const std::string* Find(std::string_view name) const;
  bool empty() const { return values_.empty(); }
  /// The (name, value) pairs, in order.
  const model::MessageArgs& values() const { return values_; }

 private:
  model::MessageArgs values_;
};

/// What a template found: where, which model objects, and the values for the message's
/// {placeholders}. The engine turns it into a diagnostic.
struct Finding {
  model::SourceLocation location;
  std::vector<std::string> element_ids;  ///< elements and relationships involved; the first is the subject
  FindingArguments arguments;  ///< placeholder -> value
  std::vector<model::Note> notes;
  /// Set when the model gives a reason that downgrades the finding (eaf:justification on a
  /// fallback connection): the finding is reported at most as a warning, with this reason.
  std::string justification;
};

/// Collects findings.
using FindingSink = std::function<void(Finding)>;

/// The kinds of parameter a template can declare; values are checked when the pack loads.
enum class ParameterType {
  kString,
  kInteger,
  kBoolean,
  kKinds,              ///< space-separated kinds; "platform.*" matches a family
  kElementTypes,       ///< space-separated ArchiMate element types
  kRelationshipTypes,  ///< space-separated relationship types
  kLevels,             ///< space-separated model levels: national, ministry, province
  kFile,               ///< a file in the pack's folder
  kList,               ///< space-separated words
};

/// A declared parameter.
struct ParameterSpec {
  std::string_view name;
  ParameterType type;
  bool required;
  std::string_view help_id;  ///< catalogue id of its one-line help, "check.param.<template>.<name>"
};

/// Parsed parameter values of one rule.
class Parameters {
 public:
  bool Has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
  const std::string& String(std::string_view name) const;
  std::int64_t Integer(std::string_view name, std::int64_t fallback = 0) const;
  bool Boolean(std::string_view name, bool fallback = false) const;
  /// A list-typed parameter split into words (empty when absent).
  const std::vector<std::string>& List(std::string_view name) const;
  std::vector<model::ElementType> ElementTypes(std::string_view name) const;
  model::RelationshipTypeSet RelationshipTypes(std::string_view name) const;

  void Set(const std::string& name, std::string value, std::vector<std::string> words) {
    values_[name] = std::move(value);
    lists_[name] = std::move(words);
  }

 private:
  std::map<std::string, std::string> values_;
  std::map<std::string, std::vector<std::string>> lists_;
};

/// Base class of every template. Subclasses declare parameters and detect; nothing else.
class RuleTemplate {
 public:
  virtual ~RuleTemplate() = default;
  /// The name rule packs use, e.g. "required-count".
  virtual std::string_view Name() const = 0;
  /// Catalogue id of one line on what the template checks, "check.template.<name>" (shown by
  /// `eaf explain` in the run's language).
  virtual std::string_view SummaryId() const = 0;
  virtual std::vector<ParameterSpec> ParameterSpecs() const = 0;
  /// The placeholders its findings fill, for checking messages when the pack loads.
  virtual std::vector<std::string_view> Placeholders() const = 0;
  /// Called once after the parameters were checked; a template may read files here (through
  /// the pack) or check combinations. Returns false with `error` set on a bad configuration.
  virtual bool Configure(const Parameters& parameters, const RulePack& pack, std::string& error) {
    (void)parameters;
    (void)pack;
    (void)error;
    return true;
  }
  /// Detects findings in file `file` of the context's workspace. Rules run concurrently: read
  /// the context only, and keep state in locals.
  virtual void Check(const CheckContext& context, std::uint32_t file, const Parameters& parameters,
                     const FindingSink& sink) const = 0;
  /// False for templates about plain ArchiMate (identifiers, the relationship table, orphans):
  /// they run on any model. The others read the VN-EAF profile and skip a file that does not
  /// declare eaf:level: MOD-005 already says it is not a profiled model.
  virtual bool NeedsProfile() const { return true; }
  /// True for templates about the federation of several files: they run once per check, through
  /// CheckFederation, and only when more than one file is loaded. Their findings carry their file.
  virtual bool Federated() const { return false; }
  virtual void CheckFederation(const CheckContext& context, const Parameters& parameters, const FindingSink& sink) const {
    (void)context;
    (void)parameters;
    (void)sink;
  }
};

/// Creates a fresh template by name; the registration list is in templates/registry.cpp.
using TemplateFactory = std::unique_ptr<RuleTemplate> (*)();
struct TemplateRegistration {
  std::string_view name;
  TemplateFactory create;
};
/// Every registered template, sorted by name.
const std::vector<TemplateRegistration>& RegisteredTemplates();
std::unique_ptr<RuleTemplate> CreateTemplate(std::string_view name);

}  // namespace eaf::checker
