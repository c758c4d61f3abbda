#include <doctest/doctest.h>

#include <string>

#include "html/dom.h"
#include "source/extract.h"
#include "source/metadata.h"

namespace citecheck::source {

using html::parse_html;

TEST_CASE("the title prefers og:title to a <title> carrying the site's name") {
  const PageMeta meta =
      read_metadata(parse_html("<head><title>Depot approved | The Ledger</title>"
                               "<meta property=\"og:title\" content=\"Depot approved\"></head>"));
  CHECK(meta.title == "Depot approved");
  CHECK(read_metadata(parse_html("<title> Only &amp; title </title>")).title == "Only & title");
}

TEST_CASE("a scholarly page's citation_* tags win and fill journal, DOI and authors") {
  const PageMeta meta =
      read_metadata(parse_html("<head><title>Tuft cells - Journal site</title>"
                               "<meta name=\"citation_title\" content=\"Tuft cells sense danger\">"
                               "<meta name=\"citation_author\" content=\"Ito, Mei\">"
                               "<meta name=\"citation_author\" content=\"Okafor, Ade\">"
                               "<meta name=\"citation_publication_date\" content=\"2019/11/18\">"
                               "<meta name=\"citation_journal_title\" content=\"Immunity\">"
                               "<meta name=\"citation_doi\" content=\"10.1000/xyz123\">"
                               "<meta property=\"og:title\" content=\"Social title\"></head>"));
  CHECK(meta.title == "Tuft cells sense danger");
  CHECK(meta.published == "2019-11-18");
  CHECK(meta.authors == std::vector<std::string>{"Ito, Mei", "Okafor, Ade"});
  CHECK(meta.journal == "Immunity");
  CHECK(meta.doi == "10.1000/xyz123");
}

TEST_CASE("the published date comes from meta tags, then JSON-LD, then the first <time>") {
  CHECK(read_metadata(parse_html("<meta property=\"article:published_time\" "
                                 "content=\"2025-03-04T09:30:00+01:00\">"))
            .published == "2025-03-04");
  const PageMeta ld = read_metadata(parse_html(
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"NewsArticle\",\"headline\":\"Fleet report\",\"datePublished\":\"2024-12-01\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Lim\"},\"articleBody\":\"Body text.\"}]}"
      "</script><time datetime=\"2023-01-01\">old</time>"));
  CHECK(ld.published == "2024-12-01");
  CHECK(ld.title == "Fleet report");
  CHECK(ld.authors == std::vector<std::string>{"Ana Lim"});
  CHECK(ld.json_ld_body == "Body text.");
  CHECK(read_metadata(parse_html("<p>Posted <time datetime=\"2022-06-30T08:00\">June</time></p>"))
            .published == "2022-06-30");
}

TEST_CASE("broken JSON-LD is ignored, and canonical URLs are read") {
  const PageMeta meta = read_metadata(
      parse_html("<link rel=\"canonical\" href=\"https://example.org/a\">"
                 "<script type=\"application/ld+json\">{\"headline\": \"unterminated</script>"
                 "<title>Plain</title>"));
  CHECK(meta.title == "Plain");
  CHECK(meta.canonical_url == "https://example.org/a");
}

TEST_CASE("normalise_date keeps what it cannot read") {
  CHECK(normalise_date(" 2019-11-18T21:38:00Z ") == "2019-11-18");
  CHECK(normalise_date("2019/11/18") == "2019-11-18");
  CHECK(normalise_date("18 November 2019") == "18 November 2019");
}

}  // namespace citecheck::source
