// The claim-length limit (claims stage, applied by pipeline.cc after extraction): a "sentence"
// longer than this is a table, a run-on paste or generated text, not a claim an editor can check.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "claims/claims.h"

namespace citecheck::claims {

inline constexpr std::size_t kMaxClaimBytes = 4'000;

// Drops claims and uncited sentences longer than kMaxClaimBytes, renumbers the claims c1, c2, ...
// and adds one notice naming how many were dropped and the line of the first.
void limit_claims(Claims& found, std::vector<std::string>& notices);

}  // namespace citecheck::claims
