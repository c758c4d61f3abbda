// HTML to text. The article root is the page's articleBody, else its largest <article>, else
// <main>, else <body>; under it, whole subtrees are skipped when their tag is furniture or their
// class or id names furniture ("sidebar", "cookie-banner", "share-bar"). Block elements end a line,
// so headings, paragraphs, list items and table cells stay apart for sentence splitting.
#include "source/extract.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "source/flat_html.h"
#include "source/html_dom.h"
#include "text/utf8.h"

namespace citecheck::source {
namespace {

constexpr std::size_t kMinArticleChars = 200;

bool is_invisible_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 8> kTags = {
      "script", "style", "noscript", "template", "head", "svg", "canvas", "object"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool is_furniture_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 11> kTags = {
      "nav",    "header", "footer",   "aside", "form",  "iframe",
      "button", "select", "textarea", "input", "dialog"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool is_block_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 30> kTags = {
      "p",          "div", "section", "article", "main",  "h1",         "h2",  "h3",
      "h4",         "h5",  "h6",      "li",      "ul",    "ol",         "dl",  "dt",
      "dd",         "tr",  "td",      "th",      "table", "blockquote", "pre", "figure",
      "figcaption", "br",  "hr",      "address", "body",  "caption"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

// A class or id word that marks furniture: "sidebar", "cookie", "share", "related", ...
bool is_furniture_word(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "sidebar",     "side",      "related",  "share",   "sharing",       "social",
      "comment",     "comments",  "cookie",   "cookies", "consent",       "gdpr",
      "banner",      "ad",        "ads",      "advert",  "advertisement", "promo",
      "newsletter",  "subscribe", "trending", "popular", "recommended",   "breadcrumb",
      "breadcrumbs", "menu",      "nav",      "navbar",  "footer",        "masthead"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool names_furniture(std::string_view value) {
  std::string word;
  auto flush = [&]() {
    const bool hit = is_furniture_word(word);
    word.clear();
    return hit;
  };
  for (const char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (flush()) {
      return true;
    }
  }
  return flush();
}

bool is_hidden(const HtmlNode& n) {
  // "hidden" is a boolean attribute: <p hidden> gives it an empty value.
  if (n.has_attribute("hidden") || n.attribute("aria-hidden") == "true") return true;
  std::string style(n.attribute("style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos;
}

// What a walk leaves out: only what no reader sees, or furniture too (by tag and role, and
// optionally by class and id names).
enum class Keep { kVisible, kMainByTag, kMain };

bool skipped(const HtmlNode& n, Keep keep) {
  if (is_invisible_tag(n.tag) || is_hidden(n)) return true;
  if (keep == Keep::kVisible) return false;
  // The page's own containers often carry class names like "has-ads"; never drop those whole.
  const bool container =
      n.tag == "html" || n.tag == "body" || n.tag == "main" || n.tag == "article";
  if (container) return false;
  return is_furniture_tag(n.tag) || n.attribute("role") == "navigation" ||
         n.attribute("role") == "complementary" ||
         (keep == Keep::kMain &&
          (names_furniture(n.attribute("class")) || names_furniture(n.attribute("id"))));
}

// Appends text with runs of whitespace collapsed; `line_open` tracks whether the line has text.
class TextSink {
 public:
  void add(std::string_view s) {
    for (const char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = line_open_;
      } else {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
        out_ += c;
        line_open_ = true;
      }
    }
  }
  void end_line() {
    if (line_open_) out_ += '\n';
    line_open_ = false;
    pending_space_ = false;
  }
  std::string take() {
    end_line();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool line_open_ = false;
  bool pending_space_ = false;
};

std::string text_under(const HtmlDom& dom, std::size_t root, Keep keep) {
  TextSink sink;
  // (node, leaving): a block element is visited again on the way out to end its line.
  std::vector<std::pair<std::size_t, bool>> stack{{root, false}};
  while (!stack.empty()) {
    const auto [index, leaving] = stack.back();
    stack.pop_back();
    const HtmlNode& n = dom.nodes[index];
    if (n.is_text) {
      sink.add(n.text);
      continue;
    }
    if (leaving || n.tag == "br") {
      sink.end_line();
      continue;
    }
    if (skipped(n, keep)) continue;
    if (is_block_tag(n.tag)) {
      sink.end_line();
      stack.emplace_back(index, true);
    }
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
      stack.emplace_back(*it, false);
  }
  return sink.take();
}

std::vector<std::size_t> find_all(const HtmlDom& dom, auto&& pred) {
  std::vector<std::size_t> hits;
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (!dom.nodes[i].is_text && pred(dom.nodes[i])) hits.push_back(i);
  }
  return hits;
}

std::string page_title(const HtmlDom& dom) {
  for (const std::size_t i : find_all(dom, [](const HtmlNode& n) { return n.tag == "title"; })) {
    TextSink sink;
    for (const std::size_t c : dom.nodes[i].children) {
      if (dom.nodes[c].is_text) sink.add(dom.nodes[c].text);
    }
    std::string t = sink.take();
    while (!t.empty() && t.back() == '\n') t.pop_back();
    if (!t.empty()) return t;
  }
  return "";
}

// The article's text, from the most specific root that holds enough of it.
std::string main_text(const HtmlDom& dom) {
  const auto by_itemprop =
      find_all(dom, [](const HtmlNode& n) { return n.attribute("itemprop") == "articleBody"; });
  const auto articles = find_all(dom, [](const HtmlNode& n) { return n.tag == "article"; });
  const auto mains = find_all(
      dom, [](const HtmlNode& n) { return n.tag == "main" || n.attribute("role") == "main"; });
  for (const auto* candidates : {&by_itemprop, &articles, &mains}) {
    std::string best;
    for (const std::size_t i : *candidates) {
      std::string t = text_under(dom, i, Keep::kMain);
      if (t.size() > best.size()) best = std::move(t);
    }
    if (best.size() >= kMinArticleChars) return best;
  }
  const auto bodies = find_all(dom, [](const HtmlNode& n) { return n.tag == "body"; });
  const std::size_t body = bodies.empty() ? 0 : bodies.front();
  std::string text = text_under(dom, body, Keep::kMain);
  // A page-wide wrapper may carry a furniture-sounding name ("layout has-sidebar") and take the
  // whole article with it: when names leave a tenth of what tags alone leave, trust tags alone.
  if (text.size() < kMinArticleChars) {
    std::string by_tag = text_under(dom, body, Keep::kMainByTag);
    if (by_tag.size() > 10 * text.size()) return by_tag;
  }
  return text;
}

// A long line that stops mid-sentence was wrapped by its author; short lines ("Skip to content")
// are separate blocks even without a final period.
bool wrapped(std::string_view line) {
  constexpr std::size_t kWrappedLineBytes = 50;
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < kWrappedLineBytes) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ':' && last != '"';
}

}  // namespace

Page read_html(std::string_view html) {
  const std::string utf8 = text::repair_utf8(html);
  Page page;
  if (tag_depth(utf8) > kMaxNestingDepth) {
    page.main.title = flat_title(utf8);
    page.main.text = flat_text(utf8);
    page.visible = page.main.text;
    return page;
  }
  const HtmlDom dom = parse_html(utf8);
  page.main.title = page_title(dom);
  page.main.text = main_text(dom);
  const auto bodies = find_all(dom, [](const HtmlNode& n) { return n.tag == "body"; });
  page.visible = text_under(dom, bodies.empty() ? 0 : bodies.front(), Keep::kVisible);
  return page;
}

std::string unwrap_text(std::string_view text) {
  std::string out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line;
    const std::size_t next = end + 1;
    const bool next_blank = next >= text.size() || text[next] == '\n' || text[next] == '\r';
    if (wrapped(line) && !next_blank) {
      out += ' ';
    } else {
      out += '\n';
    }
    begin = next;
  }
  return out;
}

Page read_page(std::string_view body, std::string_view content_type) {
  std::string type(content_type);  // media types are case-insensitive: "Text/HTML"
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool html = type.find("html") != std::string::npos;
  if (html) return read_html(body);
  Page page;
  page.main.text = unwrap_text(text::repair_utf8(body));
  page.visible = page.main.text;
  return page;
}

}  // namespace citecheck::source
