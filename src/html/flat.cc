// Tag scanning by hand, one pass each. Only used past kMaxNestingDepth, where structure is lost
// anyway; the goal is that every byte is looked at a bounded number of times.
#include "html/flat.h"
#include "text/ascii.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace citecheck::html {
namespace {

struct Tag {
  std::string name;  // lower-case, without '/'
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;  // one past '>'
};

// The tag starting at `at` ('<'), or nothing for a '<' that opens no tag.
bool read_tag(std::string_view s, std::size_t at, Tag& tag) {
  std::size_t i = at + 1;
  tag.closing = i < s.size() && s[i] == '/';
  if (tag.closing) ++i;
  const std::size_t name_begin = i;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-')) ++i;
  if (i == name_begin) return false;
  tag.name = text::lower_ascii(s.substr(name_begin, i - name_begin));
  const std::size_t close = s.find('>', i);
  tag.end = close == std::string_view::npos ? s.size() : close + 1;
  tag.self_closing = close != std::string_view::npos && close > 0 && s[close - 1] == '/';
  return true;
}

bool is_void(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kVoid = {
      "area",  "base", "br",   "col",    "embed", "hr",  "img",
      "input", "link", "meta", "source", "track", "wbr", "param"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kBlock = {
      "p",  "div", "section", "article", "li", "h1",         "h2", "h3",
      "h4", "h5",  "h6",      "br",      "tr", "blockquote", "td", "title"};
  return std::find(kBlock.begin(), kBlock.end(), name) != kBlock.end();
}

void append_entity_decoded(std::string& out, std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities = {
      {{"&amp;", "&"},
       {"&lt;", "<"},
       {"&gt;", ">"},
       {"&quot;", "\""},
       {"&#39;", "'"},
       {"&apos;", "'"},
       {"&nbsp;", " "}}};
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, value] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += value;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
}

}  // namespace

std::size_t tag_depth(std::string_view html) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  Tag tag;
  // Scanning resumes after each tag's '>', so every byte is read once however the tags are broken.
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    if (!read_tag(html, i, tag)) {
      ++i;
      continue;
    }
    i = tag.end;
    if (is_void(tag.name) || tag.self_closing) continue;
    if (tag.closing) {
      depth -= depth > 0 ? 1 : 0;
    } else {
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

std::string flat_text(std::string_view html) {
  std::string out;
  std::size_t i = 0;
  Tag tag;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    const std::size_t text_end = lt == std::string_view::npos ? html.size() : lt;
    append_entity_decoded(out, html.substr(i, text_end - i));
    if (lt == std::string_view::npos) break;
    if (!read_tag(html, lt, tag)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && (tag.name == "script" || tag.name == "style" || tag.name == "head")) {
      const std::size_t close = html.find("</" + tag.name, i);
      i = close == std::string_view::npos ? html.size() : close;
    } else if (is_block(tag.name)) {
      out += '\n';
    }
  }
  // Collapse spaces within lines and drop empty lines.
  std::string lines;
  std::string line;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) lines += line + "\n";
    line.clear();
  };
  for (const char c : out) {
    if (c == '\n') {
      flush();
    } else if (c == ' ' || c == '\t' || c == '\r') {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  flush();
  return lines;
}

std::string flat_title(std::string_view html) {
  const std::string lower =
      text::lower_ascii(html.substr(0, std::min<std::size_t>(html.size(), 1 << 16)));
  const std::size_t open = lower.find("<title");
  if (open == std::string::npos) return "";
  const std::size_t begin = lower.find('>', open);
  const std::size_t end = lower.find("</title", begin == std::string::npos ? open : begin);
  if (begin == std::string::npos || end == std::string::npos) return "";
  std::string title = flat_text(html.substr(begin + 1, end - begin - 1));
  while (!title.empty() && title.back() == '\n') title.pop_back();
  return title;
}

}  // namespace citecheck::html
