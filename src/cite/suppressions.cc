// Directives are read from the comments each format's parser finds (Markdown's HTML blocks and
// inline HTML, an HTML article's comment nodes), so a directive shown as an example in a code
// block, a code span or <pre> is text, not an order; plain text has its directive lines. "disable"
// runs to the next "enable" (or the end); "disable-next-line" covers the line after the comment's
// last line, "disable-line" the comment's own lines (a comment at the end of a Markdown or HTML
// line). Either may name rules (separated by spaces or commas); naming none means every rule,
// and then the lines are not checked at all rather than checked with their findings hidden.
#include "cite/suppressions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "text/ascii.h"

namespace citecheck::cite {
namespace {

constexpr std::string_view kPrefix = "citecheck-";
constexpr std::string_view kBlanks = " \t\r\n";  // a comment may wrap its rules onto lines

bool is_blank(char c) { return kBlanks.find(c) != std::string_view::npos; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

struct Directive {
  std::string verb;  // "disable", "enable", "disable-next-line"
  std::vector<std::string> rules;
};

std::optional<Directive> parse_directive(std::string_view s) {
  s = trim(s);
  if (!s.starts_with(kPrefix)) return std::nullopt;
  s.remove_prefix(kPrefix.size());
  Directive d;
  std::size_t i = 0;
  while (i < s.size() && !is_blank(s[i])) ++i;
  d.verb = std::string(s.substr(0, i));
  std::string word;
  for (; i <= s.size(); ++i) {
    const bool sep = i == s.size() || is_blank(s[i]) || s[i] == ',';
    if (!sep) {
      word += s[i];
    } else if (!word.empty()) {
      d.rules.push_back(std::move(word));
      word.clear();
    }
  }
  return d;
}

struct Located {
  Directive directive;
  int first_line = 0;
  int last_line = 0;
};

std::vector<Located> line_directives(std::string_view text) {
  std::vector<Located> out;
  int line = 1;
  for (std::size_t begin = 0; begin <= text.size(); ++line) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (is_directive_line(text.substr(begin, end - begin))) {
      out.push_back({*parse_directive(text.substr(begin, end - begin)), line, line});
    }
    begin = end + 1;
  }
  return out;
}

// Regions and lines from directives in document order; the end of `text` ends a region never
// enabled.
std::vector<core::Suppression> suppressions_of(const std::vector<Located>& found,
                                               std::string_view text,
                                               std::vector<std::string>& notices) {
  std::vector<core::Suppression> out;
  std::optional<core::Suppression> open;
  for (const Located& l : found) {
    const Directive& d = l.directive;
    if (d.verb == "disable-next-line") {
      out.push_back({l.last_line + 1, l.last_line + 1, d.rules});
    } else if (d.verb == "disable-line") {
      // The lines the comment itself stands on: "... 50% <!-- citecheck-disable-line ... -->".
      out.push_back({l.first_line, l.last_line, d.rules});
    } else if (d.verb == "disable") {
      if (open) out.push_back(*open);
      open = core::Suppression{l.first_line, l.last_line, d.rules};
    } else if (d.verb == "enable") {
      if (!open) continue;
      open->last_line = l.last_line;
      out.push_back(*open);
      open.reset();
    } else {
      notices.push_back(
          fmt::format("line {}: 'citecheck-{}' is not a directive (disable, enable, disable-line, "
                      "disable-next-line)",
                      l.first_line, d.verb));
    }
  }
  if (open) {
    open->last_line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    out.push_back(*open);
  }
  return out;
}

}  // namespace

bool is_directive_line(std::string_view line) {
  const auto d = parse_directive(line);
  const auto rule_like = [](const std::string& w) {
    return std::all_of(w.begin(), w.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  };
  return d &&
         (d->verb == "disable" || d->verb == "enable" || d->verb == "disable-next-line" ||
          d->verb == "disable-line") &&
         std::all_of(d->rules.begin(), d->rules.end(), rule_like);
}

bool is_code_element(std::string_view tag) {
  static constexpr std::array<std::string_view, 9> kCode = {
      "pre", "code", "kbd", "samp", "script", "style", "textarea", "title", "xmp"};
  return std::find(kCode.begin(), kCode.end(), tag) != kCode.end();
}

void RawHtmlComments::read(std::string_view html, int line) {
  std::size_t counted = 0;  // newlines before it are counted into `line`
  const auto line_at = [&](std::size_t offset) {
    line += static_cast<int>(std::count(html.begin() + static_cast<long>(counted),
                                        html.begin() + static_cast<long>(offset), '\n'));
    counted = offset;
    return line;
  };
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (html.substr(at).starts_with("<!--")) {
      const std::size_t end = html.find("-->", at + 4);
      if (end == std::string_view::npos) return;
      if (open_code_ == 0) {
        const int first = line_at(at);
        comments_.push_back({std::string(html.substr(at + 4, end - at - 4)), first, line_at(end)});
      }
      at = end + 2;
      continue;
    }
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    const std::size_t name = at + (closing ? 2 : 1);
    std::size_t name_end = name;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])))
      ++name_end;
    if (!is_code_element(text::lower_ascii(html.substr(name, name_end - name)))) continue;
    if (!closing) {
      ++open_code_;
    } else if (open_code_ > 0) {
      --open_code_;
    }
  }
}

std::vector<core::Suppression> comment_suppressions(const std::vector<Comment>& comments,
                                                    std::string_view text,
                                                    std::vector<std::string>& notices) {
  std::vector<Located> found;
  for (const Comment& c : comments) {
    if (auto d = parse_directive(c.text)) {
      found.push_back({std::move(*d), c.first_line, c.last_line});
    }
  }
  return suppressions_of(found, text, notices);
}

std::vector<core::Suppression> line_suppressions(std::string_view text,
                                                 std::vector<std::string>& notices) {
  if (text.find(kPrefix) == std::string_view::npos) return {};
  return suppressions_of(line_directives(text), text, notices);
}

bool suppressed(const core::Finding& finding, const std::vector<core::Suppression>& suppressions) {
  return std::any_of(suppressions.begin(), suppressions.end(), [&](const core::Suppression& s) {
    return finding.position.line >= s.first_line && finding.position.line <= s.last_line &&
           (s.rules.empty() ||
            std::find(s.rules.begin(), s.rules.end(), finding.rule) != s.rules.end());
  });
}

}  // namespace citecheck::cite
