// The word lists behind check_worthiness's cues, one predicate per list. Each list holds folded
// words as text::words gives them, so contractions arrive split ("didn't" is "didn" and "t"). The
// lists name kinds of words (past tenses, modals, words of the public record, opinion), not the
// sentences of any one corpus. Kept sorted: each is searched by bisection, checked at compile time.
#include "claims/cue_words.h"

#include <algorithm>
#include <array>

namespace citecheck::claims {

bool is_trend_word(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "added",    "best",    "biggest", "climbed",   "created", "cut",     "declined", "decreased",
      "doubled",  "dropped", "fallen",  "fastest",   "fell",    "first",   "gained",   "grew",
      "grown",    "halved",  "highest", "increased", "jumped",  "largest", "lost",     "lowest",
      "passed",   "plunged", "raised",  "record",    "reduced", "risen",   "rose",     "signed",
      "smallest", "soared",  "spent",   "surged",    "tripled", "vetoed",  "voted",    "worst"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_public_act_word(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kWords = {"created", "passed", "signed",
                                                             "spent",   "vetoed", "voted"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_comparison_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "bigger", "fewer", "higher", "larger", "least", "less", "lower", "more", "most", "smaller"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_attribution_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "according", "admitted", "announced", "estimated", "found",
      "reported",  "said",     "says",      "stated",    "testified"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_number_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "billion", "eight",   "eighty", "eleven",   "fifty", "five",   "forty",   "four",
      "hundred", "million", "nine",   "ninety",   "one",   "seven",  "seventy", "six",
      "sixty",   "ten",     "thirty", "thousand", "three", "twelve", "twenty",  "two"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_scale_word(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "billions", "double", "dozen",   "dozens",     "hundreds",  "majority", "millions",
      "minority", "number", "numbers", "percentage", "thousands", "triple",   "twice"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_modal(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "can", "could", "may", "might", "must", "ought", "should", "will", "would"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_not_a_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"feed", "hundred", "indeed", "need",
                                                             "red",  "seed",    "speed",  "united"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_irregular_past(std::string_view w) {
  static constexpr std::array<std::string_view, 107> kWords = {
      "ate",       "beaten",   "became",   "been",   "began",      "begun",     "bought",
      "broke",     "broken",   "brought",  "built",  "came",       "chose",     "chosen",
      "did",       "done",     "drew",     "driven", "drove",      "fallen",    "fed",
      "fell",      "felt",     "fled",     "flew",   "forbade",    "forgave",   "forgot",
      "forgotten", "fought",   "found",    "froze",  "gave",       "given",     "gone",
      "got",       "gotten",   "grew",     "grown",  "heard",      "held",      "hid",
      "hit",       "hurt",     "kept",     "knew",   "known",      "led",       "left",
      "let",       "lost",     "made",     "meant",  "met",        "overcame",  "overtook",
      "paid",      "put",      "quit",     "ran",    "rang",       "read",      "risen",
      "rode",      "rose",     "said",     "sank",   "sat",        "saw",       "seen",
      "sent",      "set",      "shot",     "shown",  "shut",       "slept",     "sold",
      "sought",    "spent",    "spoke",    "spoken", "sprang",     "stole",     "stood",
      "struck",    "stuck",    "swam",     "swept",  "swore",      "taken",     "taught",
      "thought",   "threw",    "told",     "took",   "understood", "undertook", "upheld",
      "went",      "withdrew", "withheld", "woke",   "won",        "wore",      "wound",
      "written",   "wrote"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_record_auxiliary(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"did", "didn", "had",  "hadn",
                                                             "was", "wasn", "were", "weren"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_prediction(std::string_view w) {
  static constexpr std::array<std::string_view, 3> kWords = {"gonna", "ll", "will"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_plan_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "d",       "going",   "hope",  "intend", "ll",   "plan",
      "promise", "propose", "wanna", "want",   "will", "would"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_vague_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "anybody", "anything", "everybody", "everything", "kind",
      "lot",     "somebody", "something", "stuff",      "things"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_time_word(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "after",    "ago",       "already", "april",   "august",   "before",   "century", "decade",
      "decades",  "december",  "during",  "earlier", "ever",     "february", "january", "july",
      "june",     "last",      "march",   "may",     "november", "october",  "past",    "previous",
      "recently", "september", "since",   "today",   "until",    "yesterday"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_title_word(std::string_view w) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "chairman", "congressman", "congresswoman", "dr", "general",   "governor",
      "minister", "mr",          "mrs",           "ms", "president", "secretary",
      "senator",  "speaker",     "vice"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_third_person(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"he",  "her", "his",   "it",
                                                             "its", "she", "their", "they"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_measure_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kWords = {"against", "by",    "over",  "per",
                                                             "than",    "under", "within"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_question_word(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kWords = {"how",   "what", "where",
                                                             "which", "who",  "why"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_base_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "bring",  "build",   "change",     "continue", "create", "defend",  "do",   "ensure",
      "fight",  "fix",     "get",        "give",     "go",     "grow",    "help", "improve",
      "invest", "keep",    "know",       "lead",     "let",    "look",    "make", "move",
      "pay",    "protect", "provide",    "put",      "reform", "restore", "say",  "see",
      "start",  "stop",    "strengthen", "take",     "talk",   "tell",    "win",  "work"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_abstract_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 35> kWords = {
      "answer",     "approach",    "challenge",      "challenges", "character",  "commitment",
      "courage",    "dignity",     "dream",          "faith",      "freedom",    "future",
      "greatness",  "hope",        "idea",           "ideas",      "issue",      "issues",
      "leadership", "opportunity", "peace",          "principle",  "principles", "problem",
      "problems",   "question",    "responsibility", "spirit",     "strength",   "thing",
      "things",     "values",      "vision",         "way",        "ways"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_emphatic_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kWords = {"any",   "even", "ever",  "every",
                                                             "never", "only", "single"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_record_word(std::string_view w) {
  static constexpr std::array<std::string_view, 182> kWords = {
      "administration", "agencies",     "agency",       "ago",         "agreement",
      "army",           "attack",       "average",      "bank",        "banking",
      "banks",          "benefits",     "bill",         "billion",     "billions",
      "bills",          "border",       "budget",       "businesses",  "campaign",
      "census",         "cents",        "citizens",     "climate",     "coal",
      "college",        "colleges",     "committee",    "companies",   "congress",
      "corporate",      "corporations", "cost",         "costs",       "countries",
      "court",          "courts",       "created",      "crime",       "cut",
      "data",           "debt",         "defense",      "deficit",     "democrats",
      "doctors",        "dollar",       "dollars",      "economic",    "economy",
      "education",      "election",     "elections",    "emissions",   "employees",
      "employers",      "energy",       "exports",      "families",    "federal",
      "firms",          "gas",          "gdp",          "government",  "governments",
      "growth",         "half",         "health",       "healthcare",  "history",
      "hospital",       "hospitals",    "house",        "housing",     "hundred",
      "immigrants",     "immigration",  "imports",      "income",      "increase",
      "increased",      "industry",     "inflation",    "insurance",   "interest",
      "investment",     "investments",  "jobs",         "justice",     "law",
      "laws",           "legislation",  "loans",        "market",      "markets",
      "medicare",       "military",     "million",      "millions",    "missile",
      "missiles",       "months",       "mortgage",     "mortgages",   "nations",
      "navy",           "nuclear",      "oil",          "opposed",     "party",
      "passed",         "patients",     "pension",      "pensions",    "percent",
      "police",         "poll",         "polls",        "pollution",   "population",
      "poverty",        "previous",     "prices",       "prison",      "prisons",
      "program",        "programs",     "proposed",     "rate",        "rates",
      "recession",      "record",       "regulation",   "regulations", "report",
      "republicans",    "research",     "revenue",      "salaries",    "salary",
      "school",         "schools",      "security",     "senate",      "since",
      "social",         "soldiers",     "spending",     "spent",       "state",
      "states",         "stock",        "students",     "study",       "supported",
      "survey",         "tax",          "taxes",        "taxpayers",   "teachers",
      "thousand",       "times",        "trade",        "treaty",      "trillion",
      "troops",         "tuition",      "unemployment", "unions",      "veterans",
      "vote",           "voted",        "voters",       "votes",       "wage",
      "wages",          "war",          "weapons",      "welfare",     "workers",
      "year",           "years"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool is_opinion_word(std::string_view w) {
  static constexpr std::array<std::string_view, 71> kWords = {
      "absolutely", "agree",    "answer",         "ask",       "bad",        "believe",
      "better",     "can",      "certainly",      "clear",     "commitment", "confident",
      "convinced",  "critical", "deserve",        "difficult", "disagree",   "dream",
      "essential",  "fair",     "feel",           "frankly",   "freedom",    "future",
      "going",      "good",     "great",          "guess",     "hard",       "honestly",
      "hope",       "idea",     "important",      "judgment",  "leadership", "matter",
      "matters",    "must",     "necessary",      "need",      "obviously",  "opportunity",
      "optimistic", "ought",    "peace",          "possible",  "probably",   "proud",
      "question",   "really",   "responsibility", "right",     "should",     "simply",
      "strength",   "strong",   "suppose",        "sure",      "thank",      "think",
      "tonight",    "tough",    "truly",          "trust",     "values",     "view",
      "vision",     "vital",    "want",           "wish",      "wrong"};
  static_assert(std::is_sorted(kWords.begin(), kWords.end()));
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

}  // namespace citecheck::claims
