// Rendering an HtmlDom subtree as text, one block per line, for the source stage (extract.cc and
// content.cc choose what to render; this file only knows tags and whitespace).
#include "source/html_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace citecheck::source {

using html::HtmlDom;
using html::HtmlNode;

bool is_invisible_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 13> kTags = {
      "script", "style",  "noscript", "template", "head",   "svg",  "canvas",
      "object", "iframe", "select",   "option",   "button", "title"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool is_block_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 36> kTags = {
      "p",      "div",        "section",    "article", "main",  "h1",      "h2",  "h3",
      "h4",     "h5",         "h6",         "li",      "ul",    "ol",      "dl",  "dt",
      "dd",     "tr",         "td",         "th",      "table", "pre",     "br",  "hr",
      "figure", "figcaption", "blockquote", "address", "body",  "caption", "nav", "header",
      "footer", "aside",      "form",       "details"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool is_heading_tag(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

void TextSink::add(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool nbsp = c == '\xc2' && i + 1 < s.size() && s[i + 1] == '\xa0';
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
      pending_space_ = line_open_;
      if (nbsp) ++i;
    } else {
      if (pending_space_) out_ += ' ';
      pending_space_ = false;
      out_ += c;
      line_open_ = true;
    }
  }
}

void TextSink::end_line() {
  if (line_open_) out_ += '\n';
  line_open_ = false;
  pending_space_ = false;
}

std::string TextSink::take() {
  end_line();
  return std::move(out_);
}

std::string render_text(const HtmlDom& dom, const std::vector<std::size_t>& roots,
                        const std::vector<bool>& skip) {
  TextSink sink;
  // (node, leaving): a block element is visited again on the way out to end its line.
  std::vector<std::pair<std::size_t, bool>> stack;
  for (auto root = roots.rbegin(); root != roots.rend(); ++root) stack.emplace_back(*root, false);
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
    if (!skip.empty() ? skip[index] : (is_invisible_tag(n.tag) || is_hidden(n))) continue;
    if (is_block_tag(n.tag)) {
      sink.end_line();
      stack.emplace_back(index, true);
    }
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
      stack.emplace_back(*it, false);
  }
  return sink.take();
}

std::string inline_text(const HtmlDom& dom, std::size_t root) {
  TextSink sink;
  std::vector<std::size_t> stack{root};
  while (!stack.empty()) {
    const HtmlNode& n = dom.nodes[stack.back()];
    stack.pop_back();
    if (n.is_text) {
      sink.add(n.text);
      continue;
    }
    if (n.tag != "title" && (is_invisible_tag(n.tag) || is_hidden(n))) continue;
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
  }
  std::string text = sink.take();
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace citecheck::source
