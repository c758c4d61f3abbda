// Caps on references and citations per document (cite stage, called from pipeline.cc): each cap
// hit leaves one notice in the report naming the count and the limit.
#include "cite/limits.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace citecheck::cite {

std::string with_commas(std::size_t n) {
  // Appended digit by digit: GCC 12 warns (-Wrestrict, a false positive) on string::insert here.
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void limit_citations(core::CitationIndex& index) {
  if (index.references.size() > kMaxReferences) {
    index.notices.push_back(
        fmt::format("{} references: only the first {} are checked (the limit per document)",
                    with_commas(index.references.size()), with_commas(kMaxReferences)));
    std::set<std::string> kept;
    for (std::size_t i = 0; i < kMaxReferences; ++i) kept.insert(index.references[i].id);
    std::set<std::string> dropped;
    for (std::size_t i = kMaxReferences; i < index.references.size(); ++i) {
      if (!kept.contains(index.references[i].id)) dropped.insert(index.references[i].id);
    }
    index.references.resize(kMaxReferences);
    std::erase_if(index.citations,
                  [&](const core::Citation& c) { return dropped.contains(c.reference_id); });
  }
  if (index.citations.size() > kMaxCitations) {
    index.notices.push_back(
        fmt::format("{} citations: only the first {} are checked (the limit per document)",
                    with_commas(index.citations.size()), with_commas(kMaxCitations)));
    index.citations.resize(kMaxCitations);
  }
}

}  // namespace citecheck::cite
