#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/extract.h"
#include "cite/plain_text.h"
#include "claims/claims.h"

namespace citecheck::claims {
namespace {

using Strings = std::vector<std::string>;

// Claims of a plain-text article, its citations read by cite/ as the pipeline does.
Claims claims_of(const std::string& text) {
  core::Document doc;
  doc.path = "article.txt";
  doc.text = text;
  return extract_claims(doc, cite::extract_plain_text(doc));
}

// Claims of a Markdown or HTML article, read through cite/'s reader for its format.
Claims formatted_claims(const std::string& text, core::Format format) {
  core::Document doc;
  doc.path = format == core::Format::kHtml ? "page.html" : "article.md";
  doc.format = format;
  doc.text = text;
  return extract_claims(doc, cite::extract_citations(doc));
}

Claims markdown_claims(const std::string& text) {
  return formatted_claims(text, core::Format::kMarkdown);
}

Strings texts(const Claims& c) {
  Strings out;
  for (const core::Claim& claim : c.claims) out.push_back(claim.text);
  return out;
}

const std::string kRefs =
    "\nReferences\n"
    "[1] https://a.example/1\n[2] https://a.example/2\n[3] https://a.example/3\n"
    "[4] https://a.example/4\n[5] https://a.example/5\n";

}  // namespace

TEST_CASE("a cited sentence becomes a claim with its citation ids in order") {
  const Claims c = claims_of(
      "Intro line.\nSales grew 31% in 2025 [4][1] and again [4]. Nothing else.\n" + kRefs);
  REQUIRE(c.claims.size() == 1);
  const core::Claim& claim = c.claims[0];
  CHECK(claim.id == "c1");
  CHECK(claim.text == "Sales grew 31% in 2025 [4][1] and again [4].");
  CHECK(claim.citations == Strings{"4", "1"});
  CHECK(claim.position.line == 2);
  CHECK(claim.position.column == 1);
  CHECK(claim.offset == 12);
  CHECK(claim.length == claim.text.size());
  REQUIRE(claim.facts.size() == 2);  // the markers' digits are not facts
  CHECK(claim.facts[0].kind == core::FactKind::kPercent);
  CHECK(claim.facts[0].text == "31%");
  CHECK(claim.facts[1].kind == core::FactKind::kYear);
  CHECK(c.uncited.empty());
}

TEST_CASE("a range marker cites every reference in it") {
  const Claims c = claims_of("Costs fell [1-3].\n" + kRefs);
  REQUIRE(c.claims.size() == 1);
  CHECK(c.claims[0].citations == Strings{"1", "2", "3"});
}

TEST_CASE("a marker after the period belongs to the sentence before it") {
  SUBCASE("at the end of the line") {
    const Claims c = claims_of("The economy grew. [4]\n" + kRefs);
    REQUIRE(c.claims.size() == 1);
    CHECK(c.claims[0].text == "The economy grew. [4]");
    CHECK(c.claims[0].citations == Strings{"4"});
  }
  SUBCASE("with another sentence after it") {
    const Claims c = claims_of("The economy grew. [4] Prices rose [5].\n" + kRefs);
    CHECK(texts(c) == Strings{"The economy grew. [4]", "Prices rose [5]."});
    REQUIRE(c.claims.size() == 2);
    CHECK(c.claims[0].citations == Strings{"4"});
    CHECK(c.claims[1].citations == Strings{"5"});
    CHECK(c.claims[1].position.column == 23);
  }
  SUBCASE("at the start of the next line") {
    const Claims c = claims_of("The economy grew.\n[4] Prices rose [5].\n" + kRefs);
    REQUIRE(c.claims.size() == 2);
    CHECK(c.claims[0].citations == Strings{"4"});
    CHECK(c.claims[1].text == "Prices rose [5].");
    CHECK(c.claims[1].citations == Strings{"5"});
    CHECK(c.claims[1].position.line == 2);
    CHECK(c.claims[1].position.column == 5);
  }
  SUBCASE("but not across a blank line") {
    const Claims c = claims_of("The economy grew.\n\n[4] Prices rose.\n" + kRefs);
    CHECK(texts(c) == Strings{"[4] Prices rose."});
  }
}

TEST_CASE("uncited sentences that state something check-worthy are listed with why") {
  const Claims c = claims_of(
      "Nearly 40% of firms use AI. Firms like it. It cost $5m in total. One in three agreed.\n"
      "A survey found that workers are happy. There were 500 applicants. There were 5 cats.\n"
      "It rained in 2025. He called it \"a very big deal\" later.\n");
  CHECK(c.claims.empty());
  REQUIRE(c.uncited.size() == 7);
  CHECK(c.uncited[0].text == "Nearly 40% of firms use AI.");
  CHECK(c.uncited[0].why == "a percentage");
  CHECK(c.uncited[0].position.line == 1);
  CHECK(c.uncited[0].position.column == 1);
  CHECK(c.uncited[1].why == "an amount of money");
  CHECK(c.uncited[1].position.column == 44);
  CHECK(c.uncited[2].why == "a proportion");
  CHECK(c.uncited[3].why == "an attribution");
  CHECK(c.uncited[3].position.line == 2);
  CHECK(c.uncited[4].why == "a figure");
  CHECK(c.uncited[5].why == "a date");  // what happened, and when: a source can back it
  CHECK(c.uncited[5].text == "It rained in 2025.");
  CHECK(c.uncited[6].why == "a quotation");
  CHECK(c.uncited[6].text == "He called it \"a very big deal\" later.");
}

TEST_CASE("lead-ins, first-party accounts, advice and mentioned words are not uncited claims") {
  const Claims c = claims_of(
      "The two ports that closed in 1962 were:\n\n"
      "We moved the archive to a new server last spring.\n\n"
      "You should keep a second copy of the archive offline.\n\n"
      "The error \"disk quota exceeded\" appears when the archive is full.\n\n"
      "We found that 12% of the archive's files had no owner.\n\n"
      "The harbour board said the ports were \"no longer viable\" in 1962.\n");
  CHECK(c.claims.empty());
  REQUIRE(c.uncited.size() == 2);
  CHECK(c.uncited[0].why == "a percentage");
  CHECK(c.uncited[0].position.line == 9);
  CHECK(c.uncited[1].why == "a quotation");
}

TEST_CASE("a document that speaks as \"we\" gives its plain statements of fact as its own") {
  // One terminated sentence in ten or more in the first person plural, outside quotation marks.
  const std::string first_party =
      "We moved the archive in the spring. The old server was retired in March 2021.\n\n"
      "Our nightly copies run at two. Copies are kept for ninety days.\n\n"
      "About 12% of the files had no owner.\n";
  Claims c = claims_of(first_party);
  REQUIRE(c.uncited.size() == 3);
  CHECK(c.uncited[0].why == "a date");
  CHECK(c.uncited[0].first_party);
  // Figures and statistics need their sources in any voice.
  CHECK(c.uncited[1].why == "a figure");
  CHECK_FALSE(c.uncited[1].first_party);
  CHECK(c.uncited[2].why == "a percentage");
  CHECK_FALSE(c.uncited[2].first_party);
  // The same statements in a third-person article, and a quoted "we", are no one's own account.
  const std::string third_party =
      "The archive moved in the spring. The old server was retired in March 2021.\n\n"
      "The director said, \"We kept every copy.\" Copies are kept for ninety days.\n\n"
      "The US office keeps a second set.\n";
  c = claims_of(third_party);
  REQUIRE_FALSE(c.uncited.empty());
  for (const core::UncitedSentence& u : c.uncited) CHECK_FALSE(u.first_party);
  // A speaker who says "I" as often as "we" argues in person; their "we" is not a team's voice.
  const std::string speaker =
      "I moved the archive in the spring. The old server was retired in March 2021.\n\n"
      "We keep copies. Copies are kept for ninety days.\n";
  c = claims_of(speaker);
  REQUIRE_FALSE(c.uncited.empty());
  for (const core::UncitedSentence& u : c.uncited) CHECK_FALSE(u.first_party);
}

TEST_CASE("inline code is a sample: its figures and words make no uncited claim") {
  for (const auto& [format, text] :
       {std::pair{core::Format::kMarkdown,
                  std::string("# Shell\n\nThe command `echo 50% done` is skipped here.\n\n"
                              "Builds with `--fast` ran 40% quicker last year.\n")},
        std::pair{core::Format::kHtml,
                  std::string("<h1>Shell</h1><p>The command <code>echo 50% done</code> is "
                              "skipped here.</p><p>Type <code>seq <var>1 in 3</var> 90%</code> "
                              "to see it.</p><p>Builds with <kbd>--fast</kbd> ran 40% quicker "
                              "last year.</p>")}}) {
    const auto& the_text = text;  // doctest captures variables, not bindings
    CAPTURE(the_text);
    core::Document doc;
    doc.path = format == core::Format::kHtml ? "article.html" : "article.md";
    doc.format = format;
    doc.text = text;
    const Claims c = extract_claims(doc, cite::extract_citations(doc));
    REQUIRE(c.uncited.size() == 1);  // the second sentence's 40% is the writer's own figure
    CHECK(c.uncited[0].text.find("40%") != std::string::npos);
    CHECK(c.uncited[0].why == "a percentage");
  }
}

TEST_CASE("a heading line is never a claim nor an uncited sentence") {
  const Claims c = claims_of(
      "Why 40% of Firms Use AI\n"
      "Firms use AI widely [1].\n"
      "\n"
      "The Role of AI in 2025\n"
      "Most firms hired [2].\n" +
      kRefs);
  CHECK(texts(c) == Strings{"Firms use AI widely [1].", "Most firms hired [2]."});
  CHECK(c.uncited.empty());
}

TEST_CASE("hard-wrapped lines without final punctuation join into one sentence") {
  const std::string text =
      "The integration of AI in the job market is also a significant\n"
      "factor, as 31% of job seekers now use\n"
      "AI to search [4]. Others do not.\n" +
      kRefs;
  const Claims c = claims_of(text);
  REQUIRE(c.claims.size() == 1);
  CHECK(c.claims[0].text ==
        "The integration of AI in the job market is also a significant\n"
        "factor, as 31% of job seekers now use\nAI to search [4].");
  CHECK(c.claims[0].position.line == 1);
  CHECK(c.claims[0].citations == Strings{"4"});
  CHECK(c.uncited.empty());

  const Claims short_first = claims_of("Sales of chips grew\nby 31% after the ban [2].\n" + kRefs);
  CHECK(texts(short_first) == Strings{"Sales of chips grew\nby 31% after the ban [2]."});
}

TEST_CASE("claim ids count cited sentences only, in document order") {
  const Claims c = claims_of(
      "First [1]. Plain words here. Second [2].\n"
      "About 40% is uncited. Third [3].\n" +
      kRefs);
  REQUIRE(c.claims.size() == 3);
  CHECK(c.claims[0].id == "c1");
  CHECK(c.claims[1].id == "c2");
  CHECK(c.claims[1].text == "Second [2].");
  CHECK(c.claims[2].id == "c3");
  CHECK(c.claims[2].text == "Third [3].");
  CHECK(c.claims[2].position.line == 2);
  CHECK(c.claims[2].position.column == 23);
  REQUIRE(c.uncited.size() == 1);
  CHECK(c.uncited[0].text == "About 40% is uncited.");
}

TEST_CASE("claim columns count code points, not bytes") {
  const std::string text = "Caf\xC3\xA9 prices rose \xE2\x80\x94 a lot. Tea fell [1].\n" + kRefs;
  const Claims c = claims_of(text);
  REQUIRE(c.claims.size() == 1);
  CHECK(c.claims[0].offset == 29);
  CHECK(c.claims[0].position.line == 1);
  CHECK(c.claims[0].position.column == 27);  // 26 code points before it, 29 bytes
}

TEST_CASE("the reference list and its markers are not claims") {
  const Claims c =
      claims_of("Body text [1].\n\nReferences\n[1] https://a.example/1 says 40% [2]\n");
  CHECK(texts(c) == Strings{"Body text [1]."});
  CHECK(c.uncited.empty());
}

TEST_CASE("an empty or marker-free article has no claims") {
  CHECK(claims_of("").claims.empty());
  CHECK(claims_of("").uncited.empty());
  const Claims c = claims_of("Just a short note.\n\n\n");
  CHECK(c.claims.empty());
  CHECK(c.uncited.empty());
}

}  // namespace citecheck::claims

namespace citecheck::claims {

TEST_CASE("a claim opening with a word that points back carries the sentence before as context") {
  const Claims c = claims_of(
      "Cargo through the harbour is recovering [1]. It rose 10% in March [2].\n\n"
      "This figure is new [3].\n" +
      kRefs);
  REQUIRE(c.claims.size() == 3);
  CHECK(c.claims[0].context.empty());
  CHECK(c.claims[1].context.find("Cargo through the harbour is recovering") == 0);
  CHECK(c.claims[1].context.find("[1]") == std::string::npos);  // markers blanked
  CHECK(c.claims[2].context.empty());  // a new paragraph points back to nothing
}

TEST_CASE(
    "a claim carries the heading it stands under as context, before the sentence it points to") {
  const Claims c = claims_of(
      "Port report\n\nCargo through the harbour is recovering [1]. It rose 10% in March [2].\n\n"
      "Rail freight\n\nVolumes fell [3].\n" +
      kRefs);
  REQUIRE(c.claims.size() == 3);
  CHECK(c.claims[0].context == "Port report");
  CHECK(c.claims[1].context.find("Port report\nCargo through the harbour is recovering") == 0);
  CHECK(c.claims[2].context == "Rail freight");
}

TEST_CASE("a Markdown sentence that opens with a link, emphasis or code starts at its first mark") {
  const Claims c = markdown_claims(
      "[Harbour Board][] set the new tolls [1].\n"
      "Tolls went up. [Harbour Board] kept the old rates for ferries [1].\n"
      "[The ferry office](https://ferry.example/tolls) agreed with them [1].\n"
      "*Commuters* were not asked [1].\n"
      "**[Harbour Board][]** met twice [1].\n"
      "`README.md` lists every rate [1].\n\n"
      "- _Most_ lorries pay double [1].\n\n"
      "> [Harbour Board][] wrote to us [1].\n\n"
      "<https://ferry.example/notice> says why [1]. ~~Nine~~ Ten boats run [1].\n\n"
      "[1]: https://port.example/1\n"
      "[harbour board]: https://board.example/\n");
  REQUIRE(c.claims.size() == 10);
  const std::vector<std::pair<int, int>> expected = {{1, 1}, {2, 16}, {3, 1},  {4, 1},  {5, 1},
                                                     {6, 1}, {8, 3},  {10, 3}, {12, 1}, {12, 46}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(c.claims[i].text);
    CHECK(c.claims[i].position.line == expected[i].first);
    CHECK(c.claims[i].position.column == expected[i].second);
  }
}

}  // namespace citecheck::claims

namespace citecheck::claims {

TEST_CASE("a list item's continuation line that opens with a link starts at the link") {
  const Claims c = markdown_claims(
      "- The ferry ran all winter [1].\n"
      "  [The harbour report][r] says fares covered most costs [1].\n"
      "> Tolls rose.\n"
      "> [The board][r] agreed [1].\n\n"
      "[1]: https://port.example/1\n"
      "[r]: https://port.example/report\n");
  REQUIRE(c.claims.size() == 3);
  CHECK(c.claims[1].position.line == 2);
  CHECK(c.claims[1].position.column == 3);
  CHECK(c.claims[2].position.line == 4);
  CHECK(c.claims[2].position.column == 3);
}

}  // namespace citecheck::claims

namespace citecheck::claims {

TEST_CASE("a specification's statements are its own rules - its quotations still need sources") {
  const std::string spec =
      "The service stores documents in folders. A client MUST send its token in a header.\n\n"
      "Folders exist as soon as a document is stored in them. A server SHOULD answer within a "
      "second.\n\n"
      "An empty folder MAY be listed. The server rejected 412 requests in the first trial.\n\n"
      "The chair said, \"We will publish the second draft in March.\"\n";
  Claims c = claims_of(spec);
  REQUIRE_FALSE(c.uncited.empty());
  bool quotation = false;
  for (const core::UncitedSentence& u : c.uncited) {
    CAPTURE(u.text);
    if (u.why == "a quotation") {
      quotation = true;
      CHECK_FALSE(u.specification);
    } else {
      CHECK(u.specification);
    }
  }
  CHECK(quotation);
  // The same text in lower case is no specification.
  std::string plain = spec;
  for (const char* word : {"MUST", "SHOULD", "MAY"}) {
    const std::size_t at = plain.find(word);
    for (std::size_t i = at; i < at + std::string(word).size(); ++i) plain[i] += 'a' - 'A';
  }
  c = claims_of(plain);
  REQUIRE_FALSE(c.uncited.empty());
  for (const core::UncitedSentence& u : c.uncited) CHECK_FALSE(u.specification);
}

TEST_CASE("HTML: a term's description is a definition - a caption's label is no claim") {
  const Claims c = formatted_claims(
      "<html><body><article>"
      "<dl><dt>Load</dt><dd><p>The share of a pump's capacity in use, which rose to 80% of "
      "the rated figure in older models.</p></dd></dl>"
      "<dl><dd>The aqueduct was finished in 1871 after the floods of 1868.</dd></dl>"
      "<figure><img src=\"map.png\"><figcaption>Detail from a 1657 map of the western "
      "coast.</figcaption></figure>"
      "<figure><img src=\"sheep.png\"><figcaption>Wool exports fell by half between 1966 and 1990."
      "</figcaption></figure>"
      "</article></body></html>",
      core::Format::kHtml);
  std::vector<std::pair<std::string, core::BlockKind>> seen;
  for (const core::UncitedSentence& u : c.uncited) seen.emplace_back(u.text, u.block);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].second == core::BlockKind::kDefinition);
  // A <dd> with no term before it indents (MediaWiki writes ":" so); it defines nothing.
  CHECK(seen[1].first.starts_with("The aqueduct"));
  CHECK(seen[1].second == core::BlockKind::kText);
  // The map's label is dropped; a caption that is a sentence is read as one.
  CHECK(seen[2].first.starts_with("Wool"));
}

}  // namespace citecheck::claims
