// The claims stage: the article body cut into sentences, each sentence joined with the citation
// markers in it, and the facts it states. Sentences that state a statistic, a quotation or an
// attribution without any citation are returned too, for the uncited-claim rule.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

struct Claims {
  std::vector<core::Claim> claims;  // cited sentences, in document order, ids c1, c2, ...
  std::vector<core::UncitedSentence> uncited;
};

Claims extract_claims(const core::Document& doc, const core::CitationIndex& index);

// `text`, which starts at offset `base` of the prose, with every citation marker inside it
// replaced by spaces (offsets unchanged): what the matcher and the fact finder read.
std::string blank_markers(std::string_view text, std::size_t base,
                          const std::vector<core::Citation>& citations);

}  // namespace citecheck::claims
