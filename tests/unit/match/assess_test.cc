#include <doctest/doctest.h>

#include <algorithm>

#include "claims/facts.h"
#include "match/assess.h"
#include "match/query.h"
#include "match/source_index.h"
#include "text/wordnet.h"
#include "verdict/judge.h"

namespace citecheck::match {
namespace {

struct Checked {
  std::vector<core::Fact> facts;
  core::Assessment assessment;
};

Checked check(const std::string& claim, const std::string& page, const std::string& title = "") {
  static std::vector<SourceIndex> keep;  // the index must outlive the assessment's use
  keep.push_back(index_source({title, page}));
  Checked c;
  c.facts = claims::find_facts(claim);
  c.assessment = assess(claim, c.facts, {{"4", &keep.back()}});
  return c;
}

const core::Fact* fact(const Checked& c, const std::string& text) {
  for (const core::Fact& f : c.facts) {
    if (f.text == text) return &f;
  }
  return nullptr;
}

bool found(const Checked& c, const std::string& text) {
  for (std::size_t i = 0; i < c.facts.size(); ++i) {
    if (c.facts[i].text == text) return c.assessment.found[i];
  }
  FAIL("no fact ", text);
  return false;
}

constexpr const char* kPage =
    "Skip to content\n"
    "Markets: shares rose 2.3% on Friday.\n"
    "The 2025 Job Seeker Nation Report found that 31% of job seekers now use AI to help with their "
    "job search.\n"
    "Desk-based workers in software and finance were the most likely to do so.\n"
    "The survey covered 1,500 adults in the United States.\n";

}  // namespace

TEST_CASE("context words choose between passages that say the claim's words equally") {
  static const SourceIndex page =
      index_source({"",
                    "Bus ridership rose sharply in 2025 as fares were frozen.\n"
                    "Tram ridership rose sharply in 2025 as two lines opened.\n"});
  const std::string claim = "Ridership rose sharply [4].";
  const core::Assessment trams = assess(claim, {}, {{"4", &page}}, "Trams");
  const core::Assessment buses = assess(claim, {}, {{"4", &page}}, "Buses");
  REQUIRE_FALSE(trams.evidence.empty());
  REQUIRE_FALSE(buses.evidence.empty());
  CHECK(trams.evidence.front().text.starts_with("Tram ridership"));
  CHECK(buses.evidence.front().text.starts_with("Bus ridership"));
  CHECK(trams.local_coverage == buses.local_coverage);  // judged on the claim's own words
}

TEST_CASE("the best passage is the one that states the claim, and coverage is high") {
  const auto c = check("31% of job seekers use AI in their job search [4].", kPage);
  REQUIRE_FALSE(c.assessment.evidence.empty());
  CHECK(c.assessment.evidence.front().reference_id == "4");
  CHECK(c.assessment.evidence.front().text.find("31% of job seekers") != std::string::npos);
  CHECK(c.assessment.local_coverage > 0.8);
  CHECK(found(c, "31%"));
}

TEST_CASE("a figure absent from the source is not found - one in the same context contradicts") {
  const auto c = check("29% of job seekers now use AI to help with their job search.", kPage);
  CHECK_FALSE(found(c, "29%"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "31%");
  CHECK(c.assessment.contradictions[0].reference_id == "4");
}

TEST_CASE("a figure in an unrelated sentence does not contradict") {
  const auto c = check("Electric buses cut fuel costs by 40% in Oslo.", kPage);
  CHECK_FALSE(found(c, "40%"));
  CHECK(c.assessment.contradictions.empty());
  CHECK(c.assessment.local_coverage < 0.3);
}

TEST_CASE("the claim's own second figure is no contradiction of its first") {
  const auto c = check("Energy costs fell 41% and maintenance costs fell 23% over the year.",
                       "Energy costs fell 41% over the year, the authority said.\n");
  CHECK(found(c, "41%"));
  CHECK_FALSE(found(c, "23%"));
  CHECK(c.assessment.contradictions.empty());
}

TEST_CASE("quotations match after folding quote marks, case and spacing, with ellipses") {
  const SourceIndex page = index_source(
      {"", "He said \u201CWhose technology is most  broadly adopted\u201D matters most.\n"});
  CHECK(quotation_found("whose technology is most broadly adopted", page));
  CHECK(quotation_found("whose technology ... broadly adopted", page));
  CHECK(quotation_found("[Whose] technology is most broadly adopted", page));
  CHECK_FALSE(quotation_found("whose technology is least broadly adopted", page));
  CHECK_FALSE(quotation_found("", page));
}

TEST_CASE("entities are found by their words, and missing claim words are named") {
  const auto c = check("Brad Smith of Microsoft praised the Velora battery warranty.",
                       "Microsoft President Brad Smith spoke on Monday about AI.\n");
  CHECK(found(c, "Brad Smith"));
  CHECK_FALSE(found(c, "Velora"));
  const auto& missing = c.assessment.missing_terms;
  CHECK(std::find(missing.begin(), missing.end(), "warranty") != missing.end());
  CHECK(std::find(missing.begin(), missing.end(), "Smith") == missing.end());
}

TEST_CASE("no readable source gives an empty assessment") {
  const auto facts = claims::find_facts("Sales rose 12%.");
  const core::Assessment a = assess("Sales rose 12%.", facts, {});
  CHECK(a.evidence.empty());
  CHECK(a.local_coverage == 0.0);
  CHECK(a.found == std::vector<bool>{false});
}

TEST_CASE("query terms drop discourse words and weigh trailing commentary down") {
  const auto terms = query_terms(
      "According to the report, 31% of seekers use AI, underscoring the growing reliance on AI.");
  auto weight = [&](const std::string& surface) {
    for (const QueryTerm& t : terms) {
      if (t.surface == surface) return t.weight;
    }
    return -1.0;
  };
  CHECK(weight("According") == -1.0);
  CHECK(weight("31") == -1.0);
  CHECK(weight("seekers") == 1.0);
  CHECK(weight("reliance") < 0.5);
  CHECK(weight("AI") == 1.0);  // it also appears before the commentary
}

TEST_CASE("facts helper finds the percentage") {
  const auto c = check("Sales rose 12% [4].", "Sales rose 12% last year.\n");
  REQUIRE(fact(c, "12%") != nullptr);
  CHECK(fact(c, "12%")->kind == core::FactKind::kPercent);
}

}  // namespace citecheck::match

namespace citecheck::match {

TEST_CASE("a source saying the claim's words negated contradicts it, either way round") {
  const std::string page =
      "Council news\nThe council didn't approve the harbour budget on Tuesday.\n"
      "Other business was postponed to next month.\n";
  auto c = check("The council approved the harbour budget on Tuesday.", page);
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].negation);
  CHECK(c.assessment.contradictions[0].source_says.find("didn't approve") != std::string::npos);
  c = check("The council never approved the harbour budget on Tuesday.",
            "Council news\nThe council approved the harbour budget on Tuesday.\n");
  CHECK(c.assessment.contradictions.size() == 1);
}

TEST_CASE("no negation contradiction where a sentence agrees, or for \"not only\"") {
  auto c = check("The council approved the harbour budget on Tuesday.",
                 "The council approved the harbour budget on Tuesday.\n"
                 "Critics said the council did not approve the harbour budget on Tuesday.\n");
  CHECK(c.assessment.contradictions.empty());
  c = check("The council approved the harbour budget on Tuesday.",
            "The council not only approved the harbour budget on Tuesday but raised it.\n");
  CHECK(c.assessment.contradictions.empty());
  // A negation in another clause of the sentence says nothing of the claim's words.
  c = check("The bakery opened in 2005 and has sold the same rye loaf ever since.",
            "The bakery opened in 2005 and has sold the same rye loaf ever since, baked to a "
            "method its founder says was never written down.\n");
  CHECK(c.assessment.contradictions.empty());
  // A sentence that says only part of the claim is no contradiction.
  c = check("The council approved the harbour budget and the ferry timetable on Tuesday.",
            "The ferry timetable was not discussed.\n");
  CHECK(c.assessment.contradictions.empty());
}

}  // namespace citecheck::match

namespace citecheck::match {

TEST_CASE("the sentence a claim points back to picks the passage - the claim's words score it") {
  static const SourceIndex page = index_source(
      {"",
       "Ferry fares rose 10% in March.\n"
       "Cargo through the harbour rose 10% in March, the port authority said on Friday.\n"});
  const std::string claim = "It rose 10% in March.";
  const auto facts = claims::find_facts(claim);
  const auto alone = assess(claim, facts, {{"1", &page}});
  const auto helped =
      assess(claim, facts, {{"1", &page}}, "Cargo through the harbour is recovering.");
  REQUIRE_FALSE(alone.evidence.empty());
  REQUIRE_FALSE(helped.evidence.empty());
  CHECK(alone.evidence.front().text.find("Ferry") != std::string::npos);
  CHECK(helped.evidence.front().text.find("Cargo") != std::string::npos);
  CHECK(helped.local_coverage == doctest::Approx(alone.local_coverage));
}

}  // namespace citecheck::match

namespace citecheck::match {

TEST_CASE("a year, a date or a number word the page gives otherwise contradicts the claim") {
  constexpr const char* kLibrary =
      "Library news\n"
      "The library's last renovation, in 1994, added a reading room on the second floor.\n"
      "The council vote on the reading room took place on March 3 after a long debate.\n"
      "The number of study rooms has stayed at four since the renovation.\n";
  auto c = check("The library's last renovation, in 1995, added a reading room.", kLibrary);
  CHECK_FALSE(found(c, "1995"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "1994");
  c = check("The council vote on the reading room took place on March 5.", kLibrary);
  CHECK_FALSE(found(c, "March 5"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "March 3");
  c = check("The number of study rooms has stayed at six since the renovation.", kLibrary);
  CHECK_FALSE(found(c, "six"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "four");
  c = check("The number of study rooms has stayed at 4 since the renovation.", kLibrary);
  CHECK(found(c, "4"));
  CHECK(c.assessment.contradictions.empty());
}

TEST_CASE("a date without a year is read in the year its page or its sentence gives") {
  // The page's dateline gives the year.
  auto c = check("The festival opened on 5 March 2025.",
                 "Arts desk, 2025\nCity festival\nThe festival opened on 5 March with a parade.\n");
  CHECK(found(c, "5 March 2025"));
  // A year far down the page, in a sidebar, dates nothing.
  std::string page = "City festival\nThe festival opened on 5 March with a parade.\n";
  for (int i = 0; i < 8; ++i) page += "Stalls sold bread, cheese and flowers all day long.\n";
  page += "More from the archive: the 2025 budget in brief.\n";
  c = check("The festival opened on 5 March 2025.", page);
  CHECK_FALSE(found(c, "5 March 2025"));
}

TEST_CASE("a span of dates is found where one sentence gives both its ends") {
  const auto c = check("The festival runs from August 24 to September 7.",
                       "The festival runs from August 24 to Friday, September 7, in the park.\n");
  CHECK(found(c, "August 24 to September 7"));
  const auto d = check("The festival runs from August 24 to September 7.",
                       "The festival runs from August 24 to Friday, September 5, in the park.\n");
  CHECK_FALSE(found(d, "August 24 to September 7"));
  REQUIRE(d.assessment.contradictions.size() == 1);
  CHECK(d.assessment.contradictions[0].source_says == "September 5");  // not its own first day
}

TEST_CASE("another figure contradicts only where it counts the same thing") {
  const auto c = check("The expansion plan was approved in under a year.",
                       "The council approved the expansion plan by a vote of 7 to 2.\n"
                       "Planning for the expansion plan took over two years.\n");
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "two");  // years, as "a year" is
}

TEST_CASE("a month in another year, a coarser date and another unit decide nothing wrongly") {
  // The sentence names October, but of 2006: not the claim's October 2007.
  auto c = check("The band released the single in October 2007.",
                 "Music news, 2007\nThe band released the single in October 2006.\n");
  CHECK_FALSE(found(c, "October 2007"));
  // "in November" says less than "on 5 November", not something else.
  c = check("The vote on the harbour budget was held on 5 November.",
            "The vote on the harbour budget was held in November.\n");
  CHECK_FALSE(found(c, "5 November"));
  CHECK(c.assessment.contradictions.empty());
  // Metres and meters are one unit: 5 meters contradicts 3 metres.
  c = check("The new quay wall stands 3 metres above the tide line.",
            "The new quay wall stands 5 meters above the tide line.\n");
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "5");
  // The claim's 15 is the one standing alone, not the start of 150.
  c = check("Of 150 applicants, 15 were hired by the harbour board.",
            "Of 150 applicants, 12 were hired by the harbour board.\n");
  CHECK_FALSE(found(c, "15"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "12");
}

TEST_CASE("a figure found only outside the claim's context yields to one stated in it") {
  const auto c = check("The Senate has 150 members, two from each state.",
                       "The Senate has 100 members, two from each state.\n"
                       "Visitors: the gallery seats 150 people on busy days.\n");
  CHECK_FALSE(found(c, "150"));
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_says == "100");
}

TEST_CASE("a reversed direction, a negation and a split vote are contradictions with their words") {
  auto c = check("E-book circulation at the branch fell 19% last year.",
                 "E-book circulation at the branch, rising 19% last year, now makes up a third "
                 "of loans.\n");
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].negation);
  CHECK(c.assessment.contradictions[0].claim_words == "fell");
  CHECK(c.assessment.contradictions[0].source_words == "rising");
  c = check("The council approved the harbour plan unanimously.",
            "The council approved the harbour plan by a vote of 7 to 2.\n");
  REQUIRE(c.assessment.contradictions.size() == 1);
  CHECK(c.assessment.contradictions[0].source_words == "a vote of 7 to 2");
  c = check("The forward was not selected for the national squad in August.",
            "The national squad named in August includes the forward at centre.\n");
  CHECK(c.assessment.unbacked_sign == "not selected");
}

TEST_CASE("a misquoted source's nearest sentence is kept for the report") {
  const auto c = check("The mayor called it \"a bold first step toward a cleaner city\".",
                       "The mayor called the plan \"a sensible first step toward a cleaner "
                       "city\" on Monday.\nBuses run every ten minutes.\n");
  REQUIRE(c.assessment.closest.size() == c.facts.size());
  bool seen = false;
  for (std::size_t i = 0; i < c.facts.size(); ++i) {
    if (c.facts[i].kind != core::FactKind::kQuote) continue;
    CHECK_FALSE(c.assessment.found[i]);
    CHECK(c.assessment.closest[i].find("a sensible first step") != std::string::npos);
    seen = true;
  }
  CHECK(seen);
}

}  // namespace citecheck::match

namespace citecheck::match {

TEST_CASE("a word WordNet relates to the claim's counts for half of it") {
  if (!text::WordNet::installed().available()) {
    MESSAGE("SKIP: no WordNet data files (apt-get install wordnet-base); words match as written");
    return;
  }
  const std::string page = "The council approved the plan on Tuesday by a vote of 7 to 2.\n";
  const auto passed = check("The measure passed by a vote of 7 to 2.", page);
  const auto stalled = check("The measure stalled by a vote of 7 to 2.", page);
  const auto approved = check("The measure approved by a vote of 7 to 2.", page);
  const auto& missing = passed.assessment.missing_terms;
  CHECK(std::find(missing.begin(), missing.end(), "passed") == missing.end());
  const auto& not_there = stalled.assessment.missing_terms;
  CHECK(std::find(not_there.begin(), not_there.end(), "stalled") != not_there.end());
  CHECK(passed.assessment.local_coverage > stalled.assessment.local_coverage);
  CHECK(passed.assessment.terms_share < approved.assessment.terms_share);  // half, not all
  // The example: "passed" for "approved" costs no verdict.
  core::Claim claim;
  claim.text = "The measure passed by a vote of 7 to 2.";
  claim.facts = passed.facts;
  verdict::judge(claim, passed.assessment, {"4"}, {});
  CHECK(claim.verdict == core::Verdict::kSupported);
}

}  // namespace citecheck::match
