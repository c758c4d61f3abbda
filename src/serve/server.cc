// The HTTP side of `citecheck serve`, the one file that includes cpp-httplib: routes, the bearer
// token, the body limit (413), the limit on checks at once (503 with Retry-After), the access log
// and the graceful stop. A check itself is the pipeline's run_check (pipeline.h), in process, with
// the in-flight map that all requests share (fetch/in_flight.h).
#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/version.h"
#include "pipeline.h"
#include "report/json.h"
#include "serve/request.h"
#include "serve/stop_signals.h"
#include "text/ascii.h"

namespace citecheck::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kListenBacklog = 512;

// When the request this thread serves began: set before routing, read by the access log.
thread_local std::optional<Clock::time_point> t_started;

void answer_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  nlohmann::ordered_json j;
  j["error"] = message;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                  "application/json");
}

// A place among the checks running at once, or none when all are taken.
class Slot {
 public:
  Slot(std::atomic<int>& busy, int most) : busy_(busy) { held_ = busy_.fetch_add(1) < most; }
  ~Slot() { busy_.fetch_sub(1); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;
  explicit operator bool() const { return held_; }

 private:
  std::atomic<int>& busy_;
  bool held_ = false;
};

class Service {
 public:
  Service(const cli::ServeOptions& options, std::string token)
      : options_(options), token_(std::move(token)) {}

  void route(httplib::Server& http) {
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      t_started = Clock::now();
      return authorized(req, res) ? httplib::Server::HandlerResponse::Unhandled
                                  : httplib::Server::HandlerResponse::Handled;
    });
    http.Post("/v1/check",
              [this](const httplib::Request& req, httplib::Response& res) { check(req, res); });
    http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) { health(res); });
    http.Get("/v1/version", [](const httplib::Request&, httplib::Response& res) {
      nlohmann::ordered_json j;
      j["name"] = "citecheck";
      j["version"] = kVersion;
      j["schema_version"] = report::kSchemaVersion;
      res.set_content(j.dump() + "\n", "application/json");
    });
    // The other methods on the three paths: 405 with the one that is allowed.
    for (const auto& [path, allowed] : {std::pair<std::string, std::string>{"/v1/check", "POST"},
                                        {"/healthz", "GET, HEAD"},
                                        {"/v1/version", "GET, HEAD"}}) {
      const std::string allow = allowed;
      const auto refuse = [allow](const httplib::Request& req, httplib::Response& res) {
        res.set_header("Allow", allow);
        answer_error(res, 405, fmt::format("{} is not allowed here: use {}", req.method, allow));
      };
      if (allow == "POST") {
        http.Get(path, refuse);
      } else {
        http.Post(path, refuse);
      }
      http.Put(path, refuse);
      http.Patch(path, refuse);
      http.Delete(path, refuse);
    }
    http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 404) {
        answer_error(res, 404,
                     fmt::format("no such endpoint: {} (there are POST /v1/check, GET /healthz "
                                 "and GET /v1/version)",
                                 text::one_line(req.path)));
      } else if (res.status == 413) {
        answer_error(res, 413,
                     fmt::format("the body is larger than the server's limit of {} bytes "
                                 "(--max-body)",
                                 options_.max_body));
      }
    });
    // One line per request, never its body: method, path, status, bytes sent, time taken.
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      const double ms =
          t_started ? std::chrono::duration<double, std::milli>(Clock::now() - *t_started).count()
                    : 0.0;
      t_started.reset();
      fmt::print(stderr, "citecheck: serve: {} {} {} {} bytes {:.1f} ms\n", req.method,
                 text::one_line(req.path), res.status, res.body.size(), ms);
      std::fflush(stderr);
    });
  }

  int busy() const { return busy_.load(); }

  // Whether the cache can be opened: "ok", "off", or why not.
  Result<std::string> cache_state() const {
    if (options_.check.cache.disabled) return std::string("off");
    cli::CacheOptions probe;
    probe.action = "stats";
    probe.cache = options_.check.cache;
    auto stats = run_cache(probe, options_.check.settings);
    if (!stats) return Error{stats.error()};
    return std::string("ok");
  }

 private:
  // The token, when one is set, on every /v1/ path; /healthz stays open to a load balancer.
  bool authorized(const httplib::Request& req, httplib::Response& res) const {
    if (token_.empty() || !req.path.starts_with("/v1/")) return true;
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() > kBearer.size() &&
        text::lower_ascii(header.substr(0, kBearer.size())) == "bearer " &&
        same_secret(header.substr(kBearer.size()), token_)) {
      return true;
    }
    res.set_header("WWW-Authenticate", "Bearer");
    answer_error(res, 401, "a bearer token is required: send 'Authorization: Bearer TOKEN'");
    return false;
  }

  void health(httplib::Response& res) const {
    nlohmann::ordered_json j;
    const auto cache = cache_state();
    j["status"] = cache ? "ok" : "unavailable";
    j["cache"] = cache ? *cache : cache.error();
    j["checks_in_flight"] = busy();
    res.status = cache ? 200 : 503;
    res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                    "application/json");
  }

  void check(const httplib::Request& req, httplib::Response& res) {
    const Slot slot(busy_, options_.max_requests);
    if (!slot) {
      res.set_header("Retry-After", "2");
      answer_error(res, 503,
                   fmt::format("{} checks are running, the most at once (--max-requests): try "
                               "again shortly",
                               options_.max_requests));
      return;
    }
    auto read = read_check_request(req.body, req.get_header_value("Content-Type"),
                                   req.has_param("format") ? req.get_param_value("format") : "");
    if (const auto* bad = std::get_if<BadRequest>(&read)) {
      answer_error(res, bad->unsupported_type ? 415 : 400, bad->message);
      return;
    }
    const CheckRequest& r = std::get<CheckRequest>(read);
    cli::CheckOptions o = options_.check;
    o.paths = {"-"};
    o.stdin_filename = r.path;
    o.input_format = r.format;
    o.quiet = true;
    o.format = r.output;
    o.deadline = std::min(r.deadline.value_or(options_.deadline), options_.deadline);
    const core::FailOn fail_on = r.fail_on.value_or(o.settings.fail_on);
    std::istringstream in(r.text);
    auto report = run_check(o, in, in_flight_);
    if (!report) {
      answer_error(res, 400, "the draft cannot be checked: " + report.error());
      return;
    }
    bool fails = false;
    for (const auto& doc : report->documents) {
      for (const auto& finding : doc.findings) {
        fails = fails || cli::fails(finding.severity, fail_on);
      }
    }
    // The findings are in the report: the status is 200 whatever they are; this header says
    // whether they fail the draft under fail_on, for a hook that only wants yes or no.
    res.set_header("Citecheck-Result", fails ? "fail" : "pass");
    if (report->incomplete) res.set_header("Citecheck-Incomplete", "true");
    res.set_content(render_report(*report, r.output), report_content_type(r.output));
  }

  const cli::ServeOptions& options_;
  const std::string token_;
  std::atomic<int> busy_{0};
  const std::shared_ptr<fetch::InFlight> in_flight_ = std::make_shared<fetch::InFlight>();
};

// HOST and PORT of --listen (the host without IPv6 brackets).
std::pair<std::string, int> host_port(const std::string& listen) {
  const auto colon = listen.rfind(':');
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return {host, std::atoi(listen.c_str() + colon + 1)};
}

}  // namespace

Result<bool> serve(const cli::ServeOptions& options) {
  std::string token;
  if (!options.token_env.empty()) {
    const char* value = std::getenv(options.token_env.c_str());
    if (value == nullptr || value[0] == '\0') {
      return Error{
          fmt::format("--token-env {}: the variable is not set or empty", options.token_env)};
    }
    token = value;
  }
  Service service(options, token);
  if (auto cache = service.cache_state(); !cache) return Error{cache.error()};
  httplib::Server http;
  // Room for more connections than checks, so that one past the limit is answered 503 at once
  // instead of waiting in the queue.
  const auto threads = static_cast<std::size_t>(options.max_requests) * 2 + 4;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body);
  http.set_keep_alive_timeout(2);
  // SO_REUSEADDR alone: cpp-httplib's default, SO_REUSEPORT, would let a second server bind a port
  // one already listens on, and split the requests between them.
  socket_t listening = INVALID_SOCKET;
  http.set_socket_options([&listening](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listening = sock;
  });
  service.route(http);
  const auto [host, port] = host_port(options.listen);
  int bound = port;
  if (port == 0) {
    bound = http.bind_to_any_port(host);
  } else if (!http.bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound < 0) {
    return Error{fmt::format("cannot listen on {}: the address is in use or not available here",
                             options.listen)};
  }
  // Debian's cpp-httplib is built with a listen backlog of 5: 20 clients connecting at once
  // would see SYNs dropped and retried a second later. Listening again sets a longer queue.
  if (listening != INVALID_SOCKET) ::listen(listening, kListenBacklog);
  StopSignals signals;
  std::atomic<bool> listen_returned{false};
  std::thread watcher([&signals, &http, &service, &listen_returned] {
    if (!signals.wait()) return;
    const int busy = service.busy();
    fmt::print(stderr, "citecheck: serve: stopping: {} check{} in flight\n", busy,
               busy == 1 ? "" : "s");
    std::fflush(stderr);
    // A signal that came before the server began listening stops it as soon as it does.
    while (!http.is_running() && !listen_returned.load()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!listen_returned.load()) http.stop();
  });
  const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  fmt::print(stderr, "citecheck: serve: listening on http://{}:{}\n", shown, bound);
  std::fflush(stderr);
  http.listen_after_bind();
  listen_returned.store(true);
  signals.wake();
  watcher.join();
  fmt::print(stderr, "citecheck: serve: stopped\n");
  return true;
}

}  // namespace citecheck::serve
