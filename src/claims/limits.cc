// Over-long sentences left out of the claims (claims stage, called from pipeline.cc), with one
// notice per document, so the matcher never compares a megabyte "sentence" against a source.
#include "claims/limits.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace citecheck::claims {

void limit_claims(Claims& found, std::vector<std::string>& notices) {
  std::size_t dropped = 0;
  std::optional<int> first_line;
  const auto too_long = [&](const std::string& text, const core::Position& at) {
    if (text.size() <= kMaxClaimBytes) return false;
    ++dropped;
    if (!first_line || at.line < *first_line) first_line = at.line;
    return true;
  };
  std::erase_if(found.claims, [&](const core::Claim& c) { return too_long(c.text, c.position); });
  std::erase_if(found.uncited,
                [&](const core::UncitedSentence& s) { return too_long(s.text, s.position); });
  if (dropped == 0) return;
  for (std::size_t i = 0; i < found.claims.size(); ++i) {
    found.claims[i].id = "c" + std::to_string(i + 1);
  }
  notices.push_back(fmt::format(
      "{} sentence{} longer than {} bytes (the first on line {}) {} not read as claims", dropped,
      dropped == 1 ? "" : "s", kMaxClaimBytes, *first_line, dropped == 1 ? "was" : "were"));
}

}  // namespace citecheck::claims
