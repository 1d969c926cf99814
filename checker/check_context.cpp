#include "checker/check_context.h"

#include <algorithm>
#include <map>

#include "model/parallel.h"

namespace eaf::checker {

bool KindMatchesAny(std::string_view kind, const std::vector<std::string>& patterns) {
  if (kind.empty()) return false;
  for (const std::string& pattern : patterns) {
    if (model::KindMatches(kind, pattern)) return true;
  }
  return false;
}

namespace {
bool IsExchangeEnd(const model::Element& element) {
  const model::ArchiLayer layer = model::LayerOf(element.type);
  return layer == model::ArchiLayer::kApplication || layer == model::ArchiLayer::kTechnology;
}
}  // namespace

CheckContext::CheckContext(const model::Workspace& workspace, std::string lang)
    : workspace_(workspace),
      exchanges_(workspace.elements.size()),
      lang_(std::move(lang)),
      named_text_(model::Messages(lang_).Find("check.element.named")),
      unnamed_text_(model::Messages(lang_).Find("check.element.unnamed")) {
  // The graph and the federation beside the rest, on a second thread: they are independent, and
  // at a million elements each takes about a second.
  model::RunBoth(
      [&] {
        graph_.emplace(workspace);
        federation_ = ResolveFederation(workspace);
      },
      [&] { BuildExchangesAndKinds(workspace); });
}

void CheckContext::BuildExchangesAndKinds(const model::Workspace& workspace) {
  exchange_links_.resize(workspace.files.size());
  auto add = [&](std::int32_t relationship, std::int32_t source, std::int32_t target) {
    boost::add_edge(static_cast<std::size_t>(source), static_cast<std::size_t>(target), model::EdgeData{relationship},
                    exchanges_);
    exchange_links_[workspace.relationships[relationship].location.file].push_back({relationship, source, target});
  };
  for (std::size_t i = 0; i < workspace.relationships.size(); ++i) {
    const model::Relationship& relationship = workspace.relationships[i];
    if (!relationship.ConnectsElements() || !IsExchange(relationship)) continue;
    add(static_cast<std::int32_t>(i), relationship.source_index, relationship.target_index);
  }
  // A path through junctions is one exchange, not one per leg: the junction is no hop.
  for (const model::JunctionPath& path : model::JunctionPaths(workspace)) {
    if (IsExchange(path.type, path.source, path.target)) add(path.first_relationship, path.source, path.target);
  }
  kinds_by_file_.resize(workspace.files.size());
  for (std::uint32_t file = 0; file < workspace.files.size(); ++file) {
    std::map<std::string_view, std::vector<std::int32_t>> by_kind;
    const auto range = workspace.ElementsOf(file);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      if (!workspace.elements[i].kind.empty()) by_kind[workspace.elements[i].kind].push_back(static_cast<std::int32_t>(i));
    }
    for (const auto& [kind, elements] : by_kind) {
      if (!kind_labels_.contains(kind)) kind_labels_.emplace(kind, Text("kind." + std::string(kind)));
    }
    kinds_by_file_[file].assign(std::make_move_iterator(by_kind.begin()), std::make_move_iterator(by_kind.end()));
  }
}

bool CheckContext::IsExchange(const model::Relationship& relationship) const {
  return relationship.ConnectsElements() &&
         IsExchange(relationship.type, relationship.source_index, relationship.target_index);
}

bool CheckContext::IsExchange(model::RelationshipType type, std::int32_t source, std::int32_t target) const {
  using model::RelationshipType;
  // A database modelled as a DataObject (PROFILE.md allows it for db.*) can only be accessed:
  // reading or writing it is how systems exchange with it.
  if (type == RelationshipType::kAccess) {
    const model::Element& data = workspace_.elements[target];
    return (data.type == model::ElementType::kDataObject || data.type == model::ElementType::kArtifact) &&
           model::KindMatches(data.kind, "db") && IsExchangeEnd(workspace_.elements[source]);
  }
  if (type != RelationshipType::kFlow && type != RelationshipType::kServing && type != RelationshipType::kTriggering) {
    return false;
  }
  return IsExchangeEnd(workspace_.elements[source]) && IsExchangeEnd(workspace_.elements[target]);
}

std::vector<std::int32_t> CheckContext::ElementsOfKind(std::uint32_t file, const std::vector<std::string>& patterns) const {
  std::vector<std::int32_t> found;
  for (const auto& [kind, indices] : kinds_by_file_[file]) {
    if (KindMatchesAny(kind, patterns)) found.insert(found.end(), indices.begin(), indices.end());
  }
  std::sort(found.begin(), found.end());  // file order, whatever the kinds
  return found;
}

std::string CheckContext::Describe(std::int32_t element) const {
  const model::Element& e = workspace_.elements[element];
  return Describe(e.Name(lang_), e.id);
}

std::string CheckContext::Describe(std::string_view name, std::string_view id) const {
  if (!named_text_ || !unnamed_text_) {  // a catalogue without them: its visible fallback
    return name.empty() ? Text("check.element.unnamed", {{"id", std::string(id)}})
                        : Text("check.element.named", {{"name", std::string(name)}, {"id", std::string(id)}});
  }
  return name.empty() ? model::FillPlaceholders(*unnamed_text_, {{"id", id}})
                      : model::FillPlaceholders(*named_text_, {{"name", name}, {"id", id}});
}

std::string CheckContext::KindLabel(std::string_view kind) const {
  if (const auto known = kind_labels_.find(kind); known != kind_labels_.end()) return known->second;
  return Text("kind." + std::string(kind));
}

std::string CheckContext::Alternatives(const std::vector<std::string>& items) const {
  if (items.empty()) return {};
  // Commas are punctuation; the last separator is a word ("or", "hoặc") and comes from the catalogue.
  std::string head = items.front();
  for (std::size_t i = 1; i + 1 < items.size(); ++i) head += ", " + items[i];
  return items.size() == 1 ? head : Text("check.list.or", {{"items", head}, {"last", items.back()}});
}

std::string CheckContext::KindLabels(const std::vector<std::string>& kinds) const {
  std::vector<std::string> labels;
  labels.reserve(kinds.size());
  for (const std::string& kind : kinds) labels.push_back(KindLabel(kind));
  return Alternatives(labels);
}

}  // namespace eaf::checker
