// Jekyll posts hold Liquid ("{% include … %}", "{{ page.date }}") and kramdown abbreviations
// ("*[HTML]: …") that the site's build removes or turns into markup: read as prose they gave
// sentences no reader sees, uncited statistics among them. They are blanked, never deleted, so
// every offset after them stays the file's.
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

}  // namespace citecheck::cite
