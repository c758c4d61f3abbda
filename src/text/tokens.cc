// Word splitting on Unicode letter and digit classes, a short English stopword list, and content
// terms for retrieval. Folding is done per word so offsets stay those of the original text.
#include "text/tokens.h"

#include <algorithm>
#include <array>

#include "text/ascii.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace citecheck::text {
namespace {

// Sorted, for binary search.
constexpr std::array<std::string_view, 128> kStopwords = {
    "a",        "about",     "after", "again",  "all",    "also",    "am",    "an",     "and",
    "any",      "are",       "as",    "at",     "be",     "because", "been",  "before", "being",
    "between",  "both",      "but",   "by",     "can",    "could",   "d",     "did",    "do",
    "does",     "doing",     "don",   "down",   "during", "each",    "few",   "for",    "from",
    "further",  "had",       "has",   "have",   "having", "he",      "her",   "here",   "hers",
    "him",      "his",       "how",   "i",      "if",     "in",      "into",  "is",     "it",
    "its",      "just",      "ll",    "m",      "may",    "me",      "might", "more",   "most",
    "much",     "must",      "my",    "now",    "o",      "of",      "off",   "on",     "once",
    "only",     "or",        "other", "our",    "ours",   "out",     "over",  "own",    "re",
    "s",        "same",      "she",   "should", "so",     "some",    "such",  "t",      "than",
    "that",     "the",       "their", "them",   "then",   "there",   "these", "they",   "this",
    "those",    "through",   "to",    "too",    "under",  "until",   "up",    "ve",     "very",
    "was",      "we",        "were",  "what",   "when",   "where",   "which", "while",  "who",
    "whom",     "why",       "will",  "with",   "would",  "y",       "you",   "your",   "yours",
    "yourself", "yourselves"};

bool is_word_char(char32_t cp) { return is_letter(cp) || is_digit(cp); }

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<Word> words(std::string_view text) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = decode_utf8(text, i);
    if (!is_word_char(cp)) continue;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t j = end;
      cp = decode_utf8(text, j);
      if (!is_word_char(cp)) break;
      end = j;
    }
    const std::string_view raw = text.substr(start, end - start);
    out.push_back({start, end - start, is_ascii(raw) ? lower_ascii(raw) : fold(raw)});
    i = end;
  }
  return out;
}

bool is_stopword(std::string_view folded) {
  return std::binary_search(kStopwords.begin(), kStopwords.end(), folded);
}

std::vector<std::string> content_terms(std::string_view text) {
  std::vector<std::string> terms;
  for (const Word& w : words(text)) {
    if (is_stopword(w.folded) || all_digits(w.folded)) continue;
    terms.push_back(stem(w.folded));
  }
  return terms;
}

}  // namespace citecheck::text
