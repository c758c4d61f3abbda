// Furniture is recognised by element (nav, footer, aside, …), by ARIA role, by being hidden, and by
// the class and id words that pages and MediaWiki skins give it (a class or id ending in "footer"
// or "navigation" stands for the element). MediaWiki's class names are stable across skins:
// mw-editsection ("[edit]"), navbox and navbar ("v · t · e"), printfooter ("Retrieved from"),
// catlinks, mw-jump-link ("Jump to content"), noprint, and the title's #coordinates.
#include "cite/html_furniture.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "text/ascii.h"

namespace citecheck::cite {
namespace {

bool in(std::string_view tag, std::initializer_list<std::string_view> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool is_block(std::string_view tag) {
  return in(
      tag, {"p",    "div",    "li",      "ul",         "ol",     "dl",         "dd",      "dt",
            "h1",   "h2",     "h3",      "h4",         "h5",     "h6",         "td",      "th",
            "tr",   "table",  "caption", "blockquote", "figure", "figcaption", "section", "article",
            "main", "header", "address", "hr",         "body",   "details",    "summary"});
}

bool is_structural_furniture(const html::HtmlNode& n) {
  if (in(n.tag, {"head", "script", "style", "nav", "noscript", "template", "svg", "iframe",
                 "button", "form", "select", "textarea", "aside", "footer", "pre", "object"})) {
    return true;
  }
  const std::string_view role = n.attribute("role");
  if (in(role, {"navigation", "complementary", "contentinfo", "banner", "dialog"})) return true;
  return html::is_hidden(n);
}

bool is_named_furniture(const html::HtmlNode& n) {
  // The page's own outer elements are never furniture by name: a news site's <html> may carry
  // "flag-unfollowComments-on", a blog's <body> "has-sidebar" or "newsletter-open", and a
  // footer's name is "has-footer" there.
  if (in(n.tag, {"html", "body", "main", "article"})) return false;
  const std::string names =
      text::lower_ascii(std::string(n.attribute("class")) + " " + std::string(n.attribute("id")));
  for (const char* word :
       {"cookie", "comments", "advert", "sidebar", "newsletter", "sitenotice", "editsection",
        "navbox", "navbar", "printfooter", "catlinks", "jump-link", "noprint"}) {
    if (names.find(word) != std::string::npos) return true;
  }
  // MediaWiki's title coordinates (a map link beside the title) are the subject's particulars.
  if (n.attribute("id") == "coordinates") return true;
  // A class or id that ends in "footer" or "navigation" ("footer", "site-footer", "TopNavigation")
  // is the name a page gives the element where it would have used <footer> or <nav>. A class
  // "hidden" is how stylesheets hide an element until a script shows it (a feedback prompt), and
  // "nocontent" / "robots-nocontent" are how a page tells search engines a block is not its
  // content (a related-coverage list).
  for (std::size_t i = 0; i < names.size();) {
    const std::size_t end = std::min(names.find(' ', i), names.size());
    const std::string_view token = std::string_view(names).substr(i, end - i);
    if (token.ends_with("footer") || token.ends_with("navigation")) return true;
    if (token == "hidden" || token == "nocontent" || token == "robots-nocontent") return true;
    i = end + 1;
  }
  return false;
}

bool is_furniture(const html::HtmlNode& n) {
  return is_structural_furniture(n) || is_named_furniture(n);
}

bool LinkLists::holds(std::size_t link) {
  std::size_t block = link;
  while (parent_[block] < dom_.nodes.size() && !is_block(dom_.nodes[block].tag)) {
    block = parent_[block];
  }
  const auto [known, added] = lists_.try_emplace(block, false);
  if (!added) return known->second;
  // The block's own text: a nested block (a sidebar's heading paragraph) is measured apart.
  std::size_t linked = 0;
  std::size_t other = 0;
  std::size_t words = 0;                                            // outside links
  std::vector<std::pair<std::size_t, bool>> stack{{block, false}};  // (node, inside a link)
  while (!stack.empty()) {
    const auto [i, in_link] = stack.back();
    stack.pop_back();
    const html::HtmlNode& n = dom_.nodes[i];
    if (n.is_text) {
      bool in_word = false;
      for (const char c : n.text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space) ++(in_link ? linked : other);
        if (!space && !in_word && !in_link && is_letter(c)) ++words;
        in_word = !space;
      }
      continue;
    }
    if (n.tag == "script" || n.tag == "style" || (i != block && is_block(n.tag))) continue;
    for (std::size_t c : n.children) stack.emplace_back(c, in_link || n.tag == "a");
  }
  known->second = linked > 0 && (words == 0 || linked > 3 * other);
  return known->second;
}

bool is_page_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text.starts_with(":");
}

bool is_exponent(std::string_view prose_before, std::string_view digits) {
  if (prose_before.empty() || digits.empty() || digits.size() > 2) return false;
  const char last = prose_before.back();
  if (last >= '0' && last <= '9') return true;  // 10⁶
  if (digits != "2" && digits != "3") return false;
  std::size_t word = prose_before.size();
  while (word > 0 && is_letter(prose_before[word - 1])) --word;
  const std::string_view unit = prose_before.substr(word);
  return in(unit, {"m", "km", "cm", "mm", "ft", "in", "mi", "yd", "nmi", "ha", "dm"});
}

}  // namespace citecheck::cite
