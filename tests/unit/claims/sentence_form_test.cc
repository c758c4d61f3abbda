#include "claims/sentence_form.h"

#include <doctest/doctest.h>

#include "claims/facts.h"

namespace citecheck::claims {
namespace {

std::string form(const std::string& sentence) {
  return std::string(not_a_claim(sentence, find_facts(sentence)));
}

}  // namespace

TEST_CASE("a sentence ending in a colon introduces what follows") {
  CHECK(form("The three bridges built that decade were:") == "a lead-in");
  CHECK(form("Consider two kinds of valve:") == "a lead-in");
  CHECK(form("The three bridges built that decade were all closed in 1998.") == "");
}

TEST_CASE("a line made of code or data is no prose") {
  CHECK(form("\"id\": 4021, \"owner\": \"depot_7\", \"tags\": { \"open\": true } }") ==
        "code or data");
  CHECK(form("client_id=app.example&scope=notes%3Arw state=1 then the form posts.") ==
        "code or data");
  // A sentence with one link or one identifier in it is still prose.
  CHECK(form("The depot_7 archive moved to https://archive.example/depot in 2019.") == "");
}

TEST_CASE("a line with no verb and no full stop is a caption or a table cell") {
  CHECK(form("A ferry leaving the harbour at dawn") == "a caption or table cell");
  CHECK(form("4,312 km2 (18th)") == "a caption or table cell");
  CHECK(form("Further reading; Archive; Contact ...") == "a caption or table cell");
  CHECK(form("Replies (12 posted)") == "a caption or table cell");  // its verb is in brackets
  // With a verb, or a full stop, it is a sentence; a share or an amount stays a statistic.
  CHECK(form("The ferry was withdrawn in 1977") == "");
  CHECK(form("The ferry carried more passengers than any other in the region.") == "");
  CHECK(form("Farm exports 41% of the total") == "");
}

TEST_CASE("exclamations, instructions, examples and restatements state nothing to source") {
  CHECK(form("The new release is finally here!") == "an exclamation");
  CHECK(form("Run the installer twice before rebooting.") == "an instruction");
  CHECK(form("Don't leave the valve open overnight.") == "an instruction");
  CHECK(form("For example, a pump can feed two tanks at once.") == "an example");
  CHECK(form("This means that the pump never runs dry.") == "a restatement");
  // A noun that looks like a verb, and a statistic in any of these forms, are claims.
  CHECK(form("Use of the old bridge fell after the tunnel opened.") == "");
  CHECK(form("Sales rose 40% in a single year!") == "");
  CHECK(form("For example, the ferry cost $3 million to refit.") == "");
  CHECK(form("The levy means that every household pays more.") == "");
}

TEST_CASE("a note about the text names the text") {
  CHECK(form("This post was updated to correct the release date.") == "a note about the text");
  CHECK(form("The table below lists rainfall by month for each town.") == "a note about the text");
  // "The following year" is a time, not the text.
  CHECK(form("The following year the mill closed and the town shrank.") == "");
}

TEST_CASE("advice addresses the reader") {
  CHECK(form("You should rotate the keys after each release.") == "advice to the reader");
  CHECK(form("Make sure the cable is unplugged first.") == "an instruction");
  CHECK(form("Before a long trip you will want a spare tyre.") == "advice to the reader");
  CHECK(form("A gauge of your disk's health, read from its own counters.") ==
        "advice to the reader");
  CHECK(form("If you earn more than $90,000, you pay the higher rate.") == "");
  CHECK(form("Senator Hale told you the depot would close.") == "");
}

TEST_CASE("a first-party account of the writer's own doings is no claim - a finding is") {
  CHECK(form("We rewrote the scheduler over the summer.") == "a first-party account");
  CHECK(form("I tried the beta on an old laptop.") == "a first-party account");
  CHECK(form("Our team disabled the nightly alerts.") == "a first-party account");
  // A statistic from the writer's own survey, a reported finding, an act of public record, an
  // aside and someone else's quoted "we" are still claims to source.
  CHECK(form("We found that 31% of respondents had never backed up a phone.") == "");
  CHECK(form("We found that most respondents had never backed up a phone.") == "");
  CHECK(form("I voted against the housing budget twice.") == "");
  CHECK(form("The cooperative as we know it was founded by four weavers.") == "");
  CHECK(form("The mayor told reporters, \"We closed the depot.\"") == "");
}

TEST_CASE("the first person plural, in the writer's own words") {
  CHECK(in_first_person_plural("Our copies run at two."));
  CHECK(in_first_person_plural("The release surprised us."));
  CHECK_FALSE(in_first_person_plural("The director said, \"We kept every copy.\""));
  CHECK_FALSE(in_first_person_plural("The US office keeps a second set."));
  CHECK_FALSE(in_first_person_plural("The guild as we know it dates from 1820."));
  CHECK(tells_of_others("They reported the fault in May."));
  CHECK(tells_of_others("The fault was reported to the vendor, who said it was known."));
  CHECK_FALSE(tells_of_others("The copies were moved to the new server."));
  CHECK(in_first_person_singular("My copy ran at two."));
  CHECK_FALSE(in_first_person_singular("Reads are I/O bound."));
  CHECK_FALSE(in_first_person_singular("She wrote, \"I kept every copy.\""));
  CHECK(speaks_as_first_party(1, 0, 10));
  CHECK_FALSE(speaks_as_first_party(1, 0, 11));  // "we" in under one sentence in ten
  CHECK(speaks_as_first_party(20, 10, 100));
  CHECK_FALSE(speaks_as_first_party(20, 11, 100));  // a person arguing: "I" nearly as often
  CHECK_FALSE(speaks_as_first_party(0, 0, 0));
}

TEST_CASE("quotation marks that mention words are no quotation") {
  CHECK(only_mentions("The flag \"strict\" turns the warning into an error."));
  CHECK(only_mentions("The mode is called \"safe start\" in the manual."));
  CHECK_FALSE(only_mentions("The chair said the plan was \"dead on arrival\" last week."));
  CHECK_FALSE(only_mentions("The board's motto, \"ever upward\", dates from its founding."));
  CHECK_FALSE(only_mentions("The plan was dropped last week."));
}

TEST_CASE("an instruction to act asserts nothing, whatever figure it names") {
  CHECK(form("Set the alarm threshold to 95% before the first run.") == "an instruction");
  // The imperative may open the main clause after a leading phrase and a comma.
  CHECK(form("Using bins of 5% width, increment the matching bin each second.") ==
        "an instruction");
  CHECK(form("Once the tank is full, close the valve.") == "");  // "close" is not in the list
  // An instruction to notice brings in what is to be noticed: with a figure, that is a claim.
  CHECK(form("Note that 31% of homes in the valley have no broadband.") == "");
  CHECK(form("Note that the valve sticks in cold weather.") == "an instruction");
  // A subject after a comma is no imperative: "use" as a noun.
  CHECK(form("In 2019, use of the ferry fell by 40%.") == "");
}

TEST_CASE("a recommended way of doing something is advice") {
  CHECK(form("The simplest way to compare two pumps is to log 10 hours of each.") ==
        "advice to the reader");
  CHECK(form("One way to keep the tanks clean is to drain them monthly.") ==
        "advice to the reader");
  // A way described as it was, not recommended.
  CHECK(form("The only way to the island was a ferry that ran twice a week.") == "");
}

TEST_CASE("definitions, generalisations and conclusions are the writer's own") {
  CHECK(form("The first build stage is called stage 0.") == "a definition");
  CHECK(form("A pump is defined as any device that lifts water.") == "a definition");
  CHECK(form("Generally speaking, each tank is filled from the nearest well.") ==
        "a generalisation");
  CHECK(form("In general, older pumps draw more power.") == "a generalisation");
  CHECK(form("Maintenance work is thus concentrated in a small number of towns.") ==
        "a conclusion");
  // "thus" before a participle or in brackets tells a consequence inside the fact.
  CHECK(form("The council replaced the old pump (thus cutting its bill).") == "");
  CHECK(form("The council replaced the old pump in 2014, thus cutting its power bill.") == "");
  // A statistic stays a claim in any of these forms.
  CHECK(form("In general, 40% of the wells run dry by August.") == "");
  // "called" by someone is a saying, not a name given.
  CHECK(form("The mayor called the closure a disgrace.") == "");
  // A name given in a subordinate clause, or late in the sentence, leaves its statement standing.
  CHECK(form("While the tower is also called the Old Light, the council sold it in 1902.") == "");
  CHECK(form("Competition between the three mills drove fast change in the valley, which the "
             "guild came to refer to as the new trade.") != "a definition");
}

TEST_CASE("\"100%\" as a way of saying \"entirely\" is no statistic") {
  CHECK(form("It will not be 100% compatible with the old format.") == "");
  const auto facts = find_facts("The pumps ran at 100% capacity.");
  REQUIRE(facts.size() == 1);
  CHECK(is_manner_of_speaking(facts[0], "The pumps ran at 100% capacity."));
  const std::string of = "The county owns 100% of the shares.";
  CHECK_FALSE(is_manner_of_speaking(find_facts(of)[0], of));
  const std::string change = "Water prices rose by 100% in a decade.";
  CHECK_FALSE(is_manner_of_speaking(find_facts(change)[0], change));
  const std::string part = "The county owns 40% of the shares.";
  CHECK_FALSE(is_manner_of_speaking(find_facts(part)[0], part));
  // So "we ... 100%" is a first-party account, where "we ... 40%" is a finding to source.
  CHECK(form("For now we do not emit 100% portable code.") == "a first-party account");
  CHECK(form("For now we emit 40% less code.") == "");
}

TEST_CASE("a caption's label may end in a full stop") {
  const std::string label = "Detail from a 1657 map showing the western coast.";
  CHECK(std::string(not_a_claim(label, find_facts(label), true)) == "a caption or table cell");
  CHECK(std::string(not_a_claim(label, find_facts(label), false)) == "");
  // A caption that says something in a sentence of its own is read as one.
  const std::string sentence = "Wool has long been one of the region's main exports.";
  CHECK(std::string(not_a_claim(sentence, find_facts(sentence), true)) == "");
}

TEST_CASE("requirements in capitals, as standards write them") {
  CHECK(sets_a_requirement("A client MUST send the token in a header."));
  CHECK(sets_a_requirement("Servers SHOULD NOT cache the answer."));
  CHECK(sets_a_requirement("The field MAY be empty."));
  // Lower case, a month, and shouting set nothing.
  CHECK_FALSE(sets_a_requirement("A client must send the token in a header."));
  CHECK_FALSE(sets_a_requirement("The report is due in May."));
  CHECK_FALSE(sets_a_requirement("YOU MUST VOTE ON THURSDAY."));
  CHECK(is_specification(3, 150));
  CHECK_FALSE(is_specification(2, 20));   // two are not a habit
  CHECK_FALSE(is_specification(3, 400));  // three in a long text are quotations of one
}

}  // namespace citecheck::claims
