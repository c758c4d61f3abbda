#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/quantities.h"

namespace citecheck::text {
namespace {

using core::FactKind;

// The only quantity in `text`; fails the test when there is not exactly one.
Quantity only(std::string_view text) {
  const std::vector<Quantity> found = find_quantities(text);
  INFO("text: ", std::string(text));
  REQUIRE(found.size() == 1);
  return found[0];
}

std::string span(std::string_view text, const Quantity& q) {
  return std::string(text.substr(q.offset, q.length));
}

}  // namespace

TEST_CASE("percentages in symbols and words") {
  const std::string text = "Of job seekers, 31% use AI.";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kPercent);
  CHECK(q.value == doctest::Approx(31));
  CHECK(q.unit == "%");
  CHECK(span(text, q) == "31%");
  CHECK(q.precision == doctest::Approx(0.5));
  CHECK(q.tolerance == 0.0);

  for (const std::string_view words : {"31 percent of them", "31 per cent of them", "31 pct"}) {
    const Quantity w = only(words);
    CHECK(w.kind == FactKind::kPercent);
    CHECK(w.value == doctest::Approx(31));
    CHECK(w.unit == "%");
  }
  CHECK(span("31 per cent of them", only("31 per cent of them")) == "31 per cent");

  const Quantity decimal = only("It grew 3.5% last year");
  CHECK(decimal.value == doctest::Approx(3.5));
  CHECK(decimal.precision == doctest::Approx(0.05));
}

TEST_CASE("percentage points are a percentage with unit \"pp\"") {
  const std::string text = "Unemployment fell 5 percentage points.";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kPercent);
  CHECK(q.value == doctest::Approx(5));
  CHECK(q.unit == "pp");
  CHECK(span(text, q) == "5 percentage points");
  CHECK(only("a 2 percent point drop").unit == "pp");
}

TEST_CASE("numbers with thousands separators and scale words") {
  const std::string text = "They bought 115,000 GPUs.";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kNumber);
  CHECK(q.value == doctest::Approx(115000));
  CHECK(span(text, q) == "115,000");
  CHECK(q.unit.empty());

  const std::string big = "Revenue reached 1.2 billion last year.";
  const Quantity b = only(big);
  CHECK(b.kind == FactKind::kNumber);
  CHECK(b.value == doctest::Approx(1.2e9));
  CHECK(b.precision == doctest::Approx(0.05e9));
  CHECK(span(big, b) == "1.2 billion");

  CHECK(only("about 3,000 thousand").value == doctest::Approx(3e6));
  CHECK(only("There are 1,200.75 units").value == doctest::Approx(1200.75));
}

TEST_CASE("money with currency symbols, prefixes, codes and words") {
  const std::string dollars = "It raised $5m in the spring.";
  const Quantity d = only(dollars);
  CHECK(d.kind == FactKind::kMoney);
  CHECK(d.value == doctest::Approx(5e6));
  CHECK(d.unit == "USD");
  CHECK(span(dollars, d) == "$5m");

  const std::string euros =
      "A \xE2\x82\xAC"
      "3.4bn deal.";
  const Quantity e = only(euros);
  CHECK(e.kind == FactKind::kMoney);
  CHECK(e.value == doctest::Approx(3.4e9));
  CHECK(e.unit == "EUR");
  CHECK(span(euros, e) ==
        "\xE2\x82\xAC"
        "3.4bn");

  const std::string us = "Shares cost US$20 each.";
  const Quantity u = only(us);
  CHECK(u.kind == FactKind::kMoney);
  CHECK(u.value == doctest::Approx(20));
  CHECK(u.unit == "USD");
  CHECK(span(us, u) == "US$20");

  const Quantity pounds = only(
      "a \xC2\xA3"
      "2 million fine");
  CHECK(pounds.unit == "GBP");
  CHECK(pounds.value == doctest::Approx(2e6));

  const Quantity code = only("priced at EUR 40");
  CHECK(code.kind == FactKind::kMoney);
  CHECK(code.unit == "EUR");
  CHECK(code.value == doctest::Approx(40));

  const Quantity word = only("5 million dollars");
  CHECK(word.kind == FactKind::kMoney);
  CHECK(word.unit == "USD");
  CHECK(word.value == doctest::Approx(5e6));
}

TEST_CASE("ratios and fractions written in words") {
  const std::string text = "One in three job seekers use AI.";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kRatio);
  CHECK(q.value == doctest::Approx(1.0 / 3.0));
  CHECK(q.tolerance == doctest::Approx(0.1));
  CHECK(span(text, q) == "One in three");

  const Quantity digits = only("3 out of 10 firms");
  CHECK(digits.kind == FactKind::kRatio);
  CHECK(digits.value == doctest::Approx(0.3));

  const std::string two_thirds = "About two-thirds agreed.";
  const Quantity t = only(two_thirds);
  CHECK(t.kind == FactKind::kRatio);
  CHECK(t.value == doctest::Approx(2.0 / 3.0));
  CHECK(span(two_thirds, t) == "two-thirds");

  CHECK(only("three quarters of staff").value == doctest::Approx(0.75));
  CHECK(only("half of workers").value == doctest::Approx(0.5));
  CHECK(only("a third of firms").value == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("number words count only where they state a quantity") {
  const std::string text = "thirty-one percent of users";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kPercent);
  CHECK(q.value == doctest::Approx(31));
  CHECK(span(text, q) == "thirty-one percent");

  CHECK(find_quantities("one of the biggest firms").empty());
  CHECK(find_quantities("half the time").empty());
}

TEST_CASE("four-digit numbers between 1800 and 2100 are years") {
  const std::string text = "In 2025, sales rose.";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kYear);
  CHECK(q.value == doctest::Approx(2025));
  CHECK(span(text, q) == "2025");
  CHECK(only("They hired 2,025 people").kind == FactKind::kNumber);
  CHECK(only("It weighs 1700 tonnes").kind == FactKind::kNumber);
  CHECK(only("It cost 2025.5 each").kind == FactKind::kNumber);
}

TEST_CASE("hedges widen the tolerance and stay outside the span") {
  const std::string text = "about 30% of firms";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kPercent);
  CHECK(q.tolerance == doctest::Approx(0.1));
  CHECK(span(text, q) == "30%");

  CHECK(only("more than 500 people").tolerance == doctest::Approx(0.1));
  CHECK(only("at least 12%").tolerance == doctest::Approx(0.1));
  CHECK(only("up to $3bn").tolerance == doctest::Approx(0.1));
  CHECK(only("nearly 40 percent").tolerance == doctest::Approx(0.1));
  CHECK(only("exactly 30%").tolerance == 0.0);
}

TEST_CASE("digits that are part of names or ordinals are not quantities") {
  CHECK(find_quantities("Nvidia H100 chips").empty());
  CHECK(find_quantities("during COVID-19 lockdowns").empty());
  CHECK(find_quantities("a 5G network").empty());
  CHECK(find_quantities("").empty());
  CHECK(find_quantities("no numbers here at all").empty());
}

TEST_CASE("several quantities come back in text order") {
  const std::string text = "In 2024, 31% of 1,000 people paid $20.";
  const std::vector<Quantity> found = find_quantities(text);
  REQUIRE(found.size() == 4);
  CHECK(found[0].kind == FactKind::kYear);
  CHECK(found[1].kind == FactKind::kPercent);
  CHECK(found[2].kind == FactKind::kNumber);
  CHECK(found[2].value == doctest::Approx(1000));
  CHECK(found[3].kind == FactKind::kMoney);
  CHECK(span(text, found[3]) == "$20");
}

TEST_CASE("invalid UTF-8 around a quantity does not hide it") {
  const std::string text = "\xFF\xFE 31% \xC3";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kPercent);
  CHECK(span(text, q) == "31%");
}

TEST_CASE("agree compares within rounding and tolerance") {
  const Quantity claim = only("31%");
  CHECK(agree(only("one in three"), claim));
  CHECK(agree(claim, only("one in three")));
  CHECK_FALSE(agree(only("29%"), claim));
  CHECK(agree(only("31.4%"), claim));
  CHECK_FALSE(agree(only("31.6%"), only("31.4%")));
  CHECK(agree(only("about 30%"), claim));
  CHECK_FALSE(agree(only("30%"), claim));
  CHECK(agree(only("1.2 billion"), only("1,200,000,000")));
  CHECK_FALSE(agree(only("115,000"), only("150,000")));
}

TEST_CASE("comparable separates kinds and currencies") {
  CHECK(comparable(only("one in three"), only("31%")));
  CHECK_FALSE(comparable(only("31%"), only("31 people")));
  CHECK_FALSE(comparable(only("$5m"), only("\xE2\x82\xAC"
                                           "5m")));
  CHECK_FALSE(agree(only("$5m"), only("\xE2\x82\xAC"
                                      "5m")));
  CHECK(agree(only("$5m"), only("5 million dollars")));
  CHECK_FALSE(comparable(only("in 2025"), only("2,025 people")));
}

}  // namespace citecheck::text

namespace citecheck::text {

TEST_CASE("a day of a month is a date, whichever way round and with ordinals") {
  for (const std::string text : {"It opened on the 27th of July.", "It opened July 27th."}) {
    INFO("text: ", text);
    const Quantity q = only(text);
    CHECK(q.kind == FactKind::kDate);
    CHECK(q.value == 727);
  }
  // A year after the day and month is the date's own: one fact, not a date and a year.
  for (const std::string text :
       {"It opened on 27 July 2018.", "It opened on July 27, 2018.", "It opened on 2018-07-27."}) {
    INFO("text: ", text);
    const Quantity q = only(text);
    CHECK(q.kind == FactKind::kDate);
    CHECK(q.value == 20180727);
  }
  const std::string text = "Released on 9 November 2018 in cinemas.";
  CHECK(span(text, only(text)) == "9 November 2018");
  // Only the same day agrees; a date never stands for a plain number.
  CHECK(agree(only("on 27 July"), only("on July 27th")));
  CHECK_FALSE(agree(only("on 27 July"), only("on 28 July")));
  CHECK_FALSE(agree(only("on 27 July"), only("on 27 June")));
  CHECK_FALSE(comparable(only("on 27 July"), only("27 visitors")));
}

TEST_CASE("a month of a year is a date - a number beside a month is no day") {
  const Quantity month = only("in May 2019");
  CHECK(month.kind == FactKind::kDate);
  CHECK(month.value == 20190500);
  const std::vector<Quantity> marched = find_quantities("In March 15,000 people marched");
  REQUIRE(marched.size() == 2);
  CHECK(marched[0].kind == FactKind::kDate);  // "in March": a month named alone after "in"
  CHECK(marched[0].value == 300);
  CHECK(marched[1].kind == FactKind::kNumber);
  CHECK(marched[1].value == 15000);
  CHECK(only("It may 5 times").kind == FactKind::kNumber);
  CHECK(find_quantities("Theresa May spoke").empty());  // a month alone, without "in", is none
}

TEST_CASE("times of day, labels and the second half of a season are no figures") {
  CHECK(find_quantities("The screening starts at 15:30 on Thursday.").empty());
  CHECK(find_quantities("as featured in part 2 of the specials").empty());
  CHECK(find_quantities("The Railway Series No. 3 and Series 4").empty());
  const std::string text = "during the 2018\u201319 academic year";
  const Quantity q = only(text);
  CHECK(q.kind == FactKind::kYear);
  CHECK(q.value == 2018);
  CHECK(only("at least 2 exits").value == 2);  // a count stays a count
}

TEST_CASE("\"a third\" before a noun is an ordinal - before \"of\" or alone it is a share") {
  CHECK(only("She is a third cousin of the prince.").kind == FactKind::kOrdinal);
  CHECK(only("renewed for a fifth season").kind == FactKind::kOrdinal);
  CHECK(only("a third of voters").kind == FactKind::kRatio);
  CHECK(only("costs fell by a third.").kind == FactKind::kRatio);
  CHECK(only("half a million people").kind != FactKind::kDate);
}

}  // namespace citecheck::text
