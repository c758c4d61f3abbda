// The verdict stage's first half: a claim's verdict, support score and explanation, from what the
// matcher found in the claim's readable sources.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/types.h"

namespace citecheck::verdict {

// Bytes of a source sentence quoted in an explanation or a finding's message (a misquote's
// nearest sentence); the JSON fact's `closest` keeps it whole.
inline constexpr std::size_t kQuotedSentence = 300;

// Fills claim.verdict, support_score, evidence, explanation and facts[].found. `readable` names the
// cited references whose sources were read; `unreadable` the others, for the explanation.
// `without_url` names the cited references that are listed but give nothing to fetch.
void judge(core::Claim& claim, const core::Assessment& assessment,
           const std::vector<std::string>& readable, const std::vector<std::string>& unreadable,
           const std::vector<std::string>& without_url = {});

// A claim judged clause by clause (claims::split_at_markers), each clause as a claim of its own:
// the worst clause's verdict, the lowest score, every clause's evidence, what each clause short of
// supported lacked, and a fact of the claim found where a clause stating it found it.
void combine_clauses(core::Claim& claim, const std::vector<core::Claim>& clauses);

// Of a claim's several citations, each assessed alone (`alone[i]` for `ids[i]`), those whose source
// shares nothing with the claim (under a tenth of its weighted terms in the best passage, and none
// of its figures, dates, names or quotations) while another covers a good part of it. Call it for
// a claim its sources back (supported or partial), so the others carry it.
std::vector<std::string> idle_citations(const std::vector<std::string>& ids,
                                        const std::vector<core::Assessment>& alone);

// A model's judgement (judge/) laid over the lexical one: the model decides what the words mean,
// but a figure, date, ordinal or quotation of the claim that the sources lack, or a figure they
// give otherwise, keeps its veto: such a claim is never supported, and the explanation gives both
// sides. The score blends the model's support (most of it) with the lexical score, so a higher
// score still means more support; vetoed claims stay below the supported line.
void apply_model(core::Claim& claim, const core::ModelVerdict& model);

// The support score alone: a confidence in [0, 1] that the sources back the whole claim.
double support_score(const std::vector<core::Fact>& facts, const core::Assessment& assessment);

}  // namespace citecheck::verdict
