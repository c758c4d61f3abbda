// A claim as a weighted query: its stemmed content terms, minus discourse words that no source
// needs to repeat ("according", "additionally"), with the writer's trailing commentary
// (", underscoring the growing reliance on ...") weighted down because it is not attributed.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citecheck::match {

struct QueryTerm {
  std::string term;     // stemmed, folded
  std::string surface;  // as written in the claim, for messages
  std::string folded;   // the surface folded, for WordNet
  double weight = 1.0;
  // Stems of the words WordNet relates to it ("approv" for "passed") that the cited sources use,
  // each with how much of the term it says: a source may say the claim's word in one of these.
  // Filled in by the matcher.
  std::vector<std::pair<std::string, double>> related;
};

// Unique terms in order of first appearance.
std::vector<QueryTerm> query_terms(std::string_view claim_text);

}  // namespace citecheck::match
