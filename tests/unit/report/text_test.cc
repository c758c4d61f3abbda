#include <doctest/doctest.h>

#include <string>

#include "report/json.h"
#include "report/text.h"
#include "sample_report.h"

namespace citecheck::report {
namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("render_text prints findings, claims, verdicts and evidence in position order") {
  CHECK(render_text(testing::sample_report(), {}) ==
        "drafts/buses.md:2:5: supported: claim backed by [1]\n"
        "    claim: Ridership rose 31% [1].\n"
        "    verdict: supported (support 0.87)\n"
        "    evidence [1]: \xE2\x80\x9CRidership rose 31% in 2025.\xE2\x80\x9D\n"
        "drafts/buses.md:3:1: error: claim not backed by its source [unsupported-claim]\n"
        "    claim: Costs fell by half [1].\n"
        "    verdict: unsupported (support 0.10): the source does not mention costs\n"
        "drafts/buses.md:11:1: warning: reference [2] is never cited [unused-reference]\n"
        "drafts/buses.md: sources:\n"
        "    [1] \xE2\x80\x9C"
        "Electric buses\xE2\x80\x9D\n"
        "1 document, 2 claims: 1 supported, 1 unsupported; 1 error, 1 warning, 0 info\n");
}

TEST_CASE("render_text in quiet mode prints findings only") {
  TextStyle quiet;
  quiet.quiet = true;
  CHECK(render_text(testing::sample_report(), quiet) ==
        "drafts/buses.md:3:1: error: claim not backed by its source [unsupported-claim]\n"
        "drafts/buses.md:11:1: warning: reference [2] is never cited [unused-reference]\n"
        "1 document, 2 claims: 1 supported, 1 unsupported; 1 error, 1 warning, 0 info\n");
}

TEST_CASE("render_text in verbose mode lists every reference's source") {
  TextStyle verbose;
  verbose.verbose = true;
  const std::string out = render_text(testing::sample_report(), verbose);
  CHECK(has(
      out,
      "drafts/buses.md:10:1: source [1] https://news.example.com/buses: ok (ok, from sources)\n"));
  CHECK(has(
      out, "drafts/buses.md:11:1: source [2] https://elsewhere.example/: not-checked (offline)\n"));
  CHECK_FALSE(has(render_text(testing::sample_report(), {}), "source [1]"));
}

TEST_CASE("render_text uses colour only when asked") {
  const std::string plain = render_text(testing::sample_report(), {});
  CHECK_FALSE(has(plain, "\x1b["));

  TextStyle colour;
  colour.color = true;
  const std::string painted = render_text(testing::sample_report(), colour);
  CHECK(has(painted, "\x1b["));
  CHECK(has(painted, "error:"));
  CHECK(has(painted, "[unsupported-claim]"));
  // The closing summary is the same either way, for scripts that read the last line.
  CHECK(has(painted,
            "\n1 document, 2 claims: 1 supported, 1 unsupported; 1 error, 1 warning, 0 info\n"));
}

TEST_CASE("render_text shows a claim once, under its first finding") {
  core::Report report = testing::sample_report();
  core::Finding misquote;
  misquote.rule = "misquote";
  misquote.severity = core::Severity::kError;
  misquote.position = {3, 1};
  misquote.message = "quotation is not in the cited source";
  misquote.claim_id = "c2";
  report.documents[0].findings.insert(report.documents[0].findings.begin(), misquote);
  const std::string out = render_text(report, {});
  const std::size_t first = out.find("    claim: Costs fell by half [1].\n");
  REQUIRE(first != std::string::npos);
  CHECK(out.find("    claim: Costs fell by half [1].\n", first + 1) == std::string::npos);
  CHECK(out.find("[misquote]\n    claim: Costs fell by half") != std::string::npos);
  CHECK(has(out, "; 2 errors, 1 warning, 0 info\n"));
}

TEST_CASE("render_text gives a claim without findings its verdict line") {
  core::Report report;
  core::DocumentReport d;
  d.path = "a.txt";
  core::Claim c;
  c.id = "c1";
  c.position = {4, 2};
  c.text = "Ridership doubled [3].";
  c.citations = {"3"};
  c.verdict = core::Verdict::kUnverifiable;
  c.explanation = "source [3] could not be read";
  d.claims = {c};
  d.notices = {"footnote citations ([^1]) are not supported yet"};
  report.documents.push_back(d);
  CHECK(render_text(report, {}) ==
        "a.txt:4:2: unverifiable: claim not checked: source [3] could not be read\n"
        "    claim: Ridership doubled [3].\n"
        "    verdict: unverifiable (support 0.00): source [3] could not be read\n"
        "a.txt: note: footnote citations ([^1]) are not supported yet\n"
        "1 document, 1 claim: 1 unverifiable; 0 errors, 0 warnings, 0 info\n");
}

TEST_CASE("render_text clips long evidence at a character boundary") {
  core::Report report = testing::sample_report();
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "\xC3\xA9";  // 400 bytes of 'é'
  report.documents[0].claims[0].evidence[0].text = long_text;
  const std::string out = render_text(report, {});
  std::string clipped;
  for (int i = 0; i < 160; ++i) clipped += "\xC3\xA9";  // 320 bytes
  CHECK(has(out, "evidence [1]: \xE2\x80\x9C" + clipped + "\xE2\x80\xA6\xE2\x80\x9D\n"));
}

TEST_CASE("render_text lists each source's title and publication date once, after the findings") {
  core::Report report = testing::sample_report();
  core::DocumentReport& d = report.documents[0];
  d.references[0].source.published = "2026-01-14";
  d.references[1].source.published = "2025-03-04";  // a date and no title
  core::ReferenceReport untitled = d.references[1];
  untitled.reference.id = "3";
  untitled.source.published.clear();
  d.references.push_back(untitled);
  const std::string out = render_text(report, {});
  CHECK(has(out,
            "[unused-reference]\n"
            "drafts/buses.md: sources:\n"
            "    [1] \xE2\x80\x9C"
            "Electric buses\xE2\x80\x9D, published 2026-01-14\n"
            "    [2] published 2025-03-04\n"
            "1 document, 2 claims"));
  // A page with neither says nothing: no line for [3].
  CHECK_FALSE(has(out, "    [3]"));
  // The findings' first lines are what they were, for the editors and CI that parse them.
  CHECK(has(out,
            "\ndrafts/buses.md:3:1: error: claim not backed by its source [unsupported-claim]\n"));
}

TEST_CASE("render_text prints no sources list when no page gave a title or a date") {
  core::Report report = testing::sample_report();
  report.documents[0].references[0].source.title.clear();
  const std::string out = render_text(report, {});
  CHECK_FALSE(has(out, "sources:"));
  CHECK(has(out, "[unused-reference]\n1 document, 2 claims"));
}

TEST_CASE("render_text leaves the sources list out in quiet mode") {
  TextStyle quiet;
  quiet.quiet = true;
  CHECK_FALSE(has(render_text(testing::sample_report(), quiet), "sources:"));
}

TEST_CASE("render_text cuts a long title at 80 code points, the last an ellipsis") {
  core::Report report = testing::sample_report();
  std::string title;
  for (int i = 0; i < 100; ++i) title += "\xC3\xA9";  // 100 code points of 'é'
  report.documents[0].references[0].source.title = title;
  std::string shown;
  for (int i = 0; i < 79; ++i) shown += "\xC3\xA9";
  CHECK(
      has(render_text(report, {}), "    [1] \xE2\x80\x9C" + shown + "\xE2\x80\xA6\xE2\x80\x9D\n"));

  // Exactly 80 is shown whole.
  report.documents[0].references[0].source.title = title.substr(0, 160);
  CHECK(has(render_text(report, {}),
            "    [1] \xE2\x80\x9C" + title.substr(0, 160) + "\xE2\x80\x9D\n"));
}

TEST_CASE("render_text keeps a page title on one line and free of terminal escapes") {
  core::Report report = testing::sample_report();
  report.documents[0].references[0].source.title =
      "Buses\n\x1b[31mred\x1b[0m\xC2\x9B"
      "2J end";
  const std::string out = render_text(report, {});
  CHECK(has(out,
            "    [1] \xE2\x80\x9C"
            "Buses  [31mred [0m 2J end\xE2\x80\x9D\n"));
  CHECK_FALSE(has(out, "\x1b"));
}

TEST_CASE("render_text prints claims, evidence and messages on their lines, free of escapes") {
  core::Report report = testing::sample_report();
  core::Claim& c = report.documents[0].claims[0];
  c.text = "Ridership rose\n\x1b[2Jsharply [1].";
  c.explanation = "[1] says nothing of \x1b]0;title\x07sharply";
  if (!c.evidence.empty()) c.evidence[0].text = "Ridership \x1b[31mrose\x1b[0m.";
  report.documents[0].findings[0].message = "claim \x1b[1mnot\x1b[0m backed";
  const std::string out = render_text(report, {});
  CHECK(has(out, "    claim: Ridership rose  [2Jsharply [1].\n"));
  CHECK(has(out, "claim  [1mnot [0m backed"));
  CHECK_FALSE(has(out, "\x1b"));
  CHECK_FALSE(has(out, "\x07"));
}

TEST_CASE("render_text survives a finding that names an unknown claim") {
  core::Report report = testing::sample_report();
  report.documents[0].findings[1].claim_id = "c99";
  std::string out;
  CHECK_NOTHROW(out = render_text(report, {}));
  CHECK(
      has(out, "drafts/buses.md:11:1: warning: reference [2] is never cited [unused-reference]\n"));
}

TEST_CASE("render_text of nothing prints only the summary line") {
  CHECK(render_text({}, {}) == "0 documents, 0 claims; 0 errors, 0 warnings, 0 info\n");
  core::Report two;
  two.documents.resize(2);
  two.documents[0].path = "a.txt";
  two.documents[1].path = "b.txt";
  CHECK(render_text(two, {}) == "2 documents, 0 claims; 0 errors, 0 warnings, 0 info\n");
}

}  // namespace citecheck::report

namespace citecheck::report {

TEST_CASE("render_text and render_json give an uncited finding's sentence") {
  core::Report report = testing::sample_report();
  core::Finding f;
  f.rule = "uncited-claim";
  f.severity = core::Severity::kWarning;
  f.position = {12, 1};
  f.message = "sentence states a percentage but cites nothing";
  f.text = "Roughly 9% of city buses now run on batteries.";
  report.documents[0].findings.push_back(f);
  const std::string text = render_text(report, {});
  CHECK(text.find("drafts/buses.md:12:1: warning: sentence states a percentage but cites nothing "
                  "[uncited-claim]\n    sentence: Roughly 9% of city buses now run on "
                  "batteries.\n") != std::string::npos);
  TextStyle quiet;
  quiet.quiet = true;
  CHECK(render_text(report, quiet).find("sentence:") == std::string::npos);
  const std::string json = render_json(report);
  CHECK(json.find("\"text\": \"Roughly 9% of city buses now run on batteries.\"") !=
        std::string::npos);
}

}  // namespace citecheck::report
