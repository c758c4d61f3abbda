// The network side of the fetch stage: every URL given is fetched over HTTP(S) on one thread with
// libcurl's multi interface, within the limits below. Outcomes are values, delivered one by one as
// each URL finishes, so a caller can read a page and drop its bytes before the next one arrives.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/settings.h"
#include "core/types.h"

namespace citecheck::fetch {

using Clock = std::chrono::steady_clock;
using Millis = std::chrono::milliseconds;

struct NetworkOptions {
  int concurrency = 100;     // requests in flight in total
  int per_host = 4;          // requests in flight to one host
  Millis host_interval{50};  // between the starts of two requests to one host
  Millis timeout{20000};     // per request, counted from its start (never while queued)
  Millis connect_timeout{10000};
  int retries = 2;
  Millis backoff{500};                       // before the first retry; doubles, with jitter
  std::chrono::seconds max_retry_after{60};  // a longer Retry-After is not waited for
  std::string user_agent;                    // empty: citecheck/VERSION (+project URL)
  std::vector<std::string> headers;          // "Name: value"
  std::vector<std::string> connect_to;       // HOST:PORT:HOST2:PORT2, as curl's --connect-to
  bool allow_private = false;
  std::size_t max_body_bytes = std::size_t{10} << 20;
  std::optional<Clock::time_point> deadline;  // unfinished URLs then become not-checked
  std::vector<int> accept_status;             // read as pages like 2xx (the config's accept-status)
  // The config's [hosts."NAME"] tables: per_host, host_interval and extra headers for the hosts
  // each matches (fetch/host_rules.h).
  std::vector<core::HostSettings> hosts;
};

struct Fetched {
  core::SourceOutcome outcome;
  std::string body;  // only when the outcome's state is ok
  std::string content_type;
  std::string etag;  // the validators the server sent, kept by the cache
  std::string last_modified;
};

struct FetchProgress {
  std::size_t done = 0;
  std::size_t total = 0;
  std::size_t failed = 0;
};

using OnFetched = std::function<void(std::size_t index, Fetched fetched)>;
using OnProgress = std::function<void(const FetchProgress&)>;

// Fetches urls[i] for every i and calls on_fetched(i, ...) exactly once for each, in the order
// they finish. The URLs should be distinct: each is requested however often it appears.
// first_hop_headers[i], when given, are sent with urls[i]'s first request only (the cache's
// If-None-Match and If-Modified-Since); a 304 answer is then delivered as it is.
void fetch_over_network(const std::vector<std::string>& urls, const NetworkOptions& options,
                        const OnFetched& on_fetched, const OnProgress& on_progress = {},
                        const std::vector<std::vector<std::string>>& first_hop_headers = {});

// "citecheck/VERSION (+https://...)".
std::string default_user_agent();

}  // namespace citecheck::fetch
