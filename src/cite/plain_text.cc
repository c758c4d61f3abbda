// Plain-text citation extraction. The reference list is found first (the last list heading that is
// followed by entries, or failing that a trailing run of "[n] URL" lines), because only the text
// before it is body whose markers and bare URLs are citations (cite/markers.cc reads markers).
// Markdown articles use the same list reader for their "References" sections.
#include "cite/plain_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cite/markers.h"
#include "cite/suppressions.h"
#include "text/ascii.h"
#include "text/line_index.h"

namespace citecheck::cite {
namespace {

// "## References:" -> "references"; "17.1.  Normative References" -> "normative references"
std::string heading_key(std::string_view line) {
  line = text::trim_space(line);
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == '=')) {
    line.remove_prefix(1);
  }
  // A section number, as numbered documents (RFCs, reports) write their headings.
  std::size_t number = 0;
  while (number < line.size() &&
         ((line[number] >= '0' && line[number] <= '9') || (line[number] == '.' && number > 0))) {
    ++number;
  }
  if (number > 0 && number < line.size() && line[number - 1] == '.' && line[number] == ' ') {
    line = text::trim_space(line.substr(number));
  }
  while (!line.empty() && (line.back() == ':' || line.back() == '*' || line.back() == '#')) {
    line.remove_suffix(1);
  }
  return text::lower_ascii(text::trim_space(line));
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Entry {
  std::string id;
  std::size_t id_offset = 0;  // where the entry's number starts
  std::string_view rest;      // the text after the number
};

// "[3] https://…", "3. Title. https://…", "3) …"
std::optional<Entry> parse_entry(const Line& line) {
  std::string_view s = line.text;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  const std::size_t start = i;
  Entry e;
  if (i < s.size() && s[i] == '[') {
    const std::size_t close = s.find(']', i);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view id = text::trim_space(s.substr(i + 1, close - i - 1));
    if (id.empty() || id.size() > 16 || id.find(' ') != std::string_view::npos) return std::nullopt;
    if (!is_digits(id) && id.front() == '^') return std::nullopt;  // Markdown footnotes: issue 7
    // "[Paris](https://…) is …" and "[Lyon][lyon] …" open a paragraph with a Markdown link.
    if (close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) return std::nullopt;
    e.id = std::string(id);
    i = close + 1;
  } else {
    std::size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i || j - i > 6 || j >= s.size() || (s[j] != '.' && s[j] != ')')) return std::nullopt;
    e.id = std::string(s.substr(i, j - i));
    i = j + 1;
    if (i < s.size() && s[i] != ' ' && s[i] != '\t') return std::nullopt;  // "3.5%" is no entry
  }
  e.id_offset = line.begin + start;
  e.rest = text::trim_space(s.substr(i));
  return e;
}

// The first URL in `s`: scheme://… or www.…, trailing sentence punctuation removed.
std::optional<std::pair<std::size_t, std::size_t>> url_span(std::string_view s) {
  std::size_t at = s.find("://");
  std::size_t begin = std::string_view::npos;
  if (at != std::string_view::npos) {
    begin = at;
    while (begin > 0 && (std::isalnum(static_cast<unsigned char>(s[begin - 1])) ||
                         s[begin - 1] == '+' || s[begin - 1] == '-' || s[begin - 1] == '.')) {
      --begin;
    }
    if (begin == at) begin = std::string_view::npos;
  }
  if (begin == std::string_view::npos) begin = s.find("www.");
  // Schemes without "//" ("javascript:alert(1)", "mailto:desk@example.org") are URLs too, so the
  // report says they are never fetched rather than that the entry has none.
  for (const std::string_view scheme : {"javascript:", "mailto:", "data:", "vbscript:", "tel:"}) {
    if (begin != std::string_view::npos) break;
    for (std::size_t from = s.find(scheme); from != std::string_view::npos && begin == s.npos;
         from = s.find(scheme, from + 1)) {
      if (from == 0 || std::isspace(static_cast<unsigned char>(s[from - 1]))) begin = from;
    }
  }
  if (begin == std::string_view::npos) return std::nullopt;
  std::size_t end = begin;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != '<' &&
         s[end] != '>' && s[end] != '"') {
    ++end;
  }
  while (end > begin && std::string_view(".,;:!?'").find(s[end - 1]) != std::string_view::npos) {
    --end;
  }
  if (end > begin && s[end - 1] == ')' &&
      std::count(s.begin() + static_cast<long>(begin), s.begin() + static_cast<long>(end), '(') <
          std::count(s.begin() + static_cast<long>(begin), s.begin() + static_cast<long>(end),
                     ')')) {
    --end;
  }
  return std::make_pair(begin, end);
}

// A URL cut at its scheme by a line wrap ("http://" at the end of a line) names no page.
bool is_whole_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  return scheme == std::string_view::npos || scheme + 3 < url.size();
}

core::Reference make_reference(const Entry& e) {
  core::Reference ref;
  ref.id = e.id;
  ref.offset = e.id_offset;
  std::string_view rest = e.rest;
  auto url = url_span(rest);
  if (url && !is_whole_url(rest.substr(url->first, url->second - url->first))) url.reset();
  if (url) {
    ref.url = std::string(rest.substr(url->first, url->second - url->first));
    if (ref.url.rfind("www.", 0) == 0) ref.url = "http://" + ref.url;
    std::string title = std::string(text::trim_space(rest.substr(0, url->first))) + " " +
                        std::string(text::trim_space(rest.substr(url->second)));
    ref.title = std::string(text::trim_space(title));
  } else {
    ref.title = std::string(rest);
  }
  // "Title. https://…." leaves "Title. ." around the URL: drop the punctuation and the spaces.
  while (!ref.title.empty() &&
         (ref.title.back() == '.' || ref.title.back() == ',' || ref.title.back() == ' ')) {
    ref.title.pop_back();
  }
  return ref;
}

// A paginated text's page footer, "de Jong        [Page 20]", as RFCs and printed reports end
// each page; the running header of the next page follows it.
bool is_page_footer(std::string_view line) {
  line = text::trim_space(line);
  if (!line.ends_with("]")) return false;
  const std::size_t open = line.rfind("[Page ");
  return open != std::string_view::npos && is_digits(line.substr(open + 6, line.size() - open - 7));
}

// Entries from the line after a list heading (or from the first entry line) to the furniture.
// Subheadings of the list ("Normative References") and page breaks do not end it. `stop` is set
// to the line the list ends before.
std::vector<core::Reference> read_list(const std::vector<Line>& lines, std::size_t from,
                                       std::size_t* stop = nullptr) {
  std::vector<core::Reference> refs;
  std::size_t i = from;
  bool labelled = false;  // entries named by labels, "[WORDS]", as standards list them
  for (; i < lines.size(); ++i) {
    const std::string_view t = text::trim_space(lines[i].text);
    if (t.empty() || is_reference_heading(t)) continue;
    if (is_page_footer(t)) {
      // The footer, then the next page's running header.
      while (i + 1 < lines.size() && text::trim_space(lines[i + 1].text).empty()) ++i;
      ++i;
      continue;
    }
    if (auto e = parse_entry(lines[i])) {
      // After labelled entries, a numbered line is the next section ("18.  Authors' Addresses").
      if (labelled && t.front() != '[') break;
      labelled = labelled || !is_digits(e->id);
      refs.push_back(make_reference(*e));
      continue;
    }
    if (is_furniture(t) || refs.empty()) break;
    // A wrapped entry: its URL or the rest of its title on the next line.
    core::Reference& last = refs.back();
    const bool indented = lines[i].text.front() == ' ' || lines[i].text.front() == '\t';
    if (last.url.empty() && url_span(t) && is_whole_url(make_reference({"", 0, t}).url)) {
      core::Reference more = make_reference({last.id, last.offset, t});
      last.url = more.url;
      if (!more.title.empty()) last.title += (last.title.empty() ? "" : " ") + more.title;
    } else if (indented) {
      const std::string title =
          last.title.empty() ? std::string(t) : last.title + " " + std::string(t);
      last.title = make_reference({last.id, last.offset, title}).title;
    } else {
      break;
    }
  }
  if (stop != nullptr) *stop = i;
  return refs;
}

// Where the reference list's heading is, or the first line of a trailing run of entries.
std::optional<std::size_t> find_list_start(const std::vector<Line>& lines, bool& has_heading) {
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (!is_reference_heading(lines[i].text) || read_list(lines, i + 1).empty()) continue;
    // A list in parts ("References", then "Normative" and "Informative" under it) starts at the
    // first heading whose list runs on past the part found.
    std::size_t start = i;
    for (std::size_t j = i; j-- > 0;) {
      std::size_t stop = 0;
      if (is_reference_heading(lines[j].text) && (read_list(lines, j + 1, &stop), stop > start)) {
        start = j;
      }
    }
    has_heading = true;
    return start;
  }
  // No heading: a run of "[n] URL" lines at the end, furniture aside.
  has_heading = false;
  std::optional<std::size_t> start;
  for (std::size_t i = lines.size(); i-- > 0;) {
    const std::string_view t = text::trim_space(lines[i].text);
    if (t.empty() || (!start && is_furniture(t))) continue;
    const auto e = parse_entry(lines[i]);
    if (!e || !url_span(e->rest) ||
        lines[i].text.find('[') != lines[i].text.find_first_not_of(" \t")) {
      break;
    }
    start = i;
  }
  return start;
}

// A bare http(s) URL in the body cites its page, as an autolink does in Markdown: the sentence
// it stands in is a claim about that page, and the URL stays in its text.
void add_url_citations(std::string_view body, core::CitationIndex& index) {
  PageReferences pages;
  for (std::size_t at = body.find("http"); at != std::string_view::npos;
       at = body.find("http", at + 1)) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(body[at - 1])) || body[at - 1] == '/'))
      continue;
    const std::string_view rest = body.substr(at);
    if (!rest.starts_with("http://") && !rest.starts_with("https://")) continue;
    const auto span = url_span(rest);
    if (!span || span->first != 0 || span->second <= rest.find("://") + 3) continue;
    const std::string url(rest.substr(0, span->second));
    index.citations.push_back({pages.cite(index, url, at), at, url.size(), {}, false});
    at += url.size() - 1;
  }
}

// "[WORDS]" in the body cites the entry listed as "[WORDS]", as RFCs and standards cite by label.
// Only labels the list has are read: other bracketed words are no markers.
void add_label_citations(std::string_view body, core::CitationIndex& index) {
  std::set<std::string, std::less<>> labels;
  for (const core::Reference& r : index.references) {
    if (!is_digits(r.id)) labels.insert(r.id);
  }
  if (labels.empty()) return;
  for (std::size_t i = body.find('['); i != std::string_view::npos; i = body.find('[', i + 1)) {
    const std::size_t close = body.find_first_of("[]\n", i + 1);
    if (close == std::string_view::npos || body[close] != ']') continue;
    const auto label = labels.find(body.substr(i + 1, close - i - 1));
    if (label != labels.end()) index.citations.push_back({*label, i, close - i + 1, {}, true});
  }
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({begin, line});
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

bool is_reference_heading(std::string_view line) {
  static constexpr std::array<std::string_view, 11> kNames = {"references",
                                                              "sources",
                                                              "bibliography",
                                                              "notes",
                                                              "works cited",
                                                              "citations",
                                                              "footnotes",
                                                              "reference",
                                                              "source",
                                                              "normative references",
                                                              "informative references"};
  const std::string key = heading_key(line);
  return std::find(kNames.begin(), kNames.end(), key) != kNames.end();
}

bool is_furniture(std::string_view line) {
  static constexpr std::array<std::string_view, 16> kFurniture = {
      "comments",      "comment",   "no comments yet",    "leave a comment",  "leave a reply",
      "share this",    "share",     "share this article", "related",          "related articles",
      "related posts", "read more", "advertisement",      "about the author", "tags",
      "subscribe"};
  const std::string key = heading_key(line);
  return std::find(kFurniture.begin(), kFurniture.end(), key) != kFurniture.end() ||
         key.rfind("comments (", 0) == 0;
}

std::optional<std::pair<std::size_t, std::size_t>> find_url(std::string_view s) {
  return url_span(s);
}

ReferenceList find_reference_list(std::string_view text) {
  ReferenceList list;
  list.begin = text.size();
  const std::vector<Line> lines = split_lines(text);
  bool has_heading = false;
  if (const auto start = find_list_start(lines, has_heading)) {
    list.begin = lines[*start].begin;
    list.references = read_list(lines, has_heading ? *start + 1 : *start);
    if (has_heading) list.heading = lines[*start].begin;
  }
  return list;
}

core::CitationIndex extract_plain_text(const core::Document& doc) {
  core::CitationIndex index;
  index.suppressions = line_suppressions(doc.text, index.notices);
  // The prose is the text itself, with suppression directives blanked so they read as no sentence.
  index.prose.text = doc.text;
  index.prose.pieces.push_back({0, 0, true});
  if (!index.suppressions.empty() || doc.text.find("citecheck-") != std::string::npos) {
    for (const Line& line : split_lines(doc.text)) {
      if (is_directive_line(line.text)) {
        std::fill_n(index.prose.text.begin() + static_cast<long>(line.begin), line.text.size(),
                    ' ');
      }
    }
  }
  const text::LineIndex positions(doc.text);
  if (const auto heading = read_plain_citations(index.prose.text, index)) {
    index.list_heading = positions.position(*heading);
  }
  for (core::Reference& ref : index.references) ref.position = positions.position(ref.offset);
  for (core::Citation& c : index.citations) c.position = positions.position(c.offset);
  return index;
}

std::optional<std::size_t> read_plain_citations(std::string_view text, core::CitationIndex& index,
                                                bool bare_urls) {
  ReferenceList list = find_reference_list(text);
  index.body_end = list.begin;
  index.references = std::move(list.references);
  const std::string_view body = text.substr(0, index.body_end);
  find_markers(body, {}, index);
  add_label_citations(body, index);
  if (bare_urls) add_url_citations(body, index);
  return list.heading;
}

}  // namespace citecheck::cite
