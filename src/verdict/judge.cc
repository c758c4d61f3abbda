// Scoring: term coverage (the best passage counts most, the whole sources somewhat) scaled down by
// each stated figure, quotation or name that the sources lack. Figures weigh most: on claim
// verification data a figure absent from the cited page almost always means "not fully supported".
// Thresholds were tuned on the WiCE dev split (see bench/RESULTS.md).
#include "verdict/judge.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace citecheck::verdict {
namespace {

constexpr double kLocalWeight = 0.8;
constexpr double kMissingQuantityFactor = 0.45;
constexpr double kMissingYearFactor = 0.6;
constexpr double kMissingEntityFactor = 0.85;
constexpr double kMisquoteFactor = 0.3;
constexpr double kContradictedFactor = 0.3;
// Share of the remaining doubt removed when every figure, year and quotation of the claim is found.
constexpr double kAllFactsBonus = 0.1;
constexpr double kSupportedAt = 0.45;
constexpr double kPartialAt = 0.3;

bool is_figure(core::FactKind k) {
  return k == core::FactKind::kPercent || k == core::FactKind::kNumber ||
         k == core::FactKind::kMoney || k == core::FactKind::kRatio;
}

std::string refs_label(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += "[" + id + "]";
  return out;
}

std::string join(const std::vector<std::string>& items, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  if (items.size() > limit) out += fmt::format(" and {} more", items.size() - limit);
  return out;
}

}  // namespace

double support_score(const std::vector<core::Fact>& facts, const core::Assessment& a) {
  double score = kLocalWeight * a.local_coverage + (1 - kLocalWeight) * a.global_coverage;
  for (std::size_t i = 0; i < facts.size() && i < a.found.size(); ++i) {
    if (a.found[i]) continue;
    switch (facts[i].kind) {
      case core::FactKind::kYear:
        score *= kMissingYearFactor;
        break;
      case core::FactKind::kQuote:
        score *= kMisquoteFactor;
        break;
      case core::FactKind::kEntity:
        score *= kMissingEntityFactor;
        break;
      default:
        score *= kMissingQuantityFactor;
        break;
    }
  }
  const bool has_facts = std::any_of(facts.begin(), facts.end(), [](const core::Fact& f) {
    return f.kind != core::FactKind::kEntity;
  });
  bool all_found = true;
  for (std::size_t i = 0; i < facts.size() && i < a.found.size(); ++i) {
    if (facts[i].kind != core::FactKind::kEntity && !a.found[i]) all_found = false;
  }
  if (has_facts && all_found) score += kAllFactsBonus * (1 - score);
  if (!a.contradictions.empty()) score *= kContradictedFactor;
  return std::clamp(score, 0.0, 1.0);
}

void judge(core::Claim& claim, const core::Assessment& a, const std::vector<std::string>& readable,
           const std::vector<std::string>& unreadable) {
  for (std::size_t i = 0; i < claim.facts.size() && i < a.found.size(); ++i) {
    claim.facts[i].found = a.found[i];
  }
  if (readable.empty()) {
    claim.verdict = core::Verdict::kUnverifiable;
    claim.support_score = 0.0;
    claim.explanation = unreadable.empty() ? "no cited reference is in the reference list"
                                           : fmt::format("no cited source could be read ({})",
                                                         refs_label(unreadable));
    return;
  }
  claim.evidence = a.evidence;
  claim.support_score = std::round(support_score(claim.facts, a) * 1000.0) / 1000.0;
  const std::string where = refs_label(readable);

  std::vector<std::string> missing_figures;
  std::vector<std::string> missing_quotes;
  bool any_figure_found = false;
  for (const core::Fact& f : claim.facts) {
    if (is_figure(f.kind)) {
      if (f.found)
        any_figure_found = true;
      else
        missing_figures.push_back(f.text);
    } else if (f.kind == core::FactKind::kQuote && !f.found) {
      missing_quotes.push_back("\u201C" + f.text + "\u201D");
    }
  }

  if (!a.contradictions.empty()) {
    const core::Contradiction& c = a.contradictions.front();
    claim.verdict = core::Verdict::kContradicted;
    claim.explanation = fmt::format("{} not found in {}; [{}] says {}", claim.facts[c.fact].text,
                                    where, c.reference_id, c.source_says);
  } else if (!missing_quotes.empty()) {
    claim.verdict = core::Verdict::kUnsupported;
    claim.explanation = fmt::format("quotation {} not found in {}", join(missing_quotes, 2), where);
  } else if (claim.support_score >= kSupportedAt && missing_figures.empty()) {
    claim.verdict = core::Verdict::kSupported;
  } else if (claim.support_score >= kPartialAt || any_figure_found) {
    claim.verdict = core::Verdict::kPartial;
  } else {
    claim.verdict = core::Verdict::kUnsupported;
  }
  if (claim.verdict == core::Verdict::kPartial || claim.verdict == core::Verdict::kUnsupported) {
    if (claim.explanation.empty() && !missing_figures.empty()) {
      claim.explanation = fmt::format("{} not found in {}", join(missing_figures, 3), where);
    } else if (claim.explanation.empty() && !a.missing_terms.empty()) {
      claim.explanation = fmt::format("{} says nothing of {}", where, join(a.missing_terms, 4));
    } else if (claim.explanation.empty()) {
      claim.explanation = fmt::format("no passage of {} states this", where);
    }
  }
  if (claim.verdict != core::Verdict::kSupported && !unreadable.empty()) {
    claim.explanation += fmt::format(" ({} could not be read)", refs_label(unreadable));
  }
}

}  // namespace citecheck::verdict
