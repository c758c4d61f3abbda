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
      core::FactKind::kNumber;  // kPercent, kMoney, kNumber, kYear, kDate or kRatio
  double value = 0.0;           // percent 31 -> 31, ratio one in three -> 0.333, "$5m" -> 5e6,
                                // date "27 July" -> 727 (month * 100 + day)
  std::string unit;             // "%", "pp", a currency code, or ""
  std::size_t offset = 0;       // span in the text, hedge words excluded
  std::size_t length = 0;
  double tolerance = 0.0;  // relative: 0.1 after a hedge and for ratios
  double precision = 0.0;  // half a unit of the last digit written: "31" -> 0.5, "3.5" -> 0.05
  double high = 0.0;       // a range's upper end ("10-20%": value 10, high 20); value otherwise
};

std::vector<Quantity> find_quantities(std::string_view text);

// Whether two quantities measure the same kind of thing (a ratio and a percentage do).
bool comparable(const Quantity& a, const Quantity& b);

// Whether `b` (from a source) backs `a` (from a claim): comparable, and equal within rounding and
// tolerance; a claimed range is backed by a figure inside it, a source's range only by itself or
// by a claim of one of its ends.
bool agree(const Quantity& a, const Quantity& b);

}  // namespace citecheck::text
