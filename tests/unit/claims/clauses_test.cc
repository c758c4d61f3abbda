#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/plain_text.h"
#include "claims/claims.h"
#include "claims/clauses.h"

namespace citecheck::claims {
namespace {

using Strings = std::vector<std::string>;

const std::string kRefs =
    "\nReferences\n[1] https://a.example/1\n[2] https://a.example/2\n[3] https://a.example/3\n";

// The clauses of the article's only claim, as "text|ids", the blanked markers' runs of spaces
// squeezed to one and trimmed.
Strings clauses_of(const std::string& sentence) {
  core::Document doc;
  doc.path = "article.txt";
  doc.text = "Port report\n\n" + sentence + "\n" + kRefs;
  const core::CitationIndex index = cite::extract_plain_text(doc);
  const Claims found = extract_claims(doc, index);
  REQUIRE(found.claims.size() == 1);
  Strings out;
  const core::Claim& claim = found.claims[0];
  const std::string blanked = blank_markers(claim.text, claim.offset, index.citations);
  for (const Clause& c : split_at_markers(claim, blanked, index)) {
    std::string text;
    for (const char ch : c.text) {
      if (ch != ' ' || (!text.empty() && text.back() != ' ')) text += ch;
    }
    if (!text.empty() && text.back() == ' ') text.pop_back();
    std::string ids;
    for (const std::string& id : c.citations) ids += (ids.empty() ? "" : ",") + id;
    out.push_back(text + "|" + ids);
  }
  return out;
}

}  // namespace

TEST_CASE("a sentence citing different references in different places splits after each marker") {
  CHECK(clauses_of("Cargo rose 10% in March [1], while fuel costs fell 5% over the year [2].") ==
        Strings{"Cargo rose 10% in March|1", ", while fuel costs fell 5% over the year .|2"});
  CHECK(clauses_of("Cargo rose 10% [1][3], and the new crane arrived in May [2].") ==
        Strings{"Cargo rose 10%|1,3", ", and the new crane arrived in May .|2"});
}

TEST_CASE("markers at the end, or only a word or two apart, leave the claim whole") {
  CHECK(clauses_of("Cargo rose 10% in March, while fuel costs fell 5% [1][2].").empty());
  CHECK(clauses_of("Cargo rose 10% in March [1] and [2].").empty());
  CHECK(clauses_of("Cargo rose 10% in March [1, 2], the harbour master said.").empty());
}

TEST_CASE("words after the last marker stay with the last clause") {
  CHECK(clauses_of("Cargo rose 10% [1], while fuel costs fell 5% [2] over the year.") ==
        Strings{"Cargo rose 10%|1", ", while fuel costs fell 5% over the year.|2"});
}

}  // namespace citecheck::claims
