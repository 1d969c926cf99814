#include "model/model.h"

#include <algorithm>
#include <cassert>

namespace eaf::model {

const std::string* FindProperty(const std::vector<Property>& properties, std::string_view key) {
  for (const auto& property : properties) {
    if (property.key == key) return &property.value;
  }
  return nullptr;
}

const std::string& PickText(const std::vector<LocalizedText>& texts, std::string_view lang) {
  static const std::string kEmpty;
  if (texts.empty()) return kEmpty;
  for (const auto& text : texts) {
    if (text.lang == lang) return text.text;
  }
  for (const auto& text : texts) {
    if (text.lang == "vi") return text.text;
  }
  return texts.front().text;
}

namespace {
// Archi's default figure sizes (its preferences' defaults) for objects saved with -1.
struct DefaultSize {
  std::int32_t width, height;
};
DefaultSize DefaultSizeOf(ViewNodeKind kind) {
  switch (kind) {
    case ViewNodeKind::kGroup: return {400, 140};
    case ViewNodeKind::kNote: return {185, 80};
    case ViewNodeKind::kElement: case ViewNodeKind::kReference: break;
  }
  return {120, 55};
}
}  // namespace

std::int32_t ViewNode::DrawnWidth() const { return width < 0 ? DefaultSizeOf(kind).width : width; }
std::int32_t ViewNode::DrawnHeight() const { return height < 0 ? DefaultSizeOf(kind).height : height; }

std::string NormalizeColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return "";
  std::string color(text);
  for (std::size_t i = 1; i < color.size(); ++i) {
    char& c = color[i];
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return "";
  }
  return color;
}

std::string_view SourceFormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kUnknown: return "unknown";
    case SourceFormat::kExchange: return "exchange";
    case SourceFormat::kArchi: return "archi";
  }
  return "unknown";
}

void Workspace::Add(FileModel&& file_model) {
  assert(!finished_);
  const auto file_index = static_cast<std::uint32_t>(files.size());
  const auto element_base = static_cast<std::int32_t>(elements.size());
  const auto relationship_base = static_cast<std::int32_t>(relationships.size());
  FileRanges ranges;
  ranges.elements.begin = elements.size();
  ranges.relationships.begin = relationships.size();
  ranges.views.begin = views.size();

  file_model.file.location.file = file_index;
  files.push_back(std::move(file_model.file));
  // The first file's vectors are adopted whole when nothing was reserved for more (one file: no
  // second copy of a million elements). Otherwise grow geometrically: reserving exactly size + n
  // here would move every element on every Add.
  auto append = [](auto& all, auto& added) {
    if (all.empty() && all.capacity() < added.size()) {
      all.swap(added);
      return;
    }
    if (all.capacity() < all.size() + added.size()) all.reserve(std::max(all.size() + added.size(), all.capacity() * 2));
    for (auto& object : added) all.push_back(std::move(object));
  };
  append(elements, file_model.elements);
  for (std::size_t i = ranges.elements.begin; i < elements.size(); ++i) elements[i].location.file = file_index;
  append(relationships, file_model.relationships);
  for (std::size_t i = ranges.relationships.begin; i < relationships.size(); ++i) {
    Relationship& relationship = relationships[i];
    relationship.location.file = file_index;
    auto offset_end = [&](std::int32_t& index, bool is_relationship) {
      if (index >= 0) index += is_relationship ? relationship_base : element_base;
    };
    offset_end(relationship.source_index, relationship.source_is_relationship);
    offset_end(relationship.target_index, relationship.target_is_relationship);
  }
  for (auto& view : file_model.views) {
    view.location.file = file_index;
    for (auto& node : view.nodes) {
      node.location.file = file_index;
      if (node.element >= 0) node.element += element_base;
    }
    for (auto& connection : view.connections) {
      connection.location.file = file_index;
      if (connection.relationship >= 0) connection.relationship += relationship_base;
    }
    views.push_back(std::move(view));
  }
  for (auto& diagnostic : file_model.diagnostics) {
    diagnostic.location.file = file_index;
    for (auto& note : diagnostic.notes) note.location.file = file_index;
    diagnostics.push_back(std::move(diagnostic));
  }
  ranges.elements.end = elements.size();
  ranges.relationships.end = relationships.size();
  ranges.views.end = views.size();
  file_ranges_.push_back(ranges);
}

void Workspace::Finish() {
  assert(!finished_);
  finished_ = true;
}

// Each map is built on its first lookup, apart: a command that looks up only elements (the
// catalogue) never hashes a federation's 250,000 relationship ids.
const Workspace::IdMap& Workspace::ElementIds() const {
  std::call_once(index_->elements_built, [this] {
    IdMap& map = index_->elements;
    map.reserve(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) map.emplace(Key{elements[i].location.file, elements[i].id}, static_cast<std::int32_t>(i));
  });
  return index_->elements;
}

const Workspace::IdMap& Workspace::RelationshipIds() const {
  std::call_once(index_->relationships_built, [this] {
    IdMap& map = index_->relationships;
    map.reserve(relationships.size());
    for (std::size_t i = 0; i < relationships.size(); ++i) {
      map.emplace(Key{relationships[i].location.file, relationships[i].id}, static_cast<std::int32_t>(i));
    }
  });
  return index_->relationships;
}

std::int32_t Workspace::FindElement(std::uint32_t file, std::string_view id) const {
  const IdMap& map = ElementIds();
  auto it = map.find(Key{file, id});
  return it == map.end() ? -1 : it->second;
}

std::int32_t Workspace::FindRelationship(std::uint32_t file, std::string_view id) const {
  const IdMap& map = RelationshipIds();
  auto it = map.find(Key{file, id});
  return it == map.end() ? -1 : it->second;
}

std::int32_t Workspace::ElementShown(std::uint32_t file, const ViewNode& node) const {
  if (node.element >= 0 || node.element_id.empty()) return node.element;
  return FindElement(file, node.element_id);
}

std::int32_t Workspace::RelationshipShown(std::uint32_t file, const ViewConnection& connection) const {
  if (connection.relationship >= 0 || connection.relationship_id.empty()) return connection.relationship;
  return FindRelationship(file, connection.relationship_id);
}

bool Workspace::IsOwned(const Element& element) const {
  const auto& agency = FileOf(element).agency;
  return element.owner.empty() || element.owner == agency;
}

}  // namespace eaf::model
