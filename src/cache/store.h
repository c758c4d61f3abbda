// The cache stage: a persistent HTTP cache shared by every run on the machine, in SQLite (one
// file, WAL mode, so concurrent runs share it). It keeps final outcomes only: pages read (with
// their bytes, compressed) and pages that are gone (404, 410); never a transient failure.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "core/types.h"

namespace citecheck::cache {

inline constexpr std::int64_t kDefaultMaxAge = 24 * 60 * 60;  // seconds

struct Entry {
  core::SourceOutcome outcome;  // state, reason, detail, status, final URL, redirects
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string body;             // the original bytes
  std::int64_t fetched_at = 0;  // seconds since the epoch, when last fetched or revalidated
};

struct Stats {
  std::string path;
  std::int64_t entries = 0;
  std::int64_t judgements = 0;  // model verdicts kept (judge/)
  std::int64_t bytes = 0;       // the database file and its WAL on disk
  std::int64_t oldest = 0;      // fetched_at of the oldest entry; 0 when empty
};

// `citecheck cache stats`: the file, entries, size and the oldest entry's time and age.
std::string describe_stats(const Stats& stats, std::int64_t now);

using Warn = std::function<void(const std::string&)>;

// `citecheck cache ACTION` on the cache in DIR: "stats", "clear", or "prune" (entries older than
// max_age seconds); what to print.
Result<std::string> maintain(const std::string& dir, const std::string& action,
                             std::int64_t max_age, const Warn& warn);

// $XDG_CACHE_HOME/citecheck, else ~/.cache/citecheck; empty when neither can be named.
std::string default_cache_dir();

// Whether an outcome is final enough to keep: a page read, or one the server says is gone.
bool cacheable(const core::SourceOutcome& outcome);

class HttpCache {
 public:
  // Opens DIR/cache.sqlite3, creating both. A file that is not a sound cache is reported once
  // through `warn`, moved aside (cache.sqlite3.corrupt) and started afresh; a failure even then
  // is a run failure.
  static Result<std::unique_ptr<HttpCache>> open(const std::string& dir, Warn warn = {});
  ~HttpCache();

  // Lookups made while one is alive share one read transaction: one lock, not one per URL.
  // End it before storing anything.
  class Reading {
   public:
    explicit Reading(HttpCache& cache);
    ~Reading();
    Reading(const Reading&) = delete;
    Reading& operator=(const Reading&) = delete;

   private:
    HttpCache& cache_;
  };

  // By the URL as given (callers normalise). A row that cannot be read back whole is a miss.
  std::optional<Entry> find(const std::string& url);
  void store(const std::string& url, const Entry& entry);
  // A 304: the stored entry is fresh again from `now`.
  void refresh(const std::string& url, std::int64_t now);

  // The model judge's verdicts, by a key the judge makes (model, prompt, claim, evidence sent);
  // `answer` is the judge's own serialisation. Pruned and cleared with the pages.
  std::optional<std::string> find_judgement(const std::string& key);
  void store_judgement(const std::string& key, const std::string& answer, std::int64_t now);

  Stats stats();
  std::int64_t clear();                         // entries and verdicts removed
  std::int64_t prune(std::int64_t older_than);  // entries and verdicts older than that, removed

 private:
  struct Impl;
  explicit HttpCache(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace citecheck::cache
