#include <doctest/doctest.h>

#include "text/quantities.h"

namespace citecheck::text {
namespace {

Quantity only(const std::string& text) {
  const auto qs = find_quantities(text);
  REQUIRE(qs.size() == 1);
  return qs[0];
}

}  // namespace

TEST_CASE("ranges are read as one quantity with both ends") {
  const Quantity dash = only("Turnout was 10\u201320% in most wards.");
  CHECK(dash.kind == core::FactKind::kPercent);
  CHECK(dash.value == 10);
  CHECK(dash.high == 20);
  const Quantity between = only("between 10 and 20 percent of riders");
  CHECK(between.kind == core::FactKind::kPercent);
  CHECK(between.value == 10);
  CHECK(between.high == 20);
  const Quantity to = only("from $5m to $8m a year");
  CHECK(to.kind == core::FactKind::kMoney);
  CHECK(to.value == 5e6);
  CHECK(to.high == 8e6);
  CHECK(only("It rose 12% last year.").high == 12);  // a point is its own range
}

TEST_CASE("numbers joined by 'and' without 'between', and year spans, are not ranges") {
  CHECK(find_quantities("It hired 10 and fired 20 people.").size() == 2);
  CHECK(find_quantities("From 2019-2021 it grew.").size() == 2);
  CHECK(find_quantities("Scores fell from 80 to 20 points.").size() == 2);  // falling: no range
}

TEST_CASE("a claimed range is backed by a figure inside it - a source's range only by its ends") {
  const Quantity range = only("between 10 and 20 percent");
  CHECK(agree(range, only("15%")));
  CHECK(agree(range, only("10\u201320%")));
  CHECK_FALSE(agree(only("15%"), range));
  CHECK(agree(only("20%"), range));
  CHECK_FALSE(agree(range, only("12\u201318%")));
  CHECK_FALSE(agree(only("25%"), range));
  CHECK_FALSE(agree(range, only("31%")));
  CHECK(agree(only("31%"), only("31%")));
  CHECK_FALSE(agree(only("29%"), only("31%")));
}

}  // namespace citecheck::text
