// The HTTP cache (cache stage, beside fetch/): one row per URL with the final outcome, validators
// (ETag, Last-Modified), content type, the body compressed with zlib and a checksum of it, and the
// time it was fetched. The fetcher asks it before the network and tells it what came back.
// A cache must never make a run fail or answer wrongly: a file that is not a sound database is
// moved aside and rebuilt (said once on stderr), and a row whose body does not check out is a miss.
#include "cache/store.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "cache/sqlite.h"

namespace citecheck::cache {
namespace {

namespace fs = std::filesystem;

// "1 entry", "4 entries", "0 entries".
std::string count_of(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

constexpr const char* kSchema = R"(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS entries (
  url TEXT PRIMARY KEY, state INTEGER, reason TEXT, detail TEXT, http_status INTEGER,
  final_url TEXT, moved_to TEXT, redirects TEXT, etag TEXT, last_modified TEXT,
  content_type TEXT, body BLOB, body_size INTEGER, body_crc INTEGER, fetched_at INTEGER);
CREATE INDEX IF NOT EXISTS entries_by_time ON entries (fetched_at);
CREATE TABLE IF NOT EXISTS judgements (key TEXT PRIMARY KEY, answer TEXT, stored_at INTEGER);
SELECT url FROM entries LIMIT 1;
)";

std::string compress_body(const std::string& body) {
  uLongf size = compressBound(static_cast<uLong>(body.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(body.data()), static_cast<uLong>(body.size()),
                6) != Z_OK) {
    return {};
  }
  out.resize(size);
  return out;
}

std::uint32_t checksum(const std::string& bytes) {
  return static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

// The original bytes, or nothing when they do not decompress to the size and checksum stored.
std::optional<std::string> expand_body(const std::string& packed, std::int64_t size,
                                       std::int64_t crc) {
  if (size < 0 || size > (std::int64_t{64} << 20)) return std::nullopt;
  std::string out(static_cast<std::size_t>(size), '\0');
  uLongf length = static_cast<uLongf>(size);
  if (size > 0 && uncompress(reinterpret_cast<Bytef*>(out.data()), &length,
                             reinterpret_cast<const Bytef*>(packed.data()),
                             static_cast<uLong>(packed.size())) != Z_OK) {
    return std::nullopt;
  }
  if (static_cast<std::int64_t>(length) != size || checksum(out) != crc) return std::nullopt;
  return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

constexpr const char* kFindSql =
    "SELECT state, reason, detail, http_status, final_url, moved_to, redirects, etag, "
    "last_modified, content_type, body, body_size, body_crc, fetched_at FROM entries "
    "WHERE url = ?";

constexpr const char* kStoreSql =
    "INSERT OR REPLACE INTO entries (url, state, reason, detail, http_status, final_url, "
    "moved_to, redirects, etag, last_modified, content_type, body, body_size, body_crc, "
    "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Resets a reused statement when its use ends, whichever way it ends.
class ResetAtEnd {
 public:
  explicit ResetAtEnd(Statement& stmt) : stmt_(stmt) {}
  ~ResetAtEnd() { stmt_.reset(); }
  ResetAtEnd(const ResetAtEnd&) = delete;
  ResetAtEnd& operator=(const ResetAtEnd&) = delete;

 private:
  Statement& stmt_;
};

}  // namespace

std::string default_cache_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/citecheck";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] != '\0') return std::string(home) + "/.cache/citecheck";
  return {};
}

std::string describe_stats(const Stats& s, std::int64_t now) {
  std::string out = fmt::format("cache: {}\nentries: {}\n", s.path, s.entries);
  if (s.judgements > 0) out += fmt::format("model verdicts: {}\n", s.judgements);
  out += fmt::format("size: {:.1f} MiB ({} bytes)\n", static_cast<double>(s.bytes) / (1 << 20),
                     s.bytes);
  if (s.entries == 0) return out + "oldest: none\n";
  const std::time_t t = static_cast<std::time_t>(s.oldest);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &utc);
  const std::int64_t age = std::max<std::int64_t>(0, now - s.oldest);
  const std::string ago = age < 3600    ? count_of(age / 60, "minute", "minutes")
                          : age < 86400 ? count_of(age / 3600, "hour", "hours")
                                        : count_of(age / 86400, "day", "days");
  return out + fmt::format("oldest: {} ({} ago)\n", when, ago);
}

bool cacheable(const core::SourceOutcome& outcome) {
  if (outcome.state == core::SourceState::kOk) return true;
  return outcome.reason == "not-found" || outcome.reason == "gone";
}

struct HttpCache::Impl {
  std::string path;
  Database db;
  Warn warn;
  bool recovered = false;
  // A run looks up or stores every cited URL: the two statements it repeats are prepared once.
  // Preparing the lookup anew for each URL was two thirds of a warm run's time in the cache.
  // Declared after `db`, so they are finalised before it closes.
  Statement find_query;
  Statement store_query;

  // `slot`'s statement, prepared on first use; invalid when the SQL cannot be prepared.
  Statement& reused(Statement& slot, const char* sql) {
    if (!slot.valid()) slot = db.prepare(sql);
    return slot;
  }

  // Sets up the schema; false when the file is not a sound cache. Switching a new file to WAL
  // answers "locked" at once, without waiting on the busy timeout, while another run does the same,
  // so a locked schema step is tried again, with jitter, for as long as that timeout.
  Result<bool> prepare_schema() {
    Status s = db.exec(kSchema);
    std::minstd_rand jitter(static_cast<unsigned>(::getpid()));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (s == Status::kBusy && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5 + jitter() % 20));
      s = db.exec(kSchema);
    }
    if (s == Status::kOk) return true;
    if (s == Status::kCorrupt) return false;
    return Error{fmt::format("cannot use the cache '{}': {}", path, db.error())};
  }

  // Moves the unsound file aside and starts an empty one, saying so once.
  Result<bool> rebuild() {
    if (warn && !recovered) {
      warn(fmt::format("the cache '{}' is damaged; it is moved to '{}.corrupt' and rebuilt", path,
                       path));
    }
    recovered = true;
    // The kept statements belong to the old file.
    find_query = Statement();
    store_query = Statement();
    db = Database();
    std::error_code ec;
    fs::rename(path, path + ".corrupt", ec);
    fs::remove(path + "-wal", ec);
    fs::remove(path + "-shm", ec);
    auto reopened = Database::open(path);
    if (!reopened)
      return Error{fmt::format("cannot open the cache '{}': {}", path, reopened.error())};
    db = std::move(*reopened);
    auto ok = prepare_schema();
    if (ok && !*ok) return Error{fmt::format("cannot rebuild the cache '{}'", path)};
    return ok;
  }

  // A statement run to its end; a damaged file found on the way is rebuilt.
  Status run(Statement& stmt) {
    Status s = stmt.step();
    while (s == Status::kRow) s = stmt.step();
    if (s == Status::kCorrupt) (void)rebuild();
    return s;
  }
};

HttpCache::HttpCache(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpCache::Reading::Reading(HttpCache& cache) : cache_(cache) {
  (void)cache_.impl_->db.exec("BEGIN");
}

HttpCache::Reading::~Reading() { (void)cache_.impl_->db.exec("COMMIT"); }
HttpCache::~HttpCache() = default;

Result<std::unique_ptr<HttpCache>> HttpCache::open(const std::string& dir, Warn warn) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return Error{fmt::format("cannot create the cache directory '{}': {}", dir, os_error_text(ec))};
  auto impl = std::make_unique<Impl>();
  impl->path = (fs::path(dir) / "cache.sqlite3").string();
  impl->warn = std::move(warn);
  auto db = Database::open(impl->path);
  if (!db) return Error{fmt::format("cannot open the cache '{}': {}", impl->path, db.error())};
  impl->db = std::move(*db);
  auto sound = impl->prepare_schema();
  if (!sound) return Error{sound.error()};
  if (!*sound) {
    auto rebuilt = impl->rebuild();
    if (!rebuilt) return Error{rebuilt.error()};
  }
  return std::unique_ptr<HttpCache>(new HttpCache(std::move(impl)));
}

std::optional<Entry> HttpCache::find(const std::string& url) {
  Statement& q = impl_->reused(impl_->find_query, kFindSql);
  if (!q.valid()) return std::nullopt;
  const ResetAtEnd done(q);
  q.bind(1, url);
  const Status s = q.step();
  if (s == Status::kCorrupt) (void)impl_->rebuild();
  if (s != Status::kRow) return std::nullopt;
  Entry e;
  const std::int64_t state = q.integer(0);
  if (state < 0 || state > static_cast<std::int64_t>(core::SourceState::kNotChecked)) return {};
  e.outcome.state = static_cast<core::SourceState>(state);
  e.outcome.reason = q.text(1);
  e.outcome.detail = q.text(2);
  e.outcome.http_status = static_cast<int>(q.integer(3));
  e.outcome.final_url = q.text(4);
  e.outcome.moved_to = q.text(5);
  e.outcome.redirects = split_lines(q.text(6));
  e.outcome.origin = core::SourceOrigin::kCache;
  e.etag = q.text(7);
  e.last_modified = q.text(8);
  e.content_type = q.text(9);
  auto body = expand_body(q.blob(10), q.integer(11), q.integer(12));
  if (!body) return std::nullopt;
  e.body = std::move(*body);
  e.fetched_at = q.integer(13);
  return e;
}

void HttpCache::store(const std::string& url, const Entry& e) {
  Statement& q = impl_->reused(impl_->store_query, kStoreSql);
  if (!q.valid()) return;
  const ResetAtEnd done(q);
  q.bind(1, url);
  q.bind(2, static_cast<std::int64_t>(e.outcome.state));
  q.bind(3, e.outcome.reason);
  q.bind(4, e.outcome.detail);
  q.bind(5, std::int64_t{e.outcome.http_status});
  q.bind(6, e.outcome.final_url);
  q.bind(7, e.outcome.moved_to);
  q.bind(8, join_lines(e.outcome.redirects));
  q.bind(9, e.etag);
  q.bind(10, e.last_modified);
  q.bind(11, e.content_type);
  q.bind_blob(12, compress_body(e.body));
  q.bind(13, static_cast<std::int64_t>(e.body.size()));
  q.bind(14, std::int64_t{checksum(e.body)});
  q.bind(15, e.fetched_at);
  (void)impl_->run(q);
}

void HttpCache::refresh(const std::string& url, std::int64_t now) {
  Statement q = impl_->db.prepare("UPDATE entries SET fetched_at = ? WHERE url = ?");
  if (!q.valid()) return;
  q.bind(1, now);
  q.bind(2, url);
  (void)impl_->run(q);
}

Stats HttpCache::stats() {
  Stats s;
  s.path = impl_->path;
  Statement q = impl_->db.prepare("SELECT count(*), coalesce(min(fetched_at), 0) FROM entries");
  if (q.valid() && q.step() == Status::kRow) {
    s.entries = q.integer(0);
    s.oldest = q.integer(1);
  }
  Statement j = impl_->db.prepare("SELECT count(*) FROM judgements");
  if (j.valid() && j.step() == Status::kRow) s.judgements = j.integer(0);
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    const auto size = fs::file_size(impl_->path + suffix, ec);
    if (!ec) s.bytes += static_cast<std::int64_t>(size);
  }
  return s;
}

std::int64_t HttpCache::clear() { return prune(INT64_MAX); }

std::int64_t HttpCache::prune(std::int64_t older_than) {
  const Stats start = stats();
  const std::int64_t before = start.entries + start.judgements;
  Statement q = impl_->db.prepare("DELETE FROM entries WHERE fetched_at < ?");
  if (!q.valid()) return 0;
  q.bind(1, older_than);
  (void)impl_->run(q);
  Statement j = impl_->db.prepare("DELETE FROM judgements WHERE stored_at < ?");
  if (j.valid()) {
    j.bind(1, older_than);
    (void)impl_->run(j);
  }
  (void)impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;");
  const Stats end = stats();
  return before - end.entries - end.judgements;
}

std::optional<std::string> HttpCache::find_judgement(const std::string& key) {
  Statement q = impl_->db.prepare("SELECT answer FROM judgements WHERE key = ?");
  if (!q.valid()) return std::nullopt;
  q.bind(1, key);
  const Status s = q.step();
  if (s == Status::kCorrupt) (void)impl_->rebuild();
  if (s != Status::kRow) return std::nullopt;
  return q.text(0);
}

void HttpCache::store_judgement(const std::string& key, const std::string& answer,
                                std::int64_t now) {
  Statement q = impl_->db.prepare(
      "INSERT OR REPLACE INTO judgements (key, answer, stored_at) VALUES (?, ?, ?)");
  if (!q.valid()) return;
  q.bind(1, key);
  q.bind(2, answer);
  q.bind(3, now);
  (void)impl_->run(q);
}

Result<std::string> maintain(const std::string& dir, const std::string& action,
                             std::int64_t max_age, const Warn& warn) {
  auto opened = HttpCache::open(dir, warn);
  if (!opened) return Error{opened.error()};
  HttpCache& store = **opened;
  const std::int64_t now = std::time(nullptr);
  if (action == "clear") {
    return fmt::format("removed {}\n", count_of(store.clear(), "entry", "entries"));
  }
  if (action == "prune") {
    return fmt::format("removed {} older than {}\n",
                       count_of(store.prune(now - max_age), "entry", "entries"),
                       count_of(max_age, "second", "seconds"));
  }
  return describe_stats(store.stats(), now);
}

}  // namespace citecheck::cache
