// One walk over the DOM in document order builds the prose the way a browser lays it out (block
// elements end blocks, whitespace collapses) and records citations as it goes:
//   - a fragment link to an item of a note list is a marker, written "[n]" in the prose whatever
//     it shows ("1", "[1]", a superscript), so claims read the same as the plain-text article;
//   - a fragment link that looks like a note reference but names nothing is a marker of a missing
//     reference;
//   - an external link, <q cite> or <blockquote cite> is a citation of its URL spanning its text.
// Pages nested deeper than html::kMaxNestingDepth are not read (gumbo is quadratic there).
#include "cite/html_article.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "cite/html_furniture.h"
#include "cite/html_notes.h"
#include "cite/html_preformatted.h"
#include "cite/markers.h"
#include "cite/prose_builder.h"
#include "cite/suppressions.h"
#include "html/dom.h"
#include "html/flat.h"
#include "text/ascii.h"
#include "text/line_index.h"

namespace citecheck::cite {
namespace {

using html::HtmlDom;
using html::HtmlNode;

bool in(std::string_view tag, std::initializer_list<std::string_view> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

class Walker {
 public:
  Walker(std::string_view html, const HtmlDom& dom, const HtmlNotes& notes,
         core::CitationIndex& index)
      : html_(html), dom_(dom), notes_(notes), index_(index), builder_(html, true) {}

  void walk(std::size_t i) {
    const HtmlNode& n = dom_.nodes[i];
    if (n.is_text) {
      const std::size_t limit = n.source_length > 0 ? n.offset + n.source_length : html_.size();
      builder_.append_decoded(n.text, n.offset, limit);
      return;
    }
    if (notes_.note_list[i]) return;
    if (is_structural_furniture(n) || (is_named_furniture(n) && !cites_a_note(i))) return;
    if (n.tag == "br") return builder_.append_synthetic(" ", n.offset);
    if (n.tag == "sup" && after_marker() && is_page_number(visible_text(dom_, i))) return;
    if (n.tag == "sup" && bracketed_marker(i)) return;
    notice_unsupported(i);
    const bool block = is_block(n.tag);
    if (block) builder_.end_block(false);
    const std::optional<core::BlockKind> kind = block_kind(i);
    const core::BlockKind outer = kind ? builder_.set_kind(*kind) : core::BlockKind::kText;
    const std::size_t begin = builder_.size();
    if (n.tag == "a" && anchor(i)) return;
    if (n.tag == "q") builder_.append_synthetic("\u201C", n.offset);
    for (std::size_t c : n.children) walk(c);
    if (n.tag == "q") builder_.append_synthetic("\u201D", n.offset);
    if (in(n.tag, {"code", "kbd", "samp", "var"})) {
      skip_.emplace_back(begin, builder_.size());
      index_.code.emplace_back(begin, builder_.size());
    }
    if (in(n.tag, {"q", "blockquote"})) {
      const std::string cite = link_target(notes_.page, n.attribute("cite"));
      if (is_web_target(cite)) cite_text(cite, begin, n.offset, false);
    }
    if (block) builder_.end_block(in(n.tag, {"h1", "h2", "h3", "h4", "h5", "h6"}));
    if (kind) {
      builder_.end_block(false);
      builder_.set_kind(outer);
    }
  }

  // Markers inside notes that cite other notes ("as quoted in [1]"): the notes are no prose, so
  // each is written after the body, in a block of its own, where it makes no claim.
  void walk_nested_markers() {
    for (std::size_t r = 0; r < notes_.items.size(); ++r) {
      std::vector<std::size_t> stack{notes_.items[r]};
      while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        const auto target = note_target(i);
        if (target && *target != r) {
          builder_.end_block(false);
          write_marker(index_.references[*target].id, index_.references[*target].id, i);
          continue;
        }
        const auto& kids = dom_.nodes[i].children;
        for (auto c = kids.rbegin(); c != kids.rend(); ++c) stack.push_back(*c);
      }
    }
    builder_.end_block(false);
  }

  // Closes the body; what is written after it makes no claims.
  std::size_t finish_body() {
    builder_.end_block(false);
    return builder_.size();
  }

  std::vector<std::pair<std::size_t, std::size_t>> skip() const { return skip_; }
  core::Prose finish() { return builder_.finish(); }

 private:
  // What the element `i` makes of the blocks inside it, where its markup says: a caption of a
  // figure or a table (MediaWiki's thumbnails and galleries write theirs in classed <div>s), or a
  // term's description, a <dd> after a <dt> of the same list.
  std::optional<core::BlockKind> block_kind(std::size_t i) {
    const HtmlNode& n = dom_.nodes[i];
    if (in(n.tag, {"figcaption", "caption"}) || has_class(n, "thumbcaption") ||
        has_class(n, "gallerytext")) {
      return core::BlockKind::kCaption;
    }
    if (n.tag == "dl") {
      // Mark the list's descriptions that follow a term, for when the walk reaches them.
      bool term = false;
      for (std::size_t c : n.children) {
        term = term || dom_.nodes[c].tag == "dt";
        if (term && dom_.nodes[c].tag == "dd") descriptions_.insert(c);
      }
    }
    if (n.tag == "dd" && descriptions_.contains(i)) return core::BlockKind::kDefinition;
    return std::nullopt;
  }

  // The reference whose note the link `i` leads to, if any.
  std::optional<std::size_t> note_target(std::size_t i) const {
    const std::string_view target = notes_.target[i];
    if (!target.starts_with("#")) return std::nullopt;
    const auto found = notes_.ids.find(target.substr(1));
    if (found == notes_.ids.end()) return std::nullopt;
    return notes_.reference_of[found->second];
  }

  // Whether a link to one of the page's notes stands inside the element `root`.
  bool cites_a_note(std::size_t root) const {
    std::vector<std::size_t> stack{root};
    while (!stack.empty()) {
      const std::size_t i = stack.back();
      stack.pop_back();
      if (dom_.nodes[i].tag == "a" && note_target(i)) return true;
      for (std::size_t c : dom_.nodes[i].children) stack.push_back(c);
    }
    return false;
  }

  // DocBook's "<sup>[<a href="#ftn.x">1</a>]</sup>": the brackets go with the marker, which
  // writes its own. True when the <sup> was written so.
  bool bracketed_marker(std::size_t sup) {
    std::size_t link = kNoNode;
    for (std::size_t c : dom_.nodes[sup].children) {
      const HtmlNode& child = dom_.nodes[c];
      if (child.is_text) {
        if (child.text.find_first_not_of("[] \t\n") != std::string::npos) return false;
      } else if (child.tag == "a" && link == kNoNode && notes_.target[c].starts_with("#")) {
        link = c;
      } else {
        return false;
      }
    }
    if (link == kNoNode || (!note_target(link) && !looks_like_note_link(dom_, notes_, link))) {
      return false;
    }
    return anchor(link);
  }

  bool after_marker() const {
    const std::string_view prose = builder_.text();
    return !prose.empty() && prose.back() == ']';
  }

  // Handles a link that is a note marker (true) or an external link (walks it, then true);
  // false leaves the caller to walk an ordinary link.
  bool anchor(std::size_t i) {
    const HtmlNode& n = dom_.nodes[i];
    const std::string_view target = notes_.target[i];
    if (target.starts_with("#")) {
      const auto ref = note_target(i);
      if (!ref && !looks_like_note_link(dom_, notes_, i)) return false;
      // A link to a note that is not there cites its fragment, which no list item can be.
      const std::string id = ref ? index_.references[*ref].id : std::string(target);
      std::string label = marker_label(visible_text(dom_, i));
      if (label.empty()) label = ref ? id : "?";
      // Set off from the word before it, as the plain-text article writes "before [1]".
      if (!builder_.text().empty() && !after_marker()) {
        builder_.append_synthetic(" ", marker_origin(i));
      }
      write_marker(id, label, i);
      return true;
    }
    if (!is_web_target(target) || notes_.reference_of[i]) return false;
    const std::size_t begin = builder_.size();
    for (std::size_t c : n.children) walk(c);
    // Link text is no marker: MediaWiki numbers bare external links "[1]", and such a link is a
    // citation of its URL that, like a marker, says nothing of its own.
    skip_.emplace_back(begin, builder_.size());
    cite_text(std::string(target), begin, n.offset, has_class(n, "autonumber"));
    return true;
  }

  // Writes "[label]" for the link `i`, a citation of `id`. (The text written may open a block,
  // which puts a blank line before it.)
  void write_marker(const std::string& id, const std::string& label, std::size_t i) {
    const std::string marker = "[" + label + "]";
    builder_.append_synthetic(marker, marker_origin(i));
    const std::size_t begin = builder_.size() - marker.size();
    index_.citations.push_back({id, begin, marker.size(), {}, true});
    skip_.emplace_back(begin, builder_.size());
  }

  // A note marker's position: its <sup> when it sits in one, else the link itself.
  std::size_t marker_origin(std::size_t i) const {
    const std::size_t parent = notes_.parent[i];
    if (parent != kNoNode && dom_.nodes[parent].tag == "sup") return dom_.nodes[parent].offset;
    return dom_.nodes[i].offset;
  }

  void cite_text(const std::string& url, std::size_t begin, std::size_t origin, bool marker) {
    // Only the words: the blank before or after them may be trimmed when the block ends.
    const std::string_view prose = builder_.text();
    std::size_t end = prose.size();
    while (begin < end && (prose[begin] == '\n' || prose[begin] == ' ')) ++begin;
    while (end > begin && (prose[end - 1] == '\n' || prose[end - 1] == ' ')) --end;
    if (end == begin) return;
    const std::string id = pages_.cite(index_, url, origin);
    index_.citations.push_back({id, begin, end - begin, {}, marker});
  }

  void notice_unsupported(std::size_t i) {
    const HtmlNode& n = dom_.nodes[i];
    if (n.has_attribute("data-cites")) add_notice(index_, kPandocNotice);
    if (n.tag == "sup" && !n.has_attribute("class")) {
      const std::string text = visible_text(dom_, i);
      const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == ' ';
      });
      bool linked = false;
      for (std::size_t c : n.children) linked = linked || dom_.nodes[c].tag == "a";
      const std::size_t parent = notes_.parent[i];
      linked = linked || (parent != kNoNode && dom_.nodes[parent].tag == "a");
      if (digits && !linked && !is_exponent(builder_.text(), text)) {
        add_notice(index_,
                   "superscript note numbers without a link to their note are not supported yet; "
                   "they were not checked");
      }
    }
  }

  std::string_view html_;
  const HtmlDom& dom_;
  const HtmlNotes& notes_;
  core::CitationIndex& index_;
  ProseBuilder builder_;
  PageReferences pages_;  // links to one page (two fragments, a trailing slash) cite one reference
  std::vector<std::pair<std::size_t, std::size_t>> skip_;
  std::unordered_set<std::size_t> descriptions_;  // <dd>s that follow a <dt> of their list
};

bool is_year(std::string_view s) {
  return s.size() == 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A bibliography's first-published year after the edition's, "(2001) [1994]" or "2001 [1994]", is
// a date, not a marker.
void skip_bracketed_years(std::string_view prose,
                          std::vector<std::pair<std::size_t, std::size_t>>& skip) {
  for (std::size_t i = prose.find(" ["); i != std::string_view::npos; i = prose.find(" [", i + 1)) {
    if (i + 7 >= prose.size() + 1 || prose.substr(i + 6, 1) != "]" ||
        !is_year(prose.substr(i + 2, 4))) {
      continue;
    }
    std::string_view before = prose.substr(0, i);
    if (before.ends_with(")")) before.remove_suffix(1);
    if (before.size() >= 4 && is_year(before.substr(before.size() - 4))) {
      skip.emplace_back(i + 1, i + 7);
    }
  }
}

// The comments that can be directives: a comment inside <pre>, <code> and the like is part of a
// code sample.
std::vector<Comment> directive_comments(std::string_view html, const HtmlDom& dom,
                                        const HtmlNotes& notes) {
  const text::LineIndex lines(html);
  std::vector<Comment> out;
  for (const html::HtmlComment& c : dom.comments) {
    bool in_code = false;
    for (std::size_t n = c.parent; n != kNoNode && !in_code; n = notes.parent[n]) {
      in_code = is_code_element(dom.nodes[n].tag);
    }
    if (in_code) continue;
    const int line = lines.position(c.offset).line;
    out.push_back(
        {c.text, line, line + static_cast<int>(std::count(c.text.begin(), c.text.end(), '\n'))});
  }
  return out;
}

// Letters (ASCII letters, and every byte of a non-ASCII character) in `text`.
std::size_t letters(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    n += (u >= 0x80 || static_cast<unsigned>((u | 0x20) - 'a') < 26U) ? 1 : 0;
  }
  return n;
}

// Letters a reader of the page could see: text outside <head>, scripts, styles and templates,
// and outside elements the page hides.
std::size_t visible_letters(const HtmlDom& dom) {
  std::size_t n = 0;
  std::vector<std::size_t> stack{0};
  while (!stack.empty()) {
    const HtmlNode& node = dom.nodes[stack.back()];
    stack.pop_back();
    if (node.is_text) {
      n += letters(node.text);
      continue;
    }
    if (node.tag == "head" || node.tag == "script" || node.tag == "style" ||
        node.tag == "template" || node.tag == "noscript" || html::is_hidden(node)) {
      continue;
    }
    for (const std::size_t c : node.children) stack.push_back(c);
  }
  return n;
}

// A page whose visible text was nearly all taken for furniture says so, rather than passing
// with nothing checked: a rule that read a whole article as navigation is a bug to report.
constexpr std::size_t kTextWorthReading = 2000;  // letters
constexpr std::size_t kProseShareOf = 50;        // prose under 1/50 of the text

void notice_unread_page(const HtmlDom& dom, const core::CitationIndex& index,
                        std::vector<std::string>& notices) {
  const std::size_t seen = visible_letters(dom);
  const std::size_t read = letters(index.prose.text);
  if (seen < kTextWorthReading || read * kProseShareOf >= seen) return;
  notices.push_back(fmt::format(
      "almost none of this page's text was read as the article ({} of {} letters): the rest "
      "looked like page furniture (navigation, sidebars, comments, hidden blocks); to check all "
      "of it, give --input-format text",
      read, seen));
}

}  // namespace

core::CitationIndex extract_html_article(const core::Document& doc) {
  core::CitationIndex index;
  if (html::tag_depth(doc.text) > html::kMaxNestingDepth) {
    index.notices.push_back(
        fmt::format("elements nest more than {} deep; this HTML article was not checked",
                    html::kMaxNestingDepth));
    index.prose.pieces.push_back({0, 0, false});
    return index;
  }
  const HtmlDom dom = html::parse_html(doc.text);
  const HtmlNotes notes = find_notes(dom);
  const bool preformatted = is_preformatted_article(dom);
  if (preformatted) index = extract_preformatted(doc.text, dom);
  index.suppressions =
      comment_suppressions(directive_comments(doc.text, dom, notes), doc.text, index.notices);
  if (preformatted) return index;
  index.references = notes.references;  // note lists first: Walker finds them by index
  Walker walker(doc.text, dom, notes, index);
  walker.walk(0);
  const std::size_t body_end = walker.finish_body();
  walker.walk_nested_markers();
  MarkerOptions markers;
  markers.skip = walker.skip();
  index.prose = walker.finish();
  index.body_end = body_end;
  skip_bracketed_years(index.prose.text.substr(0, body_end), markers.skip);
  std::sort(markers.skip.begin(), markers.skip.end());
  find_markers(std::string_view(index.prose.text).substr(0, body_end), markers, index);
  notice_unread_page(dom, index, index.notices);
  return index;
}

}  // namespace citecheck::cite
