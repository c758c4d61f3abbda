// Check-worthiness as a logistic score over a few dozen cues: figures, percentages, money, years,
// quotations; trend, comparison, attribution and past-tense verbs; names; a short list of words
// that go with factual statements ("since", "average", "voted") and one that goes with opinion
// and plans ("think", "hope", "need"); questions, modal verbs and first or second person count
// against. The weights were fitted on ClaimBuster's training sentences with five-fold cross-
// validation (bench/RESULTS.md), so they describe cues, not those sentences.
#include "claims/check_worthiness.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "text/ascii.h"
#include "text/tokens.h"

namespace citecheck::claims {
namespace {

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_trend_word(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "rose",    "risen",   "fell",    "fallen",   "increased", "decreased", "grew",    "grown",
      "doubled", "tripled", "halved",  "declined", "dropped",   "surged",    "soared",  "plunged",
      "jumped",  "climbed", "cut",     "raised",   "lost",      "gained",    "created", "spent",
      "voted",   "passed",  "signed",  "vetoed",   "reduced",   "added",     "record",  "highest",
      "lowest",  "largest", "biggest", "smallest", "fastest",   "worst",     "best",    "first"};
  return one_of(w, kWords);
}

bool is_comparison_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "more", "less", "fewer", "higher", "lower", "larger", "bigger", "smaller", "most", "least"};
  return one_of(w, kWords);
}

bool is_attribution_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "said",      "says",  "stated",    "reported",  "announced",
      "according", "found", "estimated", "testified", "admitted"};
  return one_of(w, kWords);
}

bool is_factual_word(std::string_view w) {
  static constexpr std::array<std::string_view, 37> kWords = {
      "since",   "ago",       "average",  "rate",     "history",   "increase", "increased",
      "voted",   "passed",    "proposed", "previous", "months",    "year",     "years",
      "percent", "million",   "billion",  "trillion", "thousand",  "hundred",  "half",
      "dollars", "budget",    "deficit",  "debt",     "tax",       "taxes",    "unemployment",
      "jobs",    "cut",       "spent",    "created",  "supported", "opposed",  "record",
      "times",   "population"};
  return one_of(w, kWords);
}

bool is_opinion_word(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "think",     "believe",  "hope",   "need",     "want",      "must", "can",  "feel",
      "important", "question", "thank",  "tonight",  "certainly", "idea", "view", "possible",
      "clear",     "ask",      "answer", "judgment", "fair",      "going"};
  return one_of(w, kWords);
}

bool is_number_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "one",   "two",     "three",  "four",   "five",    "six",      "seven",   "eight",
      "nine",  "ten",     "eleven", "twelve", "twenty",  "thirty",   "forty",   "fifty",
      "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"};
  return one_of(w, kWords);
}

bool is_modal(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "will", "would", "should", "must", "can", "could", "might", "may", "ought"};
  return one_of(w, kWords);
}

// Past tense ("voted", "told", "broken"): something that happened, which a source can back.
bool is_past_tense(std::string_view w) {
  static constexpr std::array<std::string_view, 34> kIrregular = {
      "said",  "told",   "went",   "gave",   "took",   "made",    "did",    "won", "led",
      "sent",  "built",  "paid",   "sold",   "bought", "brought", "left",   "met", "began",
      "broke", "broken", "chose",  "fought", "held",   "kept",    "knew",   "ran", "saw",
      "spent", "stood",  "struck", "taught", "threw",  "wrote",   "written"};
  static constexpr std::array<std::string_view, 8> kNotVerbs = {
      "need", "indeed", "speed", "seed", "feed", "united", "red", "hundred"};
  if (one_of(w, kIrregular)) return true;
  return w.size() > 4 && w.ends_with("ed") && !one_of(w, kNotVerbs);
}

// A count of list words in `ws`, as a share of three (the most that counts).
double share_of_three(const std::vector<text::Word>& ws, bool (*in_list)(std::string_view)) {
  const auto n =
      std::count_if(ws.begin(), ws.end(), [&](const text::Word& w) { return in_list(w.folded); });
  return static_cast<double>(std::min<long>(n, 3)) / 3.0;
}

bool has_attribution_phrase(std::string_view sentence) {
  static constexpr std::array<std::string_view, 9> kPhrases = {
      "according to", "a report found", "a study found", "a survey found", "research shows",
      "study shows",  "survey shows",   "data show",     "figures show"};
  const std::string lower = text::lower_ascii(sentence);
  return std::any_of(kPhrases.begin(), kPhrases.end(),
                     [&](std::string_view p) { return lower.find(p) != std::string::npos; });
}

struct Cues {
  bool percent = false, ratio = false, money = false, big_number = false, small_number = false,
       year = false;
  bool quote = false;
};

Cues fact_cues(const std::vector<core::Fact>& facts) {
  Cues c;
  for (const core::Fact& f : facts) {
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

}  // namespace

std::string check_worthiness(std::string_view sentence, const std::vector<core::Fact>& facts) {
  const std::vector<text::Word> ws = text::words(sentence);
  if (ws.empty()) return "";
  const Cues c = fact_cues(facts);
  auto any = [&](bool (*pred)(std::string_view)) {
    return std::any_of(ws.begin(), ws.end(), [&](const text::Word& w) { return pred(w.folded); });
  };
  const bool trend = any(is_trend_word);
  const bool comparison = any(is_comparison_word);
  const bool attribution = any(is_attribution_word);
  const bool past = any(is_past_tense);
  bool named = false;
  for (std::size_t i = 1; i < ws.size(); ++i) {
    const char first = sentence[ws[i].offset];
    named = named || (first >= 'A' && first <= 'Z' && ws[i].folded != "i");
  }
  int opinion = 0;
  for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
    const bool speaker = ws[i].folded == "i" || ws[i].folded == "we" || ws[i].folded == "let";
    opinion += speaker && (is_opinion_word(ws[i + 1].folded) || is_modal(ws[i + 1].folded));
  }
  auto has = [&](std::initializer_list<std::string_view> list) {
    return std::any_of(ws.begin(), ws.end(), [&](const text::Word& w) {
      return std::find(list.begin(), list.end(), w.folded) != list.end();
    });
  };
  const double length = static_cast<double>(std::min<std::size_t>(ws.size(), 60)) / 60.0;

  double z = -2.31;
  z += 1.85 * c.big_number + 1.44 * (c.percent || c.ratio) + 0.81 * c.money +
       0.64 * c.small_number + 0.43 * c.year - 0.29 * c.quote;
  z += 1.81 * share_of_three(ws, is_factual_word) - 1.89 * share_of_three(ws, is_opinion_word);
  z += 0.75 * trend + 0.80 * comparison + 0.64 * attribution + 1.02 * past + 0.83 * named;
  z += 0.71 * any(is_number_word) + 0.84 * length - 0.26 * (ws.size() < 6);
  z -= 0.69 * std::min(opinion, 2) + 0.74 * any(is_modal);
  z -= 1.06 * (sentence.find('?') != std::string_view::npos);
  z -= 0.56 * has({"you", "your"}) + 0.47 * has({"i", "we", "our", "us", "my"});
  constexpr double kThreshold = -0.75;  // logit of 0.32, the cross-validated best cut
  // What DESIGN.md names outright needs a citation whatever the score: a statistic, a quotation,
  // an explicit attribution.
  const bool stated_outright = c.percent || c.ratio || c.money || c.big_number || c.quote ||
                               has_attribution_phrase(sentence);
  if (z < kThreshold && !stated_outright) return "";
  // Name the strongest cue, for the message.
  if (c.percent) return "a percentage";
  if (c.ratio) return "a proportion";
  if (c.money) return "an amount of money";
  if (c.big_number || c.small_number) return "a figure";
  if (c.quote) return "a quotation";
  if (attribution || has_attribution_phrase(sentence)) return "an attribution";
  if (trend || comparison) return "a trend or comparison";
  if (c.year) return "a date";
  return "a factual statement";
}

}  // namespace citecheck::claims
