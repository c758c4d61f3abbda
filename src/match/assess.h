// Matching one claim against the sources it cites, taken together: the best evidence passages,
// how much of the claim's content they cover, and which of its facts (quantities, quotations,
// entities) the sources contain, contradict or misquote. Verdicts are decided in verdict/.
#pragma once

#include <string>
#include <vector>

#include "core/types.h"
#include "match/source_index.h"

namespace citecheck::match {

// One readable source a claim cites, under the id the article gives it.
struct CitedSource {
  std::string reference_id;
  const SourceIndex* index = nullptr;
};

// `claim_text` is the claim with citation markers blanked out. The words of `context` (the
// sentence the claim points back to, if any) help rank passages; coverage counts the claim's own.
core::Assessment assess(std::string_view claim_text, const std::vector<core::Fact>& facts,
                        const std::vector<CitedSource>& cited, std::string_view context = {});

// Whether `quote` appears in the source after folding case, quote marks, dashes and spacing,
// with "..." and [bracketed] insertions allowed.
bool quotation_found(std::string_view quote, const SourceIndex& source);

}  // namespace citecheck::match
