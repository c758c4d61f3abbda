// Polarity and direction: each pair of opposites, negation either way round, and what is no clash.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/polarity.h"

namespace citecheck::match {

TEST_CASE("each pair of opposites clashes where the words around it agree") {
  struct Pair {
    const char* claim;
    const char* source;
    const char* claim_word;
    const char* source_word;
  };
  const std::vector<Pair> pairs = {
      {"E-book circulation at the branch fell 19% last year.",
       "E-book circulation at the branch rose 19% last year.", "fell", "rose"},
      {"Ridership on the night buses increased sharply in the spring.",
       "Ridership on the night buses decreased sharply in the spring.", "increased", "decreased"},
      {"The county team won the regional final in Galway.",
       "The county team lost the regional final in Galway.", "won", "lost"},
      {"The council rejected the harbour expansion plan.",
       "The council approved the harbour expansion plan.", "rejected", "approved"},
      {"The library closed its reading room before the renovation began.",
       "The library closed its reading room after the renovation began.", "before", "after"},
      {"The survey found more cyclists on the river path this year.",
       "The survey found fewer cyclists on the river path this year.", "more", "fewer"},
      {"The station lies above the old quarry floor near Blanda.",
       "The station lies below the old quarry floor near Blanda.", "above", "below"},
      {"The ferry terminal opened its second pier in March.",
       "The ferry terminal closed its second pier in March.", "opened", "closed"},
      {"The guitarist joined the touring band for the Japanese dates.",
       "The guitarist left the touring band for the Japanese dates.", "joined", "left"},
  };
  for (const Pair& p : pairs) {
    INFO("claim: ", p.claim);
    const auto clash = find_clash(p.claim, {p.source});
    REQUIRE(clash.has_value());
    CHECK(clash->claim_words == p.claim_word);
    CHECK(clash->source_words == p.source_word);
    // The same sentence agrees with itself, and with a word of its own side.
    CHECK_FALSE(find_clash(p.claim, {p.claim}).has_value());
  }
  CHECK_FALSE(find_clash("E-book circulation at the branch fell 19% last year.",
                         {"E-book circulation at the branch dropped 19% last year."})
                  .has_value());
}

TEST_CASE("a negation clashes with the plain word, either way round") {
  auto clash = find_clash("The album was not released in Europe in 2010.",
                          {"The album was released in Europe in 2010."});
  REQUIRE(clash.has_value());
  CHECK(clash->claim_words == "not released");
  CHECK(clash->source_words == "released");
  clash = find_clash("The council approved the harbour budget on Tuesday.",
                     {"The council didn't approve the harbour budget on Tuesday."});
  REQUIRE(clash.has_value());
  CHECK(clash->source_words == "t approve");
  clash = find_clash("The mayor has never visited the harbour works.",
                     {"The mayor visited the harbour works on Friday."});
  REQUIRE(clash.has_value());
  CHECK(clash->claim_words == "never visited");
}

TEST_CASE("no clash for contrasts the claim draws, hedged negations or quoted titles") {
  // Both sides of a pair in the claim itself.
  CHECK_FALSE(find_clash("At higher altitudes water boils at lower temperatures.",
                         {"At higher altitudes water boils at lower temperatures, so cooking "
                          "takes longer at lower altitudes than at higher ones."})
                  .has_value());
  // "not only" and "not all" negate no statement.
  CHECK_FALSE(find_clash("The council not only approved the harbour budget but raised it.",
                         {"The council approved the harbour budget on Tuesday."})
                  .has_value());
  // A modal or a condition states no fact.
  CHECK_FALSE(find_clash("Parents may not realize how the harbour works affect traffic.",
                         {"Parents realize how the harbour works affect traffic."})
                  .has_value());
  CHECK_FALSE(unbacked_sign("Call a doctor if the child is pale or not breathing well.",
                            {"Call a doctor when the child is pale and breathing badly."})
                  .has_value());
  // A title in quotation marks keeps its own words.
  CHECK_FALSE(unbacked_sign("Luther Ingram sang \"If Loving You Is Wrong I Don't Want to Be "
                            "Right\" in 1972.",
                            {"Luther Ingram recorded If Loving You Is Wrong in 1972."})
                  .has_value());
  // Words too far from the claim's own say nothing of them.
  CHECK_FALSE(find_clash("The bakery opened in 2005 on the market square.",
                         {"The bakery opened in 2005 on the market square; a rival shop closed "
                          "on the far side of town years later."})
                  .has_value());
}

TEST_CASE(
    "a negation is the sources' to state - a pair's word said only the other way is not "
    "backed") {
  // The source names the team and the player and says no "not" anywhere near them.
  auto word = unbacked_sign(
      "On 22 August the forward was not selected for the national team roster.",
      {"On 22 August the coach announced the national team roster, with the forward at centre."});
  REQUIRE(word.has_value());
  CHECK(*word == "not selected");
  // A source saying no in its own words backs the claim's negation.
  CHECK_FALSE(unbacked_sign("The national team roster did not include the forward.",
                            {"The national team roster left out the forward, who was unable to "
                             "travel."})
                  .has_value());
  // "prohibition" says no.
  CHECK_FALSE(unbacked_sign("Tobacco and alcohol are not allowed in the community.",
                            {"The community keeps a strict prohibition of alcohol and tobacco."})
                  .has_value());
  // One side of a pair where the sources have only the other.
  word = unbacked_sign("She became the oldest performer to win five awards.",
                       {"She became the youngest performer to win five awards, at 31."});
  REQUIRE(word.has_value());
  CHECK(*word == "oldest");
  // Neither side: the sources' own words may back it; that is for the score to weigh.
  CHECK_FALSE(
      unbacked_sign("Tickets sold out before noon.", {"All tickets were gone by the morning."})
          .has_value());
}

TEST_CASE("a negated word is backed where the sources deny it, and not where they say it plainly") {
  // The sources never say what surrounds the word ("apex", "except", "humans"), but deny the word
  // itself: "do not have natural predators", "non-polluting".
  CHECK_FALSE(unbacked_sign("Polar bears are apex predators and do not have natural predators "
                            "except for humans.",
                            {"As a species, adult bears do not have natural predators."})
                  .has_value());
  CHECK_FALSE(unbacked_sign("Cycling is a renewable energy source that does not pollute the "
                            "environment.",
                            {"The human energy used to propel bicycles is renewable and largely "
                             "non-polluting."})
                  .has_value());
  // Nothing there says what surrounds "hired", and the one "not" negates another word.
  auto word = unbacked_sign("Smith was not hired to replace Stewart at The Glen.",
                            {"The team announced the champion would not start the race at The "
                             "Glen a day after the crash."});
  REQUIRE(word.has_value());
  CHECK(*word == "not hired");
  // Said plainly where they say what surrounds it, never denied: a "no" elsewhere in the
  // sentence does not back the claim's "not".
  word = unbacked_sign("The club said the striker was not hired by the club in June.",
                       {"The club said the striker was hired by the club in June, and no fee "
                        "was paid."});
  REQUIRE(word.has_value());
  CHECK(*word == "not hired");
  // "No" just before the word denies it.
  CHECK_FALSE(unbacked_sign("Polar bears in the Arctic do not have natural predators there.",
                            {"Polar bears in the Arctic have no natural predators there."})
                  .has_value());
}

TEST_CASE("a vote called unanimous clashes with a split tally, and the other way round") {
  auto clash = find_vote_clash("The council approved the plan unanimously.",
                               {"The council approved the expansion plan by a vote of 7 to 2."});
  REQUIRE(clash.has_value());
  CHECK(clash->claim_words == "unanimously");
  CHECK(clash->source_words == "a vote of 7 to 2");
  clash = find_vote_clash("The board backed the merger in a 5-4 vote.",
                          {"The board backed the merger unanimously on Monday."});
  REQUIRE(clash.has_value());
  CHECK(clash->claim_words == "5-4");
  CHECK_FALSE(find_vote_clash("The council approved the plan unanimously.",
                              {"The council approved the plan unanimously on Monday."})
                  .has_value());
  // A score of "7 to 2" with no vote in the sentence is no tally.
  CHECK_FALSE(find_vote_clash("The club won the final unanimously praised by critics.",
                              {"The club won the final 7 to 2."})
                  .has_value());
}

}  // namespace citecheck::match
