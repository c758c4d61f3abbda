// exclude-urls against hostile input: URLs come from the articles, so a long one must neither crash
// the run nor stall it, whatever pattern the config holds.
#include <doctest/doctest.h>

#include <string>

#include "config/url_filter.h"

namespace citecheck::config {
namespace {

// "https://x.example/" followed by "abab…" up to `size` bytes.
std::string long_url(std::size_t size) {
  std::string url = "https://x.example/";
  while (url.size() < size) url += url.size() % 2 == 0 ? 'a' : 'b';
  return url;
}

}  // namespace

TEST_CASE("exclude-urls: a 100,000-character URL does not crash the matcher") {
  // libstdc++'s std::regex recursed once or more per character here and overflowed the stack.
  const std::string nested = std::string(100, '(') + "a|b" + std::string(100, ')') + "*c";
  const UrlFilter filter({"(a|b)*c", nested});
  CHECK(filter.excluded_by(long_url(100'000)).empty());
  CHECK(filter.excluded_by(long_url(2'048)).empty());
  CHECK(filter.excluded_by("https://x.example/abac") == "(a|b)*c");
}

TEST_CASE("exclude-urls: a pattern that backtracks without end is cut off and matches nothing") {
  const UrlFilter filter({"(a|aa)*c", "/z"});
  const std::string url = "https://x.example/" + std::string(2'000, 'a');
  CHECK(filter.excluded_by(url).empty());
  CHECK(filter.excluded_by(url + "/z") == "/z");  // the next pattern is still tried
}

TEST_CASE("exclude-urls: URLs up to 2,048 bytes are matched, longer ones never") {
  const UrlFilter filter({"/private/"});
  const std::string at_limit = "https://x.example/private/" + std::string(2'048 - 26, 'p');
  REQUIRE(at_limit.size() == kMaxMatchedUrlBytes);
  CHECK(filter.excluded_by(at_limit) == "/private/");
  CHECK(filter.excluded_by(at_limit + "p").empty());
}

TEST_CASE("exclude-urls: a pattern that does not compile is explained in words") {
  struct Case {
    const char* pattern;
    const char* why;
  };
  const Case cases[] = {
      {"(a|b", "unbalanced parenthesis at character 4"},
      {"a)", "unbalanced parenthesis at character 2"},
      {"[abc", "unterminated character class (a '[' without its ']') at character 4"},
      {"*a", "nothing to repeat before '*' at character 1"},
      {"a|+b", "nothing to repeat before '+' at character 3"},
      {"a{2", "invalid {m,n} count at character 3"},
      {"a{x}", "invalid {m,n} count at character 3"},
      {"a{2,1}", "invalid {m,n} count: m is greater than n at character 6"},
      {"\\", "bad escape at character 1"},
      {"[z-a]", "invalid range in a character class at character 4"},
      {"\\p{Foo}", "unknown property or class name at character 7"},
      {"(?<=a*)b", "look-behind of unbounded length at character 7"},
      {"(?x", "bad (?flags) group at character 3"},
      // A position counts characters, not bytes or UTF-16 units: the emoji is one.
      {"\xF0\x9F\x98\x80(a", "unbalanced parenthesis at character 3"},
      // A rare code keeps ICU's name; without a position, none is given.
      {"\\N{NO SUCH NAME}", "U_ILLEGAL_CHAR_FOUND"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern);
    CHECK(url_pattern_error(c.pattern) ==
          "exclude-urls: '" + std::string(c.pattern) + "' is not a valid pattern: " + c.why);
  }
  CHECK_FALSE(url_pattern_error("^https://intranet\\.example/"));
}

}  // namespace citecheck::config
