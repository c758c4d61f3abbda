// ICU's English sentence iterator with ss=standard already keeps "Dr. Smith" together, but splits
// "The U.S. grew", "J. K. Rowling" and "No. 1". Each ICU boundary is checked against the word
// before it and the character after it; boundaries that only follow an abbreviation are dropped.
#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/ascii.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace citecheck::text {
namespace {

// Titles and Latin abbreviations that never end a sentence on their own.
constexpr std::array<std::string_view, 27> kAlwaysJoin = {
    "dr",  "mr",     "mrs", "ms",   "prof", "st",  "vs",  "gen", "sen",
    "rep", "rev",    "hon", "capt", "lt",   "col", "sgt", "mt",  "ft",
    "fig", "approx", "e.g", "i.e",  "cf",   "al",  "esp", "sr",  "v"};

// Abbreviations that end a sentence only when a capitalised word follows.
constexpr std::array<std::string_view, 22> kJoinBeforeLowerOrDigit = {
    "no",  "nos", "jr",  "inc", "ltd",  "co",  "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov",  "dec", "p",   "pp",  "etc"};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "U.S.", "a.m.", "U.K.": letters each followed by a dot.
bool is_dotted_acronym(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    const char c = w[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter || w[i + 1] != '.') return false;
  }
  return true;
}

// "\"Is it?\" she asked": ICU ends a sentence after a quoted '?' or '!' even when the sentence
// goes on in lower case, which would cut a quotation off from its attribution and citation.
bool ends_quoted_question(std::string_view w) {
  for (const std::string_view close : {"\"", "'", "\u201D", "\u2019"}) {
    if (w.ends_with(close)) {
      w.remove_suffix(close.size());
      return !w.empty() && (w.back() == '?' || w.back() == '!');
    }
  }
  return false;
}

// "\"Police! Search warrant!\", one officer shouted.": ICU ends a sentence after a '!' or '?'
// inside quoted speech. The boundary at `at` is dropped when a double quotation opened since
// `begin` (the sentence's start) is still open there and, once closed, the sentence goes on with a
// comma or a lower-case word: the exclamation is part of the quotation, not the end of the
// sentence.
bool inside_quoted_speech(std::string_view text, std::size_t begin, std::size_t at) {
  std::size_t end = at;
  while (end > begin && is_space_byte(text[end - 1])) --end;
  if (end == begin || (text[end - 1] != '!' && text[end - 1] != '?')) return false;
  // Only the last stretch of a long sentence is looked at, so a text of many '!' stays linear.
  constexpr std::size_t kLookBack = 600;
  bool open = false;
  std::size_t i = end - begin > kLookBack ? end - kLookBack : begin;
  while (i < end) {
    const char32_t c = decode_utf8(text, i);
    if (c == '"') open = !open;
    if (c == U'\u201C') open = true;
    if (c == U'\u201D') open = false;
  }
  if (!open) return false;
  constexpr std::size_t kLookAhead = 400;
  for (i = at; i < text.size() && i < at + kLookAhead;) {
    const char32_t c = decode_utf8(text, i);
    if (c != '"' && c != U'\u201D') continue;
    while (i < text.size() && is_space_byte(text[i])) ++i;
    if (i >= text.size()) return false;
    std::size_t j = i;
    const char32_t next = decode_utf8(text, j);
    return next == ',' || is_lower(next);
  }
  return false;
}

// Whether the ICU boundary at `at` only follows an abbreviation and should be dropped.
bool joins_across(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && is_space_byte(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && !is_space_byte(text[begin - 1])) --begin;
  std::string_view word = text.substr(begin, end - begin);
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\'')) {
    word.remove_prefix(1);
  }
  std::size_t next = at;
  while (next < text.size() && is_space_byte(text[next])) ++next;
  if (next >= text.size()) return false;
  std::size_t i = next;
  const char32_t following = decode_utf8(text, i);
  const bool lower_or_digit = is_lower(following) || is_digit(following);
  if (is_lower(following) && ends_quoted_question(word)) return true;
  if (word.size() < 2 || word.back() != '.') return false;

  const std::string stem = lower_ascii(word.substr(0, word.size() - 1));
  if (std::find(kAlwaysJoin.begin(), kAlwaysJoin.end(), stem) != kAlwaysJoin.end()) return true;
  if (lower_or_digit && std::find(kJoinBeforeLowerOrDigit.begin(), kJoinBeforeLowerOrDigit.end(),
                                  stem) != kJoinBeforeLowerOrDigit.end()) {
    return true;
  }
  if (is_dotted_acronym(word)) return lower_or_digit || following == '(';
  // A single capital initial ("J. Smith") joins the name that follows it.
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return is_upper(following);
  return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  std::vector<std::size_t> cuts;
  for (const std::size_t b : icu_sentence_breaks(flat)) {
    const std::size_t begin = cuts.empty() ? 0 : cuts.back();
    if (!joins_across(flat, b) && !inside_quoted_speech(flat, begin, b)) cuts.push_back(b);
  }
  cuts.push_back(flat.size());

  std::vector<Span> spans;
  std::size_t begin = 0;
  for (const std::size_t end : cuts) {
    std::size_t b = begin;
    std::size_t e = end;
    while (b < e && is_space_byte(flat[b])) ++b;
    while (e > b && is_space_byte(flat[e - 1])) --e;
    if (e > b) spans.push_back({b, e});
    begin = end;
  }
  return spans;
}

}  // namespace citecheck::text
