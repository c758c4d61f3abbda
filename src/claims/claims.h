// The claims stage: the article body cut into sentences, each sentence joined with the citation
// markers in it, and the facts it states. Sentences that state a statistic, a quotation or an
// attribution without any citation are returned too, for the uncited-claim rule.
#pragma once

#include <vector>

#include "core/types.h"

namespace citecheck::claims {

struct Claims {
  std::vector<core::Claim> claims;  // cited sentences, in document order, ids c1, c2, ...
  std::vector<core::UncitedSentence> uncited;
};

Claims extract_claims(const core::Document& doc, const core::CitationIndex& index);

}  // namespace citecheck::claims
