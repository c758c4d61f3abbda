// Citations in plain-text articles (the seed's form): bracketed numeric markers in the body and a
// reference list under a heading such as "References", ending where page furniture begins.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/types.h"

namespace citecheck::cite {

core::CitationIndex extract_plain_text(const core::Document& doc);

// Reads `text` the plain-text way into `index`: its reference list, and the markers ("[3]", and
// "[WORDS]" for a listed label) and, with `bare_urls`, the bare URLs of the body before it. Sets
// body_end, references and citations, offsets into `text`, positions not set; returns where the
// list heading starts. Also used for HTML pages whose text is preformatted
// (cite/html_preformatted.h).
std::optional<std::size_t> read_plain_citations(std::string_view text, core::CitationIndex& index,
                                                bool bare_urls = true);

// A reference list found in `text` the plain-text way; offsets are into `text`.
struct ReferenceList {
  std::size_t begin = 0;               // its heading or first entry; text.size() when there is none
  std::optional<std::size_t> heading;  // where its heading line starts
  std::vector<core::Reference> references;  // positions not set
};
ReferenceList find_reference_list(std::string_view text);

struct Line {
  std::size_t begin = 0;  // byte offset of the first character
  std::string_view text;  // without the line break (and a "\r" before it)
};
// The lines of `text`, a last one without a line break included.
std::vector<Line> split_lines(std::string_view text);

// The first URL in `s` (scheme://… or www.…) as [begin, end), trailing punctuation left out.
std::optional<std::pair<std::size_t, std::size_t>> find_url(std::string_view s);

// Whether `line` (trimmed) names a reference list: "References", "## Sources:", "Works cited".
bool is_reference_heading(std::string_view line);

// Whether `line` (trimmed) is page furniture that ends a reference list: "Comments", "Share this".
bool is_furniture(std::string_view line);

}  // namespace citecheck::cite
