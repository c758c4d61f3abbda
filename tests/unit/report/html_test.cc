// The annotated HTML report on hand-built reports: what an editor sees in the page (claims
// highlighted in place, cards with evidence, reference badges, the summary bar) and that the page
// is valid and self-contained.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "html_check.h"
#include "report/html.h"
#include "sample_report.h"

namespace citecheck::report {
namespace {

using testing::check_html;
using testing::describe;

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

constexpr std::string_view kUncited =
    "Half of riders <script>alert(1)</script> agreed, Dr. Ruiz said.";

// The sample report with the article's prose, its claims placed in it, and an uncited sentence.
core::Report with_prose() {
  core::Report report = testing::sample_report();
  core::DocumentReport& d = report.documents[0];
  const std::string intro = "Buses <b>& trams</b>\n\n";
  const std::string body =
      intro + d.claims[0].text + " " + d.claims[1].text + "\n\n" + std::string(kUncited) + "\n\n";
  d.prose = body + "References\n\n[1] https://news.example.com/buses\n";
  d.body_end = body.size();
  d.claims[0].offset = intro.size();
  d.claims[0].length = d.claims[0].text.size();
  d.claims[1].offset = intro.size() + d.claims[0].text.size() + 1;
  d.claims[1].length = d.claims[1].text.size();
  core::Finding uncited;
  uncited.rule = "uncited-claim";
  uncited.offset = body.find(kUncited);
  uncited.length = kUncited.size();
  uncited.position = {5, 1};
  uncited.message = "sentence states a ratio but cites nothing";
  d.findings.push_back(uncited);
  return report;
}

TEST_CASE("each claim is highlighted in place with its verdict's class and icon") {
  const std::string page = render_html(with_prose());
  CHECK(page.find("<mark class=\"claim v-supported\" id=\"d1-c1\"") != std::string::npos);
  CHECK(page.find("<mark class=\"claim v-unsupported\" id=\"d1-c2\"") != std::string::npos);
  CHECK(page.find("aria-hidden=\"true\">\u2717</span>Costs fell by half ") != std::string::npos);
  // The uncited sentence is highlighted as far as the finding reaches, past the full stop of an
  // abbreviation inside it, and the article text is escaped.
  CHECK(page.find("<mark class=\"claim v-uncited\" id=\"d1-u") != std::string::npos);
  CHECK(page.find("Ruiz said.<a class=\"cite\" href=\"#d1-u") != std::string::npos);
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("Buses &lt;b&gt;&amp; trams") != std::string::npos);
  // The reference list's text is not part of the article.
  CHECK(page.find("References<br>") == std::string::npos);
}

TEST_CASE("a citation marker links to its claim's card, which shows the source and evidence") {
  const std::string page = render_html(with_prose());
  CHECK(page.find("<a class=\"cite\" href=\"#d1-c1-card\">[1]</a>") != std::string::npos);
  const auto card = page.find("<aside class=\"card v-supported\" id=\"d1-c1-card\"");
  REQUIRE(card != std::string::npos);
  const std::string body = page.substr(card, page.find("</aside>", card) - card);
  CHECK(body.find("Electric buses") != std::string::npos);
  CHECK(body.find("href=\"https://news.example.com/buses\"") != std::string::npos);
  CHECK(body.find("<span class=\"state s-ok\">ok</span>") != std::string::npos);
  CHECK(body.find("<mark class=\"num\">31%</mark>") != std::string::npos);
  CHECK(body.find("<mark class=\"term\">Ridership</mark>") != std::string::npos);
  // Problem cards start open; the unsupported one says why.
  CHECK(page.find("<aside class=\"card v-unsupported open\" id=\"d1-c2-card\"") !=
        std::string::npos);
  CHECK(page.find("the source does not mention costs") != std::string::npos);
}

TEST_CASE("a supported claim's card opens to name a citation that shares nothing with it") {
  core::Report report = with_prose();
  report.documents[0].claims[0].idle_citations = {"7"};
  const std::string page = render_html(report);
  const auto card = page.find("<aside class=\"card v-supported open\" id=\"d1-c1-card\"");
  REQUIRE(card != std::string::npos);
  const std::string body = page.substr(card, page.find("</aside>", card) - card);
  CHECK(body.find("<p class=\"why\">[7] shares nothing with this claim; its other citations back "
                  "it.</p>") != std::string::npos);
}

TEST_CASE("a contradiction shows the article's figure beside the source's") {
  core::Report report = with_prose();
  core::Claim& c = report.documents[0].claims[1];
  c.verdict = core::Verdict::kContradicted;
  c.evidence = {{"1", "Costs fell by 12% over the decade.", 0.6}};
  const std::string page = render_html(report);
  CHECK(page.find("<div class=\"diff\">") != std::string::npos);
  CHECK(page.find("<del>half</del>") != std::string::npos);
  CHECK(page.find("<ins>12%</ins>") != std::string::npos);
  CHECK(page.find("<mark class=\"term\">Costs</mark>") != std::string::npos);
}

TEST_CASE("the reference list badges each entry's state, unused and moved ones included") {
  core::Report report = with_prose();
  report.documents[0].references[0].source.moved_to = "https://news.example.com/buses-2025";
  const std::string page = render_html(report);
  CHECK(page.find("<li id=\"d1-ref-1\"><span class=\"rid\">[1]</span> <span class=\"badge "
                  "r-ok\">ok</span>") != std::string::npos);
  CHECK(page.find("moved to <a href=\"https://news.example.com/buses-2025\"") != std::string::npos);
  CHECK(page.find("<span class=\"badge r-not-checked\">not-checked</span><span class=\"badge "
                  "r-unused\">unused</span>") != std::string::npos);
  CHECK(page.find("<span class=\"reason\">offline</span>") != std::string::npos);
}

TEST_CASE("the summary bar counts each verdict, and the legend names every one") {
  const std::string page = render_html(with_prose());
  CHECK(page.find("2 claims in 1 document</span>") != std::string::npos);
  CHECK(page.find("<b>1</b> supported") != std::string::npos);
  CHECK(page.find("<b>1</b> unsupported") != std::string::npos);
  CHECK(page.find("<b>0</b> contradicted") != std::string::npos);
  CHECK(page.find("<b>1</b> uncited") != std::string::npos);
  for (const char* v :
       {"supported", "partial", "unsupported", "contradicted", "unverifiable", "uncited"}) {
    CHECK(page.find(std::string("<li><mark class=\"claim v-") + v) != std::string::npos);
  }
}

TEST_CASE("the page is valid, self-contained HTML with unique ids, for one document or several") {
  core::Report report = with_prose();
  const testing::HtmlCheck one = check_html(render_html(report));
  CHECK_MESSAGE(one.problems.empty(), describe(one));
  CHECK(one.elements > 40);
  report.documents.push_back(report.documents[0]);
  report.documents[1].path = "drafts/trams.md";
  const std::string page = render_html(report);
  const testing::HtmlCheck two = check_html(page);
  CHECK_MESSAGE(two.problems.empty(), describe(two));
  CHECK(page.find("<nav class=\"toc\"") != std::string::npos);
  CHECK(page.find("<li><a href=\"#d2\">drafts/trams.md</a>") != std::string::npos);
  CHECK(page.find("id=\"d2-c1-card\"") != std::string::npos);
  CHECK(count(page, "http") == count(page, "href=\"http") * 2);  // URLs appear only as links
}

TEST_CASE("the HTML check catches what a browser would repair or fetch") {
  const auto problems = [](const std::string& page) { return check_html(page).problems.size(); };
  CHECK(problems("<!DOCTYPE html>\n<html><body><p>x</p></body></html>") == 0);
  CHECK(problems("<!DOCTYPE html>\n<html><body><p><div>x</div></p></body></html>") > 0);
  CHECK(problems(
            "<!DOCTYPE html>\n<html><body><span id=\"a\"></span><b id=\"a\"></b></body></html>") >
        0);
  CHECK(problems("<!DOCTYPE html>\n<html><body><span></body></html>") > 0);
  CHECK(
      problems("<!DOCTYPE html>\n<html><body><img src=\"https://x.example/a.png\"></body></html>") >
      0);
  CHECK(problems("<!DOCTYPE html>\n<html><body><a href=\"#nowhere\">x</a></body></html>") > 0);
  CHECK(problems("<!DOCTYPE html>\n<html><style>b{background:url(x.png)}</style></html>") > 0);
}

}  // namespace
TEST_CASE("plain text written a paragraph to a line gets a row per line - a wrapped sentence one") {
  core::Report report = testing::sample_report();
  core::DocumentReport& d = report.documents[0];
  d.format = core::Format::kText;
  const std::string first = d.claims[0].text;  // one line
  const std::string wrapped = "Fares went up\nby a tenth [1].";
  const std::string body = "Buses\n" + first + "\nTrams ran late.\n" + wrapped + "\n";
  d.prose = body + "References\n[1] https://news.example.com/buses\n";
  d.body_end = body.size();
  d.claims[0].offset = body.find(first);
  d.claims[0].length = first.size();
  d.claims[1].text = wrapped;
  d.claims[1].offset = body.find(wrapped);
  d.claims[1].length = wrapped.size();
  const std::string page = render_html(report);
  // Rows: "Buses", the first claim, "Trams ran late.", and the wrapped claim, whose second line
  // opens in lower case and stays with it.
  CHECK(count(page, "class=\"row\"") == 4);
  // Its line break is kept, as plain text wrote it, inside the one row.
  CHECK(page.find("Fares went up<br>by a tenth") != std::string::npos);
  CHECK(check_html(page).problems.empty());
}

}  // namespace citecheck::report
