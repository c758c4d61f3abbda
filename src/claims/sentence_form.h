// Sentences that are no claims by their form, whatever words they use: lead-ins, exclamations,
// captions, instructions, examples, notes about the text, advice to the reader and first-party
// accounts of the writer's own doings; and quotation marks that mention words rather than quote
// anyone. Applied to uncited sentences before their check-worthiness is scored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

// Why `sentence` (markers blanked) is no claim needing a citation by its form ("a lead-in", "an
// instruction", "a first-party account", ...), or "" if its form says nothing against it. A
// statistic (a percentage, proportion, amount of money or figure of ten or more in `facts`)
// overrides every form but a lead-in, code and an instruction to act: "We found that 31% of
// respondents ..." is a claim. `in_caption`: the sentence captions a picture or a table, where a
// label with no verb is a caption even when it ends in a full stop.
std::string_view not_a_claim(std::string_view sentence, const std::vector<core::Fact>& facts,
                             bool in_caption = false);

// Whether `fact`, in `sentence`, is a manner of speaking rather than a measurement: "100%" not
// followed by "of" nor read as a change ("100% WASI", "before they reach 100% utilization", but not
// "100% of the seats" or "rose by 100%").
bool is_manner_of_speaking(const core::Fact& fact, std::string_view sentence);

// Whether `sentence` speaks in the first person plural in its own words ("we", "our", "us",
// outside quotation marks and asides such as "as we know it").
bool in_first_person_plural(std::string_view sentence);

// Whether `sentence` ends as a sentence does (a full stop, a question or exclamation mark, not an
// ellipsis): prose, not a caption, a cell or a line of page furniture.
bool terminated(std::string_view sentence);

// Whether `sentence` speaks in the first person singular in its own words ("I", "my", "me").
bool in_first_person_singular(std::string_view sentence);

// Whether a document whose terminated sentences (headings aside) number `sentences`, of which
// `plural` speak in the first person plural and `singular` in the singular, speaks as a party
// (a team, a project, an organisation) about itself: "we" in one sentence in ten or more, and in
// at least twice as many sentences as "I". A person arguing (a speech, a debate) says "I" about as
// often as "we", and their "we" is a country or a party, not the writer.
bool speaks_as_first_party(std::size_t plural, std::size_t singular, std::size_t sentences);

// Whether `sentence` sets a requirement as standards do: "MUST", "MUST NOT", "SHALL", "SHOULD",
// "REQUIRED", "RECOMMENDED" or "MAY" in capitals among words in lower case (RFC 2119, BCP 14);
// a sentence in capitals throughout shouts and sets nothing.
bool sets_a_requirement(std::string_view sentence);

// Whether a document of `sentences` sentences (headings aside), `requirements` of which set a
// requirement, is a specification: three such sentences or more, and one in fifty or more.
bool is_specification(std::size_t requirements, std::size_t sentences);

// Whether `sentence`, in its own words, tells of other people: a third person ("he", "they") or
// someone's saying. A first-party document's sentence that does is about the world, not its own.
bool tells_of_others(std::string_view sentence);

// `sentence` with what stands inside quotation marks blanked (offsets unchanged).
std::string outside_quotations(std::string_view sentence);

// Whether `sentence` holds quotation marks but no one is said to have said what they hold (no verb
// or noun of saying outside them): example strings, terms and scare quotes mention words; they do
// not quote anyone.
bool only_mentions(std::string_view sentence);

}  // namespace citecheck::claims
