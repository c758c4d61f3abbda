#include <doctest/doctest.h>

#include "verdict/findings.h"

namespace citecheck::verdict {
namespace {

core::Reference ref(const std::string& id, const std::string& url, int line) {
  core::Reference r;
  r.id = id;
  r.url = url;
  r.offset = static_cast<std::size_t>(line) * 100;
  r.position = {line, 1};
  return r;
}

core::Citation cite(const std::string& id, int line, int column) {
  core::Citation c;
  c.reference_id = id;
  c.offset = static_cast<std::size_t>(line) * 100 + static_cast<std::size_t>(column);
  c.length = 3;
  c.position = {line, column};
  return c;
}

std::vector<std::string> rules_of(const std::vector<core::Finding>& findings) {
  std::vector<std::string> out;
  for (const core::Finding& f : findings) out.push_back(f.rule + ":" + f.reference_id);
  return out;
}

}  // namespace

TEST_CASE("reference integrity: missing, unused, duplicate id and URL, no URL") {
  core::CitationIndex index;
  index.references = {ref("1", "https://a.example/x", 10), ref("2", "https://b.example/y", 11),
                      ref("2", "https://c.example/z", 12), ref("3", "HTTPS://A.example/x/", 13),
                      ref("4", "", 14)};
  index.citations = {cite("1", 2, 5), cite("2", 2, 9), cite("3", 3, 1),
                     cite("4", 3, 7), cite("9", 4, 1), cite("9", 4, 1)};
  auto findings = reference_findings(index);
  sort_findings(findings);
  CHECK(rules_of(findings) ==
        std::vector<std::string>{"missing-reference:9", "duplicate-reference:2",
                                 "duplicate-reference:3", "reference-without-url:4"});
  CHECK(findings[0].severity == core::Severity::kError);
  CHECK(findings[0].position.line == 4);
  CHECK(findings[0].message == "citation [9] names a reference the list does not have");
  CHECK(findings[2].message == "reference [3] repeats the URL of [1]");
}

TEST_CASE("URLs compare normalised: default port, host case, final slash, fragment") {
  core::CitationIndex index;
  index.references = {ref("g", "https://docs.example.org:443/guide/", 10),
                      ref("i", "HTTPS://Docs.Example.org/guide#install", 11),
                      ref("h", "http://docs.example.org:80/", 12),
                      ref("r", "http://docs.example.org", 13),
                      ref("q", "https://docs.example.org/guide?page=2", 14)};
  index.citations = {cite("g", 2, 5), cite("i", 2, 9), cite("h", 3, 1), cite("r", 3, 5),
                     cite("q", 3, 9)};
  auto findings = reference_findings(index);
  sort_findings(findings);
  CHECK(rules_of(findings) ==
        std::vector<std::string>{"duplicate-reference:i", "duplicate-reference:r"});
}

TEST_CASE("an unused reference is a warning at its entry") {
  core::CitationIndex index;
  index.references = {ref("1", "https://a.example/x", 10), ref("2", "https://b.example/y", 11)};
  index.citations = {cite("1", 2, 5)};
  const auto findings = reference_findings(index);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "unused-reference");
  CHECK(findings[0].severity == core::Severity::kWarning);
  CHECK(findings[0].position.line == 11);
  CHECK(findings[0].message == "reference [2] is listed but never cited");
}

TEST_CASE("citations with no reference list at all say so") {
  core::CitationIndex index;
  index.citations = {cite("1", 2, 5)};
  const auto findings = reference_findings(index);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "citation [1] has no reference list to point to");
}

TEST_CASE("source findings: broken is an error, walls a warning, not-checked nothing") {
  std::vector<core::ReferenceReport> refs(3);
  refs[0].reference = ref("1", "https://a.example", 10);
  refs[0].source.state = core::SourceState::kBroken;
  refs[0].source.reason = "soft-404";
  refs[0].source.detail = "the page says it could not be found";
  refs[1].reference = ref("2", "https://b.example", 11);
  refs[1].source.state = core::SourceState::kUnverifiable;
  refs[1].source.reason = "login-wall";
  refs[2].reference = ref("3", "https://c.example", 12);
  refs[2].source.state = core::SourceState::kNotChecked;
  const auto findings = source_findings(refs);
  CHECK(rules_of(findings) == std::vector<std::string>{"broken-source:1", "unverifiable-source:2"});
  CHECK(findings[0].severity == core::Severity::kError);
  CHECK(findings[1].severity == core::Severity::kWarning);
  CHECK(findings[0].message ==
        "source [1] is broken (soft-404): the page says it could not be found");
}

TEST_CASE("claim findings follow the verdict - a misquote replaces unsupported-claim") {
  std::vector<core::Claim> claims(5);
  const core::Verdict verdicts[] = {core::Verdict::kSupported, core::Verdict::kPartial,
                                    core::Verdict::kUnsupported, core::Verdict::kContradicted,
                                    core::Verdict::kUnsupported};
  for (std::size_t i = 0; i < claims.size(); ++i) {
    claims[i].id = "c" + std::to_string(i + 1);
    claims[i].verdict = verdicts[i];
    claims[i].position = {static_cast<int>(i) + 1, 1};
  }
  core::Fact quote;
  quote.kind = core::FactKind::kQuote;
  quote.text = "a bold first step";
  claims[4].facts = {quote};
  const auto findings = claim_findings(claims);
  std::vector<std::string> got;
  for (const auto& f : findings) got.push_back(f.claim_id + ":" + f.rule);
  CHECK(got == std::vector<std::string>{"c2:partially-supported-claim", "c3:unsupported-claim",
                                        "c4:contradicted-claim", "c5:misquote"});
}

TEST_CASE("a misquote gives the claim's words whole and the source's nearest sentence") {
  core::Claim claim;
  claim.id = "c1";
  claim.verdict = core::Verdict::kUnsupported;
  core::Fact quote;
  quote.kind = core::FactKind::kQuote;
  quote.text = "a bold first step toward a cleaner city, and a long overdue one for the harbour";
  quote.closest = "He called it \u201Ca sensible first step toward a cleaner city\u201D.";
  claim.facts = {quote};
  const auto findings = claim_findings({claim});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "quotation \u201Ca bold first step toward a cleaner city, and a long overdue one for the "
        "harbour\u201D is not in the cited source; it says \u201CHe called it \u201Ca sensible "
        "first step toward a cleaner city\u201D.\u201D");
}

TEST_CASE("uncited sentences are warnings saying what they state") {
  core::UncitedSentence s;
  s.position = {8, 127};
  s.why = "a percentage";
  const auto findings = uncited_findings({s});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "uncited-claim");
  CHECK(findings[0].severity == core::Severity::kWarning);
  CHECK(findings[0].message == "sentence states a percentage but cites nothing");
}

TEST_CASE("a first-party document's own account is info, unless every sentence must be cited") {
  core::UncitedSentence s;
  s.position = {4, 1};
  s.why = "a checkable fact";
  s.first_party = true;
  auto findings = uncited_findings({s});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == core::Severity::kInfo);
  CHECK(findings[0].covered);  // rule settings leave it at info
  CHECK(findings[0].message ==
        "sentence states a checkable fact but cites nothing; the document speaks as \"we\", so "
        "this may be its own account");
  findings = uncited_findings({s}, true);
  CHECK(findings[0].severity == core::Severity::kWarning);
  CHECK(findings[0].message == "sentence states a checkable fact but cites nothing");
}

TEST_CASE("a specification's rule and a term's description are info, saying why") {
  core::UncitedSentence s;
  s.position = {4, 1};
  s.why = "a figure";
  s.specification = true;
  auto findings = uncited_findings({s});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == core::Severity::kInfo);
  CHECK(findings[0].message ==
        "sentence states a figure but cites nothing; the document sets requirements (\"MUST\", "
        "\"SHOULD\"), so this may be one of its own rules");
  s.specification = false;
  s.block = core::BlockKind::kDefinition;
  findings = uncited_findings({s});
  CHECK(findings[0].severity == core::Severity::kInfo);
  CHECK(findings[0].message ==
        "sentence states a figure but cites nothing; it describes a term in a list of definitions");
  // A quotation in a description still names someone; every sentence cited means every one.
  s.why = "a quotation";
  CHECK(uncited_findings({s})[0].severity == core::Severity::kWarning);
  s.why = "a figure";
  CHECK(uncited_findings({s}, true)[0].severity == core::Severity::kWarning);
}

TEST_CASE("an uncited finding carries its sentence, on one line") {
  core::UncitedSentence s;
  s.position = {8, 127};
  s.why = "a percentage";
  s.text = "Across the country, roughly 9% of city buses\n  now run on batteries.";
  const auto findings = uncited_findings({s});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "Across the country, roughly 9% of city buses now run on batteries.");
}

TEST_CASE("every rule in DESIGN.md's table is known with its default severity") {
  CHECK(rules().size() == 16);
  for (const RuleInfo& r : rules()) {
    CAPTURE(r.id);
    const std::string id = r.id;
    const bool error = id == "missing-reference" || id == "broken-source" ||
                       id == "unsupported-claim" || id == "contradicted-claim" || id == "misquote";
    CHECK((r.severity == core::Severity::kError) == error);
  }
}

}  // namespace citecheck::verdict
