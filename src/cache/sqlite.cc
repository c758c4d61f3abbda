// The SQLite adapter (cache stage): opens the cache database in WAL mode with a busy timeout, and
// wraps statements so their handles are always finalised. Result codes become a small Status,
// where "this file is not a database" (corrupt, truncated, another format) stands apart, because
// the cache answers it by moving the file aside rather than by failing the run.
#include "cache/sqlite.h"

#include <sqlite3.h>

namespace citecheck::cache {
namespace {

constexpr int kBusyTimeoutMs = 10000;

Status status_of(int code) {
  switch (code & 0xff) {
    case SQLITE_OK:
      return Status::kOk;
    case SQLITE_ROW:
      return Status::kRow;
    case SQLITE_DONE:
      return Status::kDone;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::kBusy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::kCorrupt;
    default:
      return Status::kError;
  }
}

}  // namespace

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

void Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, static_cast<sqlite3_int64>(value));
}

void Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

Status Statement::step() { return status_of(sqlite3_step(stmt_)); }

void Statement::reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), n);
}

std::int64_t Statement::integer(int column) const {
  return static_cast<std::int64_t>(sqlite3_column_int64(stmt_, column));
}

std::string Statement::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p == nullptr ? std::string() : std::string(static_cast<const char*>(p), n);
}

void Database::Closer::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }

Result<Database> Database::open(const std::string& path) {
  sqlite3* raw = nullptr;
  const int code =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  Database db;
  db.db_.reset(raw);  // closed even when opening failed
  if (code != SQLITE_OK) {
    return Error{raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(code)};
  }
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  return db;
}

Status Database::exec(const char* sql) {
  last_ = status_of(sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr));
  return last_;
}

Statement Database::prepare(const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  last_ = status_of(sqlite3_prepare_v2(db_.get(), sql, -1, &stmt, nullptr));
  if (last_ != Status::kOk) {
    sqlite3_finalize(stmt);
    return {};
  }
  return Statement(stmt);
}

std::string Database::error() const { return sqlite3_errmsg(db_.get()); }

}  // namespace citecheck::cache
