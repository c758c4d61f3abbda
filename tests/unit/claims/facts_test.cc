#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claims/facts.h"

namespace citecheck::claims {
namespace {

using Strings = std::vector<std::string>;
using core::FactKind;

Strings quotations(std::string_view sentence, std::size_t min_words = 3) {
  Strings out;
  for (const std::string_view q : find_quotations(sentence, min_words)) out.emplace_back(q);
  return out;
}

}  // namespace

TEST_CASE("find_quotations reads straight and curly quotes of three words or more") {
  CHECK(quotations("He said \"whose technology is most broadly adopted\" matters.") ==
        Strings{"whose technology is most broadly adopted"});
  CHECK(quotations("She called it \xE2\x80\x9C"
                   "a turning point for us\xE2\x80\x9D today.") ==
        Strings{"a turning point for us"});
  CHECK(quotations("\"We will win this,\" he said, and \"we will not stop now\".") ==
        Strings{"We will win this,", "we will not stop now"});
}

TEST_CASE("find_quotations skips scare quotes, unclosed quotes and empty text") {
  CHECK(quotations("These \"smart\" glasses are \"very good\".").empty());
  CHECK(quotations("These \"smart\" glasses", 1) == Strings{"smart"});
  CHECK(quotations("He said \"this never ends and goes on").empty());
  CHECK(quotations("").empty());
  // A straight quote does not close a curly one.
  CHECK(quotations("\xE2\x80\x9Cthree words here\" and more").empty());
}

TEST_CASE("find_entities finds multi-word names and mid-sentence capitals") {
  const Strings e =
      find_entities("According to Microsoft President Brad Smith, the key factor is adoption.");
  CHECK(e == Strings{"Microsoft President Brad Smith"});

  const Strings models =
      find_entities("China's strategy uses open-source AI models, such as DeepSeek, which spread.");
  CHECK(models == Strings{"AI", "China", "DeepSeek"});  // sorted
}

TEST_CASE("find_entities ignores ordinary sentence-initial capitals") {
  CHECK(find_entities("However, the retention of researchers remains a challenge.").empty());
  CHECK(find_entities("Sales rose sharply last year.").empty());
  CHECK(find_entities("The US must entice top researchers.") == Strings{"US"});
  CHECK(find_entities("However, the US government acted.") == Strings{"US"});
  CHECK(find_entities("").empty());
}

TEST_CASE("find_entities keeps a sentence-initial word that plainly is a name") {
  CHECK(find_entities("NASA launched it.") == Strings{"NASA"});
  CHECK(find_entities("Nvidia's chips sold out.") == Strings{"Nvidia"});
  CHECK(find_entities("Brad Smith said so.") == Strings{"Brad Smith"});
  CHECK(find_entities("WHO warned of it.") == Strings{"WHO"});
}

TEST_CASE("find_entities drops a capitalised function word that opens the sentence") {
  CHECK(find_entities("After Microsoft bought it, prices rose.") == Strings{"Microsoft"});
  CHECK(find_entities("During COVID lockdowns, sales fell.") == Strings{"COVID"});
}

TEST_CASE("find_entities stops a name at punctuation and lists each name once") {
  const Strings e = find_entities("Both Google, Meta and Nvidia hire; Google pays most.");
  CHECK(e == Strings{"Google", "Meta", "Nvidia"});
}

TEST_CASE("find_facts reports quantities, quotations and entities with their kinds") {
  const std::vector<core::Fact> facts = find_facts(
      "In 2025, Microsoft President Brad Smith said 31% of firms paid $5m, calling it "
      "\"a very large sum indeed\".");
  REQUIRE(facts.size() == 5);
  CHECK(facts[0].kind == FactKind::kYear);
  CHECK(facts[0].text == "2025");
  CHECK(facts[1].kind == FactKind::kPercent);
  CHECK(facts[1].text == "31%");
  CHECK(facts[1].value == doctest::Approx(31));
  CHECK(facts[1].unit == "%");
  CHECK(facts[1].precision == doctest::Approx(0.5));
  CHECK(facts[2].kind == FactKind::kMoney);
  CHECK(facts[2].text == "$5m");
  CHECK(facts[2].value == doctest::Approx(5e6));
  CHECK(facts[2].unit == "USD");
  CHECK(facts[3].kind == FactKind::kQuote);
  CHECK(facts[3].text == "a very large sum indeed");
  CHECK_FALSE(facts[3].value.has_value());
  CHECK(facts[4].kind == FactKind::kEntity);
  CHECK(facts[4].text == "Microsoft President Brad Smith");
  for (const core::Fact& f : facts) CHECK_FALSE(f.found);
}

TEST_CASE("find_facts carries ratio values and hedge tolerances") {
  const std::vector<core::Fact> facts = find_facts("About one in three job seekers use it.");
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].kind == FactKind::kRatio);
  CHECK(facts[0].text == "one in three");
  CHECK(*facts[0].value == doctest::Approx(1.0 / 3.0));
  CHECK(facts[0].tolerance == doctest::Approx(0.1));
}

TEST_CASE("find_facts finds nothing in a plain sentence or in blanked markers") {
  CHECK(find_facts("the rest of the world is watching closely.").empty());
  // Markers arrive blanked with spaces, so their numbers are not facts.
  CHECK(find_facts("prices rose sharply    .").empty());
  // "H100" is part of a name, not a number.
  const std::vector<core::Fact> chips = find_facts("Chips from Nvidia H100 racks sold.");
  REQUIRE(chips.size() == 1);
  CHECK(chips[0].kind == FactKind::kEntity);
  CHECK(chips[0].text == "Nvidia H100");
}

}  // namespace citecheck::claims

namespace citecheck::claims {

TEST_CASE("a quoted title names a work - it is no quotation") {
  const auto facts = find_facts("The band released \"Black Gives Way to Blue\" in 2009.");
  bool quote = false, title = false;
  for (const core::Fact& f : facts) {
    quote = quote || f.kind == core::FactKind::kQuote;
    title = title || (f.kind == core::FactKind::kEntity && f.text == "Black Gives Way to Blue");
  }
  CHECK_FALSE(quote);
  CHECK(title);
}

TEST_CASE("a stray straight quote does not pair with the next quotation's opening mark") {
  const auto quotes = find_quotations(
      "The 12\" record sold out; critics called it \"a bold and strange little album\" at once.",
      3);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0] == "a bold and strange little album");
}

}  // namespace citecheck::claims
