// HTML pages as published (issue 16): a document whose text is all preformatted, a marker in a
// table dressed as a navbox, the furniture a page marks by class (an infobox's website, a footer
// licence, a site's navigation bar) and links to the page's own site by path.
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

Strings listed(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Reference& r : index.references) ids.push_back(r.id);
  return ids;
}

// A memo as a standards body serves it: two pages of wrapped prose in <pre>, page breaks marked
// with a footer and a running header, labels linked to their entries.
const std::string kMemo =
    "<html><head><title>draft-tidal-gauges-02</title></head><body>"
    "<span class=\"pre noprint docinfo\">[<a href=\"../html/\">Docs</a>] "
    "[<a href=\"https://memos.example/draft-tidal-gauges-02.txt\">txt</a>]</span><br/>"
    "<pre>Working Group                                              R. Okafor\n"
    "Internet-Draft                                         Harbour Survey\n"
    "\n"
    "                        Reporting Tidal Gauges\n"
    "\n"
    "Abstract\n"
    "\n"
    "   This memo describes how a harbour gauge reports the height of the\n"
    "   water to a collecting station over an ordinary web connection, so\n"
    "   that a station can keep a record of many harbours at once.\n"
    "\n"
    "1.  Introduction\n"
    "\n"
    "   Gauges send their readings every six minutes, as most harbour\n"
    "   authorities already sample them at that rate [<a href=\"#ref-RATES\">RATES</a>].\n"
    "   A reading is sent as a small document over a secure connection as\n"
    "   the transport specification requires [<a href=\"#ref-TLS\">TLS</a>].\n"
    "\n"
    "Okafor                                                          [Page 1]\n"
    "</pre><pre class=\"newpage\"><a name=\"page-2\" id=\"page-2\" href=\"#page-2\"> </a>\n"
    "Internet-Draft          Reporting Tidal Gauges               March 2026\n"
    "\n"
    "   A station that misses a reading asks for it again later, and the\n"
    "   gauge keeps the last day of readings for that purpose [<a href=\"#ref-RATES\">RATES</a>].\n"
    "   The names of the harbours follow the list kept by the survey office\n"
    "   and are written in the form its gazetteer uses for every entry.\n"
    "      GET https://station.example/readings/latest HTTP/1.1\n"
    "\n"
    "2.  References\n"
    "\n"
    "2.1.  Normative References\n"
    "\n"
    "   [<a name=\"ref-TLS\" id=\"ref-TLS\">TLS</a>]\n"
    "        Example, A., \"Secure transport for small devices\", March 2020.\n"
    "\n"
    "2.2.  Informative References\n"
    "\n"
    "   [<a name=\"ref-RATES\" id=\"ref-RATES\">RATES</a>]\n"
    "        Harbour Survey, \"Sampling rates of tide gauges\", 2024,\n"
    "        <a href=\"https://survey.example/rates\">https://survey.example/rates</a>.\n"
    "\n"
    "Okafor                                                          [Page 2]\n"
    "</pre></body></html>";

}  // namespace

TEST_CASE("a document whose text is preformatted prose is read as plain text") {
  const auto index = read(kMemo);
  // Cited by its labels; the URL in the example request is no citation.
  CHECK(listed(index) == Strings{"TLS", "RATES"});
  CHECK(cited(index) == Strings{"RATES", "TLS", "RATES"});
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[1].url == "https://survey.example/rates");
  CHECK(index.references[0].url.empty());
  // Positions point into the HTML: the entry "[RATES]" is on the page's 38th line.
  CHECK(index.references[1].position.line == 38);
  CHECK(index.citations[0].position.line == 15);
  CHECK(index.prose.text.find("Docs") == std::string::npos);  // the page's links are furniture
  CHECK(index.prose.text.find("six minutes") != std::string::npos);
}

TEST_CASE("a code listing in an ordinary article stays code") {
  const auto index = read(
      "<html><body><p>The gauge's loop reads the sensor and sends the height "
      "<a href=\"https://gauges.example/loop\">as documented</a>.</p>"
      "<pre>while (true) {\n  height = sensor.read();\n  send(station, height); // [1]\n"
      "  sleep(360);\n}\n</pre>"
      "<p>It runs on every gauge in the harbour.</p></body></html>");
  CHECK(cited(index) == Strings{"https://gauges.example/loop"});
  CHECK(index.prose.text.find("sensor.read") == std::string::npos);
}

TEST_CASE("a long preformatted listing of code is no prose either") {
  std::string code;
  for (int i = 0; i < 30; ++i) {
    code += "  reading[" + std::to_string(i) + "] = gauge.sample(" + std::to_string(i) +
            ");  // keep [1]\n";
  }
  const auto index = read("<html><body><pre>" + code + "</pre></body></html>");
  CHECK(index.citations.empty());
  CHECK(index.references.empty());
}

TEST_CASE("a marker in a content table dressed as a navbox is read - a real navbox is not") {
  const auto index = read(
      "<html><head><meta name=\"generator\" content=\"MediaWiki 1.44\">"
      "<link rel=\"canonical\" href=\"https://wiki.example.org/wiki/Coast\"></head>"
      "<body class=\"mediawiki\"><div class=\"mw-parser-output\"><p>The coast has 14 ports."
      "<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>"
      "<table class=\"navbox\"><tr><th class=\"navbox-title\">Largest ports, 2025 estimate"
      "<sup class=\"reference\"><a href=\"#cite_note-2\">[2]</a></sup></th></tr>"
      "<tr><td>Northhaven 40,000</td></tr></table>"
      "<div role=\"navigation\" class=\"navbox\"><a href=\"#cite_note-1\">[1]</a> Ports</div>"
      "<ol class=\"references\"><li id=\"cite_note-1\"><a class=\"external text\" "
      "href=\"https://ports.example/a\">A</a></li><li id=\"cite_note-2\"><a class=\"external "
      "text\" href=\"https://ports.example/b\">B</a></li></ol></div></body></html>");
  CHECK(cited(index) == Strings{"1", "2"});
}

TEST_CASE("furniture a page marks by class: infobox website, footer licence, site navigation") {
  const auto wiki = read(
      "<html><head><meta name=\"generator\" content=\"MediaWiki 1.44\">"
      "<link rel=\"canonical\" href=\"https://wiki.example.org/wiki/Harbour_Trust\"></head>"
      "<body class=\"mediawiki feature-footer-v2\"><div class=\"mw-parser-output\">"
      "<span id=\"coordinates\"><a class=\"external text\" href=\"//maps.example/?41_S\">41°S"
      "</a></span>"
      "<table class=\"infobox vcard\"><tr><th>Founded</th><td>1902<sup class=\"reference\">"
      "<a href=\"#cite_note-1\">[1]</a></sup></td></tr><tr><th>Website</th><td><span "
      "class=\"url\"><a class=\"external text\" href=\"https://trust.example/\">trust.example"
      "</a></span></td></tr></table><p>The trust runs 3 harbours.<sup class=\"reference\">"
      "<a href=\"#cite_note-1\">[1]</a></sup></p><ol class=\"references\"><li id=\"cite_note-1\">"
      "<a class=\"external text\" href=\"https://records.example/trust\">Records</a></li></ol>"
      "</div></body></html>");
  CHECK(cited(wiki) == Strings{"1", "1"});
  CHECK(listed(wiki) == Strings{"1"});
  const auto blog = read(
      "<html><body><table class=\"TopNavigation\"><tr><td class=\"NavLink\">"
      "<a href=\"https://blog.example/archive/\">Archive</a></td></tr></table>"
      "<p>Harbour dues rose 5% this year (<a href=\"https://dues.example/2026\">tariff</a>).</p>"
      "<div id=\"Footer\"><p><a href=\"https://deck.example/\">Ads via the Deck</a></p></div>"
      "<div class=\"site-footer\"><p>Licensed under <a href=\"https://licences.example/by/4.0/\">"
      "BY 4.0</a></p></div></body></html>");
  CHECK(cited(blog) == Strings{"https://dues.example/2026"});
}

TEST_CASE("the page's own html, body and article are never furniture by the names they carry") {
  // A news site flags its features on <html>, a theme its layout on <body>: "comments",
  // "newsletter", "sidebar" and "advert" there name no part of the page to leave out.
  const auto news = read(
      "<!DOCTYPE html><html class=\"js flag-unfollowComments-on flag-newsletterInlineModule-on "
      "has-big-ad\"><head><title>Port to reopen</title></head>"
      "<body class=\"single has-sidebar advertising-on\"><header><nav><a href=\"/\">Home</a>"
      "</nav></header><main class=\"comments-open\"><article class=\"story sidebar-right\">"
      "<p>Freight through the port fell 14% last year, the authority said (<a "
      "href=\"https://port.example/report\">report</a>).</p></article>"
      "<aside class=\"newsletter-signup\"><p>Join 40,000 readers of our newsletter.</p></aside>"
      "<div class=\"feedback-prompt hidden\"><a href=\"https://forms.example/f\"><p>Tell us "
      "what you think of 3 new features.</p></a></div>"
      "<section class=\"related-coverage nocontent robots-nocontent\"><ol><li><a "
      "href=\"https://news.example/2019/port\"><h2>Port traffic up 9% in 2019</h2></a></li></ol>"
      "</section></main></body></html>");
  CHECK(cited(news) == Strings{"https://port.example/report"});
  CHECK(news.prose.text.find("Freight through the port fell 14% last year") != std::string::npos);
  CHECK(news.prose.text.find("40,000 readers") == std::string::npos);  // still furniture
  // A block the page's class hides, and one it tells search engines is not its content.
  CHECK(news.prose.text.find("3 new features") == std::string::npos);
  CHECK(news.prose.text.find("Port traffic") == std::string::npos);
}

TEST_CASE("a page whose text was nearly all taken for furniture says so") {
  std::string story;
  for (int i = 0; i < 40; ++i) {
    story += "<p>The ferry carried " + std::to_string(1000 + i) +
             " passengers across the strait in the week the bridge was closed for repairs.</p>";
  }
  // The whole story inside a block a rule reads as a sidebar: the run must not pass in silence.
  const auto hidden = read("<html><body><div class=\"sidebar-story\">" + story +
                           "</div><p>Ferries ran late.</p></body></html>");
  REQUIRE(hidden.notices.size() == 1);
  CHECK(hidden.notices[0].find("almost none of this page's text was read as the article") !=
        std::string::npos);
  // The same story read as prose, and a page with little text of any kind: no notice.
  CHECK(read("<html><body><article>" + story + "</article></body></html>").notices.empty());
  CHECK(read("<html><body><nav><a href=\"/\">Home</a></nav><p>Short.</p></body></html>")
            .notices.empty());
}

TEST_CASE("a site path in prose is a citation - in a list of links, or a tag link, it is not") {
  const auto index = read(
      "<html><body><p class=\"meta\">Filed under <a class=\"tag\" href=\"/tags/ports\">ports"
      "</a>, <a rel=\"tag\" href=\"https://news.example/tags/tides\">tides</a></p>"
      "<div class=\"SideBox\"><p>Recent features</p><p><a href=\"/Articles/6090/\">Weekly "
      "edition</a></p><a href=\"/Articles/6091/\">Security</a><br><a href=\"/Articles/6092/\">"
      "Kernel</a></div><blockquote><p>Quoted without a source.</p></blockquote>"
      "<p>The committee <a href=\"/Articles/6100/\">approved</a> the plan, as "
      "reported <a href=\"#earlier\">above</a> and <a href=\"/\">here</a>; see "
      "<a href=\"notes.html\">notes</a>.</p></body></html>");
  CHECK(cited(index) == Strings{"/Articles/6100/"});
  REQUIRE(index.references.size() == 1);
  CHECK(index.references[0].url == "/Articles/6100/");
  // With the page's address known, the same path resolves against it, as does a relative link;
  // a menu of the site's pages is navigation, however its links are written.
  const auto known = read(
      "<html><head><link rel=\"canonical\" href=\"https://news.example/Articles/6200/\"></head>"
      "<body><ul><li><a href=\"/news\">News</a></li><li><a href=\"https://NEWS.example/sport\">"
      "Sport</a></li></ul><p>The committee <a href=\"/Articles/6100/\">approved</a> the plan (<a "
      "href=\"notes.html\">notes</a>, <a href=\"https://news.example/Articles/6200/#top\">top"
      "</a>).</p></body></html>");
  CHECK(cited(known) == Strings{"https://news.example/Articles/6100/",
                                "https://news.example/Articles/6200/notes.html"});
}

TEST_CASE("a list of contents and a link that turns the page are the site's navigation") {
  // A weekly edition's contents: each item a link to a section and a line of what is in it.
  const auto index = read(
      "<html><body><div class=\"ArticleText\"><p>The port authority <a href=\"/Articles/7100/"
      "\">cut</a> its fees this week.</p><h2>In this edition</h2><ul>"
      "<li> <a href=\"/Articles/7101/\">Harbours</a>: New berths at Eastport; dredging "
      "resumes.</li>"
      "<li> <a href=\"/Articles/7102/\">Ferries</a>: Timetables for the winter, and a new route."
      "</li><li> <b><a href=\"/Articles/7103/\">Letters</a></b>: Readers on the toll rise.</li>"
      "</ul> <b>Next page</b>: <a href=\"/Articles/7101/\">Harbours&gt;&gt;</a> "
      "<a rel=\"prev\" href=\"/Articles/7000/\">Last week</a></div></body></html>");
  CHECK(cited(index) == Strings{"/Articles/7100/"});
  // A list whose items open with words, or that links to other sites, is read as before.
  const auto sources = read(
      "<html><body><ul><li>The fee <a href=\"/Articles/7100/\">rose</a> in May.</li>"
      "<li><a href=\"https://port.example/fees\">Port fees</a>: the schedule.</li>"
      "<li><a href=\"https://gov.example/tolls\">Tolls</a>: the order.</li>"
      "<li><a href=\"https://sea.example/report\">Report</a>: the survey.</li></ul></body></html>");
  CHECK(cited(sources) == Strings{"/Articles/7100/", "https://port.example/fees",
                                  "https://gov.example/tolls", "https://sea.example/report"});
}

TEST_CASE("links to one page at two places in it cite one reference") {
  const auto index = read(
      "<html><body><p>The decoder reads a header <a href=\"https://code.example/dec.js#L10\">"
      "first</a> and the body <a href=\"https://code.example/dec.js#L40\">after it</a>.</p>"
      "</body></html>");
  CHECK(listed(index) == Strings{"https://code.example/dec.js#L10"});
  CHECK(cited(index) ==
        Strings{"https://code.example/dec.js#L10", "https://code.example/dec.js#L10"});
}

}  // namespace citecheck::cite
