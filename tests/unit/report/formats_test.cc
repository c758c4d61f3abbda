// The CI formats (SARIF, GitHub, rdjsonl, JUnit, Markdown) on hand-built reports: what a CI
// service or a reviewer would see, including the edge cases goldens do not reach.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "report/github.h"
#include "report/junit.h"
#include "report/markdown.h"
#include "report/rdjsonl.h"
#include "report/regions.h"
#include "report/rule_docs.h"
#include "report/sarif.h"
#include "sample_report.h"
#include "verdict/findings.h"

namespace citecheck::report {
namespace {

using Json = nlohmann::ordered_json;

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// `n` findings of `severity` in one document, on lines 1..n.
core::Report many_findings(int n, core::Severity severity) {
  core::DocumentReport d;
  d.path = "docs/post.md";
  for (int i = 1; i <= n; ++i) {
    core::Finding f;
    f.rule = "missing-reference";
    f.severity = severity;
    f.position = {i, 3, 3};
    f.message = "citation [" + std::to_string(i) + "] names a reference the list does not have";
    d.findings.push_back(f);
  }
  core::Report r;
  r.documents.push_back(d);
  return r;
}

}  // namespace

TEST_CASE("the rule texts cover exactly the verdict stage's rules, with the same severities") {
  REQUIRE(rule_docs().size() == verdict::rules().size());
  for (std::size_t i = 0; i < rule_docs().size(); ++i) {
    CAPTURE(i);
    CHECK(std::string(rule_docs()[i].id) == verdict::rules()[i].id);
    CHECK(rule_docs()[i].severity == verdict::rules()[i].severity);
    CHECK(std::string(rule_docs()[i].name) != rule_docs()[i].id);
  }
  CHECK(find_rule_doc("misquote") != nullptr);
  CHECK(find_rule_doc("no-such-rule") == nullptr);
}

TEST_CASE("sarif: version, driver, rules and a result per finding with its region") {
  const Json j = Json::parse(render_sarif(testing::sample_report()));
  CHECK(j["version"] == "2.1.0");
  const Json& run = j["runs"].at(0);
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "citecheck");
  CHECK(driver["informationUri"].get<std::string>().rfind("https://", 0) == 0);
  CHECK(driver["rules"].size() == rule_docs().size());
  for (const Json& rule : driver["rules"]) {
    CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
  }
  REQUIRE(run["results"].size() == 2);
  const Json& unsupported = run["results"][0];
  CHECK(unsupported["ruleId"] == "unsupported-claim");
  CHECK(driver["rules"][unsupported["ruleIndex"].get<int>()]["id"] == "unsupported-claim");
  CHECK(unsupported["level"] == "error");
  CHECK(unsupported["message"]["text"] == "claim not backed by its source.");
  const Json& location = unsupported["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "drafts/buses.md");
  // The claim "Costs fell by half [1]." at 3:1 spans 23 code points.
  CHECK(location["region"] ==
        Json({{"startLine", 3}, {"startColumn", 1}, {"endLine", 3}, {"endColumn", 24}}));
  CHECK(unsupported["properties"] == Json({{"claim", "c2"}, {"reference", "1"}}));
  CHECK(run["results"][1]["level"] == "warning");
}

TEST_CASE("sarif: info is a note, and paths become URIs") {
  core::Report report = testing::sample_report();
  report.documents[0].findings[1].severity = core::Severity::kInfo;
  report.documents[0].path = "my drafts/#1 post.md";
  const Json j = Json::parse(render_sarif(report));
  CHECK(j["runs"][0]["results"][1]["level"] == "note");
  CHECK(j["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "my%20drafts/%231%20post.md");
  CHECK(artifact_uri("/srv/a b.md") == "file:///srv/a%20b.md");
  CHECK(artifact_uri("caf\xC3\xA9.md") == "caf%C3%A9.md");
}

TEST_CASE("regions: a claim's span crosses lines and counts code points - a marker spans itself") {
  core::DocumentReport d;
  core::Claim c;
  c.id = "c1";
  c.offset = 100;
  c.position = {4, 10, 12};
  c.text =
      "Z\xC3\xB6"
      "e said\nit rose [12].";
  d.claims.push_back(c);
  core::Finding on_claim;
  on_claim.claim_id = "c1";
  on_claim.position = c.position;
  const Region r = finding_region(d, on_claim);
  REQUIRE(r.end);
  CHECK(r.end->line == 5);
  CHECK(r.end->column == 14);  // "it rose [12]." is 13 code points
  core::Finding marker;
  marker.offset = 100 + c.text.find('[');
  marker.position = {5, 9, 9};
  const Region m = finding_region(d, marker);
  REQUIRE(m.end);
  CHECK(m.end->line == 5);
  CHECK(m.end->column == 13);
  core::Finding elsewhere;
  elsewhere.offset = 5;
  elsewhere.position = {1, 1, 1};
  CHECK_FALSE(finding_region(d, elsewhere).end);
  // Byte columns advance by bytes: "Zö" is 3 bytes, 2 code points.
  const core::Position after = advance({1, 1, 1}, "Z\xC3\xB6");
  CHECK(after.column == 3);
  CHECK(after.byte_column == 4);
}

TEST_CASE("regions: a finding that carries its end spans up to it, whatever claim is near") {
  core::DocumentReport d;
  core::Claim c;
  c.id = "c1";
  c.text = "[3] is cited here.";
  d.claims.push_back(c);
  // A reference entry's finding whose document offset happens to fall on the claim's '['.
  core::Finding entry;
  entry.rule = "unused-reference";
  entry.offset = 0;
  entry.position = {9, 1, 1};
  entry.end = core::Position{9, 31, 33};
  const Region r = finding_region(d, entry);
  CHECK(r.start.line == 9);
  REQUIRE(r.end);
  CHECK(r.end->line == 9);
  CHECK(r.end->column == 31);
  CHECK(r.end->byte_column == 33);
}

TEST_CASE("github: one workflow command per finding, escaped as the runner requires") {
  core::Report report = testing::sample_report();
  report.documents[0].path = "a,b:c.md";
  report.documents[0].findings[0].message = "100% wrong\nsecond line";
  const std::string out = render_github(report);
  CHECK(out.find("::error file=a%2Cb%3Ac.md,line=3,col=1,endColumn=24,title=unsupported-claim::"
                 "100%25 wrong%0Asecond line\n") != std::string::npos);
  CHECK(out.find("::warning file=a%2Cb%3Ac.md,line=11,col=1,title=unused-reference::reference [2] "
                 "is never cited\n") != std::string::npos);
  CHECK(out.find("more finding") == std::string::npos);
}

TEST_CASE(
    "github: past 10 annotations a level, one notice counts the rest, which stay in the log") {
  const std::string out = render_github(many_findings(13, core::Severity::kError));
  CHECK(count(out, "::error ") == kGithubAnnotationsPerLevel);
  CHECK(count(out, "::notice ") == 1);
  CHECK(out.find("::notice title=citecheck::3 more findings are not shown as annotations") !=
        std::string::npos);
  CHECK(out.find("docs/post.md:13:3: error: citation [13] names") != std::string::npos);
  CHECK(out.find("docs/post.md:10:3: error:") == std::string::npos);  // annotated, not repeated
  // Notices themselves leave room for that notice.
  const std::string infos = render_github(many_findings(12, core::Severity::kInfo));
  CHECK(count(infos, "::notice ") == kGithubAnnotationsPerLevel);
  CHECK(infos.find("3 more findings") != std::string::npos);
  CHECK(count(render_github(many_findings(10, core::Severity::kError)), "::notice") == 0);
}

TEST_CASE("rdjsonl: one diagnostic per line, columns in UTF-8 bytes") {
  core::Report report = testing::sample_report();
  report.documents[0].claims[1].position = {3, 4, 6};  // two 2-byte characters before it
  report.documents[0].findings[0].position = {3, 4, 6};
  const std::string out = render_rdjsonl(report);
  REQUIRE(count(out, "\n") == 2);
  const Json first = Json::parse(out.substr(0, out.find('\n')));
  CHECK(first["message"] == "claim not backed by its source");
  CHECK(first["severity"] == "ERROR");
  CHECK(first["code"]["value"] == "unsupported-claim");
  CHECK(first["location"]["path"] == "drafts/buses.md");
  CHECK(first["location"]["range"]["start"] == Json({{"line", 3}, {"column", 6}}));
  CHECK(first["location"]["range"]["end"] == Json({{"line", 3}, {"column", 29}}));
  const Json second = Json::parse(out.substr(out.find('\n') + 1));
  CHECK(second["severity"] == "WARNING");
  CHECK_FALSE(second["location"]["range"].contains("end"));
  CHECK(render_rdjsonl({}).empty());
}

TEST_CASE("junit: a case per claim and reference - failures, skips and counts agree") {
  core::Report report = testing::sample_report();
  report.documents[0].claims[1].text = "Costs <fell> & \"rose\" [1].";
  const std::string out = render_junit(report);
  CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 0) == 0);
  // c1 passes, c2 fails (unsupported), [1] passes, [2] fails (unused) and was not checked.
  CHECK(out.find("<testsuites name=\"citecheck\" tests=\"4\" failures=\"2\" errors=\"0\" "
                 "skipped=\"0\">") != std::string::npos);
  CHECK(out.find("name=\"c2 Costs &lt;fell&gt; &amp; &quot;rose&quot; [1].\"") !=
        std::string::npos);
  CHECK(out.find("<failure type=\"unsupported-claim\" message=\"claim not backed by its "
                 "source\">drafts/buses.md:3:1: error:") != std::string::npos);
  CHECK(out.find("<failure type=\"unused-reference\"") != std::string::npos);
  CHECK(count(out, "<testcase ") == 4);
  CHECK(count(out, "</testcase>") == 4);
}

TEST_CASE("junit: unverifiable claims are skipped - findings of no claim or reference get a case") {
  core::Report report = testing::sample_report();
  report.documents[0].findings.pop_back();
  report.documents[0].claims[0].verdict = core::Verdict::kUnverifiable;
  report.documents[0].claims[0].explanation = "no cited source could be read ([1])";
  core::Finding uncited;
  uncited.rule = "uncited-claim";
  uncited.severity = core::Severity::kWarning;
  uncited.position = {7, 2};
  uncited.message = "sentence states a percentage but cites nothing";
  report.documents[0].findings.push_back(uncited);
  report.documents[0].references[0].reference.title = "Bad \xFF byte\x01";
  const std::string out = render_junit(report);
  CHECK(out.find("<skipped message=\"not checked: no cited source could be read ([1])\"/>") !=
        std::string::npos);
  CHECK(out.find("name=\"uncited-claim at 7:2\"") != std::string::npos);
  CHECK(out.find("tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"2\"") != std::string::npos);
}

TEST_CASE("markdown: counts, a findings table and the claims folded away") {
  const std::string out = render_markdown(testing::sample_report());
  CHECK(out.rfind("### citecheck: 1 error, 1 warning, 0 info\n", 0) == 0);
  CHECK(out.find("| drafts/buses.md | 2 | 1 | 0 | 1 | 0 | 0 | 1 | 1 | 0 |") != std::string::npos);
  CHECK(out.find("| \u274C error | drafts/buses.md:3:1 | unsupported-claim | claim not backed by "
                 "its source |") != std::string::npos);
  CHECK(out.find("<details><summary>2 claims</summary>") != std::string::npos);
  CHECK(out.find("| drafts/buses.md:2:5 | supported | 0.87 | Ridership rose 31% \\[1\\]. |") !=
        std::string::npos);
}

TEST_CASE("markdown: article text cannot break the table or inject markup") {
  CHECK(markdown_cell("a | b\nc <script> *x* [1] `y`") ==
        "a \\| b c &lt;script&gt; \\*x\\* \\[1\\] \\`y\\`");
  const std::string many =
      render_markdown(many_findings(kMarkdownRows + 5, core::Severity::kError));
  CHECK(many.find("5 more findings not listed here.") != std::string::npos);
  CHECK(render_markdown({}) ==
        "### citecheck: 0 errors, 0 warnings, 0 info\n\n0 documents, 0 claims.\n\n");
}

}  // namespace citecheck::report
