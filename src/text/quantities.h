// Quantities in running text: percentages, money, plain numbers with separators and scale words,
// years, days of a month ("27 July"), ratios ("one in three") and fractions ("two-thirds"), with
// hedges ("about", "nearly") widening the tolerance. The same parser reads claims and sources, so
// both sides compare alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::text {

struct Quantity {
  core::FactKind kind =
      core::FactKind::kNumber;  // kPercent, kMoney, kNumber, kYear, kDate, kRatio or kOrdinal
  double value = 0.0;           // percent 31 -> 31, ratio one in three -> 0.333, "$5m" -> 5e6,
                                // date year * 10000 + month * 100 + day, 0 for a part not
                                // written: "27 July" -> 727, "June 2027" -> 20270600;
                                // ordinal "third", "3rd" -> 3
  std::string unit;             // "%", "pp", a currency code, or ""
  std::size_t offset = 0;       // span in the text, hedge words excluded
  std::size_t length = 0;
  double tolerance = 0.0;  // relative: 0.1 after a hedge and for ratios
  double precision = 0.0;  // half a unit of the last digit written: "31" -> 0.5, "3.5" -> 0.05
  double high = 0.0;       // a range's upper end ("10-20%": value 10, high 20); value otherwise
  bool hedged = false;     // "about", "up to", "between": the writer does not claim exactness
  int bound = 0;           // +1 "over", "more than", "at least"; -1 "nearly", "under", "up to"
  bool spelled = false;    // a number or ordinal in words ("six", "a dozen", "third")
};

// A date's parts as `Quantity::value` holds them; 0 stands for a part the text did not give.
struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
};
DateParts date_parts(double value);

// "january" for 1 ... "december" for 12, lower case; "" for any other number.
std::string_view month_name(int month);

std::vector<Quantity> find_quantities(std::string_view text);

// Whether two quantities measure the same kind of thing (a ratio and a percentage do).
bool comparable(const Quantity& a, const Quantity& b);

// Whether `b` (from a source) backs `a` (from a claim): comparable, and equal within rounding and
// tolerance. Ranges compare as ranges: a claimed range is backed by the same range, or, when the
// claim hedges ("between", "about"), by a figure of the source inside it or a range of the source
// around it; a source's range backs a single figure only at one of its ends. Dates compare
// by their parts: the same month, the same day where the claim gives one, the same year where
// both give one (a source's date without a year is checked against its page by the caller).
bool agree(const Quantity& a, const Quantity& b);

}  // namespace citecheck::text
