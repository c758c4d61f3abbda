#include "text/wordnet.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace citecheck::text {
namespace {

bool in(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool relates(const WordNet& wn, const std::string& word, const std::string& other) {
  const WordNet::Related r = wn.related(word);
  return in(r.same, other) || in(r.nearby, other);
}

}  // namespace

TEST_CASE("WordNet relates a word to its synonyms, derivations and nearby verbs") {
  const WordNet& wn = WordNet::installed();
  if (!wn.available()) {
    MESSAGE("SKIP: no WordNet data files (apt-get install wordnet-base); nothing to check");
    return;
  }
  CHECK(in(wn.related("purchased").same, "buy"));     // a synonym, after "-ed" is taken off
  CHECK(in(wn.related("approve").same, "approval"));  // a derivation
  CHECK(in(wn.related("children").same, "kid"));      // an irregular plural (noun.exc)
  CHECK(in(wn.related("passed").nearby, "approve"));  // approving is a way of passing
  CHECK(in(wn.related("approved").nearby, "pass"));   // and the other way round
  CHECK(in(wn.related_stems("approved").nearby, "pass"));
  CHECK(in(wn.related_stems("purchased").same, "buy"));
  // Not its opposite, not an unrelated word, not itself.
  CHECK_FALSE(relates(wn, "approved", "reject"));
  CHECK_FALSE(relates(wn, "rose", "fall"));
  CHECK_FALSE(relates(wn, "passed", "banana"));
  CHECK_FALSE(relates(wn, "passed", "passed"));
  CHECK_FALSE(in(wn.related_stems("approved").same, "approv"));  // its own stem
  CHECK(wn.related("zzqx").same.empty());
  CHECK(wn.related("").same.empty());
}

TEST_CASE("without WordNet's files no word relates to another") {
  const WordNet none("/nonexistent/wordnet");
  CHECK_FALSE(none.available());
  CHECK(none.related("passed").same.empty());
  CHECK(none.related_stems("passed").nearby.empty());
  CHECK_FALSE(WordNet("").available());
}

}  // namespace citecheck::text
