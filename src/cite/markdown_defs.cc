// Line scanning for the Markdown reader (cite/markdown.cc). Definitions are recognised the way
// CommonMark writes them: up to three spaces of indent, a bracketed label, a colon; a footnote's
// text may go on over indented lines. The first URL in a footnote (a Markdown link, an autolink or
// a bare URL) is what it cites.
#include "cite/markdown_defs.h"

#include <algorithm>
#include <cctype>

#include "cite/plain_text.h"
#include "text/ascii.h"

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxLabelBytes = 999;  // CommonMark's limit

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool in_code(int line, const std::vector<std::pair<int, int>>& code) {
  return std::any_of(code.begin(), code.end(), [&](const auto& range) {
    return line >= range.first && line <= range.second;
  });
}

// The URL a footnote's text cites: "[title](URL)", "<URL>", or a bare URL.
std::string footnote_url(std::string_view text) {
  for (std::size_t at = text.find("]("); at != std::string_view::npos;
       at = text.find("](", at + 2)) {
    const std::size_t end = text.find_first_of(") \t", at + 2);
    const std::string_view url =
        text.substr(at + 2, end == std::string_view::npos ? std::string_view::npos : end - at - 2);
    if (is_web_url(url)) return std::string(url);
  }
  if (const auto span = find_url(text)) {
    std::string url(text.substr(span->first, span->second - span->first));
    if (!url.empty() && url.back() == '>') url.pop_back();
    if (url.rfind("www.", 0) == 0) url = "http://" + url;
    return url;
  }
  return {};
}

// "Title](https://…)" and "<https://…>" read as their words in a footnote's title.
std::string footnote_title(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "](") {
      const std::size_t close = text.find(')', i);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (text[i] != '[' && text[i] != '<' && text[i] != '>' && text[i] != '*' &&
               text[i] != '_') {
      out += text[i];
    }
  }
  return std::string(trim(out));
}

}  // namespace

std::string blank_front_matter(std::string text) {
  const bool yaml = text.rfind("---\n", 0) == 0 || text.rfind("---\r\n", 0) == 0;
  const bool toml = text.rfind("+++\n", 0) == 0 || text.rfind("+++\r\n", 0) == 0;
  if (!yaml && !toml) return text;
  const std::string fence = yaml ? "---" : "+++";
  for (const Line& line : split_lines(text)) {
    if (line.begin == 0) continue;
    const std::string_view t = trim(line.text);
    if (t == fence || (yaml && t == "...")) {
      for (std::size_t i = 0; i < line.begin + line.text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
      }
      return text;
    }
  }
  return text;  // never closed: no front matter, as in Hugo and Jekyll
}

std::string normalize_label(std::string_view label) {
  std::string out;
  bool space = false;
  for (const char c : trim(label)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return text::lower_ascii(out);
}

bool is_web_url(std::string_view url) {
  const std::string lower = text::lower_ascii(url.substr(0, 8));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

std::vector<Definition> find_definitions(std::string_view text,
                                         const std::vector<std::pair<int, int>>& code) {
  std::vector<Definition> out;
  const std::vector<Line> lines = split_lines(text);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = lines[n].text;
    std::size_t i = 0;
    while (i < line.size() && i < 4 && line[i] == ' ') ++i;
    if (i > 3 || i >= line.size() || line[i] != '[' || in_code(static_cast<int>(n) + 1, code)) {
      continue;
    }
    const std::size_t close = line.find("]:", i);
    if (close == std::string_view::npos || close - i - 1 > kMaxLabelBytes) continue;
    Definition d;
    d.offset = lines[n].begin + i;
    d.footnote = line.substr(i, 2) == "[^";
    d.label = std::string(line.substr(i + (d.footnote ? 2 : 1), close - i - (d.footnote ? 2 : 1)));
    if (trim(d.label).empty() || d.label.find('[') != std::string::npos) continue;
    std::string_view rest = trim(line.substr(close + 2));
    if (d.footnote) {
      std::string body(rest);
      // The footnote goes on over indented lines (blank lines between its paragraphs allowed).
      for (std::size_t m = n + 1; m < lines.size(); ++m) {
        const std::string_view next = lines[m].text;
        if (next.starts_with("    ") || next.starts_with("\t")) {
          body += " " + std::string(trim(next));
        } else if (!trim(next).empty()) {
          break;
        }
      }
      d.url = footnote_url(body);
      d.title = footnote_title(body);
    } else {
      if (rest.empty() && n + 1 < lines.size()) rest = trim(lines[n + 1].text);  // URL below
      std::size_t end = 0;
      while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t') ++end;
      std::string_view url = rest.substr(0, end);
      if (url.starts_with("<") && url.ends_with(">")) url = url.substr(1, url.size() - 2);
      if (url.empty()) continue;
      d.url = std::string(url);
      std::string_view title = trim(rest.substr(end));
      if (title.size() >= 2) title = title.substr(1, title.size() - 2);  // "…", '…' or (…)
      d.title = std::string(title);
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace citecheck::cite
