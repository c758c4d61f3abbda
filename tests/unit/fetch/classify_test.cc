#include <doctest/doctest.h>

#include <chrono>
#include <ctime>
#include <vector>

#include "fetch/classify.h"
#include "fetch/url.h"

namespace citecheck::fetch {

TEST_CASE("transport failures: dns and tls are broken, the rest unverifiable") {
  HttpResponse r;
  r.error = TransferError::kDns;
  r.error_text = "Could not resolve host: gone.example";
  CHECK(classify(r).state == core::SourceState::kBroken);
  CHECK(classify(r).reason == "dns");
  CHECK(classify(r).origin == core::SourceOrigin::kNetwork);
  r.error = TransferError::kTls;
  CHECK(classify(r).state == core::SourceState::kBroken);
  CHECK(classify(r).reason == "tls");
  for (const auto& [error, reason] : {std::pair{TransferError::kRefused, "refused"},
                                      {TransferError::kTimeout, "timeout"},
                                      {TransferError::kReset, "reset"},
                                      {TransferError::kTooLarge, "too-large"},
                                      {TransferError::kBlocked, "blocked-address"},
                                      {TransferError::kOther, "network-error"}}) {
    r.error = error;
    const auto& the_reason = reason;  // doctest captures variables, not bindings
    CAPTURE(the_reason);
    CHECK(classify(r).state == core::SourceState::kUnverifiable);
    CHECK(classify(r).reason == reason);
  }
}

TEST_CASE("what is retried: 408, 429, 5xx, timeouts and resets, but not a bot challenge") {
  HttpResponse r;
  for (const int status : {408, 429, 500, 502, 503, 504}) {
    r.status = status;
    CHECK(is_retryable(r));
  }
  for (const int status : {200, 301, 400, 401, 403, 404, 410}) {
    r.status = status;
    CHECK_FALSE(is_retryable(r));
  }
  r.status = 503;
  r.body = "<title>Just a moment...</title>";
  CHECK_FALSE(is_retryable(r));
  CHECK(classify(r).reason == "bot-wall");
  HttpResponse t;
  t.error = TransferError::kTimeout;
  CHECK(is_retryable(t));
  t.error = TransferError::kDns;
  CHECK_FALSE(is_retryable(t));
}

TEST_CASE("accept-status: a listed status is read like a 200, a challenge still is a bot wall") {
  HttpResponse r;
  r.status = 403;
  r.content_type = "text/html";
  r.body = "<p>The harbour handled 2.4 million containers.</p>";
  CHECK(classify(r).reason == "forbidden");
  const std::vector<int> accepted = {403, 999, 503};
  CHECK(classify(r, accepted).state == core::SourceState::kOk);
  CHECK(classify(r, accepted).reason == "ok");
  CHECK(classify(r, accepted).http_status == 403);
  r.status = 999;
  CHECK(classify(r).reason == "server-error");
  CHECK(classify(r, accepted).state == core::SourceState::kOk);
  r.content_type = "image/png";  // as for a 200: a type citecheck cannot read
  CHECK(classify(r, accepted).reason == "unsupported-type");
  r.content_type = "text/html";
  r.status = 503;
  CHECK(is_retryable(r));
  CHECK_FALSE(is_retryable(r, accepted));  // an accepted answer is final
  r.body = "<title>Just a moment...</title>";
  CHECK(classify(r, accepted).reason == "bot-wall");
  CHECK(success_status(204, {}));
  CHECK_FALSE(success_status(404, accepted));
}

TEST_CASE("Retry-After in seconds or as an HTTP date") {
  const std::time_t now = 784111777;  // Sun, 06 Nov 1994 08:49:37 GMT
  CHECK(parse_retry_after("120", now) == std::chrono::seconds(120));
  CHECK(parse_retry_after(" 5 ", now) == std::chrono::seconds(5));
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now) == std::chrono::seconds(60));
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now) == std::chrono::seconds(0));
  CHECK_FALSE(parse_retry_after("", now));
  CHECK_FALSE(parse_retry_after("-3", now));
  CHECK_FALSE(parse_retry_after("soon", now));
}

TEST_CASE("host and port of a URL, for per-host limits") {
  CHECK(url_host_port("https://News.Example.com/a").host == "news.example.com");
  CHECK(url_host_port("https://news.example.com/a").port == 443);
  CHECK(url_host_port("http://news.example.com/a").port == 80);
  CHECK(url_host_port("http://user:pw@news.example.com:8080?q").port == 8080);
  CHECK(url_host_port("http://user:pw@news.example.com:8080?q").host == "news.example.com");
  CHECK(url_host_port("http://[::1]:9000/x").host == "::1");
  CHECK(url_host_port("http://[::1]:9000/x").port == 9000);
  CHECK(url_host_port("not a url").host.empty());
}

}  // namespace citecheck::fetch
