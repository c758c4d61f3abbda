// The parts of a Markdown article read from its lines rather than from cmark-gfm's tree: front
// matter, which is no Markdown at all, and definitions, which cmark-gfm resolves and drops (a
// footnote definition no one references leaves no trace in its tree, yet is an unused reference).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/types.h"

namespace citecheck::cite {

// `text` with YAML (---) or TOML (+++) front matter replaced by spaces, line breaks kept, so that
// every line and column of what follows is unchanged.
std::string blank_front_matter(std::string text);

struct Definition {
  std::string label;       // as written, without brackets (and without '^' for footnotes)
  std::string url;         // empty when the definition has none to fetch
  std::string title;       // footnote text, or a link definition's title
  std::size_t offset = 0;  // of the '[' that opens it
  bool footnote = false;
};

// Link reference definitions ("[label]: URL") and footnote definitions ("[^label]: text") outside
// the line ranges in `code` (1-based, inclusive: fenced and indented code blocks).
std::vector<Definition> find_definitions(std::string_view text,
                                         const std::vector<std::pair<int, int>>& code);

// A link label as CommonMark matches it: case-folded (ASCII) with runs of whitespace as one space.
std::string normalize_label(std::string_view label);

// Whether a Markdown link to `url` is a citation: an absolute http(s) URL.
bool is_web_url(std::string_view url);

}  // namespace citecheck::cite
