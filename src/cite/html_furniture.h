// What of an HTML article is no prose: page furniture (navigation, hidden and edit links, a wiki
// page's navboxes and footer lines) and the superscripts that are neither text nor notes (a page
// number after a marker). Used by cite/html_article.cc.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "html/dom.h"

namespace citecheck::cite {

bool is_block(std::string_view tag);

// Elements that are no part of the article's prose: either of the two below.
bool is_furniture(const html::HtmlNode& n);

// Furniture by element, ARIA role or being hidden.
bool is_structural_furniture(const html::HtmlNode& n);

// Furniture by class or id words alone ("navbox", "site-footer"). A page may dress article
// content so (MediaWiki's "largest cities" tables are navboxes); one that cites a note is content.
bool is_named_furniture(const html::HtmlNode& n);

// Whether a link stands in a list of links rather than in prose: the paragraph, item, cell or
// other block around it has, of its own text, no word outside links or three times as much link
// text as other text (a menu item, a sidebar's list of articles). Each block is measured once.
class LinkLists {
 public:
  // `parent`: each node's parent (kNoNode-like max value for the root).
  LinkLists(const html::HtmlDom& dom, const std::vector<std::size_t>& parent)
      : dom_(dom), parent_(parent) {}
  bool holds(std::size_t link);

 private:
  const html::HtmlDom& dom_;
  const std::vector<std::size_t>& parent_;
  std::unordered_map<std::size_t, bool> lists_;  // block -> mostly links
};

// MediaWiki's page-number superscript after a marker ("[3]:&nbsp;p. 234"), from its text.
bool is_page_number(std::string_view text);

// Whether a superscript number is an exponent, from the prose before it: "km²", "10⁶".
bool is_exponent(std::string_view prose_before, std::string_view digits);

}  // namespace citecheck::cite
