// Picks the reader for the document's format, then does what every reader needs afterwards:
// citations and references sorted by where they stand, and each citation and reference given its
// line and column in the file the user wrote (through the prose map for Markdown and HTML), and
// each reference the end of its entry's line, which its findings span.
#include "cite/extract.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "cite/html_article.h"
#include "cite/markdown.h"
#include "cite/plain_text.h"
#include "text/line_index.h"
#include "text/prose_index.h"

namespace citecheck::cite {
namespace {

// Just past the text of the line an entry starts on, trailing spaces left out; nothing when the
// line has no text from the entry on.
std::optional<core::Position> entry_end(std::string_view text, std::size_t offset,
                                        const text::LineIndex& lines) {
  if (offset >= text.size()) return std::nullopt;
  std::size_t end = std::min(text.find('\n', offset), text.size());
  while (end > offset && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
    --end;
  if (end == offset) return std::nullopt;
  return lines.position(end);
}

}  // namespace

core::CitationIndex extract_citations(const core::Document& doc) {
  core::CitationIndex index;
  switch (doc.format) {
    case core::Format::kText:
      index = extract_plain_text(doc);
      break;
    case core::Format::kMarkdown:
      index = extract_markdown(doc);
      break;
    case core::Format::kHtml:
      index = extract_html_article(doc);
      break;
  }
  std::stable_sort(
      index.citations.begin(), index.citations.end(),
      [](const core::Citation& a, const core::Citation& b) { return a.offset < b.offset; });
  std::stable_sort(
      index.references.begin(), index.references.end(),
      [](const core::Reference& a, const core::Reference& b) { return a.offset < b.offset; });
  // Inline code as sorted, disjoint spans (an HTML reader records a nested <code> before the
  // element around it), so claims/ can find a sentence's spans by bisection.
  std::sort(index.code.begin(), index.code.end());
  std::vector<std::pair<std::size_t, std::size_t>> code;
  for (const auto& span : index.code) {
    if (!code.empty() && span.first <= code.back().second) {
      code.back().second = std::max(code.back().second, span.second);
    } else {
      code.push_back(span);
    }
  }
  index.code = std::move(code);
  const text::ProseIndex prose(doc.text, index.prose);
  const std::size_t size = index.prose.text.size();
  for (core::Citation& c : index.citations) {
    c.offset = std::min(c.offset, size);  // a reader's span never outlives a trimmed block
    c.length = std::min(c.length, size - c.offset);
    c.position = prose.position(c.offset);
    if (c.length > 0) c.end = prose.end_position(c.offset + c.length);
  }
  const text::LineIndex lines(doc.text);
  for (core::Reference& r : index.references) {
    r.position = lines.position(r.offset);
    r.end = entry_end(doc.text, r.offset, lines);
  }
  return index;
}

}  // namespace citecheck::cite
