#include "archive/wayback.h"

#include <doctest/doctest.h>

namespace citecheck::archive {

TEST_CASE("the availability question is one URL per page and day") {
  CHECK(availability_url("https://archive.org/", "https://example.com/a?b=1&c=2", "2025-07-10") ==
        "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26c%3D2"
        "&timestamp=20250710120000");
}

TEST_CASE("the closest snapshot is read from the answer") {
  const auto s = parse_availability(
      R"({"url": "example.com", "archived_snapshots": {"closest": {"status": "200",
      "available": true, "url": "http://web.archive.org/web/20250710093000/https://example.com/",
      "timestamp": "20250710093000"}}})");
  REQUIRE(s);
  REQUIRE(*s);
  CHECK((*s)->url == "http://web.archive.org/web/20250710093000/https://example.com/");
  CHECK((*s)->raw_url == "http://web.archive.org/web/20250710093000id_/https://example.com/");
  CHECK((*s)->timestamp == "2025-07-10T09:30:00Z");
}

TEST_CASE("no copy, a copy of an error page, and junk are told apart") {
  const auto none = parse_availability(R"({"url": "x", "archived_snapshots": {}})");
  REQUIRE(none);
  CHECK_FALSE(*none);
  const auto error_page = parse_availability(
      R"({"archived_snapshots": {"closest": {"status": "404", "available": true,
      "url": "http://web.archive.org/web/2019/https://x/", "timestamp": "2019"}}})");
  REQUIRE(error_page);
  CHECK_FALSE(*error_page);
  CHECK_FALSE(parse_availability("<html>Service unavailable</html>"));
  CHECK_FALSE(parse_availability(R"({"archived_snapshots": {"closest": {"status": "200"}}})"));
  CHECK_FALSE(parse_availability(R"([1, 2])"));
}

TEST_CASE("raw snapshot URLs") {
  CHECK(raw_snapshot_url("https://web.archive.org/web/20240101000000/http://a.example/x") ==
        "https://web.archive.org/web/20240101000000id_/http://a.example/x");
  CHECK(raw_snapshot_url("https://web.archive.org/web/20240101000000id_/http://a.example/x") ==
        "https://web.archive.org/web/20240101000000id_/http://a.example/x");
  CHECK(raw_snapshot_url("https://example.com/web/page") == "https://example.com/web/page");
  CHECK(is_raw_snapshot("https://web.archive.org/web/20240101000000id_/http://a.example/x"));
  CHECK_FALSE(is_raw_snapshot("https://web.archive.org/web/20240101000000/http://a.example/x"));
  CHECK_FALSE(is_raw_snapshot("https://example.com/web/id_/x"));
}

TEST_CASE("Wayback timestamps become ISO 8601") {
  CHECK(iso_timestamp("20250710093000") == "2025-07-10T09:30:00Z");
  CHECK(iso_timestamp("2019") == "2019-01-01T00:00:00Z");
  CHECK(iso_timestamp("201907") == "2019-07-01T00:00:00Z");
  CHECK(iso_timestamp("") == "");
  CHECK(iso_timestamp("2019-07") == "");
}

TEST_CASE("replay: endpoints ask a Wayback-style collection for a day and follow its redirect") {
  const auto e = parse_endpoint("replay:http://localhost:8080/my-coll/");
  REQUIRE(e);
  CHECK(e->protocol == Protocol::kReplay);
  CHECK(e->base == "http://localhost:8080/my-coll");
  CHECK(parse_endpoint("https://archive.org")->protocol == Protocol::kAvailability);
  CHECK_FALSE(parse_endpoint("replay:localhost:8080"));
  CHECK_FALSE(parse_endpoint("ftp://archive.example"));
  CHECK(question_url(*e, "https://x.example/a?b=1", "2025-07-10") ==
        "http://localhost:8080/my-coll/20250710id_/https://x.example/a?b=1");
  const std::string capture = "http://localhost:8080/my-coll/20250710093000id_/https://x.example/a";
  CHECK(is_raw_snapshot(capture));
  CHECK(shown_snapshot_url(capture) ==
        "http://localhost:8080/my-coll/20250710093000/https://x.example/a");
  CHECK(snapshot_time(capture) == "2025-07-10T09:30:00Z");
  CHECK(snapshot_time("https://x.example/a") == "");
}

}  // namespace citecheck::archive
