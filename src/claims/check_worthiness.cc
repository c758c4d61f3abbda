// Check-worthiness as a logistic score over a few dozen cues. For: figures, percentages, money,
// numbers and counts in words ("thousands", "twice"); past tenses and the auxiliaries of the past
// ("was", "didn't"); trend, comparison, attribution and superlative words; names, titles and
// third-person subjects; anchors in time; prepositions of measure ("by", "than"); emphatic
// quantifiers ("only", "never"); and words of the public record (budgets, laws, prices, votes).
// Against: opinion and evaluation words, hedged predictions and first-person plans ("we will",
// "I want", "I'm going to"), modal and base-form verbs, abstract nouns, vague words, conditionals,
// second person, questions, and first-person pronouns as a share of the words. The word lists are
// in claims/cue_words.cc. The weights were fitted on ClaimBuster's training sentences with
// five-fold cross-validation (bench/RESULTS.md), so they describe cues, not those sentences.
#include "claims/check_worthiness.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "claims/cue_words.h"
#include "claims/sentence_form.h"
#include "text/ascii.h"
#include "text/quantities.h"
#include "text/tokens.h"

namespace citecheck::claims {
namespace {

// Past tense ("voted", "told", "taken"): something that happened, which a source can back.
bool is_past_tense(std::string_view w) {
  if (is_irregular_past(w)) return true;
  return w.size() > 4 && w.ends_with("ed") && !is_not_a_verb(w);
}

bool has_attribution_phrase(std::string_view sentence) {
  static constexpr std::array<std::string_view, 9> kPhrases = {
      "according to", "a report found", "a study found", "a survey found", "research shows",
      "study shows",  "survey shows",   "data show",     "figures show"};
  const std::string lower = text::lower_ascii(sentence);
  return std::any_of(kPhrases.begin(), kPhrases.end(),
                     [&](std::string_view p) { return lower.find(p) != std::string::npos; });
}

struct FactCues {
  bool percent = false, ratio = false, money = false, big_number = false, small_number = false,
       year = false, quote = false;
  int figures = 0;  // facts other than names
};

FactCues fact_cues(std::string_view sentence, const std::vector<core::Fact>& facts) {
  FactCues c;
  for (const core::Fact& f : facts) {
    // "100% WASI": a way of saying "entirely", no figure to check.
    if (is_manner_of_speaking(f, sentence)) continue;
    // The model was fitted on figures in digits: a small number or an ordinal in words, read as a
    // fact for matching, is no cue here; a date's year counts as the figure it was fitted as.
    if (f.spelled || f.kind == core::FactKind::kOrdinal) continue;
    if (f.kind == core::FactKind::kDate && f.value) {
      const text::DateParts d = text::date_parts(*f.value);
      if (d.year == 0 && d.day == 0) continue;  // a month alone ("in November")
      if (d.year != 0 && d.day != 0) c.figures += 1;
    }
    c.figures += f.kind != core::FactKind::kEntity;
    switch (f.kind) {
      case core::FactKind::kPercent:
        c.percent = true;
        break;
      case core::FactKind::kRatio:
        c.ratio = true;
        break;
      case core::FactKind::kMoney:
        c.money = true;
        break;
      case core::FactKind::kYear:
      case core::FactKind::kDate:
        c.year = true;
        break;
      case core::FactKind::kQuote:
        c.quote = true;
        break;
      case core::FactKind::kNumber:
        (f.value && std::fabs(*f.value) >= 10 ? c.big_number : c.small_number) = true;
        break;
      default:
        break;
    }
  }
  return c;
}

// The sentence's words with questions about them: how many are in a list (as a share of a cap,
// so a long list of one kind counts no more than `cap` of them), whether two follow each other.
class WordCues {
 public:
  WordCues(std::string_view sentence, std::vector<text::Word> ws)
      : sentence_(sentence), ws_(std::move(ws)) {}

  double share(bool (*in_list)(std::string_view), int cap) const {
    const auto n = std::count_if(ws_.begin(), ws_.end(),
                                 [&](const text::Word& w) { return in_list(w.folded); });
    return static_cast<double>(std::min<long>(n, cap)) / cap;
  }
  double any(bool (*in_list)(std::string_view)) const { return share(in_list, 1); }
  // Whether a word of `first` is followed by a word of `second`.
  double pair(bool (*first)(std::string_view), bool (*second)(std::string_view)) const {
    for (std::size_t i = 0; i + 1 < ws_.size(); ++i) {
      if (first(ws_[i].folded) && second(ws_[i + 1].folded)) return 1;
    }
    return 0;
  }
  // The share of all words that `in_list` holds.
  double density(bool (*in_list)(std::string_view)) const {
    return share(in_list, 1000) * 1000 / static_cast<double>(ws_.size());
  }
  // Capitalised words after the first, "I" aside: names of people, places and organisations.
  int capitalised() const {
    int n = 0;
    for (std::size_t i = 1; i < ws_.size(); ++i) {
      const char first = sentence_[ws_[i].offset];
      n += first >= 'A' && first <= 'Z' && ws_[i].folded != "i";
    }
    return n;
  }
  const std::vector<text::Word>& words() const { return ws_; }

 private:
  std::string_view sentence_;
  std::vector<text::Word> ws_;
};

bool is(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}
bool is_digits(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }
bool is_superlative(std::string_view w) { return w.size() > 5 && w.ends_with("est"); }
bool is_adverb(std::string_view w) { return w.size() > 4 && w.ends_with("ly"); }
bool is_first_person(std::string_view w) { return is(w, {"i", "we", "me", "my", "our", "us"}); }
bool is_third_person_pronoun(std::string_view w) {
  return is(w, {"he", "she", "they", "his", "her", "their", "him", "them"});
}
bool is_i_or_we(std::string_view w) { return w == "i" || w == "we"; }
// "I'm going", "we're going": the contraction's tail after tokenising, or the pronoun itself.
bool is_going_subject(std::string_view w) { return is(w, {"i", "we", "m", "re"}); }
bool is_going(std::string_view w) { return w == "going"; }
bool is_to(std::string_view w) { return w == "to"; }
bool is_the(std::string_view w) { return w == "the"; }
bool is_most(std::string_view w) { return w == "most"; }
bool is_there(std::string_view w) { return w == "there"; }
bool is_be(std::string_view w) { return is(w, {"is", "are", "was", "were", "s"}); }
bool is_i(std::string_view w) { return w == "i"; }
bool is_m(std::string_view w) { return w == "m"; }
bool is_dont(std::string_view w) { return w == "don" || w == "doesn"; }
bool is_t(std::string_view w) { return w == "t"; }
bool is_if(std::string_view w) { return w == "if"; }
bool is_you(std::string_view w) { return w == "you" || w == "your"; }
bool is_determiner(std::string_view w) {
  return is(
      w, {"the", "a", "an", "his", "her", "their", "our", "my", "this", "that", "these", "those"});
}

bool is_count(std::string_view w) { return is_digits(w) || is_number_word(w); }

// A share in words, "three of the seven branches", "2 of its 5 members": a proportion, as "one in
// three" is, though no figure fact says so.
bool counts_a_share(const std::vector<text::Word>& ws) {
  for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
    if (!is_count(ws[i].folded) || ws[i + 1].folded != "of") continue;
    const std::string_view after = ws[i + 2].folded;
    const std::size_t j = i + 2 + (is_determiner(after) || after == "its" ? 1 : 0);
    if (j < ws.size() && is_count(ws[j].folded)) return true;
  }
  return false;
}

// "to" before a verb rather than a noun phrase: an aim ("to build"), not a fact.
double infinitives(const std::vector<text::Word>& ws) {
  int n = 0;
  for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
    n += ws[i].folded == "to" && !is_determiner(ws[i + 1].folded);
  }
  return std::min(n, 2) / 2.0;
}

// Figures and what is written around them.
double figure_logit(const FactCues& c, const WordCues& w) {
  return 1.22 * c.big_number + 2.21 * (c.percent || c.ratio) + 1.52 * c.money -
         0.54 * c.small_number - 0.85 * c.quote + 1.40 * w.any(is_digits) -
         0.30 * std::min(c.figures, 3) / 3.0 + 0.44 * w.any(is_number_word) +
         1.10 * w.any(is_scale_word);
}

// Statements of record: what happened, to whom, when and by how much.
double record_logit(const WordCues& w) {
  const bool superlative = w.any(is_superlative) || w.pair(is_the, is_most);
  const int names = w.capitalised();
  const std::vector<text::Word>& ws = w.words();
  const bool third_subject =
      std::any_of(ws.begin(), ws.begin() + static_cast<long>(std::min<std::size_t>(ws.size(), 3)),
                  [](const text::Word& x) { return is_third_person(x.folded); });
  return 1.76 * w.share(is_record_word, 3) + 0.63 * w.any(is_trend_word) +
         0.55 * w.any(is_comparison_word) + 0.85 * w.any(is_attribution_word) +
         0.46 * w.any(is_past_tense) + 0.62 * w.share(is_past_tense, 3) +
         1.13 * w.share(is_record_auxiliary, 3) + 0.35 * (names > 0) +
         0.70 * std::min(names, 4) / 4.0 + 0.43 * w.any(is_title_word) + 0.31 * third_subject +
         1.74 * w.density(is_third_person_pronoun) + 0.29 * w.share(is_time_word, 2) +
         0.98 * w.share(is_measure_preposition, 2) + 1.16 * w.share(is_emphatic_word, 2) +
         0.22 * superlative + 0.31 * w.pair(is_there, is_be) + 0.21 * w.share(is_adverb, 2);
}

// Opinion, plans, predictions and questions: what a speaker thinks or will do.
double opinion_logit(std::string_view sentence, const WordCues& w) {
  const std::vector<text::Word>& ws = w.words();
  const bool prediction = w.any(is_prediction) || w.pair(is_going, is_to);
  const bool plan = w.pair(is_i_or_we, is_plan_verb) || w.pair(is_going_subject, is_going);
  return -1.99 * w.share(is_opinion_word, 3) - 0.13 * prediction - 0.64 * plan -
         0.54 * w.any(is_modal) - 0.69 * w.pair(is_i, is_m) - 0.42 * w.pair(is_dont, is_t) -
         0.78 * w.share(is_base_verb, 3) - 0.85 * w.share(is_abstract_noun, 2) -
         0.74 * w.share(is_vague_word, 2) - 0.44 * infinitives(ws) - 0.74 * w.any(is_if) -
         0.15 * w.any(is_you) - 2.12 * w.density(is_first_person) -
         1.39 * (sentence.find('?') != std::string_view::npos) -
         1.27 * is_question_word(ws.front().folded);
}

}  // namespace

std::string check_worthiness(std::string_view sentence, const std::vector<core::Fact>& facts,
                             bool quotes_mention) {
  const WordCues w(sentence, text::words(sentence));
  if (w.words().empty()) return "";
  const FactCues c = fact_cues(sentence, facts);
  const auto n = static_cast<double>(w.words().size());
  double z = -2.87 - 0.17 * std::min(n, 60.0) / 60.0 + 0.52 * std::log(1 + n) / std::log(61.0);
  z += figure_logit(c, w) + record_logit(w) + opinion_logit(sentence, w);
  constexpr double kThreshold = -0.675;  // logit of 0.34, the best cut on the fitted set
  // What DESIGN.md names outright needs a citation whatever the score: a statistic, a quotation, an
  // explicit attribution. Unless the cues of opinion, plans and questions in the sentence's own
  // words (outside its quotations, which are someone else's) weigh this much: then it asks,
  // promises or imagines ("what about the other 40,000?", "so I say to you, \"Give us four more
  // years\""), whatever figure or quotation it holds.
  constexpr double kOutrightAgainst = -1.0;
  const bool share = counts_a_share(w.words());
  const bool stated_outright = c.percent || c.ratio || share || c.money || c.big_number ||
                               (c.quote && !quotes_mention) || has_attribution_phrase(sentence);
  if (z < kThreshold) {
    if (!stated_outright) return "";
    const std::string outside = outside_quotations(sentence);
    const WordCues unquoted(outside, text::words(outside));
    const double against = unquoted.words().empty() ? 0.0 : opinion_logit(outside, unquoted);
    if (against < kOutrightAgainst) return "";
  }
  // Name the strongest cue, for the message.
  const bool attribution = w.any(is_attribution_word) > 0;
  const bool trend =
      w.any([](std::string_view x) { return is_trend_word(x) && !is_public_act_word(x); }) > 0 ||
      w.any(is_comparison_word) > 0;
  if (c.percent) return "a percentage";
  if (c.ratio || share) return "a proportion";
  if (c.money) return "an amount of money";
  if (c.big_number || c.small_number) return "a figure";
  if (c.quote && !quotes_mention) return "a quotation";
  if (attribution || has_attribution_phrase(sentence)) return "an attribution";
  if (trend) return "a trend or comparison";
  if (c.year) return "a date";
  return "a checkable fact";
}

}  // namespace citecheck::claims
