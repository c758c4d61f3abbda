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
  if (U_FAILURE(status)) {
    return fmt::format("'{}' is not a regular expression: {} at character {}", pattern,
                       u_errorName(status), where.offset + 1);
  }
  return std::nullopt;
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
