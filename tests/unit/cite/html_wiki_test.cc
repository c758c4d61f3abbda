// Saved MediaWiki pages (issue 16): absolute self-links, note groups, notes citing notes, edit
// links, page numbers and exponents after markers, and the page's furniture.
#include <doctest/doctest.h>

#include <algorithm>
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

Strings listed(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Reference& r : index.references) ids.push_back(r.id);
  return ids;
}

const std::string kHead =
    "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
    "<meta name=\"generator\" content=\"MediaWiki 1.44.0\">"
    "<link rel=\"canonical\" href=\"https://wiki.example.org/wiki/Tidal_mill\">"
    "</head><body class=\"mediawiki skin-vector\">";

}  // namespace

TEST_CASE("absolute links back to the page are in-page: markers, back links, Jump to content") {
  const auto index = read(
      kHead +
      "<a class=\"mw-jump-link\" href=\"https://wiki.example.org/wiki/Tidal_mill#bodyContent\">"
      "Jump to content</a>"
      "<div id=\"bodyContent\"><div class=\"mw-parser-output\">"
      "<p>A <a href=\"https://wiki.example.org/wiki/Mill\" title=\"Mill\">mill</a> turned by "
      "the tide ground 40 tonnes a week.<sup id=\"cite_ref-2\" class=\"reference\">"
      "<a href=\"https://wiki.example.org/wiki/Tidal_mill#cite_note-2\">[2]</a></sup></p>"
      "<h2>References</h2><div class=\"reflist\"><ol class=\"references\">"
      "<li id=\"cite_note-1\"><a href=\"https://wiki.example.org/wiki/Tidal_mill#cite_ref-1\">^</a>"
      " <a class=\"external text\" href=\"https://mills.example.net/one\">One</a></li>"
      "<li id=\"cite_note-2\"><a href=\"https://WIKI.example.org:443/wiki/Tidal_mill#cite_ref-2\">"
      "^</a> <a href=\"https://wiki.example.org/wiki/Bede\" title=\"Bede\">Bede</a>, "
      "<a class=\"external text\" href=\"https://mills.example.net/two\">Two</a></li>"
      "</ol></div></div></div></body></html>");
  CHECK(cited(index) == Strings{"2"});
  CHECK(listed(index) == Strings{"1", "2"});
  CHECK(index.references[1].url == "https://mills.example.net/two");
  CHECK(index.prose.text.find("Jump to content") == std::string::npos);
}

TEST_CASE("a notes group and the references are two lists: [3][n 3] cites both") {
  const auto index = read(
      kHead +
      "<div class=\"mw-parser-output\"><p>The wheel was 6 metres across."
      "<sup class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup>"
      "<sup class=\"reference\"><a href=\"#cite_note-n3\">[n 1]</a></sup></p>"
      "<h2>Notes</h2><div class=\"reflist\"><ol class=\"references\">"
      "<li id=\"cite_note-n3\"><a href=\"#cite_ref-n3\">^</a> Measured at the hub.</li>"
      "<li id=\"cite_note-n4\"><a href=\"#cite_ref-n4\">^</a> Not cited.</li></ol></div>"
      "<h2>References</h2><div class=\"reflist\"><ol class=\"references\">"
      "<li id=\"cite_note-1\"><a class=\"external text\" href=\"https://a.example/\">A</a></li>"
      "<li id=\"cite_note-2\"><a class=\"external text\" href=\"https://b.example/\">B</a></li>"
      "<li id=\"cite_note-3\"><a class=\"external text\" href=\"https://c.example/\">C</a></li>"
      "</ol></div></div></body></html>");
  CHECK(cited(index) == Strings{"3", "n 1"});
  CHECK(listed(index) == Strings{"n 1", "n 2", "1", "2", "3"});
  CHECK(index.prose.text.starts_with("The wheel was 6 metres across. [3][n 1]\n"));
}

TEST_CASE("a note cited only from another note is used, and lends it no URL") {
  const auto index =
      read(kHead +
           "<div class=\"mw-parser-output\"><p>The mill closed in 1931."
           "<sup class=\"reference\"><a href=\"#cite_note-2\">[2]</a></sup></p>"
           "<h2>References</h2><ol class=\"references\">"
           "<li id=\"cite_note-1\"><a href=\"#cite_ref-1\">^</a> "
           "<a class=\"external text\" href=\"https://ledger.example/1931\">Ledger</a></li>"
           "<li id=\"cite_note-2\"><a href=\"#cite_ref-2\">^</a> Parish minutes, as quoted in "
           "<a href=\"#cite_note-1\"><span class=\"cite-bracket\">[</span>1<span "
           "class=\"cite-bracket\">]</span></a>.</li></ol></div></body></html>");
  CHECK(cited(index) == Strings{"2", "1"});
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[1].url.empty());
  CHECK(index.references[1].title == "Parish minutes, as quoted in [1].");
  CHECK(index.prose.text.substr(0, index.body_end) == "The mill closed in 1931. [2]\n\nReferences");
  CHECK(index.citations[1].offset > index.body_end);  // no claim is made there
}

TEST_CASE("hidden edit links and action=edit links are no citations") {
  const auto index = read(
      kHead +
      "<div class=\"mw-parser-output\"><h2>History<span class=\"mw-editsection\">"
      "[<a href=\"https://wiki.example.org/w/index.php?title=Tidal_mill&amp;action=edit&amp;"
      "section=1\">edit</a>]</span></h2><p>The pond held 9,000 cubic metres."
      "<sup class=\"noprint Inline-Template update\" style=\"display:none;\">"
      "[<a class=\"external text\" href=\"https://wiki.example.org/w/index.php?title=Tidal_mill"
      "&amp;action=edit\">update</a>]</sup></p><p>Its wheel was rebuilt in 1880 "
      "(<a class=\"external text\" href=\"https://wiki.example.org/w/index.php?"
      "title=Tidal_mill&amp;action=edit&amp;section=2\">improve this</a>).</p>"
      "</div></body></html>");
  CHECK(index.citations.empty());
  CHECK(index.references.empty());
  CHECK(index.prose.text ==
        "History\n\nThe pond held 9,000 cubic metres.\n\nIts wheel was rebuilt in 1880 "
        "(improve this).");
}

TEST_CASE("a bibliography's original date in brackets is no marker") {
  const auto index =
      read(kHead +
           "<div class=\"mw-parser-output\"><h2>Further reading</h2><ul>"
           "<li>Hale, Ada (2001) [1994]. <i>Mills of the Estuary</i>. Fenwick Press.</li></ul>"
           "</div></body></html>");
  CHECK(index.citations.empty());
}

TEST_CASE("a page number after a marker is part of it - an exponent is no note") {
  const auto index =
      read(kHead +
           "<div class=\"mw-parser-output\"><p>The estate covered 12 km<sup>2</sup> of marsh."
           "<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup><sup class=\"reference "
           "nowrap\"><span title=\"Page: 234\">:<span>p.&nbsp;234</span></span></sup> "
           "It paid 30 shillings in rent.</p>"
           "<ol class=\"references\"><li id=\"cite_note-1\"><a class=\"external text\" "
           "href=\"https://estate.example/\">Estate</a></li></ol></div></body></html>");
  CHECK(cited(index) == Strings{"1"});
  CHECK(index.notices.empty());
  CHECK(index.prose.text ==
        "The estate covered 12 km2 of marsh. [1] It paid 30 shillings in rent.");
}

TEST_CASE("page furniture: Retrieved from, navboxes and a note's styles are not read") {
  const auto index = read(
      kHead +
      "<div class=\"mw-parser-output\"><p>Grain was landed at the quay.</p>"
      "<ol class=\"references\"><li id=\"cite_note-1\"><a href=\"#cite_ref-1\">^</a> "
      "<style data-mw-deduplicate=\"TemplateStyles:r1\">.mw-parser-output cite{font-style:inherit}"
      "</style><cite class=\"citation web\"><a class=\"external text\" href=\"https://q.example/\">"
      "Quay records</a></cite></li></ol>"
      "<div class=\"navbox\" aria-labelledby=\"Mills\"><table><tr><td><div class=\"navbar "
      "plainlinks\"><ul><li><a href=\"https://wiki.example.org/wiki/Template:Mills\">v</a></li>"
      "<li><a href=\"https://wiki.example.org/wiki/Template_talk:Mills\">t</a></li></ul></div>"
      "Mills of the coast: 14 sites</td></tr></table></div></div>"
      "<div class=\"printfooter\">Retrieved from \"<a dir=\"ltr\" href=\"https://wiki.example.org"
      "/w/index.php?title=Tidal_mill&amp;oldid=1234\">https://wiki.example.org/w/index.php?"
      "title=Tidal_mill&amp;oldid=1234</a>\"</div>"
      "<div id=\"catlinks\" class=\"catlinks\">Categories: Mills</div></body></html>");
  CHECK(index.prose.text == "Grain was landed at the quay.");
  REQUIRE(index.references.size() == 1);
  CHECK(index.references[0].title == "Quay records");
}

TEST_CASE("external autonumber links are URL citations, not note markers") {
  const auto index =
      read(kHead +
           "<div class=\"mw-parser-output\"><p>The sluice dates from 1790.<a rel=\"nofollow\" "
           "class=\"external autonumber\" href=\"https://sluice.example/history\">[1]</a></p>"
           "</div></body></html>");
  CHECK(cited(index) == Strings{"https://sluice.example/history"});
  REQUIRE(index.citations.size() == 1);
  CHECK(index.citations[0].marker);
}

TEST_CASE("links resolve against <base> - spaces around an href go - a bad host is no link") {
  const auto index = read(
      "<html><head><base href=\"https://news.example/2026/\"></head><body>"
      "<p>Sales rose 4% (<a href=\"report.html\">report</a>).</p>"
      "<p>Rents fell 2% (<a href=\" https://rents.example/q1 \">rents</a>).</p>"
      "<p>Costs held (<a href=\"https://example]org/\">costs</a>).</p>"
      "<p>See <a href=\"../about#team\">us</a>.</p></body></html>");
  CHECK(cited(index) == Strings{"https://news.example/2026/report.html", "https://rents.example/q1",
                                "https://news.example/about#team"});
  const auto bare = read(
      "<html><head><base href=\"https://news.example\"></head><body>"
      "<p>Fares rose (<a href=\"?page=2\">fares</a>).</p></body></html>");
  CHECK(cited(bare) == Strings{"https://news.example/?page=2"});
}

}  // namespace citecheck::cite
