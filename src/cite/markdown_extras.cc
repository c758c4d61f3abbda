// Jekyll posts hold Liquid ("{% include … %}", "{{ page.date }}") and kramdown abbreviations
// ("*[HTML]: …") that the site's build removes or turns into markup: read as prose they gave
// sentences no reader sees, uncited statistics among them. They are blanked, never deleted, so
// every offset after them stays the file's. Inline "<a href>" tags are read here for the Markdown
// reader (cite/markdown.cc), which sees them as raw HTML.
#include "cite/markdown_extras.h"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "cite/plain_text.h"
#include "text/ascii.h"

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxTagBytes = 1000;

// The Liquid tag or output that starts at `at` ("{%" or "{{"): just past its end, or npos.
std::size_t liquid_end(std::string_view s, std::size_t at) {
  const std::string_view open = s.substr(at, 2);
  if (open != "{%" && open != "{{") return std::string_view::npos;
  const std::size_t close = s.find(open == "{%" ? "%}" : "}}", at + 2);
  if (close == std::string_view::npos || close - at > kMaxTagBytes) return std::string_view::npos;
  if (s.substr(at, close - at).find('\n') != std::string_view::npos) return std::string_view::npos;
  return close + 2;
}

bool only_liquid(std::string_view line) {
  bool any = false;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ' || line[i] == '\t') {
      ++i;
      continue;
    }
    const std::size_t end = liquid_end(line, i);
    if (end == std::string_view::npos) return false;
    any = true;
    i = end;
  }
  return any;
}

// "{% comment %}" -> "comment"; "" when `line` is no lone block tag.
std::string block_tag(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || !only_liquid(line) || line.substr(first, 2) != "{%") {
    return "";
  }
  std::size_t i = first + 2;
  while (i < line.size() && (line[i] == ' ' || line[i] == '-')) ++i;
  std::size_t end = i;
  while (end < line.size() && std::isalpha(static_cast<unsigned char>(line[end]))) ++end;
  return text::lower_ascii(line.substr(i, end - i));
}

// "*[LTO]: Link-time optimization", indented by up to three spaces.
bool is_abbreviation(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 4 && line[i] == ' ') ++i;
  if (i > 3 || line.substr(i, 2) != "*[") return false;
  const std::size_t close = line.find("]:", i + 2);
  return close != std::string_view::npos && close > i + 2;
}

std::string decode_entities(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&#39;", '\''},
      {"&lt;", '<'},  {"&gt;", '>'},   {"&#38;", '&'},   {"&#x26;", '&'}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool decoded = false;
    for (const auto& [name, c] : kNamed) {
      if (s[i] == '&' && text::lower_ascii(s.substr(i, name.size())) == name) {
        out += c;
        i += name.size() - 1;
        decoded = true;
        break;
      }
    }
    if (!decoded) out += s[i];
  }
  return out;
}

}  // namespace

std::string blank_template_lines(std::string text) {
  std::string inside;  // the block tag whose lines are being blanked: "comment" or "highlight"
  for (const Line& line : split_lines(text)) {
    const std::string tag = block_tag(line.text);
    bool blank = !inside.empty() || is_abbreviation(line.text) || only_liquid(line.text);
    if (inside.empty() && (tag == "comment" || tag == "highlight")) {
      inside = tag;
    } else if (!inside.empty() && tag == "end" + inside) {
      inside.clear();
    }
    if (!blank) continue;
    for (std::size_t i = line.begin; i < line.begin + line.text.size(); ++i) text[i] = ' ';
  }
  return text;
}

void blank_liquid(std::string& prose) {
  for (std::size_t at = prose.find('{'); at != std::string::npos; at = prose.find('{', at + 1)) {
    const std::size_t end = liquid_end(prose, at);
    if (end == std::string::npos) continue;
    std::fill(prose.begin() + static_cast<long>(at), prose.begin() + static_cast<long>(end), ' ');
    at = end - 1;
  }
}

std::optional<std::string> anchor_href(std::string_view tag) {
  if (tag.size() < 4 || (tag.substr(0, 2) != "<a" && tag.substr(0, 2) != "<A") ||
      !std::isspace(static_cast<unsigned char>(tag[2]))) {
    return std::nullopt;
  }
  const std::string lower = text::lower_ascii(tag);
  for (std::size_t at = lower.find("href"); at != std::string::npos;
       at = lower.find("href", at + 4)) {
    if (!std::isspace(static_cast<unsigned char>(lower[at - 1]))) continue;
    std::size_t i = at + 4;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size()) return std::nullopt;
    const char quote = tag[i] == '"' || tag[i] == '\'' ? tag[i] : '\0';
    const std::size_t begin = quote ? i + 1 : i;
    const std::size_t end = quote ? tag.find(quote, begin) : tag.find_first_of(" \t\n>", begin);
    if (end == std::string_view::npos) return std::nullopt;
    return decode_entities(tag.substr(begin, end - begin));
  }
  return std::nullopt;
}

bool is_anchor_end(std::string_view tag) {
  return text::lower_ascii(tag.substr(0, 3)) == "</a" &&
         (tag.size() == 3 || tag[3] == '>' || std::isspace(static_cast<unsigned char>(tag[3])));
}

}  // namespace citecheck::cite
