// Line scanning for the Markdown reader (cite/markdown.cc). Definitions are recognised the way
// CommonMark writes them: up to three spaces of indent, a bracketed label, a colon; a footnote's
// text may go on over indented lines. The first URL in a footnote (a Markdown link, a reference
// link to a definition, an autolink or a bare URL) is what it cites. The definitions then become
// the document's references here, with the cmark-gfm adapter's help to resolve their escapes.
#include "cite/markdown_defs.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "cite/plain_text.h"
#include "text/ascii.h"

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxLabelBytes = 999;  // CommonMark's limit

// Spaces and tabs only: CommonMark's blanks, where a line's other white space is text.
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

// The destination of the inline link whose "](" is at `at`, as written (escapes kept): up to a
// space or the ')' that closes the link, escaped and balanced parentheses included.
std::string_view inline_destination(std::string_view text, std::size_t at) {
  const std::size_t begin = at + 2;
  if (begin < text.size() && text[begin] == '<') {
    const std::size_t close = text.find('>', begin);
    return close == std::string_view::npos ? std::string_view()
                                           : text.substr(begin + 1, close - begin - 1);
  }
  int depth = 0;
  std::size_t end = begin;
  for (; end < text.size() && text[end] != ' ' && text[end] != '\t'; ++end) {
    if (text[end] == '\\' && end + 1 < text.size()) {
      ++end;
    } else if (text[end] == '(') {
      ++depth;
    } else if (text[end] == ')' && depth-- == 0) {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

struct FootnoteLink {
  std::string url;
  std::string via;  // the normalised label of the link definition the URL comes from
};

// The first page a footnote's text links: an inline link "[title](URL)", a reference link
// "[title][label]", "[label][]" or "[label]" to one of `links` (normalised label -> URL), an
// autolink "<URL>", or a bare URL.
FootnoteLink footnote_link(std::string_view text, const std::map<std::string, std::string>& links) {
  const auto bare = find_url(text);
  const std::size_t bare_at = bare ? bare->first : std::string_view::npos;
  for (std::size_t open = text.find('['); open < bare_at; open = text.find('[', open + 1)) {
    const std::size_t close = text.find(']', open + 1);
    if (close == std::string_view::npos) break;
    if (open > 0 && text[open - 1] == '\\') continue;
    if (close + 1 < text.size() && text[close + 1] == '(') {
      const std::string_view url = inline_destination(text, close);
      if (is_web_url(url)) return {std::string(url), ""};
      continue;
    }
    std::string_view label = text.substr(open + 1, close - open - 1);
    if (close + 1 < text.size() && text[close + 1] == '[') {
      const std::size_t end = text.find(']', close + 2);
      if (end != std::string_view::npos && end > close + 2) {
        label = text.substr(close + 2, end - close - 2);
      }
    }
    const auto it = links.find(normalize_label(label));
    if (it != links.end() && is_web_url(it->second)) return {it->second, it->first};
  }
  if (!bare) return {};
  std::string url(text.substr(bare->first, bare->second - bare->first));
  if (!url.empty() && url.back() == '>') url.pop_back();
  if (url.rfind("www.", 0) == 0) url = "http://" + url;
  return {url, ""};
}

// The words of `text` without its bare URLs ("https://…", "www.…", and what an autolink's "<>"
// left), and without the commas or colons that joined the last of them to the rest.
std::string without_urls(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t begin = text.find_first_not_of(" \t\n", i);
    if (begin == std::string_view::npos) break;
    const std::size_t end = std::min(text.size(), text.find_first_of(" \t\n", begin));
    const std::string_view word = text.substr(begin, end - begin);
    const std::string_view bare = word.substr(word.front() == '(' ? 1 : 0);
    if (bare.rfind("http://", 0) != 0 && bare.rfind("https://", 0) != 0 &&
        bare.rfind("www.", 0) != 0) {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = end;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':')) {
    out.pop_back();
  }
  return out;
}

// A footnote's text as its title: "[Title](https://…)", "[Title][label]" and "<https://…>" read
// as their words, and the note's URL left out ("Board, report, https://…" is "Board, report").
std::string footnote_title(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view pair = text.substr(i, 2);
    if (pair == "](" || pair == "][") {
      const std::size_t from = pair == "](" ? i + 2 + inline_destination(text, i).size() : i + 2;
      const std::size_t close = text.find(pair == "](" ? ')' : ']', from);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (text[i] != '[' && text[i] != '<' && text[i] != '>' && text[i] != '*' &&
               text[i] != '_') {
      out += text[i];
    }
  }
  return without_urls(trim(out));
}

// Footnotes are read once every link definition is known: a footnote may use one defined below.
void link_footnotes(std::vector<Definition>& defs, const std::vector<std::string>& bodies) {
  std::map<std::string, std::string> links;
  for (const Definition& d : defs) {
    if (!d.footnote) links.try_emplace(normalize_label(d.label), d.url);  // the first one wins
  }
  for (std::size_t i = 0; i < defs.size(); ++i) {
    if (!defs[i].footnote) continue;
    FootnoteLink link = footnote_link(bodies[i], links);
    defs[i].url = std::move(link.url);
    defs[i].via = std::move(link.via);
    defs[i].title = footnote_title(bodies[i]);
  }
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
  std::vector<std::string> bodies;  // of footnotes, by their index in `out`
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
      bodies.resize(out.size());
      bodies.push_back(std::move(body));
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
  bodies.resize(out.size());
  link_footnotes(out, bodies);
  return out;
}

ReferenceList find_link_list(std::string_view source) {
  const std::vector<Line> lines = split_lines(source);
  auto item_text = [](std::string_view line) -> std::optional<std::string_view> {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || first > 3) return std::nullopt;
    std::string_view rest = line.substr(first);
    if (rest.size() > 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') {
      return rest.substr(2);
    }
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
        rest[digits + 1] == ' ') {
      return rest.substr(digits + 2);
    }
    return std::nullopt;
  };
  ReferenceList list;
  list.begin = source.size();
  for (std::size_t h = lines.size(); h-- > 0;) {
    if (!is_reference_heading(lines[h].text)) continue;
    std::vector<core::Reference> refs;
    for (std::size_t i = h + 1; i < lines.size(); ++i) {
      if (lines[i].text.find_first_not_of(" \t") == std::string_view::npos) continue;
      const auto text = item_text(lines[i].text);
      if (!text || text->empty()) break;
      // "[Title](URL ...)", "<URL>" or a bare URL; the title is the link text or what is left.
      std::string url, title;
      const std::size_t open = text->find("](");
      if (text->front() == '[' && open != std::string_view::npos) {
        const std::size_t close = text->find_first_of(" )", open + 2);
        url = std::string(text->substr(
            open + 2, close == std::string_view::npos ? std::string_view::npos : close - open - 2));
        title = std::string(text->substr(1, open - 1));
      } else if (const auto span = find_url(*text)) {
        url = std::string(text->substr(span->first, span->second - span->first));
        title = std::string(text->substr(0, span->first));
      }
      if (!is_web_url(url)) break;
      refs.push_back({url, url, title, lines[i].begin, {}, {}});
    }
    if (refs.empty()) continue;
    list.begin = lines[h].begin;
    list.heading = lines[h].begin;
    list.references = std::move(refs);
    break;
  }
  return list;
}

Labels add_definitions(const std::vector<Definition>& defs, Resolve resolve,
                       core::CitationIndex& index) {
  Labels out;
  std::map<std::string, const Definition*> used_by;  // link label -> the first footnote using it
  for (const Definition& d : defs) {
    if (d.footnote && !d.via.empty()) used_by.try_emplace(d.via, &d);
  }
  std::set<std::string> listed;  // labels of link definitions that are references
  for (const Definition& d : defs) {
    if (!d.footnote && is_web_url(d.url) && !used_by.count(normalize_label(d.label))) {
      out.links.try_emplace(normalize_label(d.label), d.label);
      listed.insert(normalize_label(d.label));
    }
  }
  const auto id = [&](const Definition& d) {
    return d.footnote && listed.count(normalize_label(d.label)) ? "^" + d.label : d.label;
  };
  for (const Definition& d : defs) {
    const std::string label = normalize_label(d.label);
    if (!d.footnote && !is_web_url(d.url)) continue;
    if (d.footnote && listed.count(label)) out.carets.insert(label);
    const auto taken = std::find_if(index.references.begin(), index.references.end(),
                                    [&](const core::Reference& r) { return r.offset == d.offset; });
    if (const auto user = used_by.find(label); !d.footnote && user != used_by.end()) {
      out.links.try_emplace(label, id(*user->second));
      if (taken != index.references.end()) index.references.erase(taken);
    } else if (taken != index.references.end()) {
      taken->url = resolve(d.url);
    } else {
      index.references.push_back({id(d), resolve(d.url), d.title, d.offset, {}, {}});
    }
  }
  return out;
}

void rename_footnote_markers(const std::set<std::string>& carets, core::CitationIndex& index) {
  if (carets.empty()) return;
  for (core::Citation& c : index.citations) {
    if (c.marker && c.offset < index.prose.text.size() &&
        index.prose.text.compare(c.offset, 2, "[^") == 0 &&
        carets.count(normalize_label(c.reference_id))) {
      c.reference_id = "^" + c.reference_id;  // not insert(): GCC 12 warns (-Wrestrict)
    }
  }
}

}  // namespace citecheck::cite
