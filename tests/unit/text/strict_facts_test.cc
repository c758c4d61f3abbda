// Facts decide: each form a claim's fact may take, matched against a source's writing of the same
// value and against a changed one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/quantities.h"

namespace citecheck::text {
namespace {

using core::FactKind;

Quantity only(const std::string& text) {
  const std::vector<Quantity> found = find_quantities(text);
  INFO("text: ", text);
  REQUIRE(found.size() == 1);
  return found[0];
}

}  // namespace

TEST_CASE("a date compares day, month and year together, however it is written") {
  const Quantity claim = only("on 5 March 2025");
  for (const std::string same : {"on March 5, 2025", "on 2025-03-05", "on 5th March 2025"}) {
    INFO("source: ", same);
    CHECK(agree(claim, only(same)));
  }
  CHECK_FALSE(agree(claim, only("on 3 March 2025")));
  CHECK_FALSE(agree(claim, only("on 5 March 2024")));
  CHECK_FALSE(agree(claim, only("on 5 April 2025")));
  // A source's date without a year agrees here; the matcher asks where the page dates it.
  CHECK(agree(claim, only("on March 5")));
  // A claim without a year asks only for the day and month.
  CHECK(agree(only("on March 5"), only("on 5 March 2019")));
  CHECK(date_parts(claim.value).year == 2025);
  CHECK(date_parts(claim.value).month == 3);
  CHECK(date_parts(claim.value).day == 5);
}

TEST_CASE("a month of a year is backed by that month of that year, with or without a day") {
  const Quantity claim = only("construction starts in June 2027");
  CHECK(claim.kind == FactKind::kDate);
  CHECK(agree(claim, only("in June 2027")));
  CHECK(agree(claim, only("on 14 June 2027")));
  CHECK_FALSE(agree(claim, only("in June 2026")));
  CHECK_FALSE(agree(claim, only("in July 2027")));
  CHECK(only("Oct. 3, 2019").value == 20191003);  // an abbreviated month's dot
}

TEST_CASE("a span of dates is backed by the same span only") {
  const Quantity claim = only("runs from August 24 to September 7");
  CHECK(claim.kind == FactKind::kDate);
  CHECK(claim.high > claim.value);
  CHECK(agree(claim, only("from August 24 to September 7")));
  CHECK_FALSE(agree(claim, only("from August 24 to September 5")));
  CHECK_FALSE(agree(claim, only("on August 24")));
  const Quantity days = only("on 5-7 June 2026");
  CHECK(date_parts(days.value).day == 5);
  CHECK(date_parts(days.high).day == 7);
  CHECK(date_parts(days.high).year == 2026);
  // The first date of a span takes the year written after the second.
  CHECK(date_parts(only("from August 24 to September 7, 2025").value).year == 2025);
}

TEST_CASE("a year is that year: no hedge widens it") {
  CHECK(agree(only("in 1995"), only("in 1995")));
  CHECK_FALSE(agree(only("in 1995"), only("in 1994")));
  CHECK_FALSE(agree(only("in 2019"), only("asked about 2018")));
  CHECK_FALSE(agree(only("around 1950"), only("in 1951")));
}

TEST_CASE("number words from two up are figures, compared with digits") {
  const Quantity six = only("stayed at six rooms");
  CHECK(six.kind == FactKind::kNumber);
  CHECK(six.spelled);
  CHECK(agree(six, only("6 rooms")));
  CHECK(agree(only("6 rooms"), six));
  CHECK_FALSE(agree(six, only("four rooms")));
  CHECK(only("a dozen branches").value == 12);
  CHECK(only("two dozen branches").value == 24);
  // "one hundred" is a hundred, not anything from 50 to 150.
  CHECK_FALSE(agree(only("150 members"), only("one hundred members")));
  CHECK(agree(only("100 members"), only("one hundred members")));
  // A capitalised number word inside a sentence names something.
  CHECK(find_quantities("They saw The Four Seasons live.").empty());
  CHECK(only("Four people were hurt.").value == 4);
}

TEST_CASE("ordinals compare with ordinals, in words or digits") {
  const Quantity third = only("her third album");
  CHECK(third.kind == FactKind::kOrdinal);
  CHECK(agree(third, only("her 3rd album")));
  CHECK_FALSE(agree(third, only("her second album")));
  CHECK_FALSE(comparable(third, only("3 albums")));
  CHECK(only("the 21st edition").value == 21);
  // Periods and shares are no places in an order.
  CHECK(find_quantities("during the third quarter").empty());
  CHECK(find_quantities("in the 19th century").empty());
  CHECK(only("a third of voters").kind == FactKind::kRatio);
}

TEST_CASE("ranges compare as ranges - a hedged claim may lie inside the source's") {
  CHECK_FALSE(agree(only("50\u201352% of members"), only("50\u201375% of members")));
  CHECK(agree(only("about 50\u201352% of members"), only("50\u201375% of members")));
  CHECK(agree(only("50\u201352% of members"), only("50\u201352% of members")));
  // A figure at one end of a claimed range: the claim says less than the source.
  CHECK(agree(only("over the past 2 to 3 months"), only("over the past 3 months")));
  CHECK_FALSE(agree(only("over the past 2 to 6 months"), only("over the past 3 months")));
  CHECK(agree(only("between 10 and 20 percent"), only("15%")));
  // A hedged figure inside a source's range.
  CHECK(agree(only("about 60%"), only("50\u201375%")));
  CHECK_FALSE(agree(only("60%"), only("50\u201375%")));
}

TEST_CASE("a hedge that bounds a figure keeps it on its side") {
  CHECK_FALSE(agree(only("99 artists"), only("over 100 artists")));
  CHECK(agree(only("over 100 artists"), only("over 100 artists")));
  CHECK_FALSE(agree(only("101 votes"), only("nearly 100 votes")));
  CHECK(agree(only("about 100 votes"), only("95 votes")));
  CHECK_FALSE(agree(only("at least 12%"), only("11%")));
  CHECK_FALSE(agree(only("more than 500 people"), only("450 people")));
  CHECK(only("more than 500 people").bound == 1);
  CHECK(only("nearly 40 percent").bound == -1);
  CHECK(only("about 40 percent").bound == 0);
  // A hedge's tenth is of the figures compared, not of a range's far end.
  CHECK_FALSE(agree(only("approximately 345 metres"), only("at 400\u2013600 m")));
}

TEST_CASE("a bounded span of time is one of its unit") {
  const Quantity year = only("approved in under a year");
  CHECK(year.value == 1);
  CHECK(year.bound == -1);
  CHECK_FALSE(agree(year, only("took over two years")));
  CHECK(agree(year, only("took nearly a year")));
  CHECK(find_quantities("a year ago the plan was approved").empty());
}

TEST_CASE("opposite hedges, other units, names and enumerations are no match") {
  CHECK_FALSE(agree(only("Under 100 people attended."), only("Over 100 people attended.")));
  CHECK_FALSE(agree(only("up to 50 stalls"), only("over 50 stalls")));
  CHECK_FALSE(agree(only("over a decade"), only("over a year")));
  CHECK_FALSE(agree(only("5 years"), only("5 months")));
  CHECK(agree(only("5 years"), only("five years")));
  CHECK(only("over a decade").unit == "decade");
  // "by" and "from" before a capitalised "May" or "Jan" are as often names as months.
  CHECK(find_quantities("The deal negotiated by May was rejected.").empty());
  CHECK(find_quantities("a novel written by Jan Kowalski").empty());
  // "Second," opening a sentence orders an argument.
  CHECK(find_quantities("Second, unemployment rose.").empty());
  // A number too long for a double is read, not thrown.
  const std::string huge(400, '9');
  CHECK_NOTHROW(find_quantities("They counted " + huge + " grains."));
  CHECK_NOTHROW(find_quantities("part " + huge));
}

}  // namespace citecheck::text
