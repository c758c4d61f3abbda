// Book footnotes (issue 16): HTMLBook's data-type="noteref", EPUB's epub:type and DPUB-ARIA roles,
// and the footnote markup of DocBook's HTML stylesheets. Their notes are not list items.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/extract.h"

namespace citecheck::cite {
namespace {

using Strings = std::vector<std::string>;

core::CitationIndex read(const std::string& html) {
  core::Document doc;
  doc.path = "chapter.html";
  doc.format = core::Format::kHtml;
  doc.text = html;
  return extract_citations(doc);
}

Strings cited(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Citation& c : index.citations) ids.push_back(c.reference_id);
  return ids;
}

Strings urls(const core::CitationIndex& index) {
  Strings out;
  for (const core::Reference& r : index.references) out.push_back(r.id + " " + r.url);
  return out;
}

}  // namespace

TEST_CASE("HTMLBook footnotes: noteref links into a footnotes block") {
  const auto index = read(
      "<html><body data-type=\"book\"><section data-type=\"chapter\" id=\"ch02\">"
      "<h1>Queues in Practice</h1>"
      "<p>Most brokers keep messages for 7 days by default.<sup><a data-type=\"noteref\" "
      "id=\"id-aB1-marker\" href=\"#id-aB1\">1</a></sup> Retention can be raised per topic."
      "<sup><a data-type=\"noteref\" id=\"id-cD2-marker\" href=\"#id-cD2\">2</a></sup></p>"
      "<p>A consumer group shares the partitions.<sup><a data-type=\"noteref\" "
      "id=\"id-aB1-marker2\" href=\"#id-aB1\">1</a></sup></p>"
      "<div data-type=\"footnotes\">"
      "<p data-type=\"footnote\" id=\"id-aB1\"><sup><a href=\"#id-aB1-marker\">1</a></sup> See "
      "<a href=\"https://broker.example/docs/retention\">the retention guide</a>.</p>"
      "<p data-type=\"footnote\" id=\"id-cD2\"><sup><a href=\"#id-cD2-marker\">2</a></sup> "
      "<a href=\"https://broker.example/docs/topics\">Topic settings</a>.</p>"
      "<p data-type=\"footnote\" id=\"id-eF3\"><sup><a href=\"#id-eF3-marker\">3</a></sup> "
      "Unused.</p></div></section></body></html>");
  CHECK(cited(index) == Strings{"1", "2", "1"});
  CHECK(urls(index) == Strings{"1 https://broker.example/docs/retention",
                               "2 https://broker.example/docs/topics", "3 "});
  CHECK(index.references[0].title == "See the retention guide.");
  CHECK(index.prose.text ==
        "Queues in Practice\n\nMost brokers keep messages for 7 days by default. [1] Retention "
        "can be raised per topic. [2]\n\nA consumer group shares the partitions. [1]");
  CHECK(index.notices.empty());
}

TEST_CASE("EPUB footnotes: epub:type and role noterefs into asides") {
  const auto index = read(
      "<html><body><section epub:type=\"chapter\"><p>The ferry carried 300 cars."
      "<a epub:type=\"noteref\" href=\"#fn1\">1</a> It ran twice a day."
      "<a role=\"doc-noteref\" href=\"#fn2\">2</a></p>"
      "<aside epub:type=\"footnote\" id=\"fn1\"><p><a href=\"https://ferry.example/\">Ferry "
      "log</a></p></aside>"
      "<aside role=\"doc-footnote\" id=\"fn2\"><p><a href=\"https://timetable.example/\">"
      "Timetable</a></p></aside></section></body></html>");
  CHECK(urls(index) == Strings{"1 https://ferry.example/", "2 https://timetable.example/"});
  CHECK(cited(index) == Strings{"1", "2"});
  CHECK(index.prose.text == "The ferry carried 300 cars. [1] It ran twice a day. [2]");
}

TEST_CASE("DocBook footnotes: ftn. links into div.footnote") {
  const auto index = read(
      "<html><body><div class=\"chapter\"><p>The index was rebuilt nightly.<sup>[<a id=\"id417\" "
      "href=\"#ftn.id417\" class=\"footnote\">1</a>]</sup></p>"
      "<div class=\"footnotes\"><br><hr style=\"width:100; text-align:left;margin-left: 0\">"
      "<div id=\"ftn.id417\" class=\"footnote\"><p><sup>[<a href=\"#id417\" class=\"para\">1</a>]"
      "</sup> <a class=\"ulink\" href=\"https://index.example/ops\">Operations notes</a>.</p>"
      "</div></div></div></body></html>");
  CHECK(cited(index) == Strings{"1"});
  CHECK(urls(index) == Strings{"1 https://index.example/ops"});
  CHECK(index.prose.text == "The index was rebuilt nightly. [1]");
}

}  // namespace citecheck::cite
