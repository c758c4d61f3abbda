// Citations in plain-text articles (the seed's form): bracketed numeric markers in the body and a
// reference list under a heading such as "References", ending where page furniture begins.
#pragma once

#include <string_view>

#include "core/types.h"

namespace citecheck::cite {

core::CitationIndex extract_plain_text(const core::Document& doc);

// Whether `line` (trimmed) names a reference list: "References", "## Sources:", "Works cited".
bool is_reference_heading(std::string_view line);

// Whether `line` (trimmed) is page furniture that ends a reference list: "Comments", "Share this".
bool is_furniture(std::string_view line);

}  // namespace citecheck::cite
