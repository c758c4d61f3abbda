#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/tokens.h"

namespace citecheck::text {
namespace {

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("words splits on punctuation, apostrophes and hyphens and folds case") {
  const std::vector<Word> ws = words("Open-source AI's RISE, 2025!");
  REQUIRE(ws.size() == 6);
  CHECK(ws[0].folded == "open");
  CHECK(ws[1].folded == "source");
  CHECK(ws[2].folded == "ai");
  CHECK(ws[3].folded == "s");
  CHECK(ws[4].folded == "rise");
  CHECK(ws[5].folded == "2025");
  CHECK(ws[5].offset == 23);
  CHECK(ws[5].length == 4);
}

TEST_CASE("words gives byte offsets into the original text across multi-byte characters") {
  // "Café" is 5 bytes, "naïve" 6, "—" 3.
  const std::string text = "Caf\xC3\xA9 na\xC3\xAFve\xE2\x80\x94M\xC3\xBCNCHEN";
  const std::vector<Word> ws = words(text);
  REQUIRE(ws.size() == 3);
  CHECK(ws[0].offset == 0);
  CHECK(ws[0].length == 5);
  CHECK(ws[0].folded == "caf\xC3\xA9");
  CHECK(ws[1].offset == 6);
  CHECK(ws[1].length == 6);
  CHECK(text.substr(ws[1].offset, ws[1].length) == "na\xC3\xAFve");
  CHECK(ws[2].offset == 15);
  CHECK(ws[2].length == 8);
  CHECK(ws[2].folded == "m\xC3\xBCnchen");  // folded, while the span still points at "MÜNCHEN"
}

TEST_CASE("words folds full-width letters with NFKC") {
  const std::vector<Word> ws =
      words("\xEF\xBC\xA3\xEF\xBD\x88\xEF\xBD\x89\xEF\xBD\x8E\xEF\xBD\x81");
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].folded == "china");
  CHECK(ws[0].length == 15);
}

TEST_CASE("words returns nothing for empty, blank or punctuation-only text") {
  CHECK(words("").empty());
  CHECK(words(" \t\n").empty());
  CHECK(words("-- ... !?").empty());
}

TEST_CASE("words skips invalid UTF-8 bytes without losing the words around them") {
  const std::vector<Word> ws = words(
      "ab\xFF"
      "cd");
  REQUIRE(ws.size() == 2);
  CHECK(ws[0].folded == "ab");
  CHECK(ws[1].folded == "cd");
  CHECK(ws[1].offset == 3);
}

TEST_CASE("is_stopword knows common function words only") {
  CHECK(is_stopword("the"));
  CHECK(is_stopword("and"));
  CHECK(is_stopword("yourselves"));
  CHECK(is_stopword("a"));
  CHECK_FALSE(is_stopword("china"));
  CHECK_FALSE(is_stopword("The"));  // expects folded input
  CHECK_FALSE(is_stopword(""));
}

TEST_CASE("stem reduces English inflections to one stem") {
  CHECK(stem("researchers") == stem("researcher"));
  CHECK(stem("running") == "run");
  CHECK(stem("companies") == stem("company"));
  CHECK(stem("") == "");
}

TEST_CASE("content_terms drops stopwords and bare numbers and stems the rest") {
  CHECK(content_terms("The researchers are in 2025 at the lab") ==
        Strings{stem("researchers"), "lab"});
  CHECK(content_terms("researchers") == content_terms("Researcher"));
  CHECK(content_terms("H100 chips") == Strings{"h100", "chip"});
  CHECK(content_terms("the and of 31 2025").empty());
  CHECK(content_terms("").empty());
}

}  // namespace citecheck::text
