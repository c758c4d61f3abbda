// The libcurl adapter: one HTTP request per transfer on one multi handle, driven from one thread.
// Nothing here decides policy (limits, retries, redirects, what a status means): fetch/engine.cc
// does. Redirects are not followed here, so the engine sees and checks every hop.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace citecheck::fetch {

struct HttpRequest {
  std::string url;
  long timeout_ms = 30000;
  long connect_timeout_ms = 10000;
  std::string user_agent;
  std::vector<std::string> headers;     // "Name: value"
  std::vector<std::string> connect_to;  // curl's HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT
  bool guard_addresses = true;          // refuse loopback, private, ... addresses (address_guard.h)
  std::size_t max_body_bytes = std::size_t{10} << 20;  // after decompression
  std::vector<int> accept_status;  // read in full like 2xx (the config's accept-status)
  // A POST with this body when set (the model judge's JSON); a GET otherwise. The body is copied.
  std::optional<std::string> post_body;
};

enum class TransferError {
  kNone,
  kDns,
  kRefused,
  kTls,
  kTimeout,
  kReset,  // the connection broke, or the server closed it without an answer
  kTooLarge,
  kBlocked,  // every address of the host is one the guard refuses
  kUnsupportedScheme,
  kOther,
};

struct HttpResponse {
  TransferError error = TransferError::kNone;
  std::string error_text;  // libcurl's message when error is not kNone
  int status = 0;
  std::string content_type;
  std::string redirect_url;  // Location, made absolute
  std::string retry_after;   // the header's value as sent
  std::string cf_mitigated;  // Cloudflare's challenge marker header
  std::string etag;          // validators, for the cache's conditional requests
  std::string last_modified;
  std::string blocked_address;
  std::string body;  // error pages are kept only up to kErrorBodyBytes, enough to spot a wall
};

// Whether an answer with `status` is a page to read: 2xx, or one the user accepted.
inline bool success_status(long status, const std::vector<int>& accept_status) {
  if (status >= 200 && status < 300) return true;
  return std::find(accept_status.begin(), accept_status.end(), status) != accept_status.end();
}

inline constexpr std::size_t kErrorBodyBytes = std::size_t{64} << 10;

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;

  // Starts a request at once; its timeout counts from now.
  void start(std::uint64_t id, const HttpRequest& request);
  // Moves the transfers on for up to `wait_ms` and returns those that ended.
  std::vector<std::pair<std::uint64_t, HttpResponse>> poll(int wait_ms);
  std::size_t in_flight() const;

 private:
  std::vector<std::pair<std::uint64_t, HttpResponse>> collect();

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace citecheck::fetch
