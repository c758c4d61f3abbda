// The claims stage: the article body cut into sentences, each sentence joined with the citation
// markers in it, and the facts it states. Sentences that state a statistic, a quotation or an
// attribution without any citation are returned too, for the uncited-claim rule.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

struct Claims {
  std::vector<core::Claim> claims;  // cited sentences, in document order, ids c1, c2, ...
  std::vector<core::UncitedSentence> uncited;
};

// `stopped`, when given, is asked between sentences: once it says true, the claims found so far
// are returned (SIGINT on a long document must end the run within half a second).
Claims extract_claims(const core::Document& doc, const core::CitationIndex& index,
                      const std::function<bool()>& stopped = {});

// `text`, which starts at offset `base` of the prose, with every citation marker inside it
// replaced by spaces (offsets unchanged): what the matcher and the fact finder read.
// `citations` are sorted by offset, as cite::extract_citations leaves them: here and in every
// function of this stage, a sentence's citations are found by bisection, so that an article of one
// long line with tens of thousands of markers (a CMS body) is read in n log n, not n squared.
std::string blank_markers(std::string_view text, std::size_t base,
                          const std::vector<core::Citation>& citations);

// The citations whose offset lies in [from, to), of `citations` sorted by offset.
std::span<const core::Citation> citations_between(const std::vector<core::Citation>& citations,
                                                  std::size_t from, std::size_t to);

}  // namespace citecheck::claims
