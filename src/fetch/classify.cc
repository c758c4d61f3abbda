// Status codes and transport errors become outcomes here, in one table-like place, so every report
// format says the same thing about a URL. A bot wall is told apart from a real 403 or 503 by the
// challenge markers sites send, because a challenge is not evidence that the page is gone.
#include "fetch/classify.h"
#include "text/ascii.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

namespace citecheck::fetch {
namespace {

using core::SourceState;

core::SourceOutcome make(SourceState state, std::string reason, std::string detail) {
  core::SourceOutcome o;
  o.state = state;
  o.reason = std::move(reason);
  o.detail = std::move(detail);
  return o;
}

std::string lower(std::string_view s) { return text::lower_ascii(s); }

bool is_challenge(const HttpResponse& r) {
  if (!r.cf_mitigated.empty()) return true;
  static constexpr std::array<std::string_view, 8> kMarkers = {
      "just a moment...",        "challenge-platform",
      "cf-browser-verification", "attention required!",
      "checking your browser",   "_incapsula_resource",
      "captcha-delivery.com",    "px-captcha"};
  const std::string body = lower(r.body);
  return std::any_of(kMarkers.begin(), kMarkers.end(),
                     [&](std::string_view m) { return body.find(m) != std::string::npos; });
}

core::SourceOutcome transport_outcome(const HttpResponse& r) {
  const std::string why = r.error_text;
  switch (r.error) {
    case TransferError::kDns:
      return make(SourceState::kBroken, "dns", "the host name does not resolve: " + why);
    case TransferError::kRefused:
      return make(SourceState::kUnverifiable, "refused", "the server refused the connection");
    case TransferError::kTls:
      return make(SourceState::kBroken, "tls", "the secure connection failed: " + why);
    case TransferError::kTimeout:
      return make(SourceState::kUnverifiable, "timeout", "no complete answer in time: " + why);
    case TransferError::kReset:
      return make(SourceState::kUnverifiable, "reset", "the connection broke: " + why);
    case TransferError::kTooLarge:
      return make(SourceState::kUnverifiable, "too-large", "the page is larger than the limit");
    case TransferError::kBlocked:
      return make(SourceState::kUnverifiable, "blocked-address",
                  fmt::format("the host resolves to {}, a private or local address "
                              "(--allow-private lifts this guard)",
                              r.blocked_address));
    case TransferError::kUnsupportedScheme:
      return make(SourceState::kUnverifiable, "unsupported-scheme",
                  "only http and https URLs are fetched");
    case TransferError::kNone:
    case TransferError::kOther:
      break;
  }
  return make(SourceState::kUnverifiable, "network-error", why);
}

core::SourceOutcome status_outcome(const HttpResponse& r, const std::vector<int>& accept_status) {
  const int s = r.status;
  // A status the config accepts is read like a 200, but a bot challenge is still not the page.
  const bool success = success_status(s, accept_status);
  if (success && (s < 200 || s >= 300) && is_challenge(r)) {
    return make(SourceState::kUnverifiable, "bot-wall",
                fmt::format("the site answered {} with a bot challenge instead of the page", s));
  }
  if (success) {
    if (!readable_type(r.content_type)) {
      return make(SourceState::kUnverifiable, "unsupported-type",
                  fmt::format("the page is {}, which citecheck does not read yet",
                              r.content_type.empty() ? "of no stated type" : r.content_type));
    }
    return make(SourceState::kOk, "ok", "");
  }
  if ((s == 403 || s == 503 || s == 429) && is_challenge(r)) {
    return make(SourceState::kUnverifiable, "bot-wall",
                fmt::format("the site answered {} with a bot challenge instead of the page", s));
  }
  switch (s) {
    case 404:
      return make(SourceState::kBroken, "not-found", "the server answered 404 Not Found");
    case 410:
      return make(SourceState::kBroken, "gone", "the server answered 410 Gone");
    case 401:
      return make(SourceState::kUnverifiable, "login-wall", "the server asks for a login (401)");
    case 403:
      return make(SourceState::kUnverifiable, "forbidden", "the server refused access (403)");
    case 408:
      return make(SourceState::kUnverifiable, "timeout", "the server timed out the request (408)");
    case 429:
      return make(SourceState::kUnverifiable, "rate-limited",
                  "the server asks for fewer requests (429)");
    default:
      break;
  }
  if (s >= 500) {
    return make(SourceState::kUnverifiable, "server-error",
                fmt::format("the server failed with status {}", s));
  }
  if (s >= 300 && s < 400) {
    return make(SourceState::kUnverifiable, "bad-redirect",
                fmt::format("a {} redirect without a usable Location", s));
  }
  return make(SourceState::kUnverifiable, "http-error",
              fmt::format("the server answered status {}", s));
}

}  // namespace

core::SourceOutcome classify(const HttpResponse& response, const std::vector<int>& accept_status) {
  core::SourceOutcome o = response.error == TransferError::kNone
                              ? status_outcome(response, accept_status)
                              : transport_outcome(response);
  o.http_status = response.status;
  o.origin = core::SourceOrigin::kNetwork;
  return o;
}

bool is_retryable(const HttpResponse& r, const std::vector<int>& accept_status) {
  if (r.error == TransferError::kTimeout || r.error == TransferError::kReset) return true;
  if (r.error != TransferError::kNone) return false;
  if (success_status(r.status, accept_status)) return false;
  if (r.status == 408) return true;
  if (r.status == 429 || (r.status >= 500 && r.status < 600)) return !is_challenge(r);
  return false;
}

std::optional<RetryWait> retry_wait(const HttpResponse& r, std::chrono::milliseconds backoff,
                                    int attempt, double jitter, std::chrono::seconds max_wait,
                                    std::time_t now) {
  RetryWait wait;
  wait.delay =
      std::chrono::duration_cast<std::chrono::milliseconds>(backoff * (1 << attempt) * jitter);
  if (const auto asked = parse_retry_after(r.retry_after, now)) {
    if (*asked > max_wait) return std::nullopt;
    wait.delay = std::max<std::chrono::milliseconds>(wait.delay, *asked);
    wait.from_server = true;
  }
  return wait;
}

std::optional<std::chrono::seconds> parse_retry_after(std::string_view value, std::time_t now) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  long long seconds = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec == std::errc() && end == value.data() + value.size()) {
    if (seconds < 0) return std::nullopt;
    return std::chrono::seconds(seconds);
  }
  // IMF-fixdate, the form RFC 9110 requires senders to use: "Sun, 06 Nov 1994 08:49:37 GMT".
  const std::string text(value);
  std::tm tm{};
  const char* rest = strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (rest == nullptr || *rest != '\0') return std::nullopt;
  const std::time_t at = timegm(&tm);
  return std::chrono::seconds(at > now ? at - now : 0);
}

std::string limit_text(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return fmt::format("{} MiB", bytes / kMiB);
  return fmt::format("{}-byte", bytes);
}

bool readable_type(std::string_view content_type) {
  const std::string type = lower(content_type);
  // JSON is text: a data page cited as a source, or a web archive's availability answer.
  return type.empty() || type.rfind("text/", 0) == 0 || type.find("html") != std::string::npos ||
         type.rfind("application/json", 0) == 0 || type.find("+json") != std::string::npos;
}

}  // namespace citecheck::fetch
