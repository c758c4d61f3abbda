// Word lists for check-worthiness cues (claims/check_worthiness.cc). Every predicate takes a
// folded word from text::words.
#pragma once

#include <string_view>

namespace citecheck::claims {

// Trends and records: something changed, which a source can back ("doubled", "lowest").
bool is_trend_word(std::string_view w);
// The trend words that name an act of record rather than a change ("spent", "voted"): they count
// as trend words in the model, but a sentence flagged for them states a fact, not a trend.
bool is_public_act_word(std::string_view w);
// Comparatives and quantity comparisons.
bool is_comparison_word(std::string_view w);
// Words that report what someone said or found.
bool is_attribution_word(std::string_view w);
// Numbers spelt out.
bool is_number_word(std::string_view w);
// Counts and shares in words ("thousands", "twice", "a majority").
bool is_scale_word(std::string_view w);
// Modal verbs: what could, should or will be, not what is.
bool is_modal(std::string_view w);
// Words ending in "ed" that are no past tense.
bool is_not_a_verb(std::string_view w);
// Irregular past tenses and participles ("told", "taken").
bool is_irregular_past(std::string_view w);
// Auxiliaries of the past ("was", "didn't" as "didn" after tokenising).
bool is_record_auxiliary(std::string_view w);
// A hedged prediction ("will", "I'll" as "ll").
bool is_prediction(std::string_view w);
// What follows "I" or "we" in a plan or wish ("we will", "I want", "I'd").
bool is_plan_verb(std::string_view w);
// Vague quantities of nothing in particular.
bool is_vague_word(std::string_view w);
// Anchors in time: months, "since", "ago", "last", "during".
bool is_time_word(std::string_view w);
// Titles before a person's name.
bool is_title_word(std::string_view w);
// Third-person pronouns: a sentence about someone else.
bool is_third_person(std::string_view w);
// Prepositions of measure and comparison ("by 3 points", "over", "than").
bool is_measure_preposition(std::string_view w);
// Question words that open a sentence.
bool is_question_word(std::string_view w);
// Verbs in their base form: programmes and promises, not records.
bool is_base_verb(std::string_view w);
// Abstract nouns of speeches ("freedom", "the challenge", "the issue").
bool is_abstract_noun(std::string_view w);
// Emphatic quantifiers that go with claims of record ("only", "never", "every").
bool is_emphatic_word(std::string_view w);
// Words of the public record: budgets, laws, prices, jobs, votes and who governs.
bool is_record_word(std::string_view w);
// Opinion, feeling, obligation and evaluation ("believe", "important", "should").
bool is_opinion_word(std::string_view w);

}  // namespace citecheck::claims
