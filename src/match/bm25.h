// Okapi BM25 over passages (windows of one to three consecutive sentences of one source), with
// document frequencies counted over sentences so a term's rarity does not depend on window overlap.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/source_index.h"

namespace citecheck::match {

struct Passage {
  const SourceIndex* source = nullptr;
  std::size_t source_number = 0;  // position of `source` in the list Bm25 was built from
  std::size_t first = 0;          // sentence indexes [first, last]
  std::size_t last = 0;
  std::unordered_map<std::string, int> tf;
  std::size_t length = 0;  // terms
};

class Bm25 {
 public:
  explicit Bm25(const std::vector<const SourceIndex*>& sources, std::size_t max_window = 3);

  double idf(const std::string& term) const;
  double score(const std::vector<std::string>& query, const Passage& p) const;
  const std::vector<Passage>& passages() const { return passages_; }
  bool contains(const std::string& term) const { return df_.count(term) != 0; }

 private:
  std::vector<Passage> passages_;
  std::unordered_map<std::string, int> df_;
  double sentences_ = 0;
  double average_length_ = 1;
};

std::string passage_text(const Passage& p);

}  // namespace citecheck::match
