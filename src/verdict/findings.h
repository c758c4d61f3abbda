// The verdict stage's second half: findings with rule ids and default severities (DESIGN.md's
// rules table) for references, sources, claims and uncited sentences, sorted by position.
#pragma once

#include <vector>

#include "core/types.h"

namespace citecheck::verdict {

struct RuleInfo {
  const char* id;
  core::Severity severity;
  const char* summary;
};

const std::vector<RuleInfo>& rules();

std::vector<core::Finding> reference_findings(const core::CitationIndex& index);
std::vector<core::Finding> source_findings(const std::vector<core::ReferenceReport>& references);
// With --archive: archived-source for a dead source the archive has a copy of, changed-source for
// a live page whose archived copy backs a claim that the page itself does not.
std::vector<core::Finding> archive_findings(const std::vector<core::ReferenceReport>& references);
std::vector<core::Finding> claim_findings(const std::vector<core::Claim>& claims);
// idle-citation: on the marker of each idle citation of a claim (the claim itself where no marker
// of that reference lies inside it).
std::vector<core::Finding> idle_citation_findings(const std::vector<core::Claim>& claims,
                                                  const core::CitationIndex& index);
// An uncited sentence that a later citation in its paragraph may cover, or a first-party
// document's own account, is reported as info, and marked so that rule settings leave it there,
// unless `every_sentence` (cite-every-sentence).
std::vector<core::Finding> uncited_findings(const std::vector<core::UncitedSentence>& uncited,
                                            bool every_sentence = false);

// Findings in report order: line, column, then rule id.
void sort_findings(std::vector<core::Finding>& findings);

}  // namespace citecheck::verdict
