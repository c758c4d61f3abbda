// The publisher's own copy of the article (JSON-LD articleBody) as a check on the markup: where it
// holds most of the text extraction found, a line it does not hold is furniture the scorer let
// through (a newsletter prompt, a teaser, an "about us" box), and is left out.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::source {

// `text` (one block per line) without the lines `copy` does not hold, when `copy` holds at least
// `cover` of the text's word triples; `text` unchanged otherwise (no copy, a summary, another
// article). A line of fewer than three words is kept when all its words are in the copy.
std::string keep_publisher_lines(std::string_view text, std::string_view copy, double cover);

}  // namespace citecheck::source
