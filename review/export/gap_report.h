#pragma once
/// Writing a gap analysis as Markdown or JSON (the HTML is review/export/html_gap.h), and the
/// words the writers share.

#include <string>

#include "checker/gap.h"

namespace eaf::review {

struct GapInput {
  const checker::GapAnalysis& gap;
  const model::Workspace* baseline;  ///< may be null
  const model::Workspace& target;
  const checker::RulePack& pack;
  std::string lang = "vi";
};

std::string WriteGapMarkdown(const GapInput& input);
std::string WriteGapJson(const GapInput& input);

/// "name (id, kind label)" of an element: the name a reader knows, the id to find it. Plain text.
std::string Describe(const model::Workspace& workspace, std::int32_t index, const std::string& lang);
/// One end of a relationship: an element described, or a relationship by id; "?" when dangling.
std::string DescribeEnd(const model::Workspace& workspace, std::int32_t index, bool is_relationship, const std::string& lang);
/// "type (id): source → target" of a relationship, its ends described. Plain text.
std::string DescribeRelationship(const model::Workspace& workspace, std::int32_t index, const std::string& lang);
/// The label of one of the five architectures.
std::string ArchitectureLabel(const model::MessageCatalog& text, model::Architecture architecture);
/// "42%".
std::string Percent(std::size_t part, std::size_t whole);
/// How a changed element was matched, "(renamed)" added when its name changed.
std::string MatchedBy(const checker::ElementChange& change, const model::MessageCatalog& text);
/// "field: before → after" in the catalogue's language.
std::string ChangeText(const checker::ValueChange& value, const model::MessageCatalog& text);

/// The catalogue's text `id` in `lang` as HTML: the text escaped, then its placeholders filled with
/// `html` values as given (the caller escapes model text or builds markup), so word order stays the catalogue's.
std::string HtmlText(std::string_view lang, std::string_view id, const model::MessageArgs& html = {});

}  // namespace eaf::review
