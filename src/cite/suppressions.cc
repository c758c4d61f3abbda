// Directives are read from the raw document, not from a parser's tree, so they work the same in
// every format and whatever block a comment lands in. "disable" runs to the next "enable" (or the
// end); "disable-next-line" covers the line after the comment's last line. Either may name rules
// (separated by spaces or commas); naming none means every rule, and then the lines are not checked
// at all rather than checked with their findings hidden.
#include "cite/suppressions.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "text/line_index.h"

namespace citecheck::cite {
namespace {

constexpr std::string_view kPrefix = "citecheck-";

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::string_view(" \t\r\n").find(s.front()) != std::string_view::npos)
    s.remove_prefix(1);
  while (!s.empty() && std::string_view(" \t\r\n").find(s.back()) != std::string_view::npos)
    s.remove_suffix(1);
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
  while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
  d.verb = std::string(s.substr(0, i));
  std::string word;
  for (; i <= s.size(); ++i) {
    const bool sep = i == s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == ',';
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

std::vector<Located> comment_directives(std::string_view text) {
  std::vector<Located> out;
  const text::LineIndex lines(text);
  for (std::size_t at = text.find("<!--"); at != std::string_view::npos;
       at = text.find("<!--", at + 4)) {
    const std::size_t end = text.find("-->", at + 4);
    if (end == std::string_view::npos) break;
    if (auto d = parse_directive(text.substr(at + 4, end - at - 4))) {
      out.push_back({std::move(*d), lines.position(at).line, lines.position(end).line});
    }
  }
  return out;
}

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

}  // namespace

bool is_directive_line(std::string_view line) {
  const auto d = parse_directive(line);
  const auto rule_like = [](const std::string& w) {
    return std::all_of(w.begin(), w.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  };
  return d && (d->verb == "disable" || d->verb == "enable" || d->verb == "disable-next-line") &&
         std::all_of(d->rules.begin(), d->rules.end(), rule_like);
}

std::vector<core::Suppression> find_suppressions(std::string_view text, core::Format format,
                                                 std::vector<std::string>& notices) {
  std::vector<core::Suppression> out;
  if (text.find(kPrefix) == std::string_view::npos) return out;
  const std::vector<Located> found =
      format == core::Format::kText ? line_directives(text) : comment_directives(text);
  std::optional<core::Suppression> open;
  for (const Located& l : found) {
    const Directive& d = l.directive;
    if (d.verb == "disable-next-line") {
      out.push_back({l.last_line + 1, l.last_line + 1, d.rules});
    } else if (d.verb == "disable") {
      if (open) out.push_back(*open);
      open = core::Suppression{l.first_line, l.last_line, d.rules};
    } else if (d.verb == "enable") {
      if (!open) continue;
      open->last_line = l.last_line;
      out.push_back(*open);
      open.reset();
    } else {
      notices.push_back(fmt::format(
          "line {}: 'citecheck-{}' is not a directive (disable, enable, disable-next-line)",
          l.first_line, d.verb));
    }
  }
  if (open) {
    open->last_line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    out.push_back(*open);
  }
  return out;
}

bool suppressed(const core::Finding& finding, const std::vector<core::Suppression>& suppressions) {
  return std::any_of(suppressions.begin(), suppressions.end(), [&](const core::Suppression& s) {
    return finding.position.line >= s.first_line && finding.position.line <= s.last_line &&
           (s.rules.empty() ||
            std::find(s.rules.begin(), s.rules.end(), finding.rule) != s.rules.end());
  });
}

}  // namespace citecheck::cite
