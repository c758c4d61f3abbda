// Words and content terms: the one normalisation shared by claims and sources, so that a claim's
// "researchers" and a page's "Researcher" meet as the same stemmed term.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::text {

struct Word {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string folded;  // NFKC case-folded
};

// Runs of letters and digits; apostrophes, hyphens and all other punctuation separate words.
std::vector<Word> words(std::string_view text);

bool is_stopword(std::string_view folded);

// English Snowball stem of a folded word.
std::string stem(std::string_view folded);

// The stemmed words of `text` that carry meaning: stopwords and bare numbers removed.
std::vector<std::string> content_terms(std::string_view text);

}  // namespace citecheck::text
