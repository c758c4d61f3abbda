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

}  // namespace citecheck::claims
