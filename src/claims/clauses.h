// Clauses of a claim that cites different references in different places: "Sales rose 10% [1],
// while costs fell 5% [2]." is two claims for the matcher, each judged against its own markers,
// so neither source has to back the other half.
#pragma once

#include <string>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

struct Clause {
  std::string text;                    // the clause, citation markers blanked with spaces
  std::vector<std::string> citations;  // the reference ids of the markers inside it
};

// The clauses of `claim`, split after each group of adjacent markers that more of the sentence
// follows (the last group ends the last clause, whatever words come after it), cut from
// `blanked`, the claim's text with its markers blanked as the matcher reads it. Fewer than two
// clauses come back as none: the claim is judged whole.
std::vector<Clause> split_at_markers(const core::Claim& claim, std::string_view blanked,
                                     const core::CitationIndex& index);

}  // namespace citecheck::claims
