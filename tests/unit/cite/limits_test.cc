// The per-document caps on references and citations: what an editor keeps and what the notice
// says when an article (generated, pasted or hostile) lists more than citecheck will check.
#include <doctest/doctest.h>

#include <string>

#include "cite/limits.h"

namespace citecheck::cite {
namespace {

core::CitationIndex with_references(std::size_t n) {
  core::CitationIndex index;
  for (std::size_t i = 1; i <= n; ++i) {
    core::Reference r;
    r.id = std::to_string(i);
    r.url = "https://example.org/" + r.id;
    index.references.push_back(r);
  }
  return index;
}

core::Citation cite(const std::string& id) {
  core::Citation c;
  c.reference_id = id;
  return c;
}

}  // namespace

TEST_CASE("numbers in notices are grouped by thousands") {
  CHECK(with_commas(0) == "0");
  CHECK(with_commas(999) == "999");
  CHECK(with_commas(1000) == "1,000");
  CHECK(with_commas(20000) == "20,000");
  CHECK(with_commas(1234567) == "1,234,567");
}

TEST_CASE("an article within the limits is left alone, without a notice") {
  core::CitationIndex index = with_references(kMaxReferences);
  index.citations = {cite("1"), cite("missing")};
  limit_citations(index);
  CHECK(index.references.size() == kMaxReferences);
  CHECK(index.citations.size() == 2);
  CHECK(index.notices.empty());
}

TEST_CASE("past the reference limit, dropped references take their citations with them") {
  core::CitationIndex index = with_references(kMaxReferences + 5);
  index.citations = {cite("1"), cite(std::to_string(kMaxReferences + 1)), cite("missing")};
  limit_citations(index);
  CHECK(index.references.size() == kMaxReferences);
  REQUIRE(index.citations.size() == 2);
  CHECK(index.citations[0].reference_id == "1");
  // A citation of a reference that was never listed still reads as one.
  CHECK(index.citations[1].reference_id == "missing");
  REQUIRE(index.notices.size() == 1);
  CHECK(index.notices[0] ==
        "10,005 references: only the first 10,000 are checked (the limit per document)");
}

TEST_CASE("past the citation limit, the first citations are kept") {
  core::CitationIndex index = with_references(1);
  index.citations.assign(kMaxCitations + 1, cite("1"));
  limit_citations(index);
  CHECK(index.citations.size() == kMaxCitations);
  REQUIRE(index.notices.size() == 1);
  CHECK(index.notices[0] ==
        "50,001 citations: only the first 50,000 are checked (the limit per document)");
}

}  // namespace citecheck::cite
