// A readable source prepared for matching: its sentences (lines are hard boundaries), their stemmed
// content terms and quantities, and a normalised word string for quotation and entity lookups.
#pragma once

#include <string>
#include <vector>

#include "core/types.h"
#include "text/quantities.h"

namespace citecheck::match {

struct SourceSentence {
  std::string text;
  std::vector<std::string> terms;  // stemmed content terms, in order
  std::vector<text::Quantity> quantities;
};

struct SourceIndex {
  std::vector<SourceSentence> sentences;  // title first, when there is one
  std::string words;  // " w1 w2 ... " folded words with single spaces, for phrase lookups
};

SourceIndex index_source(const core::SourceText& source);

// `text` as the space-bounded folded word string that SourceIndex::words holds.
std::string word_string(std::string_view text);

}  // namespace citecheck::match
