// The fetch scheduler: our own queue per host in front of libcurl, so a request's timeout starts
// when it starts, never while it waits for a slot. Limits: requests in flight in total and per
// host, a minimum interval between starts on one host, Retry-After kept per host; a host the
// config's [hosts] tables name has its own per-host limit, interval and extra headers. Redirects
// are followed here hop by hop (each hop is a new request, checked like the first), and transient
// failures are retried with exponential backoff and jitter.
#include "fetch/engine.h"

#include <algorithm>
#include <deque>
#include <map>
#include <random>

#include <fmt/format.h>

#include "core/version.h"
#include "fetch/classify.h"
#include "fetch/curl_handles.h"
#include "fetch/host_rules.h"
#include "fetch/interrupt.h"
#include "fetch/url.h"
#include "text/ascii.h"

namespace citecheck::fetch {
namespace {

constexpr int kMaxRedirects = 10;

struct Job {
  std::size_t index = 0;
  std::string url;  // the current hop
  int hops = 0;
  int attempt = 0;
  bool all_permanent = true;  // every hop so far was a 301 or 308
  std::vector<std::string> chain;
  std::string moved_to;
  std::vector<std::string> conditional;  // sent with the first hop only
  Clock::time_point not_before{};
};

struct Host {
  int in_flight = 0;
  Clock::time_point next_start{};
  std::deque<Job> queue;
  // Its limits and headers: the command line's, or its [hosts] table's where the config has one.
  int per_host = 0;
  Millis interval{0};
  std::vector<std::string> headers;
};

// curl's HOST:PORT:HOST2:PORT2; HOST and PORT may be empty ("any"), IPv6 hosts in brackets.
struct ConnectRule {
  std::string host;
  int port = 0;
};

std::vector<std::string> split_connect_to(const std::string& rule) {
  std::vector<std::string> fields(1);
  bool bracket = false;
  for (const char c : rule) {
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (c == ':' && !bracket) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::vector<ConnectRule> connect_rules(const std::vector<std::string>& connect_to) {
  std::vector<ConnectRule> rules;
  for (const std::string& text : connect_to) {
    const std::vector<std::string> f = split_connect_to(text);
    if (f.size() != 4) continue;
    ConnectRule rule;
    rule.host = f[0];
    if (rule.host.size() > 1 && rule.host.front() == '[')
      rule.host = rule.host.substr(1, rule.host.size() - 2);
    rule.host = text::lower_ascii(rule.host);
    rule.port = f[1].empty() ? 0 : std::atoi(f[1].c_str());
    rules.push_back(rule);
  }
  return rules;
}

// A host the user pointed somewhere with --connect-to is trusted: they named its address.
bool trusted(const HostPort& hp, const std::vector<ConnectRule>& rules) {
  return std::any_of(rules.begin(), rules.end(), [&](const ConnectRule& r) {
    return (r.host.empty() || r.host == hp.host) && (r.port == 0 || r.port == hp.port);
  });
}

class Scheduler {
 public:
  Scheduler(const std::vector<std::string>& urls, const NetworkOptions& options,
            const OnFetched& on_fetched, const OnProgress& on_progress,
            const std::vector<std::vector<std::string>>& first_hop_headers)
      : options_(options),
        on_fetched_(on_fetched),
        on_progress_(on_progress),
        rules_(connect_rules(options.connect_to)),
        random_(std::random_device{}()) {
    progress_.total = urls.size();
    for (std::size_t i = 0; i < urls.size(); ++i) {
      Job job;
      job.index = i;
      job.url = urls[i];
      if (i < first_hop_headers.size()) job.conditional = first_hop_headers[i];
      enqueue(std::move(job), false);
    }
    user_agent_ = options.user_agent.empty() ? default_user_agent() : options.user_agent;
  }

  void run() {
    report_progress();
    while (progress_.done < progress_.total) {
      const Clock::time_point now = Clock::now();
      if (options_.deadline && now >= *options_.deadline) break;
      if (stop_requested()) break;  // SIGINT or SIGTERM: transfers in flight are dropped
      release_delayed(now);
      start_ready(now);
      for (auto& [id, response] : client_.poll(wait_ms(now))) finish(id, std::move(response));
    }
    give_up_on_unfinished();
  }

 private:
  // The queue for `url`'s host and port, set up with its limits when first seen.
  Host& host_for(const std::string& url) {
    const HostPort hp = url_host_port(url);
    auto [it, added] = hosts_.try_emplace(fmt::format("{}:{}", hp.host, hp.port));
    Host& host = it->second;
    if (added) {
      const core::HostSettings* own = settings_for_host(hp.host, options_.hosts);
      host.per_host = own && own->concurrency ? *own->concurrency : options_.per_host;
      host.interval =
          own && own->interval
              ? std::chrono::duration_cast<Millis>(std::chrono::duration<double>(*own->interval))
              : options_.host_interval;
      host.headers = own ? merge_headers(options_.headers, own->headers) : options_.headers;
    }
    return host;
  }

  void enqueue(Job job, bool front) {
    Host& host = host_for(job.url);
    if (front) {
      host.queue.push_front(std::move(job));
    } else {
      host.queue.push_back(std::move(job));
    }
  }

  void release_delayed(Clock::time_point now) {
    for (auto it = delayed_.begin(); it != delayed_.end();) {
      if (it->not_before <= now) {
        enqueue(std::move(*it), true);
        it = delayed_.erase(it);
      } else {
        ++it;
      }
    }
  }

  // Round robin over hosts, so one host with many URLs cannot hold every slot.
  void start_ready(Clock::time_point now) {
    bool started = true;
    while (started && static_cast<int>(client_.in_flight()) < options_.concurrency) {
      started = false;
      for (auto& [key, host] : hosts_) {
        if (static_cast<int>(client_.in_flight()) >= options_.concurrency) break;
        if (host.queue.empty() || host.in_flight >= host.per_host || host.next_start > now) {
          continue;
        }
        start(host, now);
        started = true;
      }
    }
  }

  void start(Host& host, Clock::time_point now) {
    Job job = std::move(host.queue.front());
    host.queue.pop_front();
    ++host.in_flight;
    host.next_start = now + host.interval;
    HttpRequest request;
    request.url = job.url;
    request.timeout_ms = static_cast<long>(options_.timeout.count());
    request.connect_timeout_ms = static_cast<long>(options_.connect_timeout.count());
    request.user_agent = user_agent_;
    request.headers = host.headers;
    request.headers.insert(request.headers.end(), job.conditional.begin(), job.conditional.end());
    request.connect_to = options_.connect_to;
    request.guard_addresses = !options_.allow_private && !trusted(url_host_port(job.url), rules_);
    request.max_body_bytes = options_.max_body_bytes;
    request.accept_status = options_.accept_status;
    const std::uint64_t id = next_id_++;
    client_.start(id, request);
    running_.emplace(id, std::move(job));
  }

  // How long to wait for transfers before the next start could be due. Never zero while
  // transfers run: curl_multi_poll returns as soon as any of them has something to do.
  int wait_ms(Clock::time_point now) const {
    Clock::time_point until = now + Millis(200);
    if (static_cast<int>(client_.in_flight()) < options_.concurrency) {
      for (const auto& [key, host] : hosts_) {
        if (!host.queue.empty() && host.in_flight < host.per_host && host.next_start > now) {
          until = std::min(until, host.next_start);
        }
      }
    }
    for (const Job& job : delayed_) until = std::min(until, job.not_before);
    if (options_.deadline) until = std::min(until, *options_.deadline);
    const auto ms = std::chrono::duration_cast<Millis>(until - now).count();
    return static_cast<int>(std::clamp<long long>(ms, 1, 200));
  }

  void finish(std::uint64_t id, HttpResponse response) {
    auto it = running_.find(id);
    Job job = std::move(it->second);
    running_.erase(it);
    Host& host = host_for(job.url);
    --host.in_flight;
    const Clock::time_point now = Clock::now();
    if (follow_redirect(job, response)) return;
    if (retry(job, host, response, now)) return;
    deliver(job, std::move(response));
  }

  bool follow_redirect(Job& job, const HttpResponse& r) {
    const bool redirect = r.error == TransferError::kNone && r.status >= 300 && r.status < 400 &&
                          r.status != 304 && !r.redirect_url.empty();
    if (!redirect) return false;
    const bool permanent = r.status == 301 || r.status == 308;
    job.all_permanent = job.all_permanent && permanent;
    if (job.all_permanent) job.moved_to = r.redirect_url;
    job.chain.push_back(r.redirect_url);
    if (++job.hops > kMaxRedirects) {
      core::SourceOutcome o;
      o.state = core::SourceState::kUnverifiable;
      o.reason = "too-many-redirects";
      o.detail = fmt::format("more than {} redirects", kMaxRedirects);
      return deliver_outcome(job, std::move(o), r.status);
    }
    const std::string scheme = url_scheme(r.redirect_url);
    if (scheme != "http" && scheme != "https") {
      core::SourceOutcome o;
      o.state = core::SourceState::kUnverifiable;
      o.reason = "unsupported-scheme";
      o.detail = fmt::format("redirected to '{}', which is not http or https", r.redirect_url);
      return deliver_outcome(job, std::move(o), r.status);
    }
    job.url = r.redirect_url;
    job.attempt = 0;
    job.conditional.clear();
    enqueue(std::move(job), true);
    return true;
  }

  bool retry(Job& job, Host& host, const HttpResponse& r, Clock::time_point now) {
    if (!is_retryable(r, options_.accept_status) || job.attempt >= options_.retries) return false;
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    const auto wait = retry_wait(r, options_.backoff, job.attempt, jitter(random_),
                                 options_.max_retry_after, std::time(nullptr));
    if (!wait) return false;  // reported as it stands
    // The server spoke for the whole host: nothing else starts there before the wait is over.
    if (wait->from_server) host.next_start = std::max(host.next_start, now + wait->delay);
    ++job.attempt;
    job.not_before = now + wait->delay;
    delayed_.push_back(std::move(job));
    return true;
  }

  bool deliver_outcome(Job& job, core::SourceOutcome outcome, int status) {
    outcome.http_status = status;
    outcome.origin = core::SourceOrigin::kNetwork;
    outcome.final_url = job.url;
    outcome.redirects = job.chain;
    outcome.moved_to = job.moved_to;
    ++progress_.failed;
    emit(job.index, Fetched{std::move(outcome), {}, {}, {}, {}});
    return true;
  }

  void deliver(Job& job, HttpResponse r) {
    Fetched fetched;
    fetched.outcome = classify(r, options_.accept_status);
    fetched.outcome.final_url = job.url;
    fetched.outcome.redirects = std::move(job.chain);
    fetched.outcome.moved_to = std::move(job.moved_to);
    if (r.retry_after.size() && fetched.outcome.reason == "rate-limited") {
      fetched.outcome.detail += fmt::format("; Retry-After: {}", r.retry_after);
    }
    if (fetched.outcome.reason == "too-large") {
      fetched.outcome.detail =
          fmt::format("the page is larger than the {} limit", limit_text(options_.max_body_bytes));
    }
    fetched.etag = std::move(r.etag);
    fetched.last_modified = std::move(r.last_modified);
    if (fetched.outcome.state == core::SourceState::kOk) {
      fetched.body = std::move(r.body);
      fetched.content_type = std::move(r.content_type);
    } else {
      ++progress_.failed;
    }
    emit(job.index, std::move(fetched));
  }

  void emit(std::size_t index, Fetched fetched) {
    ++progress_.done;
    on_fetched_(index, std::move(fetched));
    report_progress();
  }

  void report_progress() {
    if (on_progress_) on_progress_(progress_);
  }

  // The deadline passed or a stop was asked for: what is queued, waiting to retry or in flight is
  // not checked.
  void give_up_on_unfinished() {
    std::vector<std::size_t> left;
    for (auto& [key, host] : hosts_) {
      for (const Job& job : host.queue) left.push_back(job.index);
    }
    for (const Job& job : delayed_) left.push_back(job.index);
    for (const auto& [id, job] : running_) left.push_back(job.index);
    std::sort(left.begin(), left.end());
    const bool stopped = stop_requested();
    for (const std::size_t index : left) {
      core::SourceOutcome o;
      o.state = core::SourceState::kNotChecked;
      o.reason = stopped ? "interrupted" : "deadline";
      o.detail = stopped ? "the run was interrupted before this source was fetched"
                         : "the --deadline passed before this source was fetched";
      ++progress_.done;
      on_fetched_(index, Fetched{std::move(o), {}, {}, {}, {}});
    }
  }

  const NetworkOptions& options_;
  const OnFetched& on_fetched_;
  const OnProgress& on_progress_;
  std::vector<ConnectRule> rules_;
  std::mt19937 random_;
  std::string user_agent_;
  HttpClient client_;
  std::map<std::string, Host> hosts_;
  std::vector<Job> delayed_;
  std::map<std::uint64_t, Job> running_;
  std::uint64_t next_id_ = 1;
  FetchProgress progress_;
};

}  // namespace

std::string default_user_agent() {
  return fmt::format("citecheck/{} (+{})", kVersion, kProjectUrl);
}

void fetch_over_network(const std::vector<std::string>& urls, const NetworkOptions& options,
                        const OnFetched& on_fetched, const OnProgress& on_progress,
                        const std::vector<std::vector<std::string>>& first_hop_headers) {
  if (urls.empty()) return;
  Scheduler scheduler(urls, options, on_fetched, on_progress, first_hop_headers);
  scheduler.run();
}

}  // namespace citecheck::fetch
