// Main-content extraction: which part of a parsed page is the article. Semantic markup
// (itemprop=articleBody, <article>, <main>) is preferred where it holds the text; otherwise, and
// to check it, blocks are scored by their text, commas and link density, and the best-scoring
// container with its kindred siblings is the article. Furniture inside it is then left out.
#pragma once

#include <string>
#include <string_view>

#include "html/dom.h"

namespace citecheck::source {

// The few thresholds of extraction. Users get the defaults; bench/extract_cv.py varies them to
// fit each on some benchmark pages and score it on the others (cross-validation).
struct ContentTuning {
  bool drop_captions = true;       // picture captions and credits are not the article's text
  double teaser_link_share = 0.8;  // a paragraph this much in links is a teaser or a promo ...
  double teaser_max_chars = 300;   // ... when it has fewer visible characters than this
  double publisher_cover = 0.6;    // see keep_publisher_lines (publisher_copy.h)
};

// The article's text, a line per block (headings, paragraphs, list items, table rows).
// A heading that repeats `title` is left out: the title is kept apart from the body.
std::string main_content(const html::HtmlDom& dom, std::string_view title,
                         const ContentTuning& tuning = {});

}  // namespace citecheck::source
