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

#include "source/content.h"
#include "source/flat_html.h"
#include "source/html_text.h"
#include "source/gzip.h"
#include "source/html_dom.h"
#include "text/utf8.h"

namespace citecheck::source {
namespace {

std::size_t body_of(const HtmlDom& dom) {
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dom.nodes[i].tag == "body") return i;
  }
  return 0;
}

std::string page_title(const HtmlDom& dom) {
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dom.nodes[i].tag != "title") continue;
    std::string t = inline_text(dom, i);
    if (!t.empty()) return t;
  }
  return "";
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
  page.main.text = main_content(dom);
  page.visible = render_text(dom, {body_of(dom)}, {});
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
  if (is_gzip(body)) {
    if (auto inflated = gunzip(body)) return read_page(*inflated, content_type);
  }
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
