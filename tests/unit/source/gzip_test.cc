#include <doctest/doctest.h>

#include <string>

#include "source/extract.h"
#include "source/gzip.h"

namespace citecheck::source {
namespace {

// "<title>Z</title><p>Gzipped page text.</p>\n" compressed with gzip -9.
const std::string kGzipped(
    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xb3\x29\xc9\x2c\xc9\x49\xb5\x8b\xb2\xd1\x87\x30"
    "\x6c\x0a\xec\xdc\xab\x32\x0b\x0a\x52\x53\x14\x0a\x12\xd3\x53\x15\x4a\x52\x2b\x4a\xf4"
    "\x6c\xf4\x0b\xec\xb8\x00\xd6\x85\x20\x58\x2a\x00\x00\x00",
    57);

}  // namespace

TEST_CASE("a gzip-compressed page reads like the page it holds") {
  REQUIRE(is_gzip(kGzipped));
  const auto inflated = gunzip(kGzipped);
  REQUIRE(inflated.has_value());
  CHECK(*inflated == "<title>Z</title><p>Gzipped page text.</p>\n");
  const Page page = read_page(kGzipped, "text/html");
  CHECK(page.main.title == "Z");
  CHECK(page.main.text == "Gzipped page text.\n");
}

TEST_CASE("corrupt or oversized gzip streams are refused, not read as garbage") {
  CHECK_FALSE(gunzip(kGzipped.substr(0, 30)).has_value());
  CHECK_FALSE(gunzip(kGzipped, 10).has_value());
  CHECK_FALSE(is_gzip("<html>"));
}

}  // namespace citecheck::source
