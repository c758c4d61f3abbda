// Plain-text citation extraction. The reference list is found first (the last list heading that is
// followed by entries, or failing that a trailing run of "[n] URL" lines), because only the text
// before it is body whose markers are citations. Markers are read by hand rather than by regex so
// ranges ("[1-3]", "[1–3]") and lists ("[1, 2]") expand with their exact byte spans.
#include "cite/plain_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "text/ascii.h"
#include "text/line_index.h"

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxRangeSpan = 100;
constexpr std::size_t kMaxMarkerBytes = 64;

struct Line {
  std::size_t begin = 0;  // byte offset of the first character
  std::string_view text;  // without the line break
};

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

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "## References:" -> "references"
std::string heading_key(std::string_view line) {
  line = trim(line);
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == '=')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ':' || line.back() == '*' || line.back() == '#')) {
    line.remove_suffix(1);
  }
  return text::lower_ascii(trim(line));
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
    const std::string_view id = trim(s.substr(i + 1, close - i - 1));
    if (id.empty() || id.size() > 16 || id.find(' ') != std::string_view::npos) return std::nullopt;
    if (!is_digits(id) && id.front() == '^') return std::nullopt;  // Markdown footnotes: issue 7
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
  e.rest = trim(s.substr(i));
  return e;
}

// The first URL in `s`: scheme://… or www.…, trailing sentence punctuation removed.
std::optional<std::pair<std::size_t, std::size_t>> find_url(std::string_view s) {
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
  if (begin == std::string_view::npos) {
    begin = s.find("www.");
    if (begin == std::string_view::npos) return std::nullopt;
  }
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

core::Reference make_reference(const Entry& e) {
  core::Reference ref;
  ref.id = e.id;
  ref.offset = e.id_offset;
  std::string_view rest = e.rest;
  if (auto url = find_url(rest)) {
    ref.url = std::string(rest.substr(url->first, url->second - url->first));
    if (ref.url.rfind("www.", 0) == 0) ref.url = "http://" + ref.url;
    std::string title = std::string(trim(rest.substr(0, url->first))) + " " +
                        std::string(trim(rest.substr(url->second)));
    ref.title = std::string(trim(title));
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

// Entries from the line after a list heading (or from the first entry line) to the furniture.
std::vector<core::Reference> read_list(const std::vector<Line>& lines, std::size_t from) {
  std::vector<core::Reference> refs;
  for (std::size_t i = from; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    if (t.empty()) continue;
    if (auto e = parse_entry(lines[i])) {
      refs.push_back(make_reference(*e));
      continue;
    }
    if (is_furniture(t) || refs.empty()) break;
    // A wrapped entry: its URL or the rest of its title on the next line.
    core::Reference& last = refs.back();
    const bool indented = lines[i].text.front() == ' ' || lines[i].text.front() == '\t';
    if (last.url.empty() && find_url(t)) {
      core::Reference more = make_reference({last.id, last.offset, t});
      last.url = more.url;
      if (!more.title.empty()) last.title += (last.title.empty() ? "" : " ") + more.title;
    } else if (indented) {
      last.title += " " + std::string(t);
    } else {
      break;
    }
  }
  return refs;
}

// Where the reference list's heading is, or the first line of a trailing run of entries.
std::optional<std::size_t> find_list_start(const std::vector<Line>& lines, bool& has_heading) {
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (is_reference_heading(lines[i].text) && !read_list(lines, i + 1).empty()) {
      has_heading = true;
      return i;
    }
  }
  // No heading: a run of "[n] URL" lines at the end, furniture aside.
  has_heading = false;
  std::optional<std::size_t> start;
  for (std::size_t i = lines.size(); i-- > 0;) {
    const std::string_view t = trim(lines[i].text);
    if (t.empty() || (!start && is_furniture(t))) continue;
    const auto e = parse_entry(lines[i]);
    if (!e || !find_url(e->rest) ||
        lines[i].text.find('[') != lines[i].text.find_first_not_of(" \t")) {
      break;
    }
    start = i;
  }
  return start;
}

// "1", "1, 2", "1-3", "1–3", "2,4-6" -> ids; nothing if `inner` is not a numeric marker.
std::optional<std::vector<std::string>> marker_ids(std::string_view inner) {
  std::vector<std::string> ids;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < inner.size() && inner[i] == ' ') ++i;
  };
  auto number = [&]() -> std::optional<unsigned long> {
    skip_space();
    std::size_t j = i;
    while (j < inner.size() && inner[j] >= '0' && inner[j] <= '9') ++j;
    if (j == i || j - i > 6) return std::nullopt;
    const unsigned long v = std::stoul(std::string(inner.substr(i, j - i)));
    i = j;
    skip_space();
    return v;
  };
  while (true) {
    const auto first = number();
    if (!first) return std::nullopt;
    unsigned long last = *first;
    const bool hyphen = i < inner.size() && inner[i] == '-';
    const bool dash = inner.substr(i, 3) == "\u2013" || inner.substr(i, 3) == "\u2014";
    if (hyphen || dash) {
      i += hyphen ? 1 : 3;
      const auto second = number();
      if (!second) return std::nullopt;
      last = *second;
    }
    if (last >= *first && last - *first <= kMaxRangeSpan) {
      for (unsigned long v = *first; v <= last; ++v) ids.push_back(std::to_string(v));
    } else {
      ids.push_back(std::to_string(*first));
      ids.push_back(std::to_string(last));
    }
    if (i == inner.size()) return ids;
    if (inner[i] != ',' && inner[i] != ';') return std::nullopt;
    ++i;
  }
}

void find_markers(std::string_view body, core::CitationIndex& index) {
  std::set<std::string> noticed;
  for (std::size_t i = body.find('['); i != std::string_view::npos; i = body.find('[', i + 1)) {
    const std::size_t close = body.find(']', i + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inner = body.substr(i + 1, close - i - 1);
    if (inner.size() > kMaxMarkerBytes || inner.find('\n') != std::string_view::npos) continue;
    if (auto ids = marker_ids(inner)) {
      for (std::string& id : *ids) {
        index.citations.push_back({std::move(id), i, close - i + 1, {}});
      }
    } else if (!inner.empty() && (inner[0] == '@' || inner[0] == '^')) {
      const char* what =
          inner[0] == '@'
              ? "pandoc citations like [@key] are not supported yet; they were not checked"
              : "footnote citations like [^1] are not supported in plain text yet; "
                "they were not checked";
      if (noticed.insert(what).second) index.notices.push_back(what);
    }
  }
}

}  // namespace

bool is_reference_heading(std::string_view line) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "references", "sources",   "bibliography", "notes", "works cited",
      "citations",  "footnotes", "reference",    "source"};
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

core::CitationIndex extract_plain_text(const core::Document& doc) {
  core::CitationIndex index;
  const std::vector<Line> lines = split_lines(doc.text);
  const text::LineIndex positions(doc.text);
  bool has_heading = false;
  index.body_end = doc.text.size();
  if (const auto start = find_list_start(lines, has_heading)) {
    index.body_end = lines[*start].begin;
    index.references = read_list(lines, has_heading ? *start + 1 : *start);
    if (has_heading) index.list_heading = positions.position(lines[*start].begin);
  }
  find_markers(std::string_view(doc.text).substr(0, index.body_end), index);
  for (core::Reference& ref : index.references) ref.position = positions.position(ref.offset);
  for (core::Citation& c : index.citations) c.position = positions.position(c.offset);
  return index;
}

}  // namespace citecheck::cite
