#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/extract.h"

namespace citecheck::cite {
namespace {

using Strings = std::vector<std::string>;

core::CitationIndex read(const std::string& html) {
  core::Document doc;
  doc.path = "a.html";
  doc.format = core::Format::kHtml;
  doc.text = html;
  return extract_citations(doc);
}

Strings cited(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Citation& c : index.citations) ids.push_back(c.reference_id);
  return ids;
}

}  // namespace

TEST_CASE("GFM footnotes: markers read as [n], notes numbered by their place in the list") {
  const auto index = read(
      "<p>Trips rose 5%.<sup><a href=\"#fn-x\" data-footnote-ref>1</a></sup></p>\n"
      "<section class=\"footnotes\" data-footnotes><ol>\n"
      "<li id=\"fn-x\"><p>Report <a href=\"https://r.example/\">here</a> "
      "<a href=\"#fnref-x\" class=\"data-footnote-backref\">\u21A9</a></p></li>\n"
      "<li id=\"fn-y\"><p>Unused <a href=\"https://u.example/\">there</a></p></li>\n"
      "</ol></section>");
  CHECK(cited(index) == Strings{"1"});
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[0].url == "https://r.example/");
  CHECK(index.references[0].title == "Report here");  // the back arrow is left out
  CHECK(index.references[1].id == "2");
  CHECK(index.references[1].position.line == 4);
  CHECK(index.prose.text == "Trips rose 5%. [1]");  // the note list is not prose
  CHECK(index.citations[0].position.column == 18);  // the <sup>
}

TEST_CASE("a note link that names no note is a missing reference named by its fragment") {
  const auto index =
      read("<p>Claim.<sup class=\"reference\"><a href=\"#cite_note-9\">[9]</a></sup></p>");
  CHECK(cited(index) == Strings{"#cite_note-9"});
  CHECK(index.references.empty());
}

TEST_CASE("links, q cite and blockquote cite are citations spanning their text") {
  const auto index = read(
      "<p>Per <a href=\"https://d.example/\">the data</a>, trips rose. "
      "She said <q cite=\"https://q.example/\">it works</q>.</p>"
      "<blockquote cite=\"https://b.example/\"><p>First. Second.</p></blockquote>"
      "<p><a href=\"/local\">local</a> <a href=\"#top\">top</a></p>");
  // "/local" stands in a paragraph of links only: navigation (html_published_test.cc).
  CHECK(cited(index) == Strings{"https://d.example/", "https://q.example/", "https://b.example/"});
  REQUIRE(index.citations.size() == 3);
  CHECK_FALSE(index.citations[0].marker);
  const std::string_view prose = index.prose.text;
  CHECK(prose.substr(index.citations[1].offset, index.citations[1].length) ==
        "\u201Cit works\u201D");
  CHECK(prose.substr(index.citations[2].offset, index.citations[2].length) == "First. Second.");
}

TEST_CASE("scripts, styles, navigation and furniture are not prose - entities map to the source") {
  const auto index = read(
      "<html><head><title>T</title><style>p{}</style></head><body>"
      "<nav>Home 10%</nav><div class=\"cookie-banner\">We use 3 cookies</div>"
      "<script>var x = \"[1]\";</script>\n<p>Caf&eacute; sales rose 7% [1].</p>"
      "<footer>\u00A9 2026</footer></body></html>");
  CHECK(index.prose.text == "Caf\u00E9 sales rose 7% [1].");
  REQUIRE(index.citations.size() == 1);
  CHECK(index.citations[0].position.line == 2);
  CHECK(index.citations[0].position.column == 30);  // "<p>Caf&eacute; sales rose 7% " is 29
}

TEST_CASE("unsupported note syntaxes are reported") {
  const auto index =
      read("<p>A <span class=\"citation\" data-cites=\"k\">(K 2020)</span>. B.<sup>3</sup></p>");
  CHECK(index.citations.empty());
  CHECK(index.notices.size() == 2);
}

TEST_CASE("a directive counts only as a real comment outside <pre>, <code> and raw text") {
  const auto index = read(
      "<!-- citecheck-disable-next-line misquote -->\n"
      "<p>Ferries run hourly.</p>\n"
      "<pre><code>&lt;!-- citecheck-disable --&gt;\n"
      "<!-- citecheck-disable --></code></pre>\n"
      "<p>Write <code><!-- citecheck-disable --></code> above it.</p>\n"
      "<p><kbd><!-- citecheck-frobnicate --></kbd></p>\n"
      "<script>const sample = \"<!-- citecheck-disable -->\";</script>\n"
      "<textarea><!-- citecheck-disable --></textarea>\n"
      "<p>Tolls rose <!-- citecheck-disable-next-line uncited-claim --> again.</p>\n"
      "<p>Twice.</p>\n");
  const std::vector<core::Suppression>& found = index.suppressions;
  REQUIRE(found.size() == 2);
  CHECK((found[0].first_line == 2 && found[0].rules == Strings{"misquote"}));
  CHECK((found[1].first_line == 10 && found[1].last_line == 10));
  CHECK(found[1].rules == Strings{"uncited-claim"});
  CHECK(index.notices.empty());  // the unknown word sits in <kbd>
}

}  // namespace citecheck::cite
