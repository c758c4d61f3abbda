#include "archive/dates.h"

#include <array>
#include <cctype>
#include <ctime>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "html/dom.h"
#include "text/ascii.h"

namespace citecheck::archive {
namespace {

using Json = nlohmann::json;

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (const char c : s) n = n * 10 + (c - '0');
  return n;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<std::string> make_date(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int last = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap(year) ? 1 : 0);
  if (day > last) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// "march", "Mar", "Sept." -> 3, 3, 9; 0 for no month name.
int month_number(std::string_view word) {
  static constexpr std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string w = text::lower_ascii(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    if (name == w || (name.starts_with(w) && w.size() <= name.size()) || (w == "sept" && m == 8)) {
      return static_cast<int>(m + 1);
    }
  }
  return 0;
}

// The words of `s`: runs of letters, digits, '-', '/' and '.', commas dropped.
std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == ',' ||
                            s[i] == ':' || s[i] == '(' || s[i] == ')')) {
      ++i;
    }
    const std::size_t begin = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])) && s[i] != ',' &&
           s[i] != ':' && s[i] != '(' && s[i] != ')') {
      ++i;
    }
    if (i > begin) out.push_back(s.substr(begin, i - begin));
  }
  return out;
}

// A date written out in words from `w[at]` on: "12 March 2024", "March 12, 2024", "12 Mar. 2024".
std::optional<std::string> worded_date(const std::vector<std::string_view>& w, std::size_t at) {
  auto day_of = [](std::string_view s) {
    while (!s.empty() && !std::isdigit(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return digits(s) && s.size() <= 2 ? number(s) : 0;
  };
  auto year_of = [](std::string_view s) {
    while (!s.empty() && s.back() == '.') s.remove_suffix(1);
    return digits(s) && s.size() == 4 ? number(s) : 0;
  };
  if (at + 2 < w.size()) {
    if (const int d = day_of(w[at]); d > 0) {
      if (const int m = month_number(w[at + 1]); m > 0) return make_date(year_of(w[at + 2]), m, d);
    }
    if (const int m = month_number(w[at]); m > 0) {
      if (const int d = day_of(w[at + 1]); d > 0) return make_date(year_of(w[at + 2]), m, d);
    }
  }
  return std::nullopt;
}

// The value of `key` in YAML (key: value) or TOML (key = value) front matter, unquoted; "".
std::string front_matter_value(std::string_view text, std::string_view key) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const bool yaml = text.starts_with("---");
  const bool toml = text.starts_with("+++");
  if (!yaml && !toml) return "";
  const std::string_view fence = yaml ? "---" : "+++";
  std::size_t line_start = text.find('\n');
  while (line_start != std::string_view::npos) {
    ++line_start;
    const std::size_t line_end = text.find('\n', line_start);
    std::string_view line =
        text.substr(line_start, line_end == std::string_view::npos ? std::string_view::npos
                                                                   : line_end - line_start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with(fence) || (yaml && line.starts_with("..."))) break;
    const char separator = yaml ? ':' : '=';
    if (line.starts_with(key)) {
      std::string_view rest = text::trim_space(line.substr(key.size()));
      if (!rest.empty() && rest.front() == separator) {
        rest = text::trim_space(rest.substr(1));
        if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'') &&
            rest.back() == rest.front()) {
          rest = rest.substr(1, rest.size() - 2);
        }
        return std::string(rest);
      }
    }
    line_start = line_end;
  }
  return "";
}

std::string json_ld_published(const Json& j, int depth = 0) {
  if (depth > 4) return "";
  if (j.is_array()) {
    for (const Json& item : j) {
      if (std::string d = json_ld_published(item, depth + 1); !d.empty()) return d;
    }
    return "";
  }
  if (!j.is_object()) return "";
  if (j.contains("datePublished") && j["datePublished"].is_string()) {
    return j["datePublished"].get<std::string>();
  }
  if (j.contains("@graph")) return json_ld_published(j["@graph"], depth + 1);
  return "";
}

std::optional<DatedBy> html_date(std::string_view text) {
  const html::HtmlDom dom = html::parse_html(text);
  std::optional<DatedBy> json_ld, time;
  for (const html::HtmlNode& n : dom.nodes) {
    if (n.is_text) continue;
    if (n.tag == "meta") {
      std::string key = text::lower_ascii(n.attribute("property"));
      if (key.empty()) key = text::lower_ascii(n.attribute("name"));
      if (key == "article:published_time") {
        if (auto d = parse_date(n.attribute("content"))) return DatedBy{*d, key};
      }
    } else if (n.tag == "script" && !json_ld &&
               text::lower_ascii(n.attribute("type")) == "application/ld+json") {
      std::string body;
      for (const std::size_t c : n.children) {
        if (dom.nodes[c].is_text) body += dom.nodes[c].text;
      }
      const Json j = Json::parse(body, nullptr, false);
      if (!j.is_discarded()) {
        if (auto d = parse_date(json_ld_published(j))) json_ld = DatedBy{*d, "json-ld"};
      }
    } else if (n.tag == "time" && !time && n.has_attribute("datetime")) {
      if (auto d = parse_date(n.attribute("datetime"))) time = DatedBy{*d, "time"};
    }
  }
  return json_ld ? json_ld : time;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view s) {
  s = text::trim_space(s);
  if (s.size() >= 10 && digits(s.substr(0, 4)) && (s[4] == '-' || s[4] == '/') && s[7] == s[4] &&
      digits(s.substr(5, 2)) && digits(s.substr(8, 2)) &&
      (s.size() == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't')) {
    return make_date(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)));
  }
  if (s.size() == 8 && digits(s)) {
    return make_date(number(s.substr(0, 4)), number(s.substr(4, 2)), number(s.substr(6, 2)));
  }
  return std::nullopt;
}

std::optional<DatedBy> article_date(const core::Document& doc) {
  switch (doc.format) {
    case core::Format::kMarkdown:
      if (auto d = parse_date(front_matter_value(doc.text, "date"))) {
        return DatedBy{*d, "front-matter"};
      }
      return std::nullopt;
    case core::Format::kHtml:
      return html_date(doc.text);
    case core::Format::kText:
      break;
  }
  return std::nullopt;
}

std::string retrieved_date(std::string_view entry) {
  const std::vector<std::string_view> w = words(entry);
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::string word = text::lower_ascii(w[i]);
    // Only when the page was read: an "archived" date is the archive's, not the citer's.
    if (word != "retrieved" && word != "accessed") continue;
    std::size_t at = i + 1;
    if (at < w.size() && (text::lower_ascii(w[at]) == "on" || text::lower_ascii(w[at]) == "at")) {
      ++at;
    }
    if (at >= w.size()) break;
    std::string_view first = w[at];
    while (!first.empty() && (first.back() == '.' || first.back() == ';')) first.remove_suffix(1);
    if (auto d = parse_date(first)) return *d;
    if (auto d = worded_date(w, at)) return *d;
  }
  return "";
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

DatedBy document_date(const core::Document& doc, std::string_view as_of) {
  if (!as_of.empty()) return {parse_date(as_of).value_or(std::string(as_of)), "as-of"};
  if (auto dated = article_date(doc)) return std::move(*dated);
  return {today(), "today"};
}

DatedBy reference_date(const DatedBy& document, const core::Reference& ref) {
  if (document.from == "today") {
    if (std::string retrieved = retrieved_date(ref.title); !retrieved.empty()) {
      return {std::move(retrieved), "retrieved"};
    }
  }
  return document;
}

}  // namespace citecheck::archive
