// Coverage is weighted by IDF over the cited sources' sentences, so a claim's rare words ("115,000
// GPUs", "Xinjiang") matter more than common ones; a term absent from every source gets the
// largest weight. A source word WordNet relates to a claim's (text/wordnet.h) covers half of it.
// Facts are looked up across all cited sources, and a figure missing from them is a contradiction
// only when a passage about the same thing gives another figure of the same kind; a figure found
// only where the page speaks of something else yields to such a passage. The sentences saying
// most of the claim are where its polarity and direction are compared (match/polarity.h).
#include "match/assess.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "match/bm25.h"
#include "match/polarity.h"
#include "match/query.h"
#include "text/quantities.h"
#include "text/tokens.h"
#include "text/wordnet.h"

namespace citecheck::match {
namespace {

constexpr std::size_t kCandidates = 12;
constexpr double kContradictionCoverage = 0.5;
constexpr std::size_t kEvidencePassages = 2;
constexpr std::size_t kRankedPassages = 8;
// Evidence ranking: a passage that states a figure or quotation of the claim beats one that only
// shares its words; a shorter passage beats a longer one that says about as much.
constexpr double kFactEvidenceBonus = 0.15;
constexpr double kLongerEvidencePenalty = 0.1;

text::Quantity as_quantity(const core::Fact& f) {
  text::Quantity q;
  q.kind = f.kind;
  q.value = f.value.value_or(0.0);
  q.unit = f.unit;
  q.tolerance = f.tolerance;
  q.precision = f.precision;
  q.high = f.high.value_or(q.value);
  q.hedged = f.hedged;
  q.spelled = f.spelled;
  return q;
}

bool is_quantity(core::FactKind k) {
  return k == core::FactKind::kPercent || k == core::FactKind::kNumber ||
         k == core::FactKind::kMoney || k == core::FactKind::kYear || k == core::FactKind::kDate ||
         k == core::FactKind::kRatio || k == core::FactKind::kOrdinal;
}

// How much a word WordNet relates to the claim's says of it, against the word itself: half. It
// may stand for another sense of the word ("pass" a ball, a bill, an exam), so it helps a claim
// whose other words the source says, and cannot carry one alone. On the dev sets (bench/
// RESULTS.md) full credit called more gold-unsupported claims supported for the few more
// gold-supported ones it won.
constexpr double kRelatedCredit = 0.5;

// How much of term `t` a text with the stems `has` says: 1 for the word, less for a related one.
template <typename Set>
double said(const QueryTerm& t, const Set& has) {
  if (has.count(t.term)) return 1.0;
  double best = 0;
  for (const auto& [stem, credit] : t.related) {
    if (has.count(stem)) best = std::max(best, credit);
  }
  return best;
}

// The claim's terms weighted for coverage (their IDF over the cited sources), and for each stem
// a source may use, which terms it says and how fully: worked out once per claim, so a sentence's
// coverage costs a look-up per word of the sentence, however many related words a term has.
struct WeightedQuery {
  std::vector<double> weight;
  double total = 0;
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, double>>> by_stem;
};

WeightedQuery weighted_query(const std::vector<QueryTerm>& terms, const Bm25& bm25) {
  WeightedQuery q;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    q.weight.push_back(terms[i].weight * bm25.idf(terms[i].term));
    q.total += q.weight.back();
    q.by_stem[terms[i].term].emplace_back(i, 1.0);
    for (const auto& [stem, credit] : terms[i].related) q.by_stem[stem].emplace_back(i, credit);
  }
  return q;
}

// The IDF-weighted share of the claim's terms that `stems` (a passage's or a sentence's) say.
template <typename Stems, typename Key>
double coverage(const WeightedQuery& q, const Stems& stems, Key key) {
  if (q.total <= 0) return 0.0;
  std::vector<double> said_as(q.weight.size(), 0.0);
  for (const auto& item : stems) {
    const auto it = q.by_stem.find(key(item));
    if (it == q.by_stem.end()) continue;
    for (const auto& [term, credit] : it->second) said_as[term] = std::max(said_as[term], credit);
  }
  double hit = 0;
  for (std::size_t i = 0; i < said_as.size(); ++i) hit += q.weight[i] * said_as[i];
  return hit / q.total;
}

double passage_coverage(const WeightedQuery& q, const Passage& p) {
  return coverage(q, p.tf, [](const auto& entry) -> const std::string& { return entry.first; });
}

double sentence_coverage(const WeightedQuery& q, const SourceSentence& sentence) {
  return coverage(q, sentence.terms, [](const std::string& t) -> const std::string& { return t; });
}

// The stems of the words WordNet relates to each term that the sources use.
void add_related(std::vector<QueryTerm>& terms, const Bm25& bm25) {
  for (QueryTerm& t : terms) {
    const text::WordNet::Related& related = text::WordNet::installed().related_stems(t.folded);
    for (const std::vector<std::string>* stems : {&related.same, &related.nearby}) {
      for (const std::string& stem : *stems) {
        if (stem != t.term && bm25.contains(stem)) t.related.emplace_back(stem, kRelatedCredit);
      }
    }
  }
}

std::set<std::string> passage_terms(const Passage& p) {
  std::set<std::string> terms;
  for (const auto& [t, n] : p.tf) terms.insert(t);
  return terms;
}

// The year `q` gives, alone or in a date; 0 for none.
int year_given(const text::Quantity& q) {
  if (q.kind == core::FactKind::kYear) return static_cast<int>(std::lround(q.value));
  if (q.kind == core::FactKind::kDate) return text::date_parts(q.value).year;
  return 0;
}

// Whether sentence `m` of `source` gives `year`, alone or in a date.
bool gives_year(const SourceIndex& source, std::size_t m, int year) {
  const std::vector<text::Quantity>& qs = source.sentences[m].quantities;
  return std::any_of(qs.begin(), qs.end(),
                     [&](const text::Quantity& q) { return year_given(q) == year; });
}

// The year a date written without one ("on 5 March", "in October") is read in: one given in its
// own sentence or the two before it, or at the head of the page (its title and dateline), where
// a page dates itself. A year given anywhere else on the page does not date it.
// So is a year given by a sentence that says most of the claim ("In 1995, the band released the
// song to radio" on a page headed "Why October 6th matters"). `coverage` holds how much of the
// claim each sentence of the page says, when known.
constexpr std::size_t kYearBefore = 2;
constexpr std::size_t kPageHead = 6;
constexpr double kDatingCoverage = 0.5;
// The years the head of a page and its sentences saying most of the claim give, once per page.
std::set<int> dating_years(const SourceIndex& source, const std::vector<double>& coverage) {
  std::set<int> years;
  for (std::size_t k = 0; k < source.sentences.size(); ++k) {
    if (k >= kPageHead && coverage[k] < kDatingCoverage) continue;
    for (const text::Quantity& q : source.sentences[k].quantities) {
      if (const int year = year_given(q); year != 0) years.insert(year);
    }
  }
  return years;
}

bool dated(const SourceIndex& source, std::size_t m, int year, const std::set<int>& page_years) {
  for (std::size_t k = m >= kYearBefore ? m - kYearBefore : 0; k <= m; ++k) {
    if (gives_year(source, k, year)) return true;
  }
  return page_years.count(year) > 0;
}

// Whether `stated`, a quantity of sentence `m` that agrees with the claim's `q`, backs it: a date
// the source gives without a year ("on 5 March") backs "5 March 2025" only where it is dated 2025.
bool backs(const text::Quantity& q, const text::Quantity& stated, const SourceIndex& source,
           std::size_t m, const std::set<int>& page_years) {
  if (q.kind != core::FactKind::kDate || text::date_parts(stated.value).year != 0) return true;
  const int year = text::date_parts(q.value).year;
  return year == 0 || dated(source, m, year, page_years);
}

// A claim's month ("in October 2007", "in November") is also stated by a sentence that names it
// ("the tour runs through October") where that is dated in the claim's year, as a date without a
// year is.
bool month_named(const text::Quantity& q, const SourceIndex& source, std::size_t m,
                 const std::set<int>& page_years) {
  const SourceSentence& sentence = source.sentences[m];
  const text::DateParts d = text::date_parts(q.value);
  if (q.kind != core::FactKind::kDate || d.day != 0 || d.month < 1 || d.month > 12 ||
      q.high > q.value) {
    return false;
  }
  // A sentence that dates the month itself in another year ("October 2006") says another month.
  for (const text::Quantity& other : sentence.quantities) {
    const text::DateParts o = text::date_parts(other.value);
    if (other.kind == core::FactKind::kDate && o.month == d.month && o.year != 0 && d.year != 0 &&
        o.year != d.year) {
      return false;
    }
  }
  std::string month(text::month_name(d.month));  // as a sentence writes it: "October"
  month[0] = static_cast<char>(month[0] - 'a' + 'A');
  for (const text::Word& w : text::words(sentence.text)) {
    if (sentence.text.compare(w.offset, w.length, month) == 0) {
      return d.year == 0 || dated(source, m, d.year, page_years);
    }
  }
  return false;
}

// An ordinal of the claim is also stated by the same count: "9th-grade" by "grade 9", "their
// fifth win" by "won five times".
bool ordinal_as_number(const text::Quantity& q, const text::Quantity& stated) {
  return q.kind == core::FactKind::kOrdinal && stated.kind == core::FactKind::kNumber &&
         stated.high == stated.value && stated.value == q.value;
}

// "Two" in words is also stated by "both".
bool two_as_both(const text::Quantity& q, const SourceSentence& sentence) {
  if (q.kind != core::FactKind::kNumber || !q.spelled || q.value != 2 || q.high != q.value) {
    return false;
  }
  const std::vector<text::Word> ws = text::words(sentence.text);
  return std::any_of(ws.begin(), ws.end(), [](const text::Word& w) { return w.folded == "both"; });
}

// A year of the claim is also stated by a date of the source in that year ("in 2003": "on 5 March
// 2003").
bool year_of(const text::Quantity& q, const text::Quantity& stated) {
  if (q.kind != core::FactKind::kYear || stated.kind != core::FactKind::kDate) return false;
  const int year = static_cast<int>(std::lround(q.value));
  return text::date_parts(stated.value).year == year || text::date_parts(stated.high).year == year;
}

bool stated_in(const text::Quantity& q, const SourceIndex& source, std::size_t m,
               const std::set<int>& page_years) {
  const SourceSentence& sentence = source.sentences[m];
  return std::any_of(sentence.quantities.begin(), sentence.quantities.end(),
                     [&](const text::Quantity& other) {
                       return (text::agree(q, other) && backs(q, other, source, m, page_years)) ||
                              year_of(q, other) || ordinal_as_number(q, other);
                     }) ||
         month_named(q, source, m, page_years) || two_as_both(q, sentence);
}

// Which sentences of the cited sources may state a claim's figure: those that say something of
// the claim. A figure is found where it is said of the same thing, not anywhere on the page: "150
// members" is not backed by a page on the Senate that gives 150 as the length of a runway.
struct FactContext {
  const std::vector<std::vector<double>>* coverage;  // per source, per sentence
  std::string unit;       // the stemmed word the figure counts ("members"), or ""
  bool anywhere = false;  // look in every sentence of the page
};

constexpr double kFactContextCoverage = 0.25;

bool in_context(const FactContext& context, std::size_t source, const SourceSentence& sentence,
                std::size_t index) {
  if ((*context.coverage)[source][index] >= kFactContextCoverage) return true;
  return !context.unit.empty() && std::find(sentence.terms.begin(), sentence.terms.end(),
                                            context.unit) != sentence.terms.end();
}

// Whether the sources state `q` in a sentence of its context. A span of dates ("August 24 to
// September 7") is also stated by one sentence giving both its ends, however it joins them
// ("August 24 to Friday, September 7").
bool quantity_in_sources(const text::Quantity& q, const std::vector<const SourceIndex*>& sources,
                         const FactContext& context) {
  text::Quantity first = q, last = q;
  first.high = q.value;
  last.value = q.high;
  const bool date_span = q.kind == core::FactKind::kDate && q.high > q.value;
  static const std::set<int> kNoYears;
  for (std::size_t k = 0; k < sources.size(); ++k) {
    const SourceIndex& s = *sources[k];
    std::optional<std::set<int>> page_years;  // only dates ask where the page is dated
    for (std::size_t m = 0; m < s.sentences.size(); ++m) {
      const SourceSentence& sentence = s.sentences[m];
      if (!context.anywhere && !in_context(context, k, sentence, m)) continue;
      if (!page_years) {
        page_years =
            q.kind == core::FactKind::kDate ? dating_years(s, (*context.coverage)[k]) : kNoYears;
      }
      if (stated_in(q, s, m, *page_years)) return true;
      if (date_span && stated_in(first, s, m, *page_years) && stated_in(last, s, m, *page_years)) {
        return true;
      }
    }
  }
  return false;
}

// A unit word's stem, spelt one way: "metres" and "meters", "litre" and "liter" meet.
std::string unit_stem(std::string folded) {
  for (const std::string_view ending : {"tres", "tre"}) {
    if (folded.size() >= ending.size() + 2 && folded.ends_with(ending)) {
      folded.replace(folded.size() - ending.size() + 1, 2, "er");
      break;
    }
  }
  return text::stem(folded);
}

// The stem of the first word of meaning within three words of `after`, the text following a
// figure: what the figure counts ("150 members", "31% of job seekers", "12 were hired").
std::string unit_in(std::string_view after) {
  const std::vector<text::Word> ws = text::words(after);
  for (std::size_t i = 0; i < ws.size() && i < 3; ++i) {
    if (!text::is_stopword(ws[i].folded)) return unit_stem(ws[i].folded);
  }
  return "";
}

// What the claim's figure `fact` counts.
std::string unit_of(std::string_view claim, const core::Fact& fact) {
  // "under a year": the span names its unit itself.
  if (!fact.unit.empty() && fact.kind == core::FactKind::kNumber) return unit_stem(fact.unit);
  // The fact where it stands alone: "15" is not the start of "150".
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t at = claim.find(fact.text);
  while (at != std::string_view::npos &&
         ((at > 0 && digit(claim[at - 1])) ||
          (at + fact.text.size() < claim.size() && digit(claim[at + fact.text.size()])))) {
    at = claim.find(fact.text, at + 1);
  }
  return at == std::string_view::npos ? "" : unit_in(claim.substr(at + fact.text.size()));
}

using Ranked = std::vector<std::pair<double, const Passage*>>;

// Another figure of the same kind, in a sentence about the same thing (one that covers most of the
// claim's terms), contradicts a claim's figure. The claim's other figures do not count: "fell 41%
// and 23%" is not contradicted by a sentence giving the 41%. `unit` is what the claim's figure
// counts ("" when it names nothing): a plain number of the source counting something else ("7" of a
// vote against "a year") is another quantity, not another value of the same one. `coverage_of`
// holds how much of the claim each sentence says, per cited source.
std::optional<core::Contradiction> find_contradiction(
    const text::Quantity& claimed, const std::string& unit, const std::vector<core::Fact>& facts,
    const std::vector<std::vector<double>>& coverage_of, const std::vector<CitedSource>& cited) {
  // A range's ends are the claim's own figures too.
  auto stated_by_claim = [&](const text::Quantity& q) {
    return std::any_of(facts.begin(), facts.end(), [&](const core::Fact& f) {
      text::Quantity first = as_quantity(f), last = first;
      first.high = first.value;
      last.value = last.high;
      return text::agree(first, q) || text::agree(last, q);
    });
  };
  // A count ("12 were hired") must count what the claim's does; other kinds carry their unit.
  const bool counts = !unit.empty() && (claimed.kind == core::FactKind::kNumber ||
                                        claimed.kind == core::FactKind::kOrdinal);
  std::optional<core::Contradiction> best;
  double best_coverage = kContradictionCoverage;
  for (std::size_t k = 0; k < cited.size(); ++k) {
    const std::vector<SourceSentence>& sentences = cited[k].index->sentences;
    for (std::size_t m = 0; m < sentences.size(); ++m) {
      const double cov = coverage_of[k][m];
      if (cov < best_coverage) continue;
      const SourceSentence& sentence = sentences[m];
      const text::Quantity* other = nullptr;
      for (const text::Quantity& q : sentence.quantities) {
        const bool same_unit =
            !counts || unit_in(std::string_view(sentence.text).substr(q.offset + q.length)) == unit;
        // "in November" says less than "on 5 November", not something else.
        const bool coarser = claimed.kind == core::FactKind::kDate && text::agree(q, claimed);
        if (text::comparable(claimed, q) && !stated_by_claim(q) && same_unit && !coarser) {
          other = &q;
          break;
        }
      }
      if (other == nullptr) continue;
      best_coverage = cov;
      best = core::Contradiction{};
      best->reference_id = cited[k].reference_id;
      best->source_says = sentence.text.substr(other->offset, other->length);
    }
  }
  return best;
}

// How many of the claim's figures and quotations `p` states itself.
int facts_stated(const Passage& p, const std::vector<core::Fact>& facts) {
  int hits = 0;
  std::string words;
  for (const core::Fact& f : facts) {
    if (f.kind == core::FactKind::kQuote) {
      if (words.empty()) words = word_string(passage_text(p));
      hits += words.find(word_string(f.text)) != std::string::npos;
    } else if (is_quantity(f.kind) && f.kind != core::FactKind::kYear) {
      bool stated = false;
      for (std::size_t s = p.first; s <= p.last && !stated; ++s) {
        for (const text::Quantity& q : p.source->sentences[s].quantities) {
          stated = stated || text::agree(as_quantity(f), q);
        }
      }
      hits += stated;
    }
  }
  return hits;
}

// The passages to quote: those that say most of the claim, favouring ones that state its figures
// and quotations and shorter ones where they say as much. At most one more, from another source.
std::vector<core::Evidence> pick_evidence(const Ranked& by_coverage, const Bm25& bm25,
                                          const WeightedQuery& query,
                                          const std::vector<core::Fact>& facts,
                                          const std::vector<CitedSource>& cited,
                                          std::vector<core::Evidence>& ranked) {
  struct Candidate {
    double rank;
    double coverage;
    const Passage* passage;
  };
  std::vector<Candidate> candidates;
  std::set<const Passage*> seen;
  auto consider = [&](const Passage* p, double cov) {
    if (!seen.insert(p).second) return;
    const double rank = cov + kFactEvidenceBonus * facts_stated(*p, facts) -
                        kLongerEvidencePenalty * static_cast<double>(p->last - p->first);
    candidates.push_back({rank, cov, p});
  };
  for (const auto& [cov, p] : by_coverage) consider(p, cov);
  // A passage stating the claim's quotation or figure may rank low on words alone.
  for (const Passage& p : bm25.passages()) {
    if (facts_stated(p, facts) > 0) consider(&p, passage_coverage(query, p));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.rank > y.rank; });
  for (std::size_t i = 0; i < candidates.size() && i < kRankedPassages; ++i) {
    const Candidate& c = candidates[i];
    ranked.push_back({cited[c.passage->source_number].reference_id, passage_text(*c.passage),
                      std::min(1.0, c.coverage)});
  }
  std::vector<core::Evidence> evidence;
  std::set<const SourceIndex*> quoted;
  for (const Candidate& c : candidates) {
    if (evidence.size() >= kEvidencePassages) break;
    // A second passage only from another source, and only when it says something of the claim.
    if (evidence.size() == 1 && (quoted.count(c.passage->source) || c.coverage < 0.2)) continue;
    quoted.insert(c.passage->source);
    evidence.push_back({cited[c.passage->source_number].reference_id, passage_text(*c.passage),
                        std::min(1.0, c.coverage)});
  }
  return evidence;
}

// Whether `a` and `b` occur within kPairWindow terms of each other in one of the sentences.
constexpr std::size_t kPairWindow = 3;
bool near_in(const std::string& a, const std::string& b, const SourceSentence& sentence) {
  const std::vector<std::string>& t = sentence.terms;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != a) continue;
    const std::size_t from = i >= kPairWindow ? i - kPairWindow : 0;
    const std::size_t to = std::min(t.size(), i + kPairWindow + 1);
    for (std::size_t j = from; j < to; ++j) {
      if (j != i && t[j] == b) return true;
    }
  }
  return false;
}

// The share of the claim's neighbouring term pairs ("handed over", "27 July" leaves "hand RAN")
// that stand near each other in some sentence of the sources: word order and closeness are what
// separate a source that says the claim from one that only uses its words.
double pairs_near(const std::vector<QueryTerm>& terms,
                  const std::vector<const SourceIndex*>& sources) {
  if (terms.size() < 2) return 1.0;
  int near = 0;
  for (std::size_t i = 0; i + 1 < terms.size(); ++i) {
    bool anywhere = false;
    for (const SourceIndex* s : sources) {
      for (std::size_t k = 0; k < s->sentences.size() && !anywhere; ++k) {
        anywhere = near_in(terms[i].term, terms[i + 1].term, s->sentences[k]);
      }
    }
    near += anywhere;
  }
  return near / static_cast<double>(terms.size() - 1);
}

// The share of the claim's full-weight terms in `p`, each counting the same: IDF weighting lets
// one rare name stand for a claim; this asks how much of what it says the passage says.
double terms_share(const std::vector<QueryTerm>& terms, const Passage& p) {
  int all = 0;
  double present = 0;
  for (const QueryTerm& t : terms) {
    if (t.weight < 1.0) continue;
    ++all;
    present += said(t, p.tf);
  }
  return all > 0 ? present / all : 0.0;
}

// The sentences of the cited sources that say most of the claim, best first: where polarity and
// direction are compared.
constexpr std::size_t kClashSentences = 6;
constexpr double kClashCoverage = 0.3;

struct NearSentences {
  std::vector<std::string> text;
  std::vector<const std::string*> reference_id;
};

NearSentences near_sentences(const std::vector<std::vector<double>>& coverage_of,
                             const std::vector<CitedSource>& cited) {
  struct Candidate {
    double coverage;
    const CitedSource* source;
    const SourceSentence* sentence;
  };
  std::vector<Candidate> candidates;
  for (std::size_t k = 0; k < cited.size(); ++k) {
    const std::vector<SourceSentence>& sentences = cited[k].index->sentences;
    for (std::size_t m = 0; m < sentences.size(); ++m) {
      if (coverage_of[k][m] >= kClashCoverage) {
        candidates.push_back({coverage_of[k][m], &cited[k], &sentences[m]});
      }
    }
  }
  const std::size_t keep = std::min(kClashSentences, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<long>(keep),
                    candidates.end(),
                    [](const Candidate& x, const Candidate& y) { return x.coverage > y.coverage; });
  NearSentences near;
  for (std::size_t i = 0; i < keep; ++i) {
    near.text.push_back(candidates[i].sentence->text);
    near.reference_id.push_back(&candidates[i].source->reference_id);
  }
  return near;
}

// A sentence saying the claim's words the other way round ("did not rise" against "rose", "fell"
// against "rose"), where no sentence saying as much of what surrounds them agrees.
std::optional<core::Contradiction> find_polarity(std::string_view claim_text,
                                                 const NearSentences& near) {
  std::optional<Clash> clash = find_vote_clash(claim_text, near.text);
  if (!clash) clash = find_clash(claim_text, near.text);
  if (!clash) return std::nullopt;
  core::Contradiction c;
  c.reference_id = *near.reference_id[clash->sentence];
  c.source_says = near.text[clash->sentence];
  c.negation = true;
  c.claim_words = clash->claim_words;
  c.source_words = clash->source_words;
  return c;
}

}  // namespace

std::string closest_sentence(std::string_view quote,
                             const std::vector<const SourceIndex*>& sources) {
  std::set<std::string> wanted;
  for (const text::Word& w : text::words(quote)) wanted.insert(w.folded);
  std::size_t best = 1;  // two shared words at least
  std::string closest;
  for (const SourceIndex* s : sources) {
    for (const SourceSentence& sentence : s->sentences) {
      std::set<std::string> seen;
      for (const text::Word& w : text::words(sentence.text)) {
        if (wanted.count(w.folded)) seen.insert(w.folded);
      }
      if (seen.size() > best) {
        best = seen.size();
        closest = sentence.text;
      }
    }
  }
  return closest;
}

bool quotation_found(std::string_view quote, const SourceIndex& source) {
  // Fragments between ellipses and [insertions] must each appear.
  std::string fragment;
  std::vector<std::string> fragments;
  for (std::size_t i = 0; i < quote.size();) {
    if (quote.substr(i, 3) == "..." || quote.substr(i, 3) == "\u2026") {
      fragments.push_back(std::move(fragment));
      fragment.clear();
      i += 3;
    } else if (quote[i] == '[') {
      const std::size_t close = quote.find(']', i);
      fragments.push_back(std::move(fragment));
      fragment.clear();
      i = close == std::string_view::npos ? quote.size() : close + 1;
    } else {
      fragment += quote[i++];
    }
  }
  fragments.push_back(std::move(fragment));
  bool any = false;
  for (const std::string& f : fragments) {
    const std::string words = word_string(f);
    if (words.size() <= 1) continue;
    any = true;
    if (source.words.find(words) == std::string::npos) return false;
  }
  return any;
}

namespace {

core::Assessment assess_with(const Bm25& bm25, std::string_view claim_text,
                             const std::vector<core::Fact>& facts,
                             const std::vector<CitedSource>& cited,
                             const std::vector<const SourceIndex*>& sources,
                             std::string_view context) {
  core::Assessment a;
  a.found.assign(facts.size(), false);
  a.closest.assign(facts.size(), "");
  std::vector<QueryTerm> terms = query_terms(claim_text);
  const WeightedQuery own_words = weighted_query(terms, bm25);
  add_related(terms, bm25);
  const WeightedQuery weighted = weighted_query(terms, bm25);
  std::vector<std::string> query;
  for (const QueryTerm& t : terms) query.push_back(t.term);
  for (const QueryTerm& t : query_terms(context)) {
    if (std::find(query.begin(), query.end(), t.term) == query.end()) query.push_back(t.term);
  }

  // Candidate passages by BM25, then the best by coverage (BM25 breaks ties).
  std::vector<std::pair<double, const Passage*>> ranked;
  for (const Passage& p : bm25.passages()) ranked.emplace_back(bm25.score(query, p), &p);
  const std::size_t keep = std::min(kCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                    [](const auto& x, const auto& y) { return x.first > y.first; });
  ranked.resize(keep);
  Ranked by_coverage;
  for (const auto& [score, p] : ranked) {
    by_coverage.emplace_back(passage_coverage(weighted, *p) + 1e-6 * score, p);
  }
  std::stable_sort(by_coverage.begin(), by_coverage.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  if (!by_coverage.empty()) a.local_coverage = std::min(1.0, by_coverage.front().first);
  for (const auto& [cov, p] : by_coverage) {
    a.words_coverage = std::max(a.words_coverage, passage_coverage(own_words, *p));
  }
  a.evidence = pick_evidence(by_coverage, bm25, weighted, facts, cited, a.ranked);

  std::set<std::string> best_three;
  for (std::size_t i = 0; i < by_coverage.size() && i < 3; ++i) {
    const auto more = passage_terms(*by_coverage[i].second);
    best_three.insert(more.begin(), more.end());
  }
  for (const QueryTerm& t : terms) {
    a.local_missing += t.weight * (1.0 - said(t, best_three));
    if (!bm25.contains(t.term) && t.related.empty() && t.weight == 1.0) {
      a.missing_terms.push_back(t.surface);
    }
  }
  if (!by_coverage.empty()) a.terms_share = terms_share(terms, *by_coverage.front().second);
  a.pairs_global = pairs_near(terms, sources);
  if (!by_coverage.empty())
    a.source_sentences = by_coverage.front().second->source->sentences.size();

  // How much of the claim each sentence of the sources says.
  std::vector<std::vector<double>> coverage_of;
  for (const SourceIndex* s : sources) {
    std::vector<double>& row = coverage_of.emplace_back();
    for (const SourceSentence& sentence : s->sentences) {
      row.push_back(sentence_coverage(weighted, sentence));
    }
  }
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const core::Fact& f = facts[i];
    if (is_quantity(f.kind)) {
      std::optional<core::Contradiction> c;
      // Found where the claim's context is, the fact stands. Found only elsewhere on the page, it
      // stands unless a sentence saying the claim gives another figure for it.
      if (quantity_in_sources(as_quantity(f), sources, {&coverage_of, unit_of(claim_text, f)})) {
        a.found[i] = true;
        continue;
      }
      a.found[i] = quantity_in_sources(as_quantity(f), sources, {&coverage_of, "", true});
      if ((c = find_contradiction(as_quantity(f), unit_of(claim_text, f), facts, coverage_of,
                                  cited))) {
        a.found[i] = false;
        c->fact = i;
        a.contradictions.push_back(std::move(*c));
      }
    } else if (f.kind == core::FactKind::kQuote) {
      a.found[i] = std::any_of(sources.begin(), sources.end(),
                               [&](const SourceIndex* s) { return quotation_found(f.text, *s); });
      if (!a.found[i]) a.closest[i] = closest_sentence(f.text, sources);
    } else if (f.kind == core::FactKind::kEntity) {
      const std::string words = word_string(f.text);
      a.found[i] = std::any_of(sources.begin(), sources.end(), [&](const SourceIndex* s) {
        return s->words.find(words) != std::string::npos;
      });
    }
  }
  const NearSentences near = near_sentences(coverage_of, cited);
  // The best passages count too: a sentence beside the one that says most of the claim may
  // carry its "not".
  std::vector<std::string> said = near.text;
  for (const core::Evidence& e : a.evidence) said.push_back(e.text);
  if (auto word = unbacked_sign(claim_text, said)) a.unbacked_sign = *word;
  if (a.contradictions.empty()) {
    if (auto c = find_polarity(claim_text, near)) a.contradictions.push_back(*c);
  }
  return a;
}

std::vector<const SourceIndex*> indexes_of(const std::vector<CitedSource>& cited) {
  std::vector<const SourceIndex*> sources;
  for (const CitedSource& c : cited) sources.push_back(c.index);
  return sources;
}

}  // namespace

core::Assessment assess(std::string_view claim_text, const std::vector<core::Fact>& facts,
                        const std::vector<CitedSource>& cited, std::string_view context) {
  return Matcher().assess(claim_text, facts, cited, context);
}

Matcher::Matcher() = default;
Matcher::~Matcher() = default;

core::Assessment Matcher::assess(std::string_view claim_text, const std::vector<core::Fact>& facts,
                                 const std::vector<CitedSource>& cited, std::string_view context) {
  const std::vector<const SourceIndex*> sources = indexes_of(cited);
  if (sources.empty()) {
    core::Assessment none;
    none.found.assign(facts.size(), false);
    return none;
  }
  std::unique_ptr<const Bm25>& bm25 = indexes_[sources];
  if (!bm25) bm25 = std::make_unique<const Bm25>(sources);
  return assess_with(*bm25, claim_text, facts, cited, sources, context);
}

}  // namespace citecheck::match
