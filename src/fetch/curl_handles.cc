// The only file that includes <curl/curl.h>: RAII handles for libcurl's multi and easy interfaces,
// the noexcept callbacks (body with its size cap, the address guard on every socket curl opens),
// and the mapping of CURLcode to TransferError. Part of the fetch stage, below fetch/engine.cc.
#include "fetch/curl_handles.h"

#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <map>
#include <span>

#include "fetch/address_guard.h"

namespace citecheck::fetch {
namespace {

struct EasyDeleter {
  void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct MultiDeleter {
  void operator()(CURLM* multi) const { curl_multi_cleanup(multi); }
};
struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Easy = std::unique_ptr<CURL, EasyDeleter>;
using Multi = std::unique_ptr<CURLM, MultiDeleter>;
using List = std::unique_ptr<curl_slist, ListDeleter>;

// curl_global_init is not thread-safe before 7.84 and must run once: a function-local static.
void global_init() {
  static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)done;
}

struct Transfer {
  std::uint64_t id = 0;
  Easy easy;
  List headers;
  List connect_to;
  bool guard = true;
  std::size_t cap = 0;
  std::vector<int> accept_status;
  bool too_large = false;
  bool stopped_early = false;  // an error page past kErrorBodyBytes: enough was read
  std::string blocked;         // the refused address, when the guard refused one
  std::string body;
  char error[CURL_ERROR_SIZE] = {};
};

List make_list(const std::vector<std::string>& items) {
  curl_slist* list = nullptr;
  for (const std::string& item : items) {
    curl_slist* next = curl_slist_append(list, item.c_str());
    if (next == nullptr) break;
    list = next;
  }
  return List(list);
}

size_t on_body(char* data, size_t size, size_t count, void* user) noexcept {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * count;
  long status = 0;
  curl_easy_getinfo(t->easy.get(), CURLINFO_RESPONSE_CODE, &status);
  const bool success = success_status(status, t->accept_status);
  const std::size_t limit = success ? t->cap : kErrorBodyBytes;
  if (t->body.size() + n > limit) {
    // Returning less than n ends the transfer: a gzip bomb stops here, after decompression.
    (success ? t->too_large : t->stopped_early) = true;
    return 0;
  }
  try {
    t->body.append(data, n);
  } catch (...) {
    return 0;  // out of memory ends this transfer, not the run
  }
  return n;
}

// Every address curl is about to connect to, redirect hops and happy-eyeballs attempts included.
curl_socket_t on_open_socket(void* user, curlsocktype, curl_sockaddr* address) noexcept {
  auto* t = static_cast<Transfer*>(user);
  if (t->guard) {
    std::span<const std::uint8_t> ip;
    if (address->family == AF_INET) {
      const auto* in4 = reinterpret_cast<const sockaddr_in*>(&address->addr);
      ip = {reinterpret_cast<const std::uint8_t*>(&in4->sin_addr), 4};
    } else if (address->family == AF_INET6) {
      const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&address->addr);
      ip = {reinterpret_cast<const std::uint8_t*>(&in6->sin6_addr), 16};
    }
    if (is_blocked_address(ip)) {
      try {
        t->blocked = address_text(ip);
      } catch (...) {
      }
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

TransferError error_kind(CURLcode code, const Transfer& t) {
  switch (code) {
    case CURLE_OK:
      return TransferError::kNone;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return TransferError::kDns;
    case CURLE_COULDNT_CONNECT:
      return t.blocked.empty() ? TransferError::kRefused : TransferError::kBlocked;
    case CURLE_OPERATION_TIMEDOUT:
      return TransferError::kTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_USE_SSL_FAILED:
      return TransferError::kTls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return TransferError::kReset;
    case CURLE_FILESIZE_EXCEEDED: {
      // The cap is for pages: a huge error page's status still says what happened.
      long status = 0;
      curl_easy_getinfo(t.easy.get(), CURLINFO_RESPONSE_CODE, &status);
      return success_status(status, t.accept_status) ? TransferError::kTooLarge
                                                     : TransferError::kNone;
    }
    case CURLE_WRITE_ERROR:
      if (t.too_large) return TransferError::kTooLarge;
      return t.stopped_early ? TransferError::kNone : TransferError::kOther;
    case CURLE_UNSUPPORTED_PROTOCOL:
      return TransferError::kUnsupportedScheme;
    default:
      return TransferError::kOther;
  }
}

std::string header_value(CURL* easy, const char* name) {
  curl_header* h = nullptr;
  if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == nullptr) return "";
  return h->value;
}

HttpResponse response_of(Transfer& t, CURLcode code) {
  HttpResponse r;
  CURL* easy = t.easy.get();
  r.error = error_kind(code, t);
  if (r.error != TransferError::kNone) {
    r.error_text = t.error[0] != '\0' ? t.error : curl_easy_strerror(code);
  }
  long status = 0;
  curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  const char* text = nullptr;
  if (curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &text) == CURLE_OK && text) {
    r.content_type = text;
  }
  if (curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &text) == CURLE_OK && text) {
    r.redirect_url = text;
  }
  r.retry_after = header_value(easy, "Retry-After");
  r.cf_mitigated = header_value(easy, "cf-mitigated");
  r.etag = header_value(easy, "ETag");
  r.last_modified = header_value(easy, "Last-Modified");
  r.blocked_address = t.blocked;
  r.body = std::move(t.body);
  return r;
}

void configure(Transfer& t, const HttpRequest& request) {
  CURL* e = t.easy.get();
  curl_easy_setopt(e, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
  curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, request.timeout_ms);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, request.connect_timeout_ms);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_USERAGENT, request.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers.get());
  curl_easy_setopt(e, CURLOPT_CONNECT_TO, t.connect_to.get());
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_body_bytes));
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &on_open_socket);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error);
  curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
  if (request.post_body) {
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(request.post_body->size()));
    curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, request.post_body->c_str());
  }
}

}  // namespace

struct HttpClient::State {
  Multi multi;
  std::map<std::uint64_t, std::unique_ptr<Transfer>> transfers;

  ~State() {
    // Easy handles leave the multi handle before either is cleaned up.
    for (auto& [id, t] : transfers) curl_multi_remove_handle(multi.get(), t->easy.get());
  }
};

HttpClient::HttpClient() : state_(std::make_unique<State>()) {
  global_init();
  state_->multi.reset(curl_multi_init());
}
HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

void HttpClient::start(std::uint64_t id, const HttpRequest& request) {
  auto t = std::make_unique<Transfer>();
  t->id = id;
  t->easy.reset(curl_easy_init());
  t->headers = make_list(request.headers);
  t->connect_to = make_list(request.connect_to);
  t->guard = request.guard_addresses;
  t->cap = request.max_body_bytes;
  t->accept_status = request.accept_status;
  configure(*t, request);
  curl_multi_add_handle(state_->multi.get(), t->easy.get());
  state_->transfers.emplace(id, std::move(t));
}

std::vector<std::pair<std::uint64_t, HttpResponse>> HttpClient::collect() {
  CURLM* multi = state_->multi.get();
  std::vector<std::pair<std::uint64_t, HttpResponse>> done;
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    Transfer* t = nullptr;
    curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
    const CURLcode code = msg->data.result;
    curl_multi_remove_handle(multi, msg->easy_handle);
    done.emplace_back(t->id, response_of(*t, code));
    state_->transfers.erase(t->id);
  }
  return done;
}

std::vector<std::pair<std::uint64_t, HttpResponse>> HttpClient::poll(int wait_ms) {
  CURLM* multi = state_->multi.get();
  int running = 0;
  curl_multi_perform(multi, &running);
  auto done = collect();
  if (!done.empty() || wait_ms <= 0) return done;
  // With nothing to watch, curl_multi_poll still waits: the engine relies on that between starts.
  curl_multi_poll(multi, nullptr, 0, wait_ms, nullptr);
  curl_multi_perform(multi, &running);
  return collect();
}

std::size_t HttpClient::in_flight() const { return state_->transfers.size(); }

}  // namespace citecheck::fetch
