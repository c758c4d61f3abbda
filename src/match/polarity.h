// Polarity and direction: whether a source sentence about the same thing as a claim says it the
// other way round. A word is negated ("did not approve", "never opened", "no longer runs") or
// names one side of a pair of opposites ("rose" against "fell", "won" against "lost", "before"
// against "after"); a claim's word and the source's corresponding word (the same word, or its
// opposite) then carry a sign each. Where the two signs differ, and the words around them agree
// (the same subject, the same object), the source contradicts the claim.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::match {

// One side of a pair of opposites: `group` names the pair, `sign` the side (+1 or -1).
struct Direction {
  int group = 0;
  int sign = 0;
};

// The pairs a folded word belongs to ("fell": falling amounts; "lost": falling amounts and
// defeats). Empty for a word with no opposite here.
std::vector<Direction> directions(std::string_view folded);

// A source sentence that says a claim's word with the opposite sign.
struct Clash {
  std::string claim_words;   // as written in the claim: "fell", "was not released"
  std::string source_words;  // as written in the source: "rising", "released"
  std::size_t sentence = 0;  // which of the sentences compared
};

// Compares `claim` with `sentences` (source sentences about the same thing, most relevant first):
// a clash where a sentence says one of the claim's signed words the other way round, with more of
// the claim's words around it than any sentence saying it the claim's way.
std::optional<Clash> find_clash(std::string_view claim, const std::vector<std::string>& sentences);

// A vote the claim calls unanimous that a sentence gives as split ("7 to 2"), or the other way
// round.
std::optional<Clash> find_vote_clash(std::string_view claim,
                                     const std::vector<std::string>& sentences);

// The first of the claim's signed words that the sentences say only the other way: a word they
// negate and never say plainly ("not approved" for "approved"), a word they say plainly where the
// claim negates it and they say no nowhere, or the other side of its pair ("rose" for "fell")
// where they never say its own. No aligned clash, but the sources do not say it the claim's way.
std::optional<std::string> unbacked_sign(std::string_view claim,
                                         const std::vector<std::string>& sentences);

}  // namespace citecheck::match
