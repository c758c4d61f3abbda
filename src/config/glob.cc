// Glob matching for the config stage's include and exclude lists, applied to the files found
// under a directory argument before they are read. A recursive matcher is enough: patterns are
// short and written by people, and `**` backtracks over segments, not characters.
#include "config/glob.h"

#include <string>

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

bool match_here(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.substr(0, 2) == "**") {
      // "**/" matches zero or more whole segments; a bare "**" anything at all.
      std::string_view rest = p.substr(2);
      const bool segments = !rest.empty() && rest[0] == '/';
      if (segments) rest.remove_prefix(1);
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if ((!segments || i == 0 || s[i - 1] == '/') && match_here(rest, s.substr(i))) return true;
      }
      return false;
    }
    if (p[0] == '*') {
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if (match_here(p.substr(1), s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (p[0] == '[') {
      std::size_t consumed = 0;
      const bool hit = class_match(p, s[0], consumed);
      if (consumed > 0) {
        if (!hit || s[0] == '/') return false;
        p.remove_prefix(consumed);
        s.remove_prefix(1);
        continue;
      }
    }
    if ((p[0] == '?' && s[0] != '/') || p[0] == s[0]) {
      p.remove_prefix(1);
      s.remove_prefix(1);
      continue;
    }
    return false;
  }
  return s.empty();
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
