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

const std::string kHead =
    "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
    "<meta name=\"generator\" content=\"MediaWiki 1.44.0\">"
    "<link rel=\"canonical\" href=\"https://wiki.example.org/wiki/Tidal_mill\">"
    "</head><body class=\"mediawiki skin-vector\">";

}  // namespace

TEST_CASE("a page number after a marker is part of it; an exponent is no note") {
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

}  // namespace citecheck::cite
