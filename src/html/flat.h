// A linear fallback for HTML that gumbo would take quadratic time over: pages nested thousands of
// elements deep (gumbo scans its whole stack of open elements on every end tag). Such a page is
// read without structure: tags dropped, scripts and styles skipped, block tags ending lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace citecheck::html {

// Pages whose tags nest deeper than this are read flat.
inline constexpr std::size_t kMaxNestingDepth = 4000;

// The deepest element nesting the tags spell out, counted without parsing: start tags open, end
// tags close, void and self-closing elements do neither. Implied end tags (<p>, <li>) make it an
// overestimate, which only matters past kMaxNestingDepth.
std::size_t tag_depth(std::string_view html);

// The page's text with every tag removed, a line per block element, common entities decoded.
std::string flat_text(std::string_view html);

// The <title> element's text, found without parsing.
std::string flat_title(std::string_view html);

}  // namespace citecheck::html
