// exclude-urls (config stage): each pattern is checked when the config file is read, and every
// cited URL is matched against them before anything is fetched (pipeline.cc). The URLs come from
// the articles, so matching is bounded: patterns and the URLs matched have a size limit, and the
// engine (ICU's, which backtracks on the heap rather than the call stack) a step and memory limit.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace citecheck::config {

// The longest exclude-urls pattern a config file may hold.
constexpr std::size_t kMaxUrlPatternBytes = 512;
// A longer URL is matched by no pattern (so it is not excluded).
constexpr std::size_t kMaxMatchedUrlBytes = 2048;

// Why `pattern` cannot be an exclude-urls pattern (too long, or not a regular expression); nothing
// when it can.
std::optional<std::string> url_pattern_error(const std::string& pattern);

// The exclude-urls patterns, compiled once per run.
class UrlFilter {
 public:
  // Every pattern must have passed url_pattern_error; one that does not compile is left out.
  explicit UrlFilter(const std::vector<std::string>& patterns);
  // The first pattern that `url` matches (anywhere in it), or an empty string. A URL over
  // kMaxMatchedUrlBytes, or a match that runs past the engine's limits, matches nothing.
  std::string excluded_by(const std::string& url) const;

 private:
  struct Pattern;
  std::vector<std::shared_ptr<const Pattern>> patterns_;
};

}  // namespace citecheck::config
