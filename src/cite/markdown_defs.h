// The parts of a Markdown article read from its lines rather than from cmark-gfm's tree: front
// matter, which is no Markdown at all, a list of links under a "Sources" heading, and definitions,
// which cmark-gfm resolves and drops (a footnote definition no one references leaves no trace in
// its tree, yet is an unused reference).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cite/plain_text.h"
#include "core/types.h"

namespace citecheck::cite {

// `text` with YAML (---) or TOML (+++) front matter replaced by spaces, line breaks kept, so that
// every line and column of what follows is unchanged.
std::string blank_front_matter(std::string text);

struct Definition {
  std::string label;       // as written, without brackets (and without '^' for footnotes)
  std::string url;         // empty when the definition has none to fetch
  std::string title;       // footnote text, or a link definition's title
  std::string via;         // a footnote's URL from a link definition: its label, normalised
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

// A link destination as written ("Foo_\(bar\)") -> as CommonMark reads it ("Foo_(bar)").
using Resolve = std::string (*)(const std::string& written);

struct Labels {
  std::map<std::string, std::string> links;  // normalised link label -> the reference it cites
  std::set<std::string> carets;  // footnote labels (normalised) also defined as links: "^label"
};

// Definitions become references (footnotes always; link definitions when they name a web page),
// except where the plain-text list reader already took the same line, whose URL they resolve. A
// footnote and a link definition may share a label, as CommonMark keeps them apart: the footnote
// is then named "^label", as the article writes it. A link definition that a footnote's text uses
// is that footnote's source, no reference of its own.
Labels add_definitions(const std::vector<Definition>& defs, Resolve resolve,
                       core::CitationIndex& index);

// Footnote markers of labels that a link definition shares cite "^label" (see add_definitions).
void rename_footnote_markers(const std::set<std::string>& carets, core::CitationIndex& index);

// A bullet or numbered list of links under a "Sources" or "References" heading, the usual
// Markdown bibliography ("- [Fleet report](https://...)"): each item is a reference whose id is
// its URL, so an inline link to the same URL in the text cites it and an entry no link uses is an
// unused reference. Without this the items were read as sentences citing their own links.
ReferenceList find_link_list(std::string_view source);

}  // namespace citecheck::cite
