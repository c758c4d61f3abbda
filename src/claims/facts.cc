// Fact extraction for one claim. Quotations count only from three words up: a scare-quoted word
// ("smart" glasses) is emphasis, not something the source must say verbatim. Entities are runs of
// capitalised words; a sentence's first word joins only when it plainly is a name (a possessive, an
// acronym, or the start of a longer run), since every sentence starts with a capital.
#include "claims/facts.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/quantities.h"
#include "text/tokens.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace citecheck::claims {
namespace {

constexpr std::size_t kMinQuoteWords = 3;

bool is_opening_quote(std::string_view s, std::size_t i, std::size_t& len, std::string& close) {
  if (s[i] == '"') {
    len = 1;
    close = "\"";
    return true;
  }
  if (s.substr(i, 3) == "\u201C") {
    len = 3;
    close = "\u201D";
    return true;
  }
  return false;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A quoted title ("Through the Looking-Glass", "Master of Puppets") names a work; it is not
// words the source must say verbatim. Most of its words are capitalised.
bool is_title(std::string_view quoted) {
  const std::vector<text::Word> ws = text::words(quoted);
  std::size_t capitalised = 0;
  for (const text::Word& w : ws) {
    std::size_t i = 0;
    const char32_t first = text::decode_utf8(quoted.substr(w.offset), i);
    capitalised += text::is_upper(first) || text::is_digit(first);
  }
  return !ws.empty() && capitalised * 10 >= ws.size() * 6;
}

// Words that start sentences or headings in title case but name nothing.
bool is_common_capital(std::string_view folded) {
  static constexpr std::array<std::string_view, 24> kCommon = {
      "the", "a",  "an",  "this", "that",  "these",   "those",     "in",
      "on",  "at", "for", "and",  "but",   "however", "according", "while",
      "as",  "if", "it",  "its",  "their", "our",     "we",        "i"};
  return std::find(kCommon.begin(), kCommon.end(), folded) != kCommon.end();
}

// Months and weekdays are capitalised but name no one: a date says them, and dates are matched as
// dates.
bool is_calendar_word(std::string_view folded) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "january",   "february", "march",    "april",    "june",   "july",    "august",
      "september", "october",  "november", "december", "monday", "tuesday", "wednesday",
      "thursday",  "friday",   "saturday", "sunday",   "sept"};
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool starts_upper(std::string_view word) {
  std::size_t i = 0;
  return !word.empty() && text::is_upper(text::decode_utf8(word, i));
}

bool all_upper(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t cp = text::decode_utf8(word, i);
    if (text::is_lower(cp)) return false;
    if (text::is_letter(cp)) ++letters;
  }
  return letters >= 2;
}

}  // namespace

std::vector<std::string_view> find_quotations(std::string_view s, std::size_t min_words) {
  std::vector<std::string_view> quotes;
  for (const std::string_view inner : quoted_spans(s)) {
    if (text::words(inner).size() >= min_words && !is_title(inner)) quotes.push_back(inner);
  }
  return quotes;
}

std::vector<std::string_view> quoted_spans(std::string_view s) {
  std::vector<std::string_view> quotes;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t len = 0;
    std::string close;
    if (!is_opening_quote(s, i, len, close)) continue;
    // A straight quote opens only where a word may start, and its span may not begin with a
    // space: otherwise an odd quote earlier in the sentence pairs the wrong marks.
    const bool straight = len == 1;
    if (straight && ((i > 0 && !is_space_byte(s[i - 1]) && s[i - 1] != '(' && s[i - 1] != '[') ||
                     (i + 1 < s.size() && is_space_byte(s[i + 1])))) {
      continue;
    }
    const std::size_t end = s.find(close, i + len);
    if (end == std::string_view::npos) break;
    const std::string_view inner = s.substr(i + len, end - i - len);
    quotes.push_back(inner);
    i = end + close.size() - 1;
  }
  return quotes;
}

std::vector<std::string> find_entities(std::string_view s) {
  std::vector<std::string> entities;
  const std::vector<text::Word> ws = text::words(s);
  std::size_t i = 0;
  while (i < ws.size()) {
    const std::string_view raw = s.substr(ws[i].offset, ws[i].length);
    // A capitalised function word opening the sentence ("Both Google ...") names nothing.
    const bool opening_stopword = i == 0 && text::is_stopword(ws[i].folded) && !all_upper(raw);
    if (!starts_upper(raw) || is_common_capital(ws[i].folded) || opening_stopword ||
        is_calendar_word(ws[i].folded)) {
      ++i;
      continue;
    }
    // Extend over following capitalised words separated only by spaces.
    std::size_t j = i + 1;
    while (j < ws.size()) {
      const std::size_t gap_begin = ws[j - 1].offset + ws[j - 1].length;
      const std::string_view gap = s.substr(gap_begin, ws[j].offset - gap_begin);
      const std::string_view next = s.substr(ws[j].offset, ws[j].length);
      if (gap != " " || !starts_upper(next) || is_calendar_word(ws[j].folded)) break;
      ++j;
    }
    const std::size_t end = ws[j - 1].offset + ws[j - 1].length;
    const bool possessive = s.substr(end, 2) == "'s" || s.substr(end, 4) == "\u2019s";
    const bool first_word = i == 0;
    if (!first_word || j - i > 1 || possessive || all_upper(raw)) {
      entities.emplace_back(s.substr(ws[i].offset, end - ws[i].offset));
    }
    i = j;
  }
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  return entities;
}

std::vector<core::Fact> find_facts(std::string_view sentence) {
  std::vector<core::Fact> facts;
  for (const text::Quantity& q : text::find_quantities(sentence)) {
    core::Fact f;
    f.kind = q.kind;
    f.text = std::string(sentence.substr(q.offset, q.length));
    f.value = q.value;
    f.unit = q.unit;
    f.tolerance = q.tolerance;
    f.precision = q.precision;
    f.hedged = q.hedged;
    f.spelled = q.spelled;
    if (q.high > q.value) f.high = q.high;
    facts.push_back(std::move(f));
  }
  for (const std::string_view quote : find_quotations(sentence, kMinQuoteWords)) {
    core::Fact f;
    f.kind = core::FactKind::kQuote;
    f.text = std::string(quote);
    facts.push_back(std::move(f));
  }
  for (const std::string_view quoted : quoted_spans(sentence)) {
    if (text::words(quoted).size() >= 2 && is_title(quoted)) {
      core::Fact f;
      f.kind = core::FactKind::kEntity;  // a quoted title names a work
      f.text = std::string(quoted);
      facts.push_back(std::move(f));
    }
  }
  for (std::string& entity : find_entities(sentence)) {
    core::Fact f;
    f.kind = core::FactKind::kEntity;
    f.text = std::move(entity);
    facts.push_back(std::move(f));
  }
  return facts;
}

}  // namespace citecheck::claims
