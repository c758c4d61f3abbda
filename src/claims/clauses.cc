// Markers are grouped when fewer than three words stand between them ("[1][2]", "[1] and [3]");
// a group splits the sentence only when another group follows it, so trailing words after the
// last marker ("... [2] in 2024.") stay with the last clause and every clause cites something.
#include "claims/clauses.h"

#include <algorithm>

#include "claims/claims.h"
#include "text/tokens.h"

namespace citecheck::claims {
namespace {

struct Group {
  std::size_t begin = 0;  // offsets relative to the claim
  std::size_t end = 0;
  std::vector<std::string> ids;
};

// Fewer words than this between two markers ("[1] and [2]", "[1] or [3]") make them one group.
constexpr std::size_t kMinClauseWords = 3;

}  // namespace

std::vector<Clause> split_at_markers(const core::Claim& claim, std::string_view blanked,
                                     const core::CitationIndex& index) {
  std::vector<const core::Citation*> markers;
  for (const core::Citation& c :
       citations_between(index.citations, claim.offset, claim.offset + claim.length)) {
    if (c.marker && c.offset + c.length <= claim.offset + claim.length) {
      markers.push_back(&c);
    }
  }
  std::stable_sort(
      markers.begin(), markers.end(),
      [](const core::Citation* a, const core::Citation* b) { return a->offset < b->offset; });
  std::vector<Group> groups;
  for (const core::Citation* c : markers) {
    const std::size_t begin = c->offset - claim.offset;
    const std::size_t end = begin + c->length;
    if (!groups.empty() && begin <= groups.back().end) {
      // Another reference of the same marker ("[1, 2]" gives one citation per reference).
    } else if (groups.empty() ||
               text::words(std::string_view(claim.text)
                               .substr(groups.back().end, begin - groups.back().end))
                       .size() >= kMinClauseWords) {
      groups.push_back({begin, end, {}});
    }
    Group& g = groups.back();
    g.end = std::max(g.end, end);
    if (std::find(g.ids.begin(), g.ids.end(), c->reference_id) == g.ids.end()) {
      g.ids.push_back(c->reference_id);
    }
  }
  if (groups.size() < 2) return {};
  std::vector<Clause> clauses;
  std::size_t begin = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t end = g + 1 < groups.size() ? groups[g].end : blanked.size();
    clauses.push_back({std::string(blanked.substr(begin, end - begin)), groups[g].ids});
    begin = end;
  }
  return clauses;
}

}  // namespace citecheck::claims
