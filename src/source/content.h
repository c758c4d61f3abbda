// Main-content extraction: which part of a parsed page is the article. Semantic markup
// (itemprop=articleBody, <article>, <main>) is preferred where it holds the text; otherwise, and
// to check it, blocks are scored by their text, commas and link density, and the best-scoring
// container with its kindred siblings is the article. Furniture inside it is then left out.
#pragma once

#include <string>
#include <string_view>

#include "html/dom.h"

namespace citecheck::source {

// The article's text, a line per block (headings, paragraphs, list items, table rows, captions).
// A heading that repeats `title` is left out: the title is kept apart from the body.
std::string main_content(const html::HtmlDom& dom, std::string_view title);

}  // namespace citecheck::source
