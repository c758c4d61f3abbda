#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/plain_text.h"

namespace citecheck::cite {
namespace {

using Strings = std::vector<std::string>;

core::CitationIndex extract(const std::string& text) {
  core::Document doc;
  doc.path = "article.txt";
  doc.format = core::Format::kText;
  doc.text = text;
  return extract_plain_text(doc);
}

Strings cited_ids(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Citation& c : index.citations) ids.push_back(c.reference_id);
  return ids;
}

Strings reference_ids(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Reference& r : index.references) ids.push_back(r.id);
  return ids;
}

Strings urls(const core::CitationIndex& index) {
  Strings out;
  for (const core::Reference& r : index.references) out.push_back(r.url);
  return out;
}

const std::string kRefs =
    "References\n"
    "[1] https://a.example/one\n"
    "[2] https://b.example/two\n"
    "[3] https://c.example/three\n";

}  // namespace

TEST_CASE("numeric markers: single, lists, ranges with hyphen or en dash, adjacent") {
  const std::string body =
      "A [1]. B [1, 2]. C [1-3]. D [1\xE2\x80\x93"
      "3]. E [1][2]. F [2;3].\n\n";
  const core::CitationIndex index = extract(body + kRefs);
  CHECK(cited_ids(index) ==
        Strings{"1", "1", "2", "1", "2", "3", "1", "2", "3", "1", "2", "2", "3"});
  REQUIRE(index.citations.size() == 13);
  // Every id of a list or range carries the whole marker's span.
  CHECK(index.citations[1].offset == body.find("[1, 2]"));
  CHECK(index.citations[2].offset == body.find("[1, 2]"));
  CHECK(index.citations[2].length == 6);
  CHECK(index.citations[6].offset == body.find("[1\xE2\x80\x93"));
  CHECK(index.citations[6].length == 7);  // the en dash is three bytes
  CHECK(index.citations[9].offset == body.find("[1][2]"));
  CHECK(index.citations[10].offset == body.find("[1][2]") + 3);
  CHECK(index.citations[10].length == 3);
  CHECK(index.notices.empty());
}

TEST_CASE("a very wide range keeps only its ends") {
  const core::CitationIndex index = extract("Everything [1-500] says so.\n");
  CHECK(cited_ids(index) == Strings{"1", "500"});
}

TEST_CASE("bracketed words and ellipses are not citations") {
  const core::CitationIndex index =
      extract("He wrote [sic] that [...] it was fine [a] [1a] [] [1,] [-2].\n\n" + kRefs);
  CHECK(index.citations.empty());
  CHECK(index.notices.empty());
  CHECK(reference_ids(index) == Strings{"1", "2", "3"});
}

TEST_CASE("unclosed and line-spanning brackets are not markers") {
  CHECK(extract("Text [1\n2] more.").citations.empty());
  CHECK(extract("Trailing [1").citations.empty());
}

TEST_CASE("reference list headings are recognised in their common spellings") {
  for (const std::string heading : {"References", "Sources:", "## Bibliography", "Works cited",
                                    "Notes", "**References**", "  REFERENCES  ", "Footnotes"}) {
    CAPTURE(heading);
    CHECK(is_reference_heading(heading));
    const core::CitationIndex index =
        extract("Sales grew [1].\n" + heading + "\n[1] https://a.example/one\n");
    CHECK(reference_ids(index) == Strings{"1"});
    REQUIRE(index.list_heading.has_value());
    CHECK(index.list_heading->line == 2);
    CHECK(index.list_heading->column == 1);
  }
  CHECK_FALSE(is_reference_heading("References and further reading"));
  CHECK_FALSE(is_reference_heading("The sources say otherwise."));
  CHECK_FALSE(is_reference_heading(""));
}

TEST_CASE("entries in bracket, dotted and parenthesised forms, with titles") {
  const core::CitationIndex index = extract(
      "Body [1] [2] [3].\n\nSources:\n"
      "[1] https://a.example/one\n"
      "2. Job Seeker Nation Report. https://b.example/report.\n"
      "3) Chip ban story https://c.example/chips (2025)\n"
      "4. www.d.example/page\n");
  CHECK(reference_ids(index) == Strings{"1", "2", "3", "4"});
  CHECK(urls(index) == Strings{"https://a.example/one", "https://b.example/report",
                               "https://c.example/chips", "http://www.d.example/page"});
  REQUIRE(index.references.size() == 4);
  CHECK(index.references[0].title.empty());
  CHECK(index.references[1].title == "Job Seeker Nation Report");
  CHECK(index.references[2].title == "Chip ban story (2025)");
}

TEST_CASE("a URL keeps balanced parentheses and loses unbalanced ones") {
  const core::CitationIndex index = extract(
      "Body [1] [2].\n\nReferences\n"
      "[1] https://en.example/wiki/Thing_(object)\n"
      "[2] (see https://b.example/x)\n");
  CHECK(urls(index) == Strings{"https://en.example/wiki/Thing_(object)", "https://b.example/x"});
}

TEST_CASE("page furniture ends the reference list") {
  for (const std::string furniture : {"Comments", "No comments yet", "Share this", "Related",
                                      "Comments (3)", "## Related posts"}) {
    CAPTURE(furniture);
    CHECK(is_furniture(furniture));
    const core::CitationIndex index =
        extract("Body [1].\n\n" + kRefs + furniture + "\n[9] https://z.example/ad\n");
    CHECK(reference_ids(index) == Strings{"1", "2", "3"});
  }
  CHECK_FALSE(is_furniture("Comments on the report were mixed."));
}

TEST_CASE("a marker inside the reference list is not a citation") {
  const std::string text =
      "Sales grew [1].\n\nReferences\n[1] https://a.example/one see also [2]\n"
      "[2] https://b.example/two\n";
  const core::CitationIndex index = extract(text);
  CHECK(cited_ids(index) == Strings{"1"});
  CHECK(index.body_end == text.find("References"));
  CHECK(reference_ids(index) == Strings{"1", "2"});
}

TEST_CASE("without a heading, a trailing run of \"[n] URL\" lines is the list") {
  const std::string text =
      "Sales grew [1]. Costs fell [2].\n\n"
      "[1] https://a.example/one\n"
      "[2] https://b.example/two\n"
      "Comments\n";
  const core::CitationIndex index = extract(text);
  CHECK(reference_ids(index) == Strings{"1", "2"});
  CHECK(cited_ids(index) == Strings{"1", "2"});
  CHECK(index.body_end == text.find("[1] https"));
  CHECK_FALSE(index.list_heading.has_value());
}

TEST_CASE("an entry without a URL has an empty url and keeps its text as title") {
  const core::CitationIndex index = extract(
      "Body [1] [2].\n\nReferences\n[1] Smith, J. A printed book, 1999.\n"
      "[2] https://b.example/two\n");
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[0].url.empty());
  CHECK(index.references[0].title == "Smith, J. A printed book, 1999");
  CHECK(index.references[1].url == "https://b.example/two");
}

TEST_CASE("a wrapped entry takes its URL from the next line") {
  const core::CitationIndex index = extract(
      "Body [1] [2].\n\nReferences\n"
      "1. A long report title that wraps\n"
      "   https://a.example/long\n"
      "2. Another title https://b.example/two\n"
      "   continued on an indented line\n");
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[0].url == "https://a.example/long");
  CHECK(index.references[0].title == "A long report title that wraps");
  CHECK(index.references[1].url == "https://b.example/two");
  CHECK(index.references[1].title == "Another title continued on an indented line");
}

TEST_CASE("positions are 1-based lines and columns in code points") {
  const std::string text =
      "Intro.\n"
      "Caf\xC3\xA9 \xE2\x80\x94 prices rose [1].\n"
      "\n"
      "References\n"
      "  [1] https://a.example/one\n";
  const core::CitationIndex index = extract(text);
  REQUIRE(index.citations.size() == 1);
  CHECK(index.citations[0].position.line == 2);
  CHECK(index.citations[0].position.column == 20);  // 19 code points before it, 23 bytes
  CHECK(index.citations[0].offset == text.find("[1]"));
  REQUIRE(index.references.size() == 1);
  CHECK(index.references[0].position.line == 5);
  CHECK(index.references[0].position.column == 3);
  REQUIRE(index.list_heading.has_value());
  CHECK(index.list_heading->line == 4);
}

TEST_CASE("Windows line ends do not leak into URLs or headings") {
  const core::CitationIndex index =
      extract("Body [1].\r\n\r\nReferences\r\n[1] https://a.example/one\r\nComments\r\n");
  CHECK(urls(index) == Strings{"https://a.example/one"});
  CHECK(cited_ids(index) == Strings{"1"});
}

TEST_CASE("unsupported citation syntaxes give one notice per kind") {
  const core::CitationIndex index = extract("As shown [@smith2020] and [@doe2021], also [^1].\n");
  CHECK(index.citations.empty());
  REQUIRE(index.notices.size() == 2);
  CHECK(index.notices[0].find("[@key]") != std::string::npos);
  CHECK(index.notices[1].find("[^1]") != std::string::npos);
}

TEST_CASE("a text with no reference list") {
  const std::string text = "Sales grew 31% [1] last year.\nNotes\nNothing here is a list.\n";
  const core::CitationIndex index = extract(text);
  CHECK(index.references.empty());
  CHECK_FALSE(index.list_heading.has_value());
  CHECK(index.body_end == text.size());
  CHECK(cited_ids(index) == Strings{"1"});

  const core::CitationIndex empty = extract("");
  CHECK(empty.citations.empty());
  CHECK(empty.references.empty());
  CHECK(empty.body_end == 0);
}

TEST_CASE("the seed's layout: references, then comments furniture") {
  const std::string text =
      "Title\nAccording to the report, 31% use AI [4]. Smith said so [1].\n"
      "References\n"
      "[1] https://a.example/one\n"
      "[2] https://b.example/two\n"
      "[4] https://d.example/four\n"
      "Comments\n"
      "No comments yet\n";
  const core::CitationIndex index = extract(text);
  CHECK(reference_ids(index) == Strings{"1", "2", "4"});
  CHECK(cited_ids(index) == Strings{"4", "1"});
  REQUIRE(index.list_heading.has_value());
  CHECK(index.list_heading->line == 3);
}

}  // namespace citecheck::cite

namespace citecheck::cite {

TEST_CASE("a bare URL in the body cites that page - the list's URLs stay entries") {
  const std::string body =
      "Mirror traffic\n\n"
      "The mirror served 2.4 million downloads in 2025; see https://mirror.example.org/stats/2025. "
      "for the monthly figures [1].\n"
      "Its old page (https://old.example.org/stats) is gone, as is www.example.com/x, not a "
      "link.\n\n";
  const core::CitationIndex index = extract(body + kRefs);
  // Markers first, then URLs: cite/extract.cc sorts them by where they stand.
  CHECK(cited_ids(index) ==
        Strings{"1", "https://mirror.example.org/stats/2025", "https://old.example.org/stats"});
  REQUIRE(index.citations.size() == 3);
  CHECK_FALSE(index.citations[1].marker);  // the URL stays in the claim, as an autolink's does
  CHECK(index.citations[1].offset == body.find("https://mirror"));
  CHECK(index.citations[1].length == std::string("https://mirror.example.org/stats/2025").size());
  CHECK(index.citations[1].position.line == 3);
  CHECK(reference_ids(index) == Strings{"1", "2", "3", "https://mirror.example.org/stats/2025",
                                        "https://old.example.org/stats"});
  CHECK(index.references[3].position.line == 3);
}

}  // namespace citecheck::cite

namespace citecheck::cite {

TEST_CASE("a standards memo: labels cite their entries, a numbered list in parts, page breaks") {
  const auto index = extract(
      "1.  Introduction\n"
      "\n"
      "   Readings are sent every six minutes [RATES] over a secure link [TLS].\n"
      "   Other bracketed words [NOTE] and [1] are no citations of listed labels.\n"
      "\n"
      "5.  References\n"
      "\n"
      "5.1.  Normative References\n"
      "\n"
      "   [TLS]  Example, A., \"Secure transport\", 2020, http://\n"
      "          www.tls.example/spec.\n"
      "\n"
      "Okafor                                                         [Page 4]\n"
      "\f\n"
      "Internet-Draft          Reporting Tidal Gauges               March 2026\n"
      "\n"
      "5.2.  Informative References\n"
      "\n"
      "   [RATES]\n"
      "          Harbour Survey, \"Sampling rates\", 2024.\n");
  CHECK(reference_ids(index) == Strings{"TLS", "RATES"});
  CHECK(cited_ids(index) == Strings{"1", "RATES", "TLS"});
  REQUIRE(index.references.size() == 2);
  CHECK(index.references[0].url == "http://www.tls.example/spec");
  CHECK(index.references[1].title == "Harbour Survey, \"Sampling rates\", 2024");
  REQUIRE(index.list_heading);
  CHECK(index.list_heading->line == 6);
}

}  // namespace citecheck::cite
