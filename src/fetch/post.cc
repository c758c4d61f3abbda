// The POST scheduler for one API endpoint, beside the page scheduler (fetch/engine.cc) and driven
// the same way: one thread, one libcurl multi handle, a queue in front of it so that a request's
// timeout counts from its start. Every index gets exactly one delivery, whatever happens.
#include "fetch/post.h"

#include <algorithm>
#include <ctime>
#include <deque>
#include <map>
#include <random>

#include <fmt/format.h>

#include "fetch/classify.h"
#include "fetch/curl_handles.h"
#include "fetch/interrupt.h"

namespace citecheck::fetch {
namespace {

struct Job {
  std::size_t index = 0;
  int attempt = 0;  // retries used
  int requests = 0;
  int variant = 0;
  Clock::time_point not_before{};
};

std::string transfer_error_text(const HttpResponse& r) {
  switch (r.error) {
    case TransferError::kDns:
      return "the host name does not resolve";
    case TransferError::kRefused:
      return "connection refused";
    case TransferError::kTls:
      return "TLS failure: " + r.error_text;
    case TransferError::kTimeout:
      return "timed out";
    case TransferError::kReset:
      return "the connection broke without an answer";
    case TransferError::kTooLarge:
      return "the answer is too large";
    default:
      return r.error_text.empty() ? "the request failed" : r.error_text;
  }
}

class Poster {
 public:
  Poster(std::size_t count, const BodyOf& body_of, const PostOptions& options,
         const OnPosted& on_posted)
      : count_(count),
        body_of_(body_of),
        options_(options),
        on_posted_(on_posted),
        random_(std::random_device{}()) {
    for (std::size_t i = 0; i < count; ++i) queue_.push_back(Job{i, 0, 0, 0, {}});
    user_agent_ = options.user_agent.empty() ? default_user_agent() : options.user_agent;
  }

  void run() {
    while (done_ < count_) {
      const Clock::time_point now = Clock::now();
      if (options_.deadline && now >= *options_.deadline) break;
      if (stop_requested() || !refused_.empty()) break;
      release_delayed(now);
      while (!queue_.empty() && static_cast<int>(client_.in_flight()) < options_.concurrency &&
             next_start_ <= now) {
        start(now);
      }
      for (auto& [id, response] : client_.poll(wait_ms(now))) finish(id, std::move(response));
    }
    give_up_on_unfinished();
  }

 private:
  void release_delayed(Clock::time_point now) {
    for (auto it = delayed_.begin(); it != delayed_.end();) {
      if (it->not_before <= now) {
        queue_.push_front(*it);
        it = delayed_.erase(it);
      } else {
        ++it;
      }
    }
  }

  void start(Clock::time_point now) {
    Job job = queue_.front();
    queue_.pop_front();
    job.variant = std::max(job.variant, variant_);
    ++job.requests;
    HttpRequest request;
    request.url = options_.url;
    long timeout = static_cast<long>(options_.timeout.count());
    if (options_.deadline) {
      // A request never outlives the run's deadline.
      const auto left = std::chrono::duration_cast<Millis>(*options_.deadline - now).count();
      timeout = std::clamp<long>(static_cast<long>(left), 1, timeout);
    }
    request.timeout_ms = timeout;
    request.connect_timeout_ms =
        std::min(timeout, static_cast<long>(options_.connect_timeout.count()));
    request.user_agent = user_agent_;
    request.headers = options_.headers;
    request.connect_to = options_.connect_to;
    request.guard_addresses = false;  // the user named this endpoint
    request.max_body_bytes = options_.max_body_bytes;
    request.post_body = body_of_(job.index, job.variant);
    const std::uint64_t id = next_id_++;
    client_.start(id, request);
    running_.emplace(id, job);
  }

  int wait_ms(Clock::time_point now) const {
    Clock::time_point until = now + Millis(200);
    if (!queue_.empty() && next_start_ > now) until = std::min(until, next_start_);
    for (const Job& job : delayed_) until = std::min(until, job.not_before);
    if (options_.deadline) until = std::min(until, *options_.deadline);
    const auto ms = std::chrono::duration_cast<Millis>(until - now).count();
    return static_cast<int>(std::clamp<long long>(ms, 1, 200));
  }

  void finish(std::uint64_t id, HttpResponse r) {
    auto it = running_.find(id);
    Job job = it->second;
    running_.erase(it);
    const Clock::time_point now = Clock::now();
    const bool refused_form =
        r.error == TransferError::kNone && (r.status == 400 || r.status == 422);
    if (refused_form && job.variant + 1 < options_.variants) {
      // The server does not take this form (a response_format or logprobs it does not know):
      // every request from now on asks less, this one first.
      variant_ = std::max(variant_, job.variant + 1);
      queue_.push_front(job);
      return;
    }
    if (retry(job, r, now)) return;
    Posted posted;
    posted.variant = job.variant;
    posted.attempts = job.requests;
    if (r.error != TransferError::kNone) {
      posted.error = transfer_error_text(r);
    } else {
      posted.sent = true;
      posted.status = r.status;
      posted.body = std::move(r.body);
      if (r.status == 401 || r.status == 403) {
        refused_ =
            fmt::format("not asked: the server refused an earlier request (HTTP {})", r.status);
      }
    }
    deliver(job.index, std::move(posted));
  }

  bool retry(Job& job, const HttpResponse& r, Clock::time_point now) {
    if (!is_retryable(r) || job.attempt >= options_.retries) return false;
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    const auto wait = retry_wait(r, options_.backoff, job.attempt, jitter(random_),
                                 options_.max_retry_after, std::time(nullptr));
    if (!wait) return false;
    // The server spoke for itself as a whole: nothing starts before the wait is over.
    if (wait->from_server) next_start_ = std::max(next_start_, now + wait->delay);
    ++job.attempt;
    job.not_before = now + wait->delay;
    delayed_.push_back(job);
    return true;
  }

  void deliver(std::size_t index, Posted posted) {
    ++done_;
    on_posted_(index, std::move(posted));
  }

  void give_up_on_unfinished() {
    std::vector<Job> left(queue_.begin(), queue_.end());
    left.insert(left.end(), delayed_.begin(), delayed_.end());
    for (const auto& [id, job] : running_) left.push_back(job);
    std::sort(left.begin(), left.end(),
              [](const Job& a, const Job& b) { return a.index < b.index; });
    const std::string why = !refused_.empty()  ? refused_
                            : stop_requested() ? std::string("the run was interrupted")
                                               : std::string("the --deadline passed");
    for (const Job& job : left) {
      Posted posted;
      posted.error = why;
      posted.variant = job.variant;
      posted.attempts = job.requests;
      deliver(job.index, std::move(posted));
    }
  }

  std::size_t count_;
  const BodyOf& body_of_;
  const PostOptions& options_;
  const OnPosted& on_posted_;
  std::mt19937 random_;
  std::string user_agent_;
  HttpClient client_;
  std::deque<Job> queue_;
  std::vector<Job> delayed_;
  std::map<std::uint64_t, Job> running_;
  std::uint64_t next_id_ = 1;
  std::size_t done_ = 0;
  int variant_ = 0;
  Clock::time_point next_start_{};
  std::string refused_;  // set by a 401 or 403: nothing more is sent
};

}  // namespace

void post_all(std::size_t count, const BodyOf& body_of, const PostOptions& options,
              const OnPosted& on_posted) {
  if (count == 0) return;
  Poster poster(count, body_of, options, on_posted);
  poster.run();
}

}  // namespace citecheck::fetch
