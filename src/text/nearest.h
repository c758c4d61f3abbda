// "Did you mean ...?": the known name nearest a mistyped one, by edit distance, for messages about
// flags, commands, settings and rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace citecheck::text {

// Levenshtein distance (insertions, deletions and substitutions of bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest `word` within `max_distance` edits (a third of its length at most, so a
// short word is not matched to anything), or "" when none is that near. Ties: the first listed.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates,
                    std::size_t max_distance = 2);

// "; did you mean 'NAME'?" for the nearest candidate, or "" when there is none.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace citecheck::text
