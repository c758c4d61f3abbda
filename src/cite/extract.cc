// Picks the reader for the document's format, then does what every reader needs afterwards:
// citations and references sorted by where they stand, and each citation and reference given its
// line and column in the file the user wrote (through the prose map for Markdown and HTML).
#include "cite/extract.h"

#include <algorithm>

#include "cite/html_article.h"
#include "cite/markdown.h"
#include "cite/plain_text.h"
#include "text/line_index.h"
#include "text/prose_index.h"

namespace citecheck::cite {

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
  const text::ProseIndex prose(doc.text, index.prose);
  const std::size_t size = index.prose.text.size();
  for (core::Citation& c : index.citations) {
    c.offset = std::min(c.offset, size);  // a reader's span never outlives a trimmed block
    c.length = std::min(c.length, size - c.offset);
    c.position = prose.position(c.offset);
  }
  const text::LineIndex lines(doc.text);
  for (core::Reference& r : index.references) r.position = lines.position(r.offset);
  return index;
}

}  // namespace citecheck::cite
