// The fetch stage: every unique URL gets one outcome, a value whatever happened. Sources
// directories come first; then the HTTP cache (cache/store.h) while its entry is fresh; then the
// network (fetch/engine.h), with a conditional request for a stale entry, unless the run is
// offline, where any cached entry is used, however old.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cache/store.h"
#include "core/result.h"
#include "core/types.h"
#include "fetch/engine.h"
#include "fetch/in_flight.h"
#include "fetch/sources_dir.h"

namespace citecheck::fetch {

inline constexpr std::size_t kMaxBodyBytes = std::size_t{10} << 20;

struct FetchOptions {
  std::vector<std::string> sources_dirs;
  bool offline = false;
  std::size_t max_body_bytes = kMaxBodyBytes;
  NetworkOptions network;
  std::string cache_dir;                               // empty: no cache
  std::int64_t max_cache_age = cache::kDefaultMaxAge;  // seconds before an entry is revalidated
  cache::Warn on_cache_warning;
  // URLs whose bytes never change (an archive's raw snapshots): a cached copy is never stale.
  std::function<bool(const std::string&)> never_stale;
  // Shared by the concurrent checks of `citecheck serve`: a URL another check is fetching is
  // waited for (until the deadline), not fetched again. Null for a one-off run.
  std::shared_ptr<InFlight> in_flight;
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
  Fetcher(FetchOptions options, SourcesDirectories sources, std::shared_ptr<cache::HttpCache> cache)
      : options_(std::move(options)), sources_(std::move(sources)), cache_(std::move(cache)) {}

  // The answer without the network or cache: a scheme we never fetch, or a sources directory.
  std::optional<Fetched> local(const std::string& url) const;
  // What the network said, after the cache had its say: a 304 brings back the stored entry.
  Fetched settle(const std::string& url, const std::optional<cache::Entry>& stale, Fetched fetched,
                 std::int64_t now) const;
  // fetch_all, with `share` false for URLs that another check was to fetch and gave up on (its
  // shorter deadline passed): this call fetches them itself, claiming nothing.
  void fetch_some(const std::vector<std::string>& urls, const OnFetched& on_fetched,
                  const OnProgress& on_progress, bool share) const;

  FetchOptions options_;
  SourcesDirectories sources_;
  std::shared_ptr<cache::HttpCache> cache_;  // null without a cache
};

}  // namespace citecheck::fetch
