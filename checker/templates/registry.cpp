// The one registration list of rule templates, sorted by name. Adding a template: see
// docs/adding-a-rule.md.

#include "checker/rule_template.h"

namespace eaf::checker {
namespace templates {
std::unique_ptr<RuleTemplate> MakeArchitectureCoverage();
std::unique_ptr<RuleTemplate> MakeCompositeLevel();
std::unique_ptr<RuleTemplate> MakeConnectionModel();
std::unique_ptr<RuleTemplate> MakeDeployedOn();
std::unique_ptr<RuleTemplate> MakeEmptyView();
std::unique_ptr<RuleTemplate> MakeFederationConsistency();
std::unique_ptr<RuleTemplate> MakeJunctionTypes();
std::unique_ptr<RuleTemplate> MakeKnownKind();
std::unique_ptr<RuleTemplate> MakeLoaderDiagnostic();
std::unique_ptr<RuleTemplate> MakeModelProperty();
std::unique_ptr<RuleTemplate> MakeNoCycle();
std::unique_ptr<RuleTemplate> MakeNoDirectExchange();
std::unique_ptr<RuleTemplate> MakeNotInView();
std::unique_ptr<RuleTemplate> MakeOrphan();
std::unique_ptr<RuleTemplate> MakePossibleDuplicate();
std::unique_ptr<RuleTemplate> MakePropertyFloor();
std::unique_ptr<RuleTemplate> MakeReachability();
std::unique_ptr<RuleTemplate> MakeRelatedElement();
std::unique_ptr<RuleTemplate> MakeRequiredCount();
std::unique_ptr<RuleTemplate> MakeRequiredProperty();
std::unique_ptr<RuleTemplate> MakeServedFloor();
std::unique_ptr<RuleTemplate> MakeSingleOwner();
std::unique_ptr<RuleTemplate> MakeValidRelationship();
std::unique_ptr<RuleTemplate> MakeViewpoint();
std::unique_ptr<RuleTemplate> MakeVisualNesting();
}  // namespace templates

const std::vector<TemplateRegistration>& RegisteredTemplates() {
  static const std::vector<TemplateRegistration> kTemplates{
      {"architecture-coverage", &templates::MakeArchitectureCoverage},
      {"composite-level", &templates::MakeCompositeLevel},
      {"connection-model", &templates::MakeConnectionModel},
      {"deployed-on", &templates::MakeDeployedOn},
      {"empty-view", &templates::MakeEmptyView},
      {"federation-consistency", &templates::MakeFederationConsistency},
      {"junction-types", &templates::MakeJunctionTypes},
      {"known-kind", &templates::MakeKnownKind},
      {"loader-diagnostic", &templates::MakeLoaderDiagnostic},
      {"model-property", &templates::MakeModelProperty},
      {"no-cycle", &templates::MakeNoCycle},
      {"no-direct-exchange", &templates::MakeNoDirectExchange},
      {"not-in-view", &templates::MakeNotInView},
      {"orphan", &templates::MakeOrphan},
      {"possible-duplicate", &templates::MakePossibleDuplicate},
      {"property-floor", &templates::MakePropertyFloor},
      {"reachability", &templates::MakeReachability},
      {"related-element", &templates::MakeRelatedElement},
      {"required-count", &templates::MakeRequiredCount},
      {"required-property", &templates::MakeRequiredProperty},
      {"served-floor", &templates::MakeServedFloor},
      {"single-owner", &templates::MakeSingleOwner},
      {"valid-relationship", &templates::MakeValidRelationship},
      {"viewpoint", &templates::MakeViewpoint},
      {"visual-nesting", &templates::MakeVisualNesting},
  };
  return kTemplates;
}

std::unique_ptr<RuleTemplate> CreateTemplate(std::string_view name) {
  for (const TemplateRegistration& registration : RegisteredTemplates()) {
    if (registration.name == name) return registration.create();
  }
  return nullptr;
}

}  // namespace eaf::checker
