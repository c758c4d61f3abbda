// Per-document limits on what the citations stage found (cite stage, applied by pipeline.cc right
// after extraction): past them the rest is dropped with a notice, so a hostile or generated
// article cannot make a run fetch tens of thousands of URLs or judge without end.
#pragma once

#include <cstddef>
#include <string>

#include "core/types.h"

namespace citecheck::cite {

inline constexpr std::size_t kMaxReferences = 10'000;
inline constexpr std::size_t kMaxCitations = 50'000;

// "20000" -> "20,000", for the notices.
std::string with_commas(std::size_t n);

// Keeps the first kMaxReferences references and kMaxCitations citations; citations of a dropped
// reference go too (they would otherwise read as citing a reference that is not listed).
void limit_citations(core::CitationIndex& index);

}  // namespace citecheck::cite
