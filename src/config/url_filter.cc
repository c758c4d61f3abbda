// The ICU regular-expression adapter of the config stage (the only file here that includes ICU).
// libstdc++'s std::regex, used before, recursed once or more per character of the URL and per
// nested group of the pattern, so a long URL overflowed the stack; ICU keeps its backtracking
// state on the heap, and a match is cut off after kMatchSteps steps or kMatchStackBytes of it.
#include "config/url_filter.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <fmt/format.h>

namespace citecheck::config {
namespace {

// ICU's time limit is in units of 10,000 steps of its engine (roughly a millisecond's work each).
constexpr int32_t kMatchSteps = 100;
constexpr int32_t kMatchStackBytes = 1 << 20;

icu::UnicodeString utf16(const std::string& s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern, UErrorCode& status,
                                           UParseError& where) {
  return std::unique_ptr<icu::RegexPattern>(
      icu::RegexPattern::compile(utf16(pattern), 0, where, status));
}

// What is wrong with a pattern, in words: ICU's own names (U_REGEX_MISMATCHED_PAREN) mean nothing
// to someone writing a config file. `at` is the character ICU stopped at (counted from 1, in code
// points), 0 when it gave none. A code too rare to be worded keeps ICU's name.
std::string pattern_problem(UErrorCode status, const icu::UnicodeString& pattern, int32_t at) {
  switch (status) {
    case U_REGEX_MISMATCHED_PAREN:
      return "unbalanced parenthesis";
    case U_REGEX_MISSING_CLOSE_BRACKET:
      return "unterminated character class (a '[' without its ']')";
    case U_REGEX_RULE_SYNTAX: {
      // ICU's catch-all; most often a quantifier with nothing before it to repeat.
      if (at < 1 || at > pattern.countChar32()) return "syntax error";
      const UChar32 c = pattern.char32At(pattern.moveIndex32(0, at - 1));
      if (c == '*' || c == '+' || c == '?' || c == '{') {
        return fmt::format("nothing to repeat before '{}'", static_cast<char>(c));
      }
      return "syntax error";
    }
    case U_REGEX_BAD_ESCAPE_SEQUENCE:
      return "bad escape";
    case U_REGEX_BAD_INTERVAL:
      return "invalid {m,n} count";
    case U_REGEX_MAX_LT_MIN:
      return "invalid {m,n} count: m is greater than n";
    case U_REGEX_NUMBER_TOO_BIG:
      return "number too big";
    case U_REGEX_INVALID_RANGE:
      return "invalid range in a character class";
    case U_REGEX_PROPERTY_SYNTAX:
      return "unknown property or class name";
    case U_REGEX_INVALID_BACK_REF:
      return "back-reference to a group that does not exist";
    case U_REGEX_INVALID_CAPTURE_GROUP_NAME:
      return "bad group name";
    case U_REGEX_INVALID_FLAG:
      return "bad (?flags) group";
    case U_REGEX_LOOK_BEHIND_LIMIT:
      return "look-behind of unbounded length";
    default:
      return u_errorName(status);
  }
}

}  // namespace

struct UrlFilter::Pattern {
  std::string text;
  std::unique_ptr<icu::RegexPattern> compiled;
};

std::optional<std::string> url_pattern_error(const std::string& pattern) {
  if (pattern.size() > kMaxUrlPatternBytes) {
    return fmt::format("exclude-urls pattern is {} bytes long; the limit is {} bytes",
                       pattern.size(), kMaxUrlPatternBytes);
  }
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  compile(pattern, status, where);
  if (U_SUCCESS(status)) return std::nullopt;
  // ICU gives the line (1 here) and, on it, the character it stopped at, counted from 1 in code
  // points; line 0 when it has no position to give.
  const int32_t at = where.line > 0 ? where.offset : 0;
  std::string why = fmt::format("exclude-urls: '{}' is not a valid pattern: {}", pattern,
                                pattern_problem(status, utf16(pattern), at));
  if (at > 0) why += fmt::format(" at character {}", at);
  return why;
}

UrlFilter::UrlFilter(const std::vector<std::string>& patterns) {
  for (const std::string& p : patterns) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    auto compiled = compile(p, status, where);
    if (U_SUCCESS(status))
      patterns_.push_back(std::make_shared<Pattern>(Pattern{p, std::move(compiled)}));
  }
}

std::string UrlFilter::excluded_by(const std::string& url) const {
  if (url.size() > kMaxMatchedUrlBytes) return {};
  const icu::UnicodeString text = utf16(url);
  for (const auto& p : patterns_) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::RegexMatcher> m(p->compiled->matcher(text, status));
    if (U_FAILURE(status)) continue;
    m->setTimeLimit(kMatchSteps, status);
    m->setStackLimit(kMatchStackBytes, status);
    const bool found = U_SUCCESS(status) && m->find(status);
    if (found && U_SUCCESS(status)) return p->text;
  }
  return {};
}

}  // namespace citecheck::config
