// A small scanner turns text into words, numbers and symbols; a pass over that token list reads a
// quantity as [hedge] [currency] NUMBER [scale] [percent | currency word | "in"/"out of" NUMBER].
// Number words are read only where they clearly state a quantity ("thirty-one percent", "one in
// three", "two-thirds"), because "one of the" is not a fact.
#include "text/quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

#include "text/unicode.h"
#include "text/utf8.h"

namespace citecheck::text {
namespace {

using core::FactKind;

enum class TokenType { kWord, kNumber, kSymbol };

struct Token {
  TokenType type = TokenType::kSymbol;
  std::string text;  // words lower-cased (ASCII), numbers without separators
  std::size_t offset = 0;
  std::size_t length = 0;
  bool space_before = false;
  int decimals = 0;      // numbers only
  bool capital = false;  // words only: written with a capital first letter
};

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Reads "115,000", "3.5", "1,200.75" starting at `i` (a digit).
Token read_number(std::string_view s, std::size_t i) {
  Token t{TokenType::kNumber, "", i, 0, false, 0};
  bool in_fraction = false;
  while (i < s.size()) {
    const char c = s[i];
    if (ascii_digit(c)) {
      t.text += c;
      if (in_fraction) ++t.decimals;
      ++i;
    } else if (c == ',' && !in_fraction && i + 3 < s.size() && ascii_digit(s[i + 1]) &&
               ascii_digit(s[i + 2]) && ascii_digit(s[i + 3]) &&
               (i + 4 >= s.size() || !ascii_digit(s[i + 4]))) {
      ++i;  // a thousands separator: exactly three digits follow
    } else if (c == '.' && !in_fraction && i + 1 < s.size() && ascii_digit(s[i + 1])) {
      t.text += '.';
      in_fraction = true;
      ++i;
    } else {
      break;
    }
  }
  t.length = i - t.offset;
  return t;
}

std::vector<Token> scan(std::string_view s) {
  std::vector<Token> tokens;
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (ascii_digit(c)) {
      Token t = read_number(s, i);
      t.space_before = space;
      i += t.length;
      tokens.push_back(std::move(t));
      space = false;
      continue;
    }
    std::size_t j = i;
    const char32_t cp = decode_utf8(s, j);
    if (is_letter(cp)) {
      Token t{TokenType::kWord, "", i, 0, space, 0};
      std::size_t k = i;
      while (k < s.size()) {
        std::size_t next = k;
        const char32_t w = decode_utf8(s, next);
        if (!is_letter(w)) break;
        k = next;
      }
      for (std::size_t m = i; m < k; ++m) {
        const char ch = s[m];
        t.text += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      t.length = k - i;
      t.capital = s[i] >= 'A' && s[i] <= 'Z';
      i = k;
      tokens.push_back(std::move(t));
      space = false;
    } else if (is_space(cp)) {
      space = true;
      i = j;
    } else {
      tokens.push_back({TokenType::kSymbol, std::string(s.substr(i, j - i)), i, j - i, space, 0});
      space = false;
      i = j;
    }
  }
  return tokens;
}

std::optional<int> number_word(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 28> kWords = {{
      {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
  }};
  for (const auto& [word, value] : kWords) {
    if (w == word) return value;
  }
  return std::nullopt;
}

std::optional<int> fraction_denominator(std::string_view w) {
  if (w == "half" || w == "halves") return 2;
  if (w == "third" || w == "thirds") return 3;
  if (w == "quarter" || w == "quarters" || w == "fourth" || w == "fourths") return 4;
  if (w == "fifth" || w == "fifths") return 5;
  if (w == "tenth" || w == "tenths") return 10;
  return std::nullopt;
}

// "second" to "twelfth". "First" is left out: it orders more often than it counts ("first of
// all", "at first"). "Third", "fourth" and "fifth" before "of" are shares, read before this.
std::optional<int> ordinal_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kOrdinals = {
      "second", "third", "fourth", "fifth",    "sixth",  "seventh",
      "eighth", "ninth", "tenth",  "eleventh", "twelfth"};
  for (std::size_t n = 0; n < kOrdinals.size(); ++n) {
    if (w == kOrdinals[n]) return static_cast<int>(n + 2);
  }
  return std::nullopt;
}

std::optional<double> scale_word(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand" || w == "k") return 1e3;
  if (w == "million" || w == "millions" || w == "m" || w == "mn") return 1e6;
  if (w == "billion" || w == "billions" || w == "bn" || w == "b") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  return std::nullopt;
}

std::string currency_symbol(std::string_view sym) {
  if (sym == "$") return "USD";
  if (sym == "€") return "EUR";
  if (sym == "£") return "GBP";
  if (sym == "¥") return "JPY";
  if (sym == "₹") return "INR";
  return "";
}

std::string currency_word(std::string_view w) {
  if (w == "usd" || w == "dollars" || w == "dollar") return "USD";
  if (w == "eur" || w == "euros" || w == "euro") return "EUR";
  if (w == "gbp" || w == "pounds") return "GBP";
  if (w == "jpy" || w == "yen") return "JPY";
  if (w == "cny" || w == "rmb" || w == "yuan") return "CNY";
  if (w == "inr" || w == "rupees") return "INR";
  return "";
}

// Which side of its figure a hedge puts the truth: "over 100" above it (+1), "nearly 100" and
// "under 100" below it (-1), "about 100" either side (0).
int hedge_bound(std::string_view w) {
  if (w == "over") return 1;
  if (w == "under" || w == "nearly" || w == "almost") return -1;
  return 0;
}

bool is_hedge(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kHedges = {
      "about",  "around", "approximately", "roughly", "nearly",
      "almost", "some",   "over",          "under",   "approx"};
  return std::find(kHedges.begin(), kHedges.end(), w) != kHedges.end();
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// January is 1. Asked only of a capitalised word beside a day number, so "may" and "mar" as verbs
// are never months.
std::optional<int> month_number(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (w == kMonths[m] || w == kShort[m] || (m == 8 && w == "sept")) {
      return static_cast<int>(m + 1);
    }
  }
  return std::nullopt;
}

// Words after which a small number names something ("part 2", "Series 4", "No. 3") rather than
// stating a figure.
bool is_label_word(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kLabels = {
      "no",       "part",   "chapter", "season",  "episode", "volume",  "vol",  "series",
      "phase",    "level",  "stage",   "round",   "article", "section", "page", "issue",
      "route",    "table",  "figure",  "fig",     "act",     "book",    "gate", "platform",
      "terminal", "flight", "room",    "version", "step",    "number"};
  return std::find(kLabels.begin(), kLabels.end(), w) != kLabels.end();
}

bool is_time_unit(std::string_view w) {
  return w == "year" || w == "decade" || w == "month" || w == "week" || w == "day" ||
         w == "century" || w == "hour";
}

// Words before a month named alone that make it a time: "in November", "since March".
bool is_time_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"in",     "since",   "until", "till",
                                                             "during", "through", "early", "late"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool is_ordinal_suffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// Reads a token list left to right, one quantity at a time.
class Reader {
 public:
  explicit Reader(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  std::vector<Quantity> read_all() {
    std::vector<Quantity> out;
    for (std::size_t i = 0; i < t_.size();) {
      std::size_t next = i + 1;
      if (auto q = read_at(i, next)) out.push_back(std::move(*q));
      i = next;
    }
    return out;
  }

 private:
  bool word_at(std::size_t i, std::string_view w) const {
    return i < t_.size() && t_[i].type == TokenType::kWord && t_[i].text == w;
  }
  bool symbol_at(std::size_t i, std::string_view s) const {
    return i < t_.size() && t_[i].type == TokenType::kSymbol && t_[i].text == s;
  }
  bool hyphen_at(std::size_t i) const {
    return symbol_at(i, "-") || symbol_at(i, "\u2010") || symbol_at(i, "\u2011");
  }

  // A cardinal in digits or words at `i`; `end` is set past it.
  std::optional<double> cardinal(std::size_t i, std::size_t& end, int& decimals,
                                 bool& from_words) const {
    if (i >= t_.size()) return std::nullopt;
    const Token& tok = t_[i];
    decimals = 0;
    from_words = false;
    if (tok.type == TokenType::kNumber) {
      end = i + 1;
      decimals = tok.decimals;
      return std::strtod(tok.text.c_str(), nullptr);  // a 400-digit number is HUGE_VAL, no throw
    }
    if (tok.type != TokenType::kWord) return std::nullopt;
    auto v = number_word(tok.text);
    // "The Four Seasons", "Big Ten": a capitalised number word after a sentence's first word
    // names something.
    if (!v || (tok.capital && i > 0 && *v < 20)) return std::nullopt;
    from_words = true;
    end = i + 1;
    if (*v >= 20 && *v % 10 == 0 && hyphen_at(i + 1) && i + 2 < t_.size()) {
      if (auto unit = number_word(t_[i + 2].text); unit && *unit < 10) {
        end = i + 3;
        return *v + *unit;
      }
    }
    return *v;
  }

  // Digits glued to letters ("H100", "COVID-19") are names, not quantities.
  bool glued_to_word(std::size_t i) const {
    if (i == 0) return false;
    if (!t_[i].space_before && t_[i - 1].type == TokenType::kWord) return true;
    return !t_[i].space_before && hyphen_at(i - 1) && i >= 2 && !t_[i - 1].space_before &&
           t_[i - 2].type == TokenType::kWord;
  }

  // A whole number from 1 to 31 at `i`, with a glued ordinal suffix ("9th") skipped; `end` is
  // set past it.
  std::optional<int> day_at(std::size_t i, std::size_t& end) const {
    if (i >= t_.size() || t_[i].type != TokenType::kNumber || t_[i].decimals > 0 ||
        t_[i].text.size() > 2) {
      return std::nullopt;
    }
    const int day = std::stoi(t_[i].text);
    if (day < 1 || day > 31) return std::nullopt;
    end = i + 1;
    if (end < t_.size() && t_[end].type == TokenType::kWord && !t_[end].space_before &&
        is_ordinal_suffix(t_[end].text)) {
      ++end;
    }
    return day;
  }

  // "quarter", "half", "century" after an ordinal: "the third quarter of 2006", "the 19th
  // century" name a period of time, not a place in an order.
  bool period_at(std::size_t i) const {
    return word_at(i, "quarter") || word_at(i, "half") || word_at(i, "century") ||
           word_at(i, "centuries") || word_at(i, "millennium");
  }

  // A year at `i`: four digits from 1800 to 2100 written alone ("2,025" and "2025.5" are none).
  bool year_at(std::size_t i) const {
    if (i >= t_.size() || t_[i].type != TokenType::kNumber || t_[i].decimals > 0 ||
        t_[i].length != 4 || !t_[i].space_before) {
      return false;
    }
    const int year = std::stoi(t_[i].text);
    if (year < 1800 || year > 2100) return false;
    // "June 2018-19" is a season; "2018s", "2018-like" are no years.
    return !(i + 1 < t_.size() && !t_[i + 1].space_before &&
             (t_[i + 1].type != TokenType::kSymbol || hyphen_at(i + 1)));
  }

  // "2025-03-05": an ISO 8601 date.
  std::optional<Quantity> read_iso_date(std::size_t i, std::size_t& next) const {
    auto two_digits = [&](std::size_t k, int lo, int hi) {
      if (k >= t_.size() || t_[k].type != TokenType::kNumber || t_[k].length != 2 ||
          t_[k].decimals > 0 || t_[k].space_before) {
        return 0;
      }
      const int v = std::stoi(t_[k].text);
      return v >= lo && v <= hi ? v : 0;
    };
    if (t_[i].type != TokenType::kNumber || t_[i].length != 4 || t_[i].decimals > 0 ||
        !hyphen_at(i + 1) || t_[i + 1].space_before || !hyphen_at(i + 3) ||
        t_[i + 3].space_before) {
      return std::nullopt;
    }
    const int year = std::stoi(t_[i].text);
    const int month = two_digits(i + 2, 1, 12);
    const int day = two_digits(i + 4, 1, 31);
    if (year < 1800 || year > 2100 || month == 0 || day == 0) return std::nullopt;
    Quantity q;
    q.kind = FactKind::kDate;
    q.value = year * 10000.0 + month * 100.0 + day;
    q.offset = t_[i].offset;
    q.length = t_[i + 4].offset + t_[i + 4].length - q.offset;
    next = i + 5;
    return q;
  }

  // "27 July", "27th of July", "July 27", "July 27th", with a year where one follows ("July 27,
  // 2018", "27 July 2018"); "June 2027", a month of a year; "5-7 June", a span of days. Valued
  // year * 10000 + month * 100 + day, each part 0 where the text leaves it out, so only the same
  // day of the same month (and year, where both give one) agrees.
  std::optional<Quantity> read_date(std::size_t i, std::size_t& next) const {
    if (auto iso = read_iso_date(i, next)) return iso;
    std::size_t end = i;
    std::optional<int> month, day;
    int last_day = 0;
    // "5-7": a span of days, read after the first one.
    auto span_of_days = [&](std::size_t& at) {
      std::size_t after = at;
      if ((hyphen_at(at) || symbol_at(at, "\u2013")) && !t_[at].space_before) {
        if (auto d = day_at(at + 1, after); d && !t_[at + 1].space_before && *d > *day) {
          last_day = *d;
          at = after;
        }
      }
    };
    if (t_[i].type == TokenType::kWord && t_[i].capital && (month = month_number(t_[i].text))) {
      end = i + 1;
      // "Oct. 3": an abbreviated month's dot.
      const std::size_t at =
          symbol_at(i + 1, ".") && !t_[i + 1].space_before && t_[i].text.size() <= 4 ? i + 2
                                                                                     : i + 1;
      day = day_at(at, end);
      // "July 4 2019" is a date; "May 2019" is not, and neither is "March 15,000".
      if (day && end < t_.size() && t_[end].type == TokenType::kNumber && !t_[end].space_before) {
        day.reset();
      }
      if (day) span_of_days(end);
    } else if ((day = day_at(i, end)) && !glued_to_word(i)) {
      span_of_days(end);
      const std::size_t at = word_at(end, "of") ? end + 1 : end;
      if (at < t_.size() && t_[at].type == TokenType::kWord && t_[at].capital &&
          (month = month_number(t_[at].text))) {
        end = at + 1;
      } else {
        day.reset();
      }
    }
    if (!month) return std::nullopt;
    int year = 0;
    const std::size_t year_at_ = symbol_at(end, ",") && !t_[end].space_before ? end + 1 : end;
    if (year_at(year_at_)) {
      year = std::stoi(t_[year_at_].text);
      end = year_at_ + 1;
    } else if (!day && !(i > 0 && is_time_preposition(t_[i - 1].text))) {
      return std::nullopt;  // a month alone is a date only after "in", "since", "by" ...
    }
    Quantity q;
    q.kind = FactKind::kDate;
    q.value = year * 10000.0 + *month * 100.0 + day.value_or(0);
    if (last_day > 0) q.high = year * 10000.0 + *month * 100.0 + last_day;
    q.offset = t_[i].offset;
    q.length = t_[end - 1].offset + t_[end - 1].length - q.offset;
    next = end;
    return q;
  }

  std::optional<Quantity> read_at(std::size_t i, std::size_t& next) {
    const std::size_t first = i;
    if (auto date = read_date(i, next)) return date;
    // "15:30" is a time of day, not two figures.
    if (t_[i].type == TokenType::kNumber && symbol_at(i + 1, ":") && !t_[i + 1].space_before &&
        i + 2 < t_.size() && t_[i + 2].type == TokenType::kNumber && !t_[i + 2].space_before) {
      next = i + 3;
      return std::nullopt;
    }
    // "part 2", "No. 3": a number that names something.
    if (t_[i].type == TokenType::kNumber && t_[i].decimals == 0 && t_[i].space_before && i > 0 &&
        std::strtod(t_[i].text.c_str(), nullptr) < 100 &&
        ((t_[i - 1].type == TokenType::kWord && is_label_word(t_[i - 1].text)) ||
         (symbol_at(i - 1, ".") && i > 1 && word_at(i - 2, "no")) || symbol_at(i - 1, "#"))) {
      next = i + 1;
      return std::nullopt;
    }
    double tolerance = 0.0;
    int bound = 0;
    if (t_[i].type == TokenType::kWord && is_hedge(t_[i].text)) {
      tolerance = 0.1;
      bound = hedge_bound(t_[i].text);
      ++i;
    } else if ((word_at(i, "more") || word_at(i, "less") || word_at(i, "fewer")) &&
               word_at(i + 1, "than")) {
      tolerance = 0.1;
      bound = word_at(i, "more") ? 1 : -1;
      i += 2;
    } else if ((word_at(i, "at") && (word_at(i + 1, "least") || word_at(i + 1, "most"))) ||
               (word_at(i, "up") && word_at(i + 1, "to"))) {
      tolerance = 0.1;
      bound = word_at(i + 1, "least") ? 1 : -1;
      i += 2;
    }
    std::string currency;
    const std::size_t value_start = i;
    if (i < t_.size() && t_[i].type == TokenType::kSymbol) {
      currency = currency_symbol(t_[i].text);
      if (!currency.empty()) ++i;
    } else if (i + 1 < t_.size() && t_[i].type == TokenType::kWord &&
               t_[i + 1].type == TokenType::kSymbol && !t_[i + 1].space_before &&
               !currency_symbol(t_[i + 1].text).empty() && t_[i].text.size() <= 2) {
      currency = currency_symbol(t_[i + 1].text);  // "US$", "A$"
      i += 2;
    } else if (i < t_.size() && t_[i].type == TokenType::kWord && t_[i].text.size() == 3 &&
               !currency_word(t_[i].text).empty() && i + 1 < t_.size() &&
               t_[i + 1].type == TokenType::kNumber) {
      currency = currency_word(t_[i].text);
      ++i;
    }
    if (auto fraction = read_fraction(i, next)) {
      Quantity q = *fraction;
      q.offset = t_[value_start].offset;
      q.length = t_[next - 1].offset + t_[next - 1].length - q.offset;
      return q;
    }
    if (currency.empty() && i < t_.size() && t_[i].type == TokenType::kWord) {
      // "Second, ..." orders an argument, not a fact.
      const bool enumerates = symbol_at(i + 1, ",") && (i == 0 || symbol_at(i - 1, "."));
      if (auto n = ordinal_word(t_[i].text);
          n && !(t_[i].capital && i > 0) && !period_at(i + 1) && !enumerates) {
        Quantity q;
        q.kind = FactKind::kOrdinal;
        q.value = *n;
        q.high = *n;
        q.spelled = true;
        q.offset = t_[i].offset;
        q.length = t_[i].length;
        next = i + 1;
        return q;
      }
      // "a dozen": twelve; "under a year", "over a decade": one, where a hedge bounds it ("a year
      // ago" states no figure).
      const bool dozen = word_at(i, "a") && word_at(i + 1, "dozen");
      const bool one_span =
          tolerance > 0 && word_at(i, "a") && i + 1 < t_.size() && is_time_unit(t_[i + 1].text);
      if (dozen || one_span) {
        Quantity q;
        q.value = dozen ? 12 : 1;
        q.high = q.value;
        if (one_span) q.unit = t_[i + 1].text;  // "a decade" is one decade, not one year
        q.tolerance = tolerance;
        q.hedged = tolerance > 0;
        q.bound = bound;
        q.spelled = true;
        q.offset = t_[value_start].offset;
        q.length = t_[i + 1].offset + t_[i + 1].length - q.offset;
        next = i + 2;
        return q;
      }
    }
    std::size_t end = i;
    int decimals = 0;
    bool from_words = false;
    auto value = cardinal(i, end, decimals, from_words);
    if (!value || (t_[i].type == TokenType::kNumber && glued_to_word(i))) {
      next = first + 1;
      return std::nullopt;
    }
    Quantity q;
    q.tolerance = tolerance;
    q.precision = 0.5 * std::pow(10.0, -decimals);
    double scale = 1.0;
    // A scale glued to digits ("$5m", "3bn") or a scale word after a space ("1.2 billion").
    if (end < t_.size() && t_[end].type == TokenType::kWord) {
      if (auto s = scale_word(t_[end].text);
          s && (!t_[end].space_before || t_[end].text.size() > 2 || !currency.empty())) {
        scale = *s;
        ++end;
      } else if (!t_[end].space_before && t_[i].type == TokenType::kNumber) {
        next = end + 1;
        if (!is_ordinal_suffix(t_[end].text) || decimals > 0 || period_at(end + 1)) {
          return std::nullopt;  // "10x", "5G": not a quantity we read
        }
        Quantity ordinal;  // "3rd", "21st"
        ordinal.kind = FactKind::kOrdinal;
        ordinal.value = *value;
        ordinal.high = *value;
        ordinal.offset = t_[i].offset;
        ordinal.length = t_[end].offset + t_[end].length - ordinal.offset;
        return ordinal;
      }
    }
    q.value = *value * scale;
    // "1.2 billion" is rounded to a tenth of a billion; "one hundred" is a hundred, not 50-150.
    if (scale > 100) q.precision *= scale;
    q.kind = FactKind::kNumber;
    if (!currency.empty()) {
      q.kind = FactKind::kMoney;
      q.unit = currency;
    } else if (symbol_at(end, "%")) {
      q.kind = FactKind::kPercent;
      q.unit = "%";
      ++end;
    } else if (word_at(end, "percent") || word_at(end, "pct")) {
      q.kind = FactKind::kPercent;
      q.unit = "%";
      ++end;
      if (word_at(end, "point") || word_at(end, "points")) q.unit = "pp", ++end;
    } else if (word_at(end, "per") && word_at(end + 1, "cent")) {
      q.kind = FactKind::kPercent;
      q.unit = "%";
      end += 2;
    } else if (word_at(end, "percentage") &&
               (word_at(end + 1, "point") || word_at(end + 1, "points"))) {
      q.kind = FactKind::kPercent;
      q.unit = "pp";
      end += 2;
    } else if (end < t_.size() && t_[end].type == TokenType::kWord &&
               !currency_word(t_[end].text).empty()) {
      q.kind = FactKind::kMoney;
      q.unit = currency_word(t_[end].text);
      ++end;
    } else if (auto ratio = read_ratio(*value, end)) {
      q.kind = FactKind::kRatio;
      q.value = *ratio;
      q.tolerance = std::max(q.tolerance, 0.1);
    } else if (from_words && *value < 2 && scale == 1.0) {
      next = end;  // "one of the", "zero-sum": no stated figure
      return std::nullopt;
    } else if (word_at(end, "dozen") && from_words && scale == 1.0) {
      q.value = *value * 12;  // "two dozen"
      q.precision = 0.0;
      ++end;
    } else if (!from_words && decimals == 0 && scale == 1.0 && t_[i].length == 4 &&
               *value >= 1800 && *value <= 2100) {  // length as written: "2,025" is no year
      q.kind = FactKind::kYear;
      q.precision = 0.0;
      // "2018-19", "2018–19": a season or academic year; the second part is no figure of its own.
      if ((hyphen_at(end) || symbol_at(end, "\u2013")) && !t_[end].space_before &&
          end + 1 < t_.size() && t_[end + 1].type == TokenType::kNumber &&
          !t_[end + 1].space_before && t_[end + 1].length == 2) {
        end += 2;
      }
    }
    q.hedged = tolerance > 0;
    q.bound = bound;
    q.spelled = q.kind == FactKind::kNumber && from_words && *value < 20 && scale == 1.0;
    // "5 years", "two decades": a span of time carries its unit (singular), left out of the span.
    if (q.kind == FactKind::kNumber && end < t_.size() && t_[end].type == TokenType::kWord) {
      std::string unit = t_[end].text;
      if (unit.size() > 3 && unit.back() == 's') unit.pop_back();
      if (unit == "centurie") unit = "century";
      if (is_time_unit(unit)) q.unit = unit;
    }
    q.offset = t_[value_start].offset;
    q.length = t_[end - 1].offset + t_[end - 1].length - q.offset;
    next = end;
    return q;
  }

  // "in three" / "out of five" after a cardinal: the ratio, or nothing.
  std::optional<double> read_ratio(double numerator, std::size_t& end) const {
    std::size_t k = end;
    if (word_at(k, "in")) {
      k += 1;
    } else if (word_at(k, "out") && word_at(k + 1, "of")) {
      k += 2;
    } else {
      return std::nullopt;
    }
    std::size_t after = k;
    int decimals = 0;
    bool from_words = false;
    auto denominator = cardinal(k, after, decimals, from_words);
    if (!denominator || *denominator <= numerator || *denominator > 1000 || decimals > 0) {
      return std::nullopt;
    }
    end = after;
    return numerator / *denominator;
  }

  // "half", "a third", "two-thirds", "three quarters" as a share.
  std::optional<Quantity> read_fraction(std::size_t i, std::size_t& next) const {
    if (i >= t_.size() || t_[i].type != TokenType::kWord) return std::nullopt;
    double numerator = 1.0;
    std::size_t k = i;
    if (t_[i].text == "half" && !word_at(i + 1, "of") && !word_at(i + 1, "a")) {
      // "half" on its own is a share only before "of" ("half of workers"); elsewhere it is prose.
      return std::nullopt;
    }
    if (t_[i].text == "a" || t_[i].text == "one") {
      k = i + 1;
    } else if (auto n = number_word(t_[i].text); n && *n >= 2 && *n < 10) {
      numerator = *n;
      k = i + 1;
    }
    if (k != i && hyphen_at(k)) ++k;
    if (k >= t_.size() || t_[k].type != TokenType::kWord) return std::nullopt;
    auto denominator = fraction_denominator(t_[k].text);
    if (!denominator || numerator >= *denominator) return std::nullopt;
    if (k == i && t_[k].text != "half") return std::nullopt;  // a bare "third" is an ordinal
    const bool plural = t_[k].text.back() == 's';
    if (numerator == 1.0 && plural) return std::nullopt;
    // "a third cousin", "a fifth season": an ordinal before its noun, not a share.
    if (t_[i].text == "a" && *denominator != 2 && k + 1 < t_.size() &&
        t_[k + 1].type == TokenType::kWord && !word_at(k + 1, "of")) {
      return std::nullopt;
    }
    Quantity q;
    q.kind = FactKind::kRatio;
    q.value = numerator / *denominator;
    q.tolerance = 0.1;
    next = k + 1;
    return q;
  }

  std::vector<Token> t_;
};

}  // namespace

namespace {

// The text between two quantities that makes them one range: "10-20", "10 – 20", "10 to 20".
bool joins_range(std::string_view gap) {
  static constexpr std::array<std::string_view, 8> kJoins = {
      "-", "\u2013", "\u2014", " - ", " \u2013 ", " \u2014 ", " to ", " and "};
  return std::find(kJoins.begin(), kJoins.end(), gap) != kJoins.end();
}

// Whether `word` and one space come just before `end` ("between 10").
bool word_before(std::string_view text, std::size_t end, std::string_view word) {
  if (end < word.size() + 1) return false;
  std::string lower(text.substr(end - word.size() - 1, word.size() + 1));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == std::string(word) + " ";
}

// "10-20%", "between 10 and 20 percent", "$5m to $8m": two quantities read as one range, the unit
// of the second one applying to the first where the first has none.
std::vector<Quantity> join_ranges(std::string_view text, std::vector<Quantity> qs) {
  std::vector<Quantity> out;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (i + 1 < qs.size()) {
      Quantity low = qs[i];
      const Quantity& high = qs[i + 1];
      const std::size_t gap_begin = low.offset + low.length;
      const std::string_view gap = text.substr(gap_begin, high.offset - gap_begin);
      const bool and_needs_between = gap == " and ";
      const bool between = word_before(text, low.offset, "between");
      // "August 24 to September 7, 2025": the first date takes the year of the second.
      if (low.kind == FactKind::kDate && high.kind == FactKind::kDate &&
          date_parts(low.value).year == 0) {
        low.value += date_parts(high.value).year * 10000.0;
        low.high += date_parts(high.value).year * 10000.0;
      }
      if (high.offset >= gap_begin && joins_range(gap) && (!and_needs_between || between) &&
          low.kind != FactKind::kYear && high.kind != FactKind::kYear &&
          low.kind != FactKind::kOrdinal && high.kind != FactKind::kOrdinal &&
          low.high == low.value && high.high == high.value &&
          (low.kind == high.kind || (low.kind == FactKind::kNumber && !low.spelled)) &&
          low.value < high.value) {
        low.kind = high.kind;
        low.unit = high.unit;
        low.high = high.value;
        low.hedged = low.hedged || high.hedged || between;
        low.length = high.offset + high.length - low.offset;
        low.precision = std::max(low.precision, high.precision);
        low.tolerance = std::max(low.tolerance, high.tolerance);
        out.push_back(std::move(low));
        ++i;
        continue;
      }
    }
    out.push_back(std::move(qs[i]));
  }
  return out;
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text) {
  std::vector<Quantity> qs = Reader(scan(text)).read_all();
  for (Quantity& q : qs) q.high = std::max(q.high, q.value);
  return join_ranges(text, std::move(qs));
}

bool comparable(const Quantity& a, const Quantity& b) {
  if (a.kind == FactKind::kDate || b.kind == FactKind::kDate) return a.kind == b.kind;
  auto family = [](FactKind k) { return k == FactKind::kRatio ? FactKind::kPercent : k; };
  if (family(a.kind) != family(b.kind)) return false;
  if (a.kind == FactKind::kMoney && !a.unit.empty() && !b.unit.empty()) return a.unit == b.unit;
  // Spans of time compare in one unit: "a decade" is not "a year", "5 years" not "5 months".
  if (a.kind == FactKind::kNumber && !a.unit.empty() && !b.unit.empty() && a.unit != b.unit) {
    return false;
  }
  return true;
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : "";
}

DateParts date_parts(double value) {
  const auto v = static_cast<long>(std::lround(value));
  return {static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100), static_cast<int>(v % 100)};
}

namespace {

// One date of a claim against one of a source: the same month; the same day where the claim gives
// one; the same year where both give one.
bool same_date(double claimed, double stated) {
  const DateParts a = date_parts(claimed), b = date_parts(stated);
  return a.month == b.month && (a.day == 0 || a.day == b.day) &&
         (a.year == 0 || b.year == 0 || a.year == b.year);
}

bool agree_dates(const Quantity& a, const Quantity& b) {
  const bool claimed_span = a.high > a.value, stated_span = b.high > b.value;
  if (claimed_span) {
    return stated_span && same_date(a.value, b.value) && same_date(a.high, b.high);
  }
  return same_date(a.value, b.value) || (stated_span && same_date(a.value, b.high));
}

}  // namespace

bool agree(const Quantity& a, const Quantity& b) {
  if (!comparable(a, b)) return false;
  if (a.kind == FactKind::kDate) return agree_dates(a, b);
  // A year is that year: "about" before one is more often a preposition ("asked about 2018")
  // than a hedge, and a tenth of two thousand years is no tolerance.
  if (a.kind == FactKind::kYear) return a.value == b.value;
  // Ratios compare with percentages on the percent scale.
  auto low = [](const Quantity& q) {
    return q.kind == FactKind::kRatio ? q.value * 100.0 : q.value;
  };
  auto high = [](const Quantity& q) {
    const double h = std::max(q.high, q.value);
    return q.kind == FactKind::kRatio ? h * 100.0 : h;
  };
  // A hedge's tenth is a tenth of the figures compared, not of a range's far end ("about 345"
  // is not near the 400 of "400-600").
  const double relative = std::max(a.tolerance, b.tolerance);
  const double rounding = std::max(a.precision, b.precision) + 1e-9;
  auto near = [&](double x, double y) {
    return std::fabs(x - y) <= rounding + relative * std::max(std::fabs(x), std::fabs(y));
  };
  const double slack = rounding + relative * std::max(std::fabs(high(a)), std::fabs(high(b)));
  const bool claimed_range = high(a) > low(a), stated_range = high(b) > low(b);
  if (claimed_range) {
    // "50-52%" is what a source says only when it says 50-52%; "between 50 and 52%" also when it
    // says 51%, or 45-60%.
    if (near(low(a), low(b)) && near(high(a), high(b))) return true;
    // A figure at one end of the claimed range ("2 to 3 months": "3 months"), or, when the claim
    // hedges ("between 10 and 20%"), anywhere inside it.
    if (!stated_range) {
      return near(low(a), low(b)) || near(high(a), low(b)) ||
             (a.hedged && low(a) <= low(b) + slack && low(b) <= high(a) + slack);
    }
    // "about 50-52%" may stand for a source's "50-75%"; "50-52%" may not.
    return a.hedged && low(b) <= low(a) + slack && high(a) <= high(b) + slack;
  }
  // A range in the source backs a claim of one of its ends ("up to 20%"), or a hedged figure
  // inside it ("about 15%"); "15%" is not what a source giving "10-20%" says.
  if (stated_range) {
    return near(low(a), low(b)) || near(low(a), high(b)) ||
           (a.hedged && low(b) <= low(a) && low(a) <= high(b));
  }
  // "over 100" is not 99; "nearly 100" is not 101; "under 100" is not "over 100".
  if (a.bound * b.bound < 0) return false;
  if ((b.bound > 0 || a.bound < 0) && low(a) < low(b) - rounding && a.bound <= 0) return false;
  if ((b.bound < 0 || a.bound > 0) && low(a) > low(b) + rounding && a.bound >= 0) return false;
  return near(low(a), low(b));
}

}  // namespace citecheck::text
