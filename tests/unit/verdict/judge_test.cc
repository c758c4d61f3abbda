#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "verdict/judge.h"

namespace citecheck::verdict {
namespace {

core::Fact figure(const std::string& text, bool found) {
  core::Fact f;
  f.kind = core::FactKind::kPercent;
  f.text = text;
  f.value = 31;
  f.found = found;
  return f;
}

core::Assessment covered(double local, double global, std::vector<bool> found = {}) {
  core::Assessment a;
  a.local_coverage = local;
  a.words_coverage = local;
  a.terms_share = local;
  a.pairs_global = global;
  a.local_missing = (1.0 - local) * 10;
  a.source_sentences = 40;  // a page of some length
  a.found = std::move(found);
  a.evidence = {{"4", "31% of job seekers use AI.", local}};
  return a;
}

}  // namespace

TEST_CASE("well covered claims with their figures found are supported") {
  core::Claim c;
  c.facts = {figure("31%", false)};
  judge(c, covered(0.9, 0.9, {true}), {"4"}, {});
  CHECK(c.verdict == core::Verdict::kSupported);
  CHECK(c.support_score > 0.7);
  CHECK(c.facts[0].found);
  CHECK(c.explanation.empty());
  CHECK(c.evidence.size() == 1);
}

TEST_CASE("a missing figure makes a claim partial at best and says which") {
  core::Claim c;
  c.facts = {figure("31%", false)};
  judge(c, covered(0.9, 0.9, {false}), {"4"}, {});
  CHECK(c.verdict == core::Verdict::kPartial);
  CHECK(c.explanation == "31% not found in [4]");
}

TEST_CASE("a contradiction names both figures and scores low") {
  core::Claim c;
  c.facts = {figure("29%", false)};
  core::Assessment a = covered(0.9, 0.9, {false});
  core::Contradiction said;
  said.reference_id = "4";
  said.source_says = "31%";
  a.contradictions.push_back(said);
  judge(c, a, {"4"}, {});
  CHECK(c.verdict == core::Verdict::kContradicted);
  CHECK(c.explanation == "29% not found in [4]; [4] says 31%");
  CHECK(c.support_score < 0.3);
}

TEST_CASE("a quotation not in the source makes the claim unsupported") {
  core::Claim c;
  core::Fact q;
  q.kind = core::FactKind::kQuote;
  q.text = "a bold first step";
  c.facts = {q};
  judge(c, covered(0.9, 0.9, {false}), {"2"}, {});
  CHECK(c.verdict == core::Verdict::kUnsupported);
  CHECK(c.explanation.find("a bold first step") != std::string::npos);
}

TEST_CASE("little coverage is unsupported, and the missing words are named") {
  core::Claim c;
  core::Assessment a = covered(0.05, 0.1);
  a.missing_terms = {"battery", "warranty"};
  judge(c, a, {"4"}, {});
  CHECK(c.verdict == core::Verdict::kUnsupported);
  CHECK(c.explanation == "[4] says nothing of battery, warranty");
}

TEST_CASE("no readable source is unverifiable with score 0") {
  core::Claim c;
  judge(c, covered(0.9, 0.9), {}, {"5"});
  CHECK(c.verdict == core::Verdict::kUnverifiable);
  CHECK(c.support_score == 0.0);
  CHECK(c.explanation == "no cited source could be read ([5])");
  CHECK(c.evidence.empty());
  core::Claim orphan;
  judge(orphan, covered(0.9, 0.9), {}, {});
  CHECK(orphan.explanation == "no cited reference is in the reference list");
}

TEST_CASE("support_score rises with coverage and falls with each missing fact") {
  const std::vector<core::Fact> facts = {figure("31%", false)};
  CHECK(support_score(facts, covered(0.8, 0.8, {true})) >
        support_score(facts, covered(0.5, 0.5, {true})));
  CHECK(support_score(facts, covered(0.8, 0.8, {true})) >
        support_score(facts, covered(0.8, 0.8, {false})));
  CHECK(support_score(facts, covered(1.0, 1.0, {true})) <= 1.0);
  CHECK(support_score({}, covered(0.0, 0.0)) < 0.3);  // below "partial"
  CHECK(support_score({}, covered(0.0, 0.0)) > 0.0);
}

TEST_CASE("the same words found in a longer source back a claim less") {
  core::Assessment short_page = covered(0.7, 0.7);
  core::Assessment long_page = covered(0.7, 0.7);
  short_page.source_sentences = 12;
  long_page.source_sentences = 1200;
  CHECK(support_score({}, short_page) > support_score({}, long_page));
}

TEST_CASE("a misquoted claim scores below the supported line, however well the rest is backed") {
  core::Fact q;
  q.kind = core::FactKind::kQuote;
  q.text = "a bold first step";
  core::Claim c;
  c.facts = {q};
  judge(c, covered(1.0, 1.0, {false}), {"2"}, {});
  core::Claim backed;
  backed.facts = {figure("31%", false)};
  judge(backed, covered(1.0, 1.0, {true}), {"2"}, {});
  REQUIRE(backed.verdict == core::Verdict::kSupported);
  CHECK(c.verdict == core::Verdict::kUnsupported);
  CHECK(c.support_score < backed.support_score);
  CHECK(c.support_score < 0.38);
}

}  // namespace citecheck::verdict

namespace citecheck::verdict {

TEST_CASE("a claim judged by clauses takes the worst verdict, the lowest score and every lack") {
  core::Claim claim;
  claim.facts = {figure("31%", false), figure("12%", false)};
  core::Claim backed;
  backed.facts = {figure("31%", false)};
  judge(backed, covered(0.9, 0.9, {true}), {"1"}, {});
  core::Claim lacking;
  lacking.facts = {figure("12%", false)};
  judge(lacking, covered(0.9, 0.9, {false}), {"2"}, {});
  REQUIRE(backed.verdict == core::Verdict::kSupported);
  REQUIRE(lacking.verdict == core::Verdict::kPartial);
  combine_clauses(claim, {backed, lacking});
  CHECK(claim.verdict == core::Verdict::kPartial);
  CHECK(claim.support_score == lacking.support_score);
  CHECK(claim.explanation == "12% not found in [2]");
  CHECK(claim.evidence.size() == 2);
  CHECK(claim.facts[0].found);
  CHECK_FALSE(claim.facts[1].found);

  core::Claim unread;
  judge(unread, covered(0.0, 0.0), {}, {"3"});
  combine_clauses(claim, {backed, unread});
  CHECK(claim.verdict == core::Verdict::kUnverifiable);
  CHECK(claim.support_score == 0.0);
}

TEST_CASE("an idle citation shares nothing with its claim while another citation backs it") {
  const std::vector<std::string> ids = {"1", "2", "3"};
  // [2] covers almost nothing and finds none of the facts; [3] covers little but finds a figure.
  CHECK(idle_citations(ids, {covered(0.8, 0.8, {true}), covered(0.05, 0.1, {false}),
                             covered(0.05, 0.1, {true})}) == std::vector<std::string>{"2"});
  // Coverage of a tenth or more is not nothing.
  CHECK(idle_citations(ids, {covered(0.8, 0.8), covered(0.1, 0.1), covered(0.3, 0.3)}).empty());
  // No citation covers a good part of the claim alone: none is called idle.
  CHECK(idle_citations(ids, {covered(0.25, 0.5), covered(0.0, 0.0), covered(0.2, 0.5)}).empty());
}

TEST_CASE("a citation sharing only words WordNet relates to the claim's is idle") {
  const std::vector<std::string> ids = {"1", "4"};
  core::Assessment related_only = covered(0.15, 0.1, {false});
  related_only.words_coverage = 0.05;  // "chargers" met only as "charged twice"
  CHECK(idle_citations(ids, {covered(0.8, 0.8, {true}), related_only}) ==
        std::vector<std::string>{"4"});
  related_only.words_coverage = 0.12;
  CHECK(idle_citations(ids, {covered(0.8, 0.8, {true}), related_only}).empty());
}

TEST_CASE("a claim judged by clauses keeps each clause's idle citations once") {
  core::Claim claim;
  core::Claim first, second;
  first.idle_citations = {"2"};
  second.idle_citations = {"2", "5"};
  combine_clauses(claim, {first, second});
  CHECK(claim.idle_citations == std::vector<std::string>{"2", "5"});
  combine_clauses(claim, {core::Claim{}});
  CHECK(claim.idle_citations.empty());
}

}  // namespace citecheck::verdict

namespace citecheck::verdict {

TEST_CASE("a missing year, date or ordinal keeps a claim from supported, scored below the line") {
  for (const core::FactKind kind :
       {core::FactKind::kYear, core::FactKind::kDate, core::FactKind::kOrdinal}) {
    core::Claim c;
    core::Fact f;
    f.kind = kind;
    f.text = "1995";
    c.facts = {f};
    judge(c, covered(0.95, 0.95, {false}), {"4"}, {});
    CHECK(c.verdict == core::Verdict::kPartial);
    CHECK(c.explanation == "1995 not found in [4]");
    CHECK(c.support_score < 0.38);
  }
}

TEST_CASE("a negation or direction the sources do not state keeps a claim from supported") {
  core::Claim c;
  core::Assessment a = covered(0.95, 0.95);
  a.unbacked_sign = "not selected";
  judge(c, a, {"4"}, {});
  CHECK(c.verdict == core::Verdict::kPartial);
  CHECK(c.explanation == "[4] does not say \u201Cnot selected\u201D");
  CHECK(c.support_score < 0.38);
}

TEST_CASE("a direction clash quotes both words and the source's sentence") {
  core::Claim c;
  core::Assessment a = covered(0.9, 0.9);
  core::Contradiction said;
  said.reference_id = "4";
  said.negation = true;
  said.claim_words = "fell";
  said.source_words = "rising";
  said.source_says = "E-book circulation, rising 19% last year, now makes up a third of loans.";
  a.contradictions.push_back(said);
  judge(c, a, {"4"}, {});
  CHECK(c.verdict == core::Verdict::kContradicted);
  CHECK(c.explanation ==
        "[4] says \u201Crising\u201D where the claim says \u201Cfell\u201D: \u201CE-book "
        "circulation, rising 19% last year, now makes up a third of loans.\u201D");
}

}  // namespace citecheck::verdict

namespace citecheck::verdict {

TEST_CASE("a model's verdict decides meaning, and its score blends with the lexical one") {
  core::Claim c;
  c.facts = {figure("31%", false)};
  judge(c, covered(0.3, 0.3, {true}), {"4"}, {});
  const double lexical = c.support_score;
  REQUIRE(c.verdict != core::Verdict::kSupported);
  apply_model(c, {core::Verdict::kSupported, 0.9, "it says 31%"});
  CHECK(c.model_judged);
  CHECK(c.verdict == core::Verdict::kSupported);
  CHECK(c.explanation.empty());
  CHECK(c.support_score == doctest::Approx(0.8 * 0.9 + 0.2 * lexical).epsilon(0.002));

  core::Claim d;
  d.facts = {figure("31%", false)};
  judge(d, covered(0.9, 0.9, {true}), {"4"}, {});
  apply_model(d, {core::Verdict::kUnsupported, 0.15, "the page is about another survey"});
  CHECK(d.verdict == core::Verdict::kUnsupported);
  CHECK(d.explanation == "model: the page is about another survey");
  CHECK(d.support_score < c.support_score);
}

TEST_CASE("a missing or contradicted figure keeps its veto over a model saying supported") {
  core::Claim missing;
  missing.facts = {figure("31%", false)};
  judge(missing, covered(0.9, 0.9, {false}), {"4"}, {});
  apply_model(missing, {core::Verdict::kSupported, 1.0, "fine"});
  CHECK(missing.verdict == core::Verdict::kPartial);
  CHECK(missing.support_score < 0.38);
  CHECK(missing.explanation == "the model judged it supported, but 31% not found in [4]");

  core::Claim contradicted;
  contradicted.facts = {figure("31%", false)};
  core::Assessment a = covered(0.9, 0.9, {false});
  a.contradictions.push_back({0, "4", "13%", false, "", ""});
  judge(contradicted, a, {"4"}, {});
  REQUIRE(contradicted.fact_contradicted);
  apply_model(contradicted, {core::Verdict::kPartial, 0.5, "close"});
  CHECK(contradicted.verdict == core::Verdict::kContradicted);
  CHECK(contradicted.explanation == "model: close; 31% not found in [4]; [4] says 13%");

  core::Claim quoted;
  core::Fact quote;
  quote.kind = core::FactKind::kQuote;
  quote.text = "we will win";
  quoted.facts = {quote};
  judge(quoted, covered(0.9, 0.9, {false}), {"4"}, {});
  apply_model(quoted, {core::Verdict::kSupported, 1.0, ""});
  CHECK(quoted.verdict == core::Verdict::kUnsupported);
}

}  // namespace citecheck::verdict

namespace citecheck::verdict {

TEST_CASE("a claim citing only listed notes without a URL says so") {
  core::Claim c;
  judge(c, {}, {}, {}, {"4"});
  CHECK(c.verdict == core::Verdict::kUnverifiable);
  CHECK(c.explanation == "[4] has no URL to check");
  judge(c, {}, {}, {}, {"4", "5"});
  CHECK(c.explanation == "[4][5] have no URL to check");
  judge(c, {}, {}, {});
  CHECK(c.explanation == "no cited reference is in the reference list");
}

}  // namespace citecheck::verdict
