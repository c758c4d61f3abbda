// The fetch stage: every unique URL gets one outcome, a value whatever happened. Sources
// directories come first; a URL they do not list is fetched over the network (fetch/engine.h),
// unless the run is offline.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/types.h"
#include "fetch/engine.h"
#include "fetch/sources_dir.h"

namespace citecheck::fetch {

inline constexpr std::size_t kMaxBodyBytes = std::size_t{10} << 20;

struct FetchOptions {
  std::vector<std::string> sources_dirs;
  bool offline = false;
  std::size_t max_body_bytes = kMaxBodyBytes;
  NetworkOptions network;
};

class Fetcher {
 public:
  static Result<Fetcher> create(const FetchOptions& options);

  // Every URL of `urls` once, by normalised URL: on_fetched(i, ...) is called for the first
  // occurrence i of each, as it finishes. Sources directories answer before the network starts.
  void fetch_all(const std::vector<std::string>& urls, const OnFetched& on_fetched,
                 const OnProgress& on_progress = {}) const;

  Fetched fetch(const std::string& url) const;

 private:
  Fetcher(FetchOptions options, SourcesDirectories sources)
      : options_(std::move(options)), sources_(std::move(sources)) {}

  // The answer without the network: a scheme we never fetch, a sources directory, or offline.
  std::optional<Fetched> local(const std::string& url) const;

  FetchOptions options_;
  SourcesDirectories sources_;
};

}  // namespace citecheck::fetch
