// Standard parameters (k1 = 1.2, b = 0.75); idf is the non-negative BM25+ form so that a term found
// in most sentences never counts against a passage.
#include "match/bm25.h"

#include <cmath>
#include <set>

namespace citecheck::match {
namespace {
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
}  // namespace

Bm25::Bm25(const std::vector<const SourceIndex*>& sources, std::size_t max_window) {
  double total_length = 0;
  for (std::size_t number = 0; number < sources.size(); ++number) {
    const SourceIndex* source = sources[number];
    const auto& sentences = source->sentences;
    for (const SourceSentence& s : sentences) {
      for (const std::string& t : std::set<std::string>(s.terms.begin(), s.terms.end())) ++df_[t];
    }
    sentences_ += static_cast<double>(sentences.size());
    for (std::size_t first = 0; first < sentences.size(); ++first) {
      Passage p;
      p.source = source;
      p.source_number = number;
      p.first = first;
      for (std::size_t last = first; last < sentences.size() && last < first + max_window; ++last) {
        for (const std::string& t : sentences[last].terms) ++p.tf[t];
        p.length += sentences[last].terms.size();
        p.last = last;
        if (p.length == 0) continue;
        passages_.push_back(p);
        total_length += static_cast<double>(p.length);
      }
    }
  }
  if (!passages_.empty()) average_length_ = total_length / static_cast<double>(passages_.size());
}

double Bm25::idf(const std::string& term) const {
  const auto it = df_.find(term);
  const double df = it == df_.end() ? 0.0 : it->second;
  return std::log(1.0 + (sentences_ - df + 0.5) / (df + 0.5));
}

double Bm25::score(const std::vector<std::string>& query, const Passage& p) const {
  double total = 0;
  const double norm = kK1 * (1 - kB + kB * static_cast<double>(p.length) / average_length_);
  for (const std::string& term : query) {
    const auto it = p.tf.find(term);
    if (it == p.tf.end()) continue;
    const double tf = it->second;
    total += idf(term) * tf * (kK1 + 1) / (tf + norm);
  }
  return total;
}

std::string passage_text(const Passage& p) {
  std::string out;
  for (std::size_t i = p.first; i <= p.last; ++i) {
    if (!out.empty()) out += ' ';
    out += p.source->sentences[i].text;
  }
  return out;
}

}  // namespace citecheck::match
