// Glob matching for the config stage's include and exclude lists, applied to the files found
// under a directory argument before they are read.
#include "config/glob.h"

#include <string>
#include <vector>

namespace citecheck::config {
namespace {

// One bracket expression at p[0] == '['; sets `consumed` to its length, 0 when it is not closed.
bool class_match(std::string_view p, char c, std::size_t& consumed) {
  std::size_t i = 1;
  const bool negate = i < p.size() && (p[i] == '!' || p[i] == '^');
  if (negate) ++i;
  bool hit = false;
  const std::size_t first = i;
  for (; i < p.size() && (p[i] != ']' || i == first); ++i) {
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      hit = hit || (c >= p[i] && c <= p[i + 2]);
      i += 2;
    } else {
      hit = hit || c == p[i];
    }
  }
  if (i >= p.size()) {
    consumed = 0;
    return false;
  }
  consumed = i + 1;
  return hit != negate;
}

// Whether all of `s` matches all of `p`, by dynamic programming over (pattern position, path
// position): each wildcard either matches nothing more or takes one more character, so a pattern of
// many stars ("*****", "*a*a*a*b") costs |p| x |s| steps, not a backtracking search that grows
// exponentially with its stars. The pattern comes from a config file, which may be anyone's.
bool match_here(std::string_view p, std::string_view s) {
  const std::size_t m = p.size(), n = s.size();
  // matched[i][j]: p from i matches s from j. after_slash[j] (for a "**/" at i): some k >= j has
  // s[k] == '/' and p from i + 3 matches s from k + 1, i.e. "**/" consumes whole segments.
  std::vector<std::vector<char>> matched(m + 1, std::vector<char>(n + 1, 0));
  std::vector<char> after_slash(n + 1, 0);
  matched[m][n] = 1;
  for (std::size_t i = m; i-- > 0;) {
    std::vector<char>& row = matched[i];
    if (p.substr(i, 2) == "**") {
      if (p.substr(i, 3) == "**/") {
        const std::vector<char>& rest = matched[i + 3];
        after_slash[n] = 0;
        for (std::size_t j = n; j-- > 0;) {
          after_slash[j] = (s[j] == '/' && rest[j + 1]) || after_slash[j + 1];
        }
        for (std::size_t j = 0; j <= n; ++j) row[j] = rest[j] || after_slash[j];
      } else {  // a bare "**": anything at all, slashes too
        const std::vector<char>& rest = matched[i + 2];
        row[n] = rest[n];
        for (std::size_t j = n; j-- > 0;) row[j] = rest[j] || row[j + 1];
      }
      continue;
    }
    if (p[i] == '*') {  // within one segment
      const std::vector<char>& rest = matched[i + 1];
      row[n] = rest[n];
      for (std::size_t j = n; j-- > 0;) row[j] = rest[j] || (s[j] != '/' && row[j + 1]);
      continue;
    }
    for (std::size_t j = 0; j < n; ++j) {
      if (p[i] == '[') {
        std::size_t consumed = 0;
        const bool hit = class_match(p.substr(i), s[j], consumed);
        if (consumed > 0) {
          row[j] = hit && s[j] != '/' && matched[i + consumed][j + 1];
          continue;
        }
      }
      row[j] = ((p[i] == '?' && s[j] != '/') || p[i] == s[j]) && matched[i + 1][j + 1];
    }
  }
  return matched[0][0];
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  while (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  if (pattern.empty()) return false;
  if (pattern.find('/') == std::string_view::npos) {
    // A bare name: the file's name, or any directory on its way.
    std::size_t start = 0;
    while (start <= path.size()) {
      const std::size_t end = std::min(path.find('/', start), path.size());
      if (match_here(pattern, path.substr(start, end - start))) return true;
      start = end + 1;
    }
    return false;
  }
  // The whole path, or one of its leading directories.
  if (match_here(pattern, path)) return true;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos;
       slash = path.find('/', slash + 1)) {
    if (match_here(pattern, path.substr(0, slash))) return true;
  }
  return false;
}

}  // namespace citecheck::config
