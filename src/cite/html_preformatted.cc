// Reads a page whose text is preformatted. Deciding that a <pre> is body text, not code, takes
// two measures: the <pre> blocks hold at least three quarters of the visible text outside page
// furniture (a tutorial's code listings sit among paragraphs), and at least two in three of their
// lines of five or more tokens read as sentences (nearly all tokens words), where code lines are
// symbols, calls and assignments. The text between blocks (rfcmarkup's document links) is
// furniture, so only the blocks are read, and their links and URLs are text: such a document
// cites by markers.
#include "cite/html_preformatted.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "cite/html_furniture.h"
#include "cite/plain_text.h"
#include "cite/prose_builder.h"
#include "text/prose_index.h"

namespace citecheck::cite {
namespace {

using html::HtmlDom;
using html::HtmlNode;

constexpr std::size_t kMinProseLines = 10;

// Calls `pre(i)` for each outermost <pre> outside furniture, and `text(n)` for other text there.
template <typename Pre, typename Text>
void visit_body(const HtmlDom& dom, Pre pre, Text text) {
  std::vector<std::size_t> stack{0};
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    const HtmlNode& n = dom.nodes[i];
    if (n.is_text) {
      text(n);
      continue;
    }
    if (n.tag == "pre" && !html::is_hidden(n)) {
      pre(i);
      continue;
    }
    if (is_furniture(n)) continue;
    for (auto c = n.children.rbegin(); c != n.children.rend(); ++c) stack.push_back(*c);
  }
}

// The element's text nodes in document order, hidden elements left out.
template <typename Text>
void visit_text(const HtmlDom& dom, std::size_t root, Text text) {
  std::vector<std::size_t> stack{root};
  while (!stack.empty()) {
    const HtmlNode& n = dom.nodes[stack.back()];
    stack.pop_back();
    if (n.is_text) {
      text(n);
    } else if (!html::is_hidden(n) && !(n.tag == "script" || n.tag == "style")) {
      for (auto c = n.children.rbegin(); c != n.children.rend(); ++c) stack.push_back(*c);
    }
  }
}

std::size_t visible_bytes(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; }));
}

bool is_word(std::string_view token) {
  while (!token.empty() && std::string_view("\"'(").find(token.front()) != std::string_view::npos)
    token.remove_prefix(1);
  while (!token.empty() &&
         std::string_view("\"'),.;:!?").find(token.back()) != std::string_view::npos)
    token.remove_suffix(1);
  if (token.empty()) return false;
  return std::all_of(token.begin(), token.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

enum class LineKind { kShort, kSentence, kOther };

// A line of five or more tokens is a sentence when at least four in five of them are words;
// shorter lines (headings, blank lines, a contents line) say nothing either way.
LineKind line_kind(std::string_view line) {
  std::size_t tokens = 0;
  std::size_t words = 0;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t end = i;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r') ++end;
    if (end > i) {
      ++tokens;
      if (is_word(line.substr(i, end - i))) ++words;
    }
    i = end;
  }
  if (tokens < 5) return LineKind::kShort;
  return words * 5 >= tokens * 4 ? LineKind::kSentence : LineKind::kOther;
}

}  // namespace

bool is_preformatted_article(const HtmlDom& dom) {
  std::string pre_text;
  std::size_t outside = 0;
  visit_body(
      dom,
      [&](std::size_t i) {
        visit_text(dom, i, [&](const HtmlNode& t) { pre_text += t.text; });
        pre_text += '\n';
      },
      [&](const HtmlNode& t) { outside += visible_bytes(t.text); });
  const std::size_t inside = visible_bytes(pre_text);
  if (inside == 0 || inside < 3 * outside) return false;
  std::size_t long_lines = 0;
  std::size_t sentences = 0;
  for (const Line& line : split_lines(pre_text)) {
    const LineKind kind = line_kind(line.text);
    if (kind != LineKind::kShort) ++long_lines;
    if (kind == LineKind::kSentence) ++sentences;
  }
  return sentences >= kMinProseLines && 3 * sentences >= 2 * long_lines;
}

core::CitationIndex extract_preformatted(std::string_view html, const HtmlDom& dom) {
  ProseBuilder builder(html, false);
  visit_body(
      dom,
      [&](std::size_t i) {
        visit_text(dom, i, [&](const HtmlNode& t) {
          const std::size_t limit = t.source_length > 0 ? t.offset + t.source_length : html.size();
          builder.append_decoded(t.text, t.offset, limit);
        });
        if (builder.size() > 0 && builder.text().back() != '\n') {
          builder.append_synthetic("\n", dom.nodes[i].offset);
        }
      },
      [](const HtmlNode&) {});
  core::CitationIndex index;
  index.prose = builder.finish();
  // Paragraphs are found from blank lines, as in a plain-text article.
  index.prose.blocks.clear();
  // Such a document (an RFC) cites by its markers; the URLs in its body are examples in
  // protocol traces and addresses, not sources.
  const std::optional<std::size_t> heading =
      read_plain_citations(index.prose.text, index, /*bare_urls=*/false);
  const text::ProseIndex prose(html, index.prose);
  for (core::Reference& r : index.references) r.offset = prose.origin(r.offset);
  if (heading) index.list_heading = prose.position(*heading);
  return index;
}

}  // namespace citecheck::cite
