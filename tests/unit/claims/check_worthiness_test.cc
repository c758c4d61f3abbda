#include <doctest/doctest.h>

#include "claims/check_worthiness.h"
#include "claims/facts.h"

namespace citecheck::claims {
namespace {

std::string why(const std::string& sentence) {
  return check_worthiness(sentence, find_facts(sentence));
}

}  // namespace

TEST_CASE("statistics, quotations and explicit attributions always need a citation") {
  CHECK(why("Nearly 40% of firms use AI.") == "a percentage");
  CHECK(why("One in three agreed.") == "a proportion");
  CHECK(why("It cost $5m.") == "an amount of money");
  CHECK(why("There were 500 applicants.") == "a figure");
  CHECK(why("He called it \"a very big deal\" later.") == "a quotation");
  CHECK(why("According to Reuters, it rained.") == "an attribution");
  CHECK(why("A survey found that workers are happy.") == "an attribution");
}

TEST_CASE("words in quotation marks that no one is said to have said are no quotation") {
  const std::string mention = "The setting is named \"quiet hours after dark\" in the menu.";
  CHECK(check_worthiness(mention, find_facts(mention), true) == "");
  CHECK(check_worthiness(mention, find_facts(mention), false) == "a quotation");
}

TEST_CASE("a figure or quotation in a question, a promise or imagined speech is no claim") {
  CHECK(why("And what about the other 40,000?") == "");
  CHECK(why("So I say to you, \"Give us four more years.\"") == "");
  // The same figure and quotation stated as what happened still need a citation.
  CHECK(why("The plant cut 40,000 jobs.") == "a figure");
  CHECK(why("The mayor told reporters, \"We can do better than this.\"") == "a quotation");
}

TEST_CASE("statements of what happened, with names and trends, need one") {
  CHECK_FALSE(why("Senator Hale voted against the transport bill twice last year.").empty());
  CHECK_FALSE(why("Exports to Canada doubled after the agreement was signed.").empty());
}

TEST_CASE("opinion, plans, questions and transitions do not") {
  CHECK(why("I think we need to do better for our children.") == "");
  CHECK(why("We will build a stronger economy together.") == "");
  CHECK(why("What should the city do next?") == "");
  CHECK(why("There is much to be done.") == "");
  CHECK(why("There were 5 cats.") == "");
  CHECK(why("") == "");
}

TEST_CASE("a share counted in words is a proportion") {
  CHECK(why("Digital loans now lead at four of the nine branches.") == "a proportion");
  CHECK(why("Only 2 of its 11 members turned up.") == "a proportion");
  CHECK(why("Two of them came.") != "a proportion");
}

TEST_CASE("statements of record need one: past tenses with what was done, to what, and when") {
  CHECK_FALSE(why("The council voted last March to close the Elm Street pool.").empty());
  CHECK_FALSE(
      why("The regional hospital trust cut its waiting lists by a quarter last year.").empty());
  CHECK_FALSE(
      why("Unemployment in the valley fell again in the spring, after the mill reopened.").empty());
}

TEST_CASE("the same matters hedged as a prediction or a plan do not") {
  CHECK(why("The council will probably vote on the pool at some point.") == "");
  CHECK(why("We want to cut waiting lists and we are going to do it.") == "");
}

TEST_CASE("counts in words and comparisons with than need one") {
  CHECK_FALSE(why("Thousands of commuters switched to the tram after the bridge closed.").empty());
  CHECK(why("The county spent more on road salt last winter than on its libraries.") ==
        "a trend or comparison");
}

TEST_CASE("a sentence flagged for an act of record states a fact, not a trend") {
  CHECK(why("Northbridge spent the past year swapping its ageing diesel buses.") ==
        "a checkable fact");
  CHECK(why("Ridership on the tram rose sharply over the past year.") == "a trend or comparison");
}

TEST_CASE("hedged predictions and first-person plans do not") {
  CHECK(why("We are going to make this town a better place to live.") == "");
  CHECK(why("I want to help every family keep more of what they earn.") == "");
  CHECK(why("Prices will come down if we get this right.") == "");
}

TEST_CASE("opinion about values and transitions stay quiet") {
  CHECK(why("Honestly, I believe freedom and opportunity matter more than anything.") == "");
  CHECK(why("Let me turn now to the question of schools.") == "");
  CHECK(why("How do we get there?") == "");
}

}  // namespace citecheck::claims
