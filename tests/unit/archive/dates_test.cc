#include "archive/dates.h"

#include <doctest/doctest.h>

namespace citecheck::archive {
namespace {

core::Document doc(core::Format format, std::string text) {
  core::Document d;
  d.format = format;
  d.text = std::move(text);
  return d;
}

}  // namespace

TEST_CASE("dates given on the command line are days of the calendar") {
  CHECK(parse_date("2025-07-10") == "2025-07-10");
  CHECK(parse_date("2025/07/10") == "2025-07-10");
  CHECK(parse_date("20250710") == "2025-07-10");
  CHECK(parse_date("2025-07-10T08:00:00+02:00") == "2025-07-10");
  CHECK(parse_date("2024-02-29") == "2024-02-29");
  CHECK_FALSE(parse_date("2025-02-29"));
  CHECK_FALSE(parse_date("2025-13-01"));
  CHECK_FALSE(parse_date("July 2025"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("an article's date: front matter, meta tag, JSON-LD, <time>") {
  CHECK(article_date(doc(core::Format::kMarkdown, "---\ntitle: x\ndate: 2024-05-01\n---\n# x\n"))
            ->from == "front-matter");
  CHECK(article_date(doc(core::Format::kMarkdown, "+++\ndate = \"2024-05-01T10:00:00Z\"\n+++\n"))
            ->date == "2024-05-01");
  CHECK_FALSE(article_date(doc(core::Format::kMarkdown, "# x\n\ndate: 2024-05-01\n")));
  CHECK_FALSE(article_date(doc(core::Format::kMarkdown, "---\nupdated: 2024-05-01\n---\n")));
  const auto meta = article_date(
      doc(core::Format::kHtml,
          "<html><head><meta property='article:published_time' content='2023-11-05T08:00:00Z'>"
          "<script type='application/ld+json'>{\"datePublished\": \"2022-01-01\"}</script></head>"
          "<body><time datetime='2021-01-01'>x</time></body></html>"));
  REQUIRE(meta);
  CHECK(meta->date == "2023-11-05");
  CHECK(meta->from == "article:published_time");
  const auto ld = article_date(
      doc(core::Format::kHtml,
          "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, "
          "{\"datePublished\": \"2022-06-30\"}]}</script><time datetime='2021-01-01'>x</time>"));
  REQUIRE(ld);
  CHECK(ld->date == "2022-06-30");
  CHECK(ld->from == "json-ld");
  CHECK(
      article_date(doc(core::Format::kHtml, "<p><time datetime='2021-01-15'>x</time></p>"))->from ==
      "time");
  CHECK_FALSE(article_date(doc(core::Format::kText, "Published 2024-05-01.\n")));
}

TEST_CASE("a reference's retrieved or accessed date") {
  CHECK(retrieved_date("Harbour Courier. Retrieved 12 March 2025.") == "2025-03-12");
  CHECK(retrieved_date("Harbour Courier. Retrieved March 12, 2025.") == "2025-03-12");
  CHECK(retrieved_date("Harbour Courier (accessed 2025-03-12)") == "2025-03-12");
  CHECK(retrieved_date("Harbour Courier. Accessed on: 3 Sept. 2024") == "2024-09-03");
  CHECK(retrieved_date("Harbour Courier. Archived from the original on 1 May 2020.") == "");
  CHECK(retrieved_date("Harbour Courier, 12 March 2025.") == "");
  CHECK(retrieved_date("Retrieved 31 February 2025") == "");
}

}  // namespace citecheck::archive
