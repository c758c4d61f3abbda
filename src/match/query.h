// A claim as a weighted query: its stemmed content terms, minus discourse words that no source
// needs to repeat ("according", "additionally"), with the writer's trailing commentary
// (", underscoring the growing reliance on ...") weighted down because it is not attributed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::match {

struct QueryTerm {
  std::string term;     // stemmed, folded
  std::string surface;  // as written in the claim, for messages
  double weight = 1.0;
};

// Unique terms in order of first appearance.
std::vector<QueryTerm> query_terms(std::string_view claim_text);

}  // namespace citecheck::match
