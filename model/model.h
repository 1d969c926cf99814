#pragma once
/// The in-memory architecture model: elements, relationships and views of one or more files.

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/archimate_types.h"
#include "model/diagnostic.h"

namespace eaf::model {

/// A text in one language (`xml:lang`); lang is empty when the file gives none.
struct LocalizedText {
  std::string lang;
  std::string text;
};

/// A key/value property, in file order.
struct Property {
  std::string key;
  std::string value;
};

/// Finds a property value by key; nullptr when absent.
const std::string* FindProperty(const std::vector<Property>& properties, std::string_view key);

/// Picks the text for `lang`, else Vietnamese, else the first one, else "".
const std::string& PickText(const std::vector<LocalizedText>& texts, std::string_view lang = "vi");

/// Which loader read a file.
enum class SourceFormat : std::uint8_t { kUnknown, kExchange, kArchi };
std::string_view SourceFormatName(SourceFormat format);

/// One loaded file and its model-level properties.
struct SourceFile {
  std::string path;  ///< as the user gave it
  std::string archive_member;  ///< "model.xml" when read from a zip archive; positions refer to it
  SourceFormat format = SourceFormat::kUnknown;
  bool loaded = false;  ///< false when nothing usable came out of it
  std::string model_id;
  std::vector<LocalizedText> names;
  std::string documentation;
  std::vector<Property> properties;
  std::uint64_t size_bytes = 0;

  // Profile properties of the model (empty when not declared).
  std::string level;
  std::string agency;
  std::string framework;
  std::string state;
  SourceLocation location;  ///< of the root element
};

/// An ArchiMate element.
struct Element {
  std::string id;
  ElementType type = ElementType::kJunction;
  std::vector<LocalizedText> names;
  std::string documentation;
  std::vector<Property> properties;
  std::string kind;   ///< eaf:kind, or the kind named by an Archi specialization; "" if none
  std::string owner;  ///< eaf:owner, default the file's eaf:agency
  std::string specialization;  ///< Archi profile / specialization name, if any
  std::string folder;          ///< organization path, "Application/Portals"
  SourceLocation location;

  const std::string& Name(std::string_view lang = "vi") const { return PickText(names, lang); }
  const std::string* FindProperty(std::string_view key) const { return model::FindProperty(properties, key); }
};

/// An ArchiMate relationship. Its ends name elements or, as ArchiMate allows, other relationships.
struct Relationship {
  std::string id;
  RelationshipType type = RelationshipType::kAssociation;
  std::string source;
  std::string target;
  std::vector<LocalizedText> names;
  std::string documentation;
  std::vector<Property> properties;
  AccessType access_type = AccessType::kNone;
  bool directed = false;  ///< Association's isDirected
  SourceLocation location;

  // Resolved ends: index into elements or relationships, -1 when dangling.
  std::int32_t source_index = -1;
  std::int32_t target_index = -1;
  bool source_is_relationship = false;
  bool target_is_relationship = false;

  const std::string& Name(std::string_view lang = "vi") const { return PickText(names, lang); }
  const std::string* FindProperty(std::string_view key) const { return model::FindProperty(properties, key); }
  /// True when both ends are elements that exist.
  bool ConnectsElements() const {
    return source_index >= 0 && target_index >= 0 && !source_is_relationship && !target_is_relationship;
  }
};

/// What a diagram node draws: an element, or one of the diagram's own objects.
enum class ViewNodeKind : std::uint8_t {
  kElement,    ///< an ArchiMate element (element_id)
  kGroup,      ///< a visual group (Archi's Group, the exchange format's Container)
  kNote,       ///< a text note (Archi's Note, the exchange format's Label)
  kReference,  ///< a link to another diagram (Archi's DiagramModelReference, a Label with viewRef)
};

/// A node of a diagram; bounds are absolute (Archi's relative bounds are converted on load).
struct ViewNode {
  std::string id;
  ViewNodeKind kind = ViewNodeKind::kElement;
  std::string element_id;  ///< empty for notes, groups and other non-element objects
  /// The element element_id names: its index in Workspace::elements (in FileModel::elements
  /// before the file joins a workspace); -1 when it names none. Set by the loader.
  std::int32_t element = -1;
  std::string label;       ///< label of a note or group
  std::int32_t x = 0, y = 0, width = 0, height = 0;  ///< width/height -1: the tool's default size
  std::int32_t parent = -1;  ///< index of the enclosing node in View::nodes, -1 at top level
  std::string fill_color;  ///< "#rrggbb" as the file gives it, empty for the default
  std::string line_color;  ///< "#rrggbb", empty for the default
  SourceLocation location;

  /// The drawn size: the tool's default (Archi's) where the file leaves it -1.
  std::int32_t DrawnWidth() const;
  std::int32_t DrawnHeight() const;
};

/// "#rrggbb" when `text` is one (any case, lowered), else "": a colour from a file goes into
/// drawing attributes only in this form.
std::string NormalizeColor(std::string_view text);

/// A point of a diagram, in its absolute coordinates.
struct ViewPoint {
  std::int32_t x = 0, y = 0;
};

/// A connection line of a diagram.
struct ViewConnection {
  std::string id;
  std::string relationship_id;  ///< empty for plain lines
  /// The relationship relationship_id names, as ViewNode::element is the element; -1 when none.
  std::int32_t relationship = -1;
  std::string source_node;
  std::string target_node;
  std::vector<ViewPoint> bendpoints;  ///< absolute, from source to target
  std::string line_color;  ///< "#rrggbb", empty for the default
  SourceLocation location;
};

/// A diagram (view) of the model, kept for rendering.
struct View {
  std::string id;
  std::vector<LocalizedText> names;
  std::string viewpoint;
  std::vector<ViewNode> nodes;
  std::vector<ViewConnection> connections;
  SourceLocation location;

  const std::string& Name(std::string_view lang = "vi") const { return PickText(names, lang); }
};

/// What one loader produced from one file; relationship ends are resolved within the file.
struct FileModel {
  SourceFile file;
  std::vector<Element> elements;
  std::vector<Relationship> relationships;
  std::vector<View> views;
  std::vector<Diagnostic> diagnostics;
};

/// Everything loaded from one or more files: one federation of architectures.
/// Files are added in order, then Finish() builds the indexes; nothing is added after that.
class Workspace {
 public:
  std::vector<SourceFile> files;
  std::vector<Element> elements;
  std::vector<Relationship> relationships;
  std::vector<View> views;
  std::vector<Diagnostic> diagnostics;  ///< load diagnostics, all files

  /// Appends one file's model; sets the file index in every location and offsets resolved ends.
  void Add(FileModel&& file_model);
  /// Builds the id indexes. Call once, after the last Add.
  void Finish();

  /// Index of the element with this id in file `file`, or -1. Ids are unique per file.
  std::int32_t FindElement(std::uint32_t file, std::string_view id) const;
  std::int32_t FindRelationship(std::uint32_t file, std::string_view id) const;
  /// The element a view node of file `file` shows, or -1: the index the loader resolved, else (a
  /// node built by hand) the lookup of its element_id.
  std::int32_t ElementShown(std::uint32_t file, const ViewNode& node) const;
  /// The same for the relationship a view connection shows.
  std::int32_t RelationshipShown(std::uint32_t file, const ViewConnection& connection) const;

  /// The file an element was read from.
  const SourceFile& FileOf(const Element& element) const { return files[element.location.file]; }
  /// True when the element belongs to its file's own agency (PROFILE.md section 4, scope).
  bool IsOwned(const Element& element) const;

  /// Half-open ranges of one file's elements, relationships and views.
  struct Range {
    std::size_t begin = 0, end = 0;
    std::size_t size() const { return end - begin; }
  };
  Range ElementsOf(std::uint32_t file) const { return file_ranges_[file].elements; }
  Range RelationshipsOf(std::uint32_t file) const { return file_ranges_[file].relationships; }
  Range ViewsOf(std::uint32_t file) const { return file_ranges_[file].views; }

 private:
  struct FileRanges {
    Range elements, relationships, views;
  };
  struct Key {
    std::uint32_t file;
    std::string_view id;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const noexcept {
      return std::hash<std::string_view>{}(key.id) ^ (std::size_t{key.file} * 0x9E3779B97F4A7C15ull);
    }
  };
  // Views into the ids stored in elements/relationships, built on the first lookup (commands
  // that only count never pay for it). Moving a workspace moves the vectors' buffers, so the
  // views stay valid; the shared state keeps the once-flag movable.
  using IdMap = std::unordered_map<Key, std::int32_t, KeyHash>;
  struct Index {
    std::once_flag elements_built, relationships_built;
    IdMap elements;
    IdMap relationships;
  };
  const IdMap& ElementIds() const;
  const IdMap& RelationshipIds() const;
  std::vector<FileRanges> file_ranges_;
  std::shared_ptr<Index> index_ = std::make_shared<Index>();
  bool finished_ = false;
};

}  // namespace eaf::model
