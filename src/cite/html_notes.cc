// Finding notes and reading each one's URL. A note names its source with an external link;
// MediaWiki's short citations ("Smith 2020, p. 4") instead link to a bibliography entry in the same
// page, so a fragment link is followed one step to the element it names (never to another note:
// a note citing a note is a citation of it, read by html_article.cc). Back links (the "^" and "↩"
// that return to the citing sentence) point into the body and are left out of titles, as are a
// note's styles. Ids are numbers in the list until the markers show otherwise (html_note_ids.cc).
#include "cite/html_notes.h"

#include <algorithm>
#include <cstdlib>

#include "cite/html_furniture.h"
#include "cite/html_note_ids.h"
#include "cite/plain_text.h"
#include "text/ascii.h"

namespace citecheck::cite {
namespace {

using html::HtmlDom;
using html::HtmlNode;

bool is_heading(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool has_word(std::string_view words, std::string_view word) {
  for (std::size_t i = 0; i < words.size();) {
    std::size_t end = words.find_first_of(" \t\n", i);
    if (end == std::string_view::npos) end = words.size();
    if (words.substr(i, end - i) == word) return true;
    i = end + 1;
  }
  return false;
}

bool is_footnote_section(const HtmlNode& n) {
  const std::string_view epub = n.attribute("epub:type");
  return has_class(n, "footnotes") || n.has_attribute("data-footnotes") ||
         n.attribute("role") == "doc-endnotes" || n.attribute("role") == "doc-footnotes" ||
         n.attribute("data-type") == "footnotes" || has_word(epub, "footnotes") ||
         has_word(epub, "endnotes") || has_word(epub, "rearnotes");
}

// A note that is no list item: HTMLBook's <p data-type="footnote">, EPUB's and DPUB-ARIA's
// <aside>, DocBook's <div class="footnote">. (HTMLBook's inline <span data-type="footnote"> is
// the note before rendering, and stays text.)
bool is_note_element(const HtmlNode& n) {
  if (n.tag == "li" || n.tag == "a" || n.tag == "sup" || n.tag == "span") return false;
  const std::string_view epub = n.attribute("epub:type");
  const std::string_view role = n.attribute("role");
  return n.attribute("data-type") == "footnote" || has_word(epub, "footnote") ||
         has_word(epub, "endnote") || has_word(epub, "rearnote") || role == "doc-footnote" ||
         role == "doc-endnote" || (n.tag == "div" && has_class(n, "footnote"));
}

// The element child before `child` in `parent`, skipping text (whitespace between tags).
std::size_t previous_element(const HtmlDom& dom, std::size_t parent, std::size_t child) {
  const auto& kids = dom.nodes[parent].children;
  const auto it = std::find(kids.begin(), kids.end(), child);
  for (auto k = it; k != kids.begin();) {
    --k;
    if (!dom.nodes[*k].is_text) return *k;
    if (visible_text(dom, *k).size() > 0) return kNoNode;
  }
  return kNoNode;
}

// The element that stands for `node` among its parent's children: itself, or the wrapper it is
// the only element of (MediaWiki puts headings and lists in <div>s).
std::size_t outermost(const HtmlDom& dom, const HtmlNotes& notes, std::size_t node) {
  for (std::size_t p = notes.parent[node]; p != kNoNode; p = notes.parent[p]) {
    const auto& kids = dom.nodes[p].children;
    const auto elements = std::count_if(kids.begin(), kids.end(),
                                        [&](std::size_t k) { return !dom.nodes[k].is_text; });
    if (elements != 1 || dom.nodes[p].tag == "body" || dom.nodes[p].tag == "html") break;
    node = p;
  }
  return node;
}

bool is_heading_block(const HtmlDom& dom, std::size_t node) {
  for (std::size_t depth = 0; node != kNoNode && depth < 3; ++depth) {
    if (is_heading(dom.nodes[node].tag)) return true;
    std::size_t only = kNoNode;
    for (std::size_t k : dom.nodes[node].children) {
      if (dom.nodes[k].is_text) continue;
      if (only != kNoNode) return false;
      only = k;
    }
    node = only;
  }
  return false;
}

// Whether a list sits right under a heading such as "References" or "Sources".
bool under_reference_heading(const HtmlDom& dom, const HtmlNotes& notes, std::size_t list) {
  const std::size_t self = outermost(dom, notes, list);
  const std::size_t parent = notes.parent[self];
  if (parent == kNoNode) return false;
  const std::size_t before = previous_element(dom, parent, self);
  return before != kNoNode && is_heading_block(dom, before) &&
         is_reference_heading(visible_text(dom, before));
}

// A list whose items are notes with numbers: MediaWiki's, a footnotes section's, or a numbered
// list under a references heading.
bool is_note_list(const HtmlDom& dom, const HtmlNotes& notes, std::size_t i) {
  const HtmlNode& n = dom.nodes[i];
  if (n.tag != "ol" && n.tag != "ul") return false;
  if (has_class(n, "references") || has_class(n, "footnotes")) return true;
  for (std::size_t p = notes.parent[i]; p != kNoNode; p = notes.parent[p]) {
    if (is_footnote_section(dom.nodes[p])) return true;
  }
  return n.tag == "ol" && under_reference_heading(dom, notes, i);
}

// A bibliography the notes point into (MediaWiki's "refbegin", a bulleted list under "Sources"):
// no prose, and no numbers of its own.
bool is_bibliography(const HtmlDom& dom, const HtmlNotes& notes, std::size_t i) {
  const HtmlNode& n = dom.nodes[i];
  return has_class(n, "refbegin") || (n.tag == "ul" && under_reference_heading(dom, notes, i));
}

void mark_subtree(const HtmlDom& dom, std::size_t root, std::size_t ref, HtmlNotes& notes) {
  std::vector<std::size_t> stack{root};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    notes.reference_of[i] = ref;
    for (std::size_t c : dom.nodes[i].children) stack.push_back(c);
  }
}

// A back link returns from the note to the marker that cites it ("^", "↩"): named so, or leading
// to a place outside every note that is a marker (its link, or the <sup> holding it) or nothing.
bool is_back_link(const HtmlDom& dom, const HtmlNotes& notes, std::size_t a) {
  const HtmlNode& n = dom.nodes[a];
  const std::string_view target = notes.target[a];
  if (!target.starts_with("#")) return false;
  if (n.has_attribute("data-footnote-backref") || n.attribute("role") == "doc-backlink" ||
      has_class(n, "footnote-back") || has_class(n, "footnote-backref")) {
    return true;
  }
  const std::string_view id = target.substr(1);
  if (id.starts_with("cite_ref") || id.starts_with("fnref") ||
      id.starts_with("user-content-fnref")) {
    return true;
  }
  const auto found = notes.ids.find(id);
  if (found == notes.ids.end()) return true;
  std::size_t place = found->second;
  if (notes.reference_of[place]) return false;
  if (dom.nodes[place].tag == "sup") {
    for (std::size_t c : dom.nodes[place].children) {
      if (dom.nodes[c].tag == "a") place = c;
    }
  }
  return dom.nodes[place].tag == "a" && notes.target[place].starts_with("#");
}

std::string first_web_link(const HtmlDom& dom, const HtmlNotes& notes, std::size_t root) {
  std::vector<std::size_t> stack{root};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    if (is_web_target(notes.target[i])) return notes.target[i];
    const auto& kids = dom.nodes[i].children;
    for (auto c = kids.rbegin(); c != kids.rend(); ++c) stack.push_back(*c);
  }
  return {};
}

// An item's URL: its own external link, or the one in the bibliography entry an in-page link of
// the item names. A link to another note is no URL of this one.
std::string item_url(const HtmlDom& dom, const HtmlNotes& notes, std::size_t item) {
  if (std::string url = first_web_link(dom, notes, item); !url.empty()) return url;
  std::vector<std::size_t> stack{item};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    const std::string_view target = notes.target[i];
    if (target.starts_with("#") && !is_back_link(dom, notes, i)) {
      const auto found = notes.ids.find(target.substr(1));
      if (found != notes.ids.end() && !notes.reference_of[found->second]) {
        if (std::string url = first_web_link(dom, notes, found->second); !url.empty()) return url;
      }
    }
    const auto& kids = dom.nodes[i].children;
    for (auto c = kids.rbegin(); c != kids.rend(); ++c) stack.push_back(*c);
  }
  return {};
}

// The item's text without its back links and their arrows, styles or scripts.
std::string item_title(const HtmlDom& dom, const HtmlNotes& notes, std::size_t item) {
  std::string out;
  std::vector<std::size_t> stack{item};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    const HtmlNode& n = dom.nodes[i];
    if (n.is_text) {
      out += n.text;
      continue;
    }
    if (n.tag == "a" && is_back_link(dom, notes, i)) continue;
    if (has_class(n, "mw-cite-backlink") || n.tag == "style" || n.tag == "script") continue;
    if (is_block(n.tag) || n.tag == "br") out += ' ';  // inline markup adds no space: "[<b>3</b>]"
    for (auto c = n.children.rbegin(); c != n.children.rend(); ++c) stack.push_back(*c);
  }
  std::string collapsed;
  for (const char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

bool in_infobox(const HtmlDom& dom, const HtmlNotes& notes, std::size_t node) {
  for (std::size_t i = node; i != kNoNode; i = notes.parent[i]) {
    if (dom.nodes[i].tag == "table" && has_class(dom.nodes[i], "infobox")) return true;
  }
  return false;
}

// The link an element opens with: its first child that is no blank text, looked for through inline
// wrappers ("<li> <b><a ...>"), or kNoNode when text or another element comes first.
std::size_t leading_link(const HtmlDom& dom, std::size_t element) {
  std::size_t i = element;
  for (int depth = 0; depth < 4; ++depth) {
    std::size_t first = kNoNode;
    for (std::size_t c : dom.nodes[i].children) {
      const HtmlNode& n = dom.nodes[c];
      if (n.is_text && n.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      first = c;
      break;
    }
    if (first == kNoNode || dom.nodes[first].is_text) return kNoNode;
    const std::string_view tag = dom.nodes[first].tag;
    if (tag == "a") return first;
    if (tag != "b" && tag != "strong" && tag != "em" && tag != "i" && tag != "span" && tag != "p") {
      return kNoNode;
    }
    i = first;
  }
  return kNoNode;
}

// Links to the page's own site that open every item of a list of three or more: a table of
// contents ("Security: ..., Kernel: ...") or a list of related articles, each a link and its
// summary. Those links are the site's navigation, whatever the summaries say.
std::vector<std::size_t> contents_links(const HtmlDom& dom, const HtmlNotes& notes) {
  std::vector<std::size_t> out;
  for (std::size_t list = 0; list < dom.nodes.size(); ++list) {
    const HtmlNode& l = dom.nodes[list];
    if (l.tag != "ul" && l.tag != "ol") continue;
    std::vector<std::size_t> leading;
    bool every = true;
    for (std::size_t item : l.children) {
      if (dom.nodes[item].tag != "li") continue;
      const std::size_t a = leading_link(dom, item);
      every = a != kNoNode && is_web_target(notes.target[a]) &&
              on_own_site(notes.page, notes.target[a]);
      if (!every) break;
      leading.push_back(a);
    }
    if (every && leading.size() >= 3) out.insert(out.end(), leading.begin(), leading.end());
  }
  return out;
}

// A link that turns the page ("Security>>", "« Older", rel="next"): pagination, not a source.
bool turns_the_page(const HtmlDom& dom, std::size_t a) {
  const HtmlNode& n = dom.nodes[a];
  if (has_word(n.attribute("rel"), "next") || has_word(n.attribute("rel"), "prev")) return true;
  const std::string text = text::single_spaced(visible_text(dom, a));
  for (std::string_view arrow : {">>", "\u00BB", "\u203A"}) {
    if (text.ends_with(arrow)) return true;
  }
  return text.starts_with("<<") || text.starts_with("\u00AB") || text.starts_with("\u2039");
}

// Where each link leads, for a citation: a MediaWiki page marks its external links, and edit and
// tag links are tools and topics, not sources.
void find_targets(const HtmlDom& dom, HtmlNotes& notes) {
  notes.page = page_address(dom);
  notes.target.assign(dom.nodes.size(), {});
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const HtmlNode& n = dom.nodes[i];
    if (n.tag != "a" && n.tag != "area") continue;
    std::string target = link_target(notes.page, n.attribute("href"));
    if (is_web_target(target)) {
      const bool wiki_link = notes.page.mediawiki && !has_class(n, "external");
      // An infobox's links are the subject's particulars (its website), not sources: MediaWiki
      // gives the box the class "infobox"; its notes are cited by markers, which are read.
      const bool particulars = notes.page.mediawiki && in_infobox(dom, notes, i);
      const std::size_t query = target.find('?');
      const std::string_view q =
          query == std::string::npos ? std::string_view() : std::string_view(target).substr(query);
      // A tag link (rel="tag", the microformat; class "tag") files the page under a topic.
      const bool tag = has_word(n.attribute("rel"), "tag") || has_class(n, "tag");
      if (wiki_link || particulars || tag || q.find("action=edit") != std::string_view::npos) {
        target.clear();
      }
    }
    notes.target[i] = std::move(target);
  }
  // A link to the page's own site ("/Articles/123/", the same host) cites the site's page from
  // prose; in a list of links (a menu, a sidebar) it is the site's navigation.
  // So is a list of contents, and a link that turns the page.
  const std::vector<std::size_t> contents = contents_links(dom, notes);
  LinkLists lists(dom, notes.parent);
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const std::string& target = notes.target[i];
    if (is_web_target(target) && on_own_site(notes.page, target) &&
        (lists.holds(i) || turns_the_page(dom, i))) {
      notes.target[i].clear();
    }
  }
  for (const std::size_t a : contents) notes.target[a].clear();
}

// Numbers the items of each note list, then the notes that are no list items (numbered among
// their siblings), and orders the references as they stand in the page.
void number_notes(const HtmlDom& dom, const std::vector<std::size_t>& lists, HtmlNotes& notes) {
  std::vector<std::pair<std::size_t, std::string>> found;  // (item, number)
  for (const std::size_t list : lists) {
    if (notes.reference_of[list]) continue;  // a list inside a note is part of the note
    notes.note_list[list] = true;
    long number = 1;
    if (const std::string_view start = dom.nodes[list].attribute("start"); !start.empty()) {
      number = std::max(1L, std::strtol(std::string(start).c_str(), nullptr, 10));
    }
    for (std::size_t item : dom.nodes[list].children) {
      if (dom.nodes[item].tag != "li") continue;
      mark_subtree(dom, item, found.size(), notes);
      found.emplace_back(item, std::to_string(number++));
    }
  }
  std::map<std::size_t, long> counters;  // per parent of notes that are no list items
  std::vector<std::size_t> loose;
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (is_note_element(dom.nodes[i])) loose.push_back(i);
  }
  std::sort(loose.begin(), loose.end(), [&](std::size_t a, std::size_t b) {
    return dom.nodes[a].offset < dom.nodes[b].offset;
  });
  for (const std::size_t item : loose) {
    if (notes.reference_of[item]) continue;
    notes.note_list[item] = true;
    mark_subtree(dom, item, found.size(), notes);
    found.emplace_back(item, std::to_string(++counters[notes.parent[item]]));
  }
  std::vector<std::size_t> order(found.size());
  for (std::size_t r = 0; r < order.size(); ++r) order[r] = r;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return dom.nodes[found[a].first].offset < dom.nodes[found[b].first].offset;
  });
  std::vector<std::size_t> rank(found.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (std::size_t i = 0; i < notes.reference_of.size(); ++i) {
    if (notes.reference_of[i]) notes.reference_of[i] = rank[*notes.reference_of[i]];
  }
  for (const std::size_t r : order) {
    core::Reference ref;
    ref.id = found[r].second;
    ref.offset = dom.nodes[found[r].first].offset;
    notes.references.push_back(std::move(ref));
    notes.items.push_back(found[r].first);
  }
}

}  // namespace

bool has_class(const HtmlNode& node, std::string_view name) {
  return has_word(node.attribute("class"), name);
}

std::string marker_label(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != '[' && c != ']') out += c;
  }
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool looks_like_note_link(const HtmlDom& dom, const HtmlNotes& notes, std::size_t a) {
  const HtmlNode& n = dom.nodes[a];
  const std::size_t parent = notes.parent[a];
  const std::string_view target = notes.target[a];
  return (parent != kNoNode && dom.nodes[parent].tag == "sup") ||
         n.has_attribute("data-footnote-ref") || n.attribute("role") == "doc-noteref" ||
         n.attribute("data-type") == "noteref" || has_word(n.attribute("epub:type"), "noteref") ||
         has_class(n, "footnote-ref") || target.starts_with("#cite_note") ||
         target.starts_with("#fn");
}

std::string visible_text(const HtmlDom& dom, std::size_t node) {
  std::string raw;
  std::vector<std::size_t> stack{node};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    const HtmlNode& n = dom.nodes[i];
    if (n.is_text) raw += n.text;
    if (n.tag == "script" || n.tag == "style") continue;
    for (auto c = n.children.rbegin(); c != n.children.rend(); ++c) stack.push_back(*c);
  }
  std::string out;
  for (const char c : raw) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

HtmlNotes find_notes(const HtmlDom& dom) {
  HtmlNotes notes;
  const std::size_t n = dom.nodes.size();
  notes.parent.assign(n, kNoNode);
  notes.reference_of.assign(n, std::nullopt);
  notes.note_list.assign(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t c : dom.nodes[i].children) notes.parent[c] = i;
    for (const char* key : {"id", "name"}) {
      const std::string_view id = dom.nodes[i].attribute(key);
      if (!id.empty()) notes.ids.try_emplace(std::string(id), i);
    }
  }
  find_targets(dom, notes);
  // Lists in reading order (node indices are not: the DOM copy is built depth first from a stack).
  std::vector<std::size_t> lists;
  for (std::size_t i = 0; i < n; ++i) {
    if (is_footnote_section(dom.nodes[i]) || is_bibliography(dom, notes, i)) {
      notes.note_list[i] = true;
    }
    if (is_note_list(dom, notes, i)) lists.push_back(i);
  }
  std::sort(lists.begin(), lists.end(), [&](std::size_t a, std::size_t b) {
    return dom.nodes[a].offset < dom.nodes[b].offset;
  });
  number_notes(dom, lists, notes);
  name_grouped_notes(dom, notes);
  for (std::size_t r = 0; r < notes.items.size(); ++r) {
    notes.references[r].url = item_url(dom, notes, notes.items[r]);
    notes.references[r].title = item_title(dom, notes, notes.items[r]);
  }
  return notes;
}

}  // namespace citecheck::cite
