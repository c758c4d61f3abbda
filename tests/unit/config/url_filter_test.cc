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

}  // namespace citecheck::config
