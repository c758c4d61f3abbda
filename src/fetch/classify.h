// What an HTTP answer means for a cited source: the outcome (state and reason, DESIGN.md), whether
// trying again could help, and how long the server asks us to wait. Pure functions, no network.
#pragma once

#include <chrono>
#include <cstddef>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"
#include "fetch/curl_handles.h"

namespace citecheck::fetch {

// The outcome of a final answer (redirects already followed). final_url, origin and the redirect
// chain are the caller's to fill in. A status in `accept_status` is read like a 2xx answer, unless
// it carries a bot challenge.
core::SourceOutcome classify(const HttpResponse& response,
                             const std::vector<int>& accept_status = {});

// 408, 429, 5xx (bot challenges and accepted statuses excepted), timeouts and broken connections.
bool is_retryable(const HttpResponse& response, const std::vector<int>& accept_status = {});

// A Retry-After value, seconds ("120") or an HTTP date, as a wait from `now`; nothing when absent
// or unreadable. A date in the past is a wait of zero.
std::optional<std::chrono::seconds> parse_retry_after(std::string_view value, std::time_t now);

// How long to wait before retry number `attempt` (from 0): `backoff` doubled per attempt and
// scaled by `jitter`, or the answer's Retry-After where that is longer (`from_server` then says so:
// it holds for the whole host). Nothing when Retry-After asks for more than `max_wait`: the answer
// is then reported as it stands. Shared by the page fetcher and the API poster.
struct RetryWait {
  std::chrono::milliseconds delay{0};
  bool from_server = false;
};
std::optional<RetryWait> retry_wait(const HttpResponse& response, std::chrono::milliseconds backoff,
                                    int attempt, double jitter, std::chrono::seconds max_wait,
                                    std::time_t now);

// HTML, XHTML, plain text and JSON: what the source stage reads.
bool readable_type(std::string_view content_type);

// "64-byte" for a small cap, "10 MiB" for a whole number of MiB: never a misleading "0 MiB".
std::string limit_text(std::size_t bytes);

}  // namespace citecheck::fetch
