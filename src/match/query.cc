// Commentary clauses are recognised by the participle that opens them after a comma; only a
// closed list of interpretive verbs counts, so ", including 115,000 GPUs" keeps its full weight.
#include "match/query.h"

#include <algorithm>
#include <array>

#include "text/tokens.h"

namespace citecheck::match {
namespace {

constexpr double kCommentaryWeight = 0.35;

bool is_discourse_word(std::string_view folded) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "according",  "additionally", "also",      "furthermore", "however", "instance",
      "example",    "moreover",     "meanwhile", "notably",     "now",     "currently",
      "indeed",     "therefore",    "thus",      "including",   "like",    "particularly",
      "especially", "recently",     "said",      "says"};
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool opens_commentary(std::string_view folded) {
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "underscoring", "highlighting", "reflecting",    "signaling",    "signalling",  "suggesting",
      "indicating",   "showing",      "demonstrating", "illustrating", "emphasizing", "emphasising",
      "marking",      "pointing",     "reinforcing",   "underlining"};
  return std::find(kVerbs.begin(), kVerbs.end(), folded) != kVerbs.end();
}

}  // namespace

std::vector<QueryTerm> query_terms(std::string_view claim_text) {
  std::vector<QueryTerm> terms;
  double weight = 1.0;
  std::size_t previous_end = 0;
  for (const text::Word& w : text::words(claim_text)) {
    const std::string_view gap = claim_text.substr(previous_end, w.offset - previous_end);
    previous_end = w.offset + w.length;
    if (gap.find(',') != std::string_view::npos && opens_commentary(w.folded)) {
      weight = kCommentaryWeight;
    }
    if (text::is_stopword(w.folded) || is_discourse_word(w.folded)) continue;
    if (std::all_of(w.folded.begin(), w.folded.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      continue;  // figures are matched as quantities, not as words
    }
    std::string term = text::stem(w.folded);
    const auto it = std::find_if(terms.begin(), terms.end(),
                                 [&](const QueryTerm& q) { return q.term == term; });
    if (it != terms.end()) {
      it->weight = std::max(it->weight, weight);
      continue;
    }
    terms.push_back({std::move(term),
                     std::string(claim_text.substr(w.offset, w.length)),
                     w.folded,
                     weight,
                     {}});
  }
  return terms;
}

}  // namespace citecheck::match
