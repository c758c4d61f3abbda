// Outcomes for URLs: refused for a scheme we never fetch, served from a sources directory or the
// cache, not checked when offline, or fetched over the network (conditionally, when the cache
// holds a stale copy). Each unique URL is looked at once. A file that cannot be read at run time
// is an outcome too (unverifiable), not a crash. Final outcomes go back into the cache.
#include "fetch/fetcher.h"

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "fetch/classify.h"
#include "fetch/url.h"

namespace citecheck::fetch {
namespace {

core::SourceOutcome outcome(core::SourceState state, std::string reason, std::string detail) {
  core::SourceOutcome o;
  o.state = state;
  o.reason = std::move(reason);
  o.detail = std::move(detail);
  return o;
}

Fetched from_cache(const cache::Entry& entry) {
  Fetched f;
  f.outcome = entry.outcome;
  f.outcome.origin = core::SourceOrigin::kCache;
  if (f.outcome.state == core::SourceState::kOk) f.body = entry.body;
  f.content_type = entry.content_type;
  f.etag = entry.etag;
  f.last_modified = entry.last_modified;
  return f;
}

std::vector<std::string> validators(const std::optional<cache::Entry>& stale) {
  std::vector<std::string> headers;
  if (!stale || stale->outcome.state != core::SourceState::kOk) return headers;
  if (!stale->etag.empty()) headers.push_back("If-None-Match: " + stale->etag);
  if (!stale->last_modified.empty()) {
    headers.push_back("If-Modified-Since: " + stale->last_modified);
  }
  return headers;
}

// A page read only because its status was in accept-status is used again only while it still is.
bool still_accepted(const cache::Entry& entry, const std::vector<int>& accept_status) {
  const int status = entry.outcome.http_status;
  return entry.outcome.state != core::SourceState::kOk || status == 0 ||
         success_status(status, accept_status);
}

// Offline, a cached page whose status is no longer accepted is judged as that status reads now
// (a 403 is forbidden again): the cache still says what the server answered.
Fetched reclassified(const cache::Entry& entry, const std::vector<int>& accept_status) {
  HttpResponse r;
  r.status = entry.outcome.http_status;
  r.content_type = entry.content_type;
  r.body = entry.body;
  Fetched f;
  f.outcome = classify(r, accept_status);
  f.outcome.origin = core::SourceOrigin::kCache;
  f.outcome.final_url = entry.outcome.final_url;
  f.outcome.redirects = entry.outcome.redirects;
  f.outcome.moved_to = entry.outcome.moved_to;
  return f;
}

std::int64_t seconds_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Result<Fetcher> Fetcher::create(const FetchOptions& options) {
  auto sources = SourcesDirectories::open(options.sources_dirs);
  if (!sources) return Error{sources.error()};
  std::shared_ptr<cache::HttpCache> cache;
  if (!options.cache_dir.empty()) {
    auto opened = cache::HttpCache::open(options.cache_dir, options.on_cache_warning);
    if (!opened) return Error{opened.error()};
    cache = std::move(*opened);
  }
  return Fetcher(options, std::move(*sources), std::move(cache));
}

std::optional<Fetched> Fetcher::local(const std::string& url) const {
  Fetched result;
  // The scheme is checked first: http and https only, even for a URL a manifest lists.
  const std::string scheme = url_scheme(url);
  // A page's link to its own site by path ("/Articles/123/"), saved without the page's address:
  // there is a source, but nothing says on which host.
  if (scheme.empty() && url.starts_with("/") && !url.starts_with("//")) {
    result.outcome = outcome(core::SourceState::kNotChecked, "relative-link",
                             "relative link, no base URL: the page gives no address (<base href> "
                             "or <link rel=\"canonical\">) to resolve it against");
    return result;
  }
  // Any other scheme is never opened, so the source is not checked (unchecked-source).
  if (scheme != "http" && scheme != "https") {
    result.outcome = outcome(core::SourceState::kNotChecked, "unsupported-scheme",
                             scheme.empty() ? "not a URL citecheck can fetch"
                                            : fmt::format("'{}:' URLs are never fetched", scheme));
    return result;
  }
  if (const SourceFile* file = sources_.find(url)) {
    // A source the snapshot could not read is reported as the snapshot saw it: there is no file.
    if (file->outcome.state != core::SourceState::kOk) {
      result.outcome = file->outcome;
      result.outcome.origin = core::SourceOrigin::kSources;
      return result;
    }
    // PDF and other binary types would reach the matcher as garbage "text" and make every claim
    // citing them look unsupported; until source/ reads them they are unverifiable.
    if (!readable_type(file->content_type)) {
      result.outcome = outcome(core::SourceState::kUnverifiable, "unsupported-type",
                               fmt::format("'{}' is {}, which citecheck does not read yet",
                                           file->path, file->content_type));
      result.outcome.origin = core::SourceOrigin::kSources;
      result.content_type = file->content_type;
      return result;
    }
    std::ifstream in(file->path, std::ios::binary);
    std::string body;
    char buffer[1 << 16];
    while (in && body.size() <= options_.max_body_bytes) {
      in.read(buffer, sizeof buffer);
      body.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    // The last read may carry the body past the cap and reach the end of the file at once.
    const bool too_large = body.size() > options_.max_body_bytes;
    if (too_large || !in.eof()) {
      result.outcome =
          outcome(core::SourceState::kUnverifiable, too_large ? "too-large" : "unreadable",
                  too_large ? fmt::format("'{}' is larger than the {} limit", file->path,
                                          limit_text(options_.max_body_bytes))
                            : fmt::format("cannot read '{}'", file->path));
      result.outcome.origin = core::SourceOrigin::kSources;
      return result;
    }
    // Status, final URL and redirects as the manifest recorded them (the URL itself by default).
    result.outcome = file->outcome;
    result.outcome.origin = core::SourceOrigin::kSources;
    if (result.outcome.final_url.empty()) result.outcome.final_url = url;
    result.body = std::move(body);
    result.content_type = file->content_type;
    return result;
  }
  return std::nullopt;
}

Fetched Fetcher::settle(const std::string& url, const std::optional<cache::Entry>& stale,
                        Fetched fetched, std::int64_t now) const {
  if (cache_ == nullptr) return fetched;
  const std::string key = normalize_url(url);
  if (stale && fetched.outcome.http_status == 304) {
    cache_->refresh(key, now);
    return from_cache(*stale);
  }
  if (cache::cacheable(fetched.outcome)) {
    cache::Entry entry;
    entry.outcome = fetched.outcome;
    entry.etag = fetched.etag;
    entry.last_modified = fetched.last_modified;
    entry.content_type = fetched.content_type;
    entry.body = fetched.body;
    entry.fetched_at = now;
    cache_->store(key, entry);
  }
  return fetched;
}

namespace {

// The URLs this call claimed from the shared in-flight map (serve): each is published exactly
// once, with its outcome, or, should the call end early, as not checked, so that no other check
// waits for it forever.
class Claims {
 public:
  explicit Claims(InFlight* in_flight) : in_flight_(in_flight) {}
  ~Claims() {
    for (const std::string& key : owned_) {
      Fetched lost;
      lost.outcome = outcome(core::SourceState::kNotChecked, "deadline",
                             "the check that was fetching this source ended first");
      in_flight_->publish(key, lost);
    }
  }
  Claims(const Claims&) = delete;
  Claims& operator=(const Claims&) = delete;

  void own(const std::string& key) { owned_.insert(key); }
  void publish(const std::string& key, const Fetched& fetched) {
    if (owned_.erase(key) > 0) in_flight_->publish(key, fetched);
  }

 private:
  InFlight* in_flight_;
  std::set<std::string> owned_;
};

// Whether an answer waited for says only that the check fetching it ran out of time first.
bool given_up(const Fetched& fetched) {
  return fetched.outcome.state == core::SourceState::kNotChecked &&
         fetched.outcome.reason == "deadline";
}

// A URL another check is fetching: its answer, or not checked once the deadline passes first.
Fetched awaited(const std::shared_future<Fetched>& answer,
                const std::optional<Clock::time_point>& deadline) {
  if (deadline && answer.wait_until(*deadline) != std::future_status::ready) {
    Fetched late;
    late.outcome = outcome(core::SourceState::kNotChecked, "deadline",
                           "the --deadline passed before this source was fetched");
    return late;
  }
  return answer.get();
}

}  // namespace

void Fetcher::fetch_all(const std::vector<std::string>& urls, const OnFetched& on_fetched,
                        const OnProgress& on_progress) const {
  fetch_some(urls, on_fetched, on_progress, true);
}

void Fetcher::fetch_some(const std::vector<std::string>& urls, const OnFetched& on_fetched,
                         const OnProgress& on_progress, bool share) const {
  InFlight* in_flight = options_.offline || !share ? nullptr : options_.in_flight.get();
  Claims claims(in_flight);
  std::vector<std::pair<std::size_t, std::shared_future<Fetched>>> waiting;
  // Every answer this call owns goes to the checks waiting for it too.
  const auto deliver = [&](std::size_t i, Fetched fetched) {
    if (in_flight != nullptr) claims.publish(normalize_url(urls[i]), fetched);
    on_fetched(i, std::move(fetched));
  };
  std::map<std::string, std::size_t> seen;  // normalised URL -> first index
  std::vector<std::string> remote;
  std::vector<std::size_t> remote_index;
  std::vector<std::optional<cache::Entry>> stale;     // per remote URL: the cached copy, if any
  std::vector<std::vector<std::string>> conditional;  // and its validators
  const std::int64_t now = seconds_now();
  // 1. Sources directories answer at once; with checks running beside this one (serve), every
  // other URL is claimed or waited for. All claims come before the cache's read transaction
  // starts: an owner stores its page before it publishes, so a URL another check fetched is
  // either waited for or in this transaction's view of the cache, never fetched twice.
  std::vector<std::size_t> looked_up;
  for (std::size_t i = 0; i < urls.size(); ++i) {
    const std::string key = normalize_url(urls[i]);
    if (!seen.try_emplace(key, i).second) continue;
    if (std::optional<Fetched> answer = local(urls[i])) {
      on_fetched(i, std::move(*answer));
      continue;
    }
    if (in_flight != nullptr) {
      InFlight::Claim claim = in_flight->claim(key);
      if (!claim.owner) {
        waiting.emplace_back(i, std::move(claim.answer));
        continue;
      }
      claims.own(key);
    }
    looked_up.push_back(i);
  }
  // 2. The cache, then the network.
  std::optional<cache::HttpCache::Reading> reading;
  if (cache_) reading.emplace(*cache_);
  for (const std::size_t i : looked_up) {
    const std::string key = normalize_url(urls[i]);
    std::optional<cache::Entry> cached = cache_ ? cache_->find(key) : std::nullopt;
    if (cached && !still_accepted(*cached, options_.network.accept_status)) {
      if (options_.offline) {
        on_fetched(i, reclassified(*cached, options_.network.accept_status));
        continue;
      }
      cached.reset();
    }
    const bool fresh = cached && (now - cached->fetched_at < options_.max_cache_age ||
                                  (options_.never_stale && options_.never_stale(urls[i])));
    if (cached && (options_.offline || fresh)) {
      deliver(i, from_cache(*cached));
    } else if (options_.offline) {
      Fetched offline;
      offline.outcome = outcome(core::SourceState::kNotChecked, "offline",
                                "not in any sources directory, and --offline forbids the network");
      on_fetched(i, std::move(offline));
    } else {
      remote.push_back(urls[i]);
      remote_index.push_back(i);
      conditional.push_back(validators(cached));
      stale.push_back(std::move(cached));
    }
  }
  reading.reset();  // before the network's answers are stored
  NetworkOptions network = options_.network;
  network.max_body_bytes = options_.max_body_bytes;
  fetch_over_network(
      remote, network,
      [&](std::size_t i, Fetched fetched) {
        deliver(remote_index[i], settle(remote[i], stale[i], std::move(fetched), now));
      },
      on_progress, conditional);
  // 3. What other checks fetched. One whose own, shorter deadline cut it off gave up on the
  // URL, not the URL on this check: with time left, this check fetches it itself.
  const std::optional<Clock::time_point>& deadline = options_.network.deadline;
  std::vector<std::string> again;
  std::vector<std::size_t> again_index;
  for (const auto& [i, answer] : waiting) {
    Fetched fetched = awaited(answer, deadline);
    if (given_up(fetched) && (!deadline || Clock::now() < *deadline)) {
      again.push_back(urls[i]);
      again_index.push_back(i);
      continue;
    }
    on_fetched(i, std::move(fetched));
  }
  if (!again.empty()) {
    fetch_some(
        again,
        [&](std::size_t j, Fetched fetched) { on_fetched(again_index[j], std::move(fetched)); },
        on_progress, false);
  }
}

Fetched Fetcher::fetch(const std::string& url) const {
  Fetched result;
  fetch_all({url}, [&](std::size_t, Fetched fetched) { result = std::move(fetched); });
  return result;
}

}  // namespace citecheck::fetch
