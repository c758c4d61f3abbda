// Notes in an HTML article: MediaWiki's <ol class="references"> (a notes group's list too), GFM
// and pandoc footnote sections, a plain list right under a "References" heading, and the notes of
// books that are no list items (HTMLBook's data-type="footnote", EPUB's epub:type, DPUB-ARIA's
// doc-footnote, DocBook's div.footnote). Each note is a reference; its id is what its markers
// show ("3", "n 3", "a"), else its number in its list. Used by cite/html_article.cc.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cite/html_links.h"
#include "core/types.h"
#include "html/dom.h"

namespace citecheck::cite {

inline constexpr std::size_t kNoNode = static_cast<std::size_t>(-1);

struct HtmlNotes {
  std::vector<core::Reference> references;  // positions not set
  std::vector<std::size_t> items;           // per reference: its element
  std::vector<std::size_t> parent;          // per node; kNoNode for the root
  std::vector<std::optional<std::size_t>>
      reference_of;             // per node: the reference whose item holds it
  std::vector<bool> note_list;  // per node: a note list, footnotes section or note
  std::map<std::string, std::size_t, std::less<>> ids;  // id (and <a name>) -> node
  // Per node: where a link leads (cite/html_links.h: "#id", a URL, or "" for no citation); a
  // MediaWiki page's wiki links and any page's edit links lead nowhere.
  std::vector<std::string> target;
  PageAddress page;
};

HtmlNotes find_notes(const html::HtmlDom& dom);

// The node's text as shown: whitespace runs collapsed, trimmed.
std::string visible_text(const html::HtmlDom& dom, std::size_t node);

bool has_class(const html::HtmlNode& node, std::string_view name);

// A link target that is a web page rather than a place in this page.
inline bool is_web_target(std::string_view target) {
  return !target.empty() && target.front() != '#';
}

// Whether the link `a` marks a note: in a <sup>, or marked as a note reference by its
// attributes or by a fragment named like MediaWiki's and the footnote extensions' notes.
bool looks_like_note_link(const html::HtmlDom& dom, const HtmlNotes& notes, std::size_t a);

// "[1]", " [ n 3 ] " -> "1", "n 3"
std::string marker_label(std::string_view text);

}  // namespace citecheck::cite
