// Matching one claim against the sources it cites, taken together: the best evidence passages,
// how much of the claim's content they cover, and which of its facts (quantities, quotations,
// entities) the sources contain, contradict or misquote. Verdicts are decided in verdict/.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"
#include "match/source_index.h"

namespace citecheck::match {

class Bm25;

// One readable source a claim cites, under the id the article gives it.
struct CitedSource {
  std::string reference_id;
  const SourceIndex* index = nullptr;
};

// `claim_text` is the claim with citation markers blanked out. The words of `context` (the
// sentence the claim points back to, if any) help rank passages; coverage counts the claim's own.
core::Assessment assess(std::string_view claim_text, const std::vector<core::Fact>& facts,
                        const std::vector<CitedSource>& cited, std::string_view context = {});

// Assesses claims as `assess` does, indexing the passages of each distinct set of cited sources
// once: the claims of an article mostly cite the same few sources, and building that index cost
// more than all the rest of a claim's assessment (60% of a run of 200 claims on one long page).
class Matcher {
 public:
  Matcher();
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  core::Assessment assess(std::string_view claim_text, const std::vector<core::Fact>& facts,
                          const std::vector<CitedSource>& cited, std::string_view context = {});

 private:
  std::map<std::vector<const SourceIndex*>, std::unique_ptr<const Bm25>> indexes_;
};

// Whether `quote` appears in the source after folding case, quote marks, dashes and spacing,
// with "..." and [bracketed] insertions allowed.
bool quotation_found(std::string_view quote, const SourceIndex& source);

// The sentence of `sources` sharing most of the words of `quote` (two at least), or "": what a
// misquoted source says instead.
std::string closest_sentence(std::string_view quote,
                             const std::vector<const SourceIndex*>& sources);

}  // namespace citecheck::match
