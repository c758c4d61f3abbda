// POSTing to one API (the model judge's chat-completions endpoint) through the same libcurl multi
// loop as the page fetches: requests in flight up to a limit, retries with backoff on 408, 429,
// 5xx, timeouts and broken connections, Retry-After honoured for the whole host, a deadline and
// SIGINT/SIGTERM honoured. Redirects are not followed and the private-address guard does not
// apply: the endpoint is the user's own choice. Nothing here knows what the bodies mean.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fetch/engine.h"

namespace citecheck::fetch {

struct PostOptions {
  std::string url;
  std::vector<std::string> headers;  // "Content-Type: application/json", "Authorization: ..."
  int concurrency = 4;
  Millis timeout{60000};  // per request, from its start
  Millis connect_timeout{10000};
  int retries = 3;
  Millis backoff{500};  // before the first retry; doubles, with jitter
  std::chrono::seconds max_retry_after{120};
  std::optional<Clock::time_point> deadline;
  std::vector<std::string> connect_to;
  std::string user_agent;  // empty: citecheck/VERSION
  std::size_t max_body_bytes = std::size_t{4} << 20;
  // Bodies come in `variants` forms, each asking less of the server than the one before: a 400 or
  // 422 answer to variant v < variants - 1 moves every later request to v + 1 and sends this one
  // again in that form.
  int variants = 1;
};

struct Posted {
  bool sent = false;  // false: never answered (deadline, interrupted, stopped after a refusal)
  int status = 0;     // the HTTP status, 0 when the transfer failed
  std::string body;   // the answer's body (an error answer's first 64 KiB)
  std::string error;  // why there is no answer: "connection refused", "timeout", ...
  int variant = 0;    // the form that was answered
  int attempts = 0;   // requests made for it
};

using BodyOf = std::function<std::string(std::size_t index, int variant)>;
using OnPosted = std::function<void(std::size_t index, Posted posted)>;

// POSTs body_of(i, variant) for i in [0, count) and calls on_posted(i, ...) exactly once for each,
// as each ends. A 401 or 403 answer stops the rest: they are delivered unsent, with that reason.
void post_all(std::size_t count, const BodyOf& body_of, const PostOptions& options,
              const OnPosted& on_posted);

}  // namespace citecheck::fetch
