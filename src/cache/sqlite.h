// The SQLite adapter of the cache stage: a database and its prepared statements as RAII handles.
// Nothing here knows what the cache stores (cache/store.cc does); this is the one file that
// speaks SQLite's C API.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace citecheck::cache {

// What a step or a statement came to. kCorrupt: the file is not a sound database.
enum class Status { kOk, kRow, kDone, kBusy, kCorrupt, kError };

class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool valid() const { return stmt_ != nullptr; }
  // Parameters count from 1, as SQLite's.
  void bind(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind_blob(int index, std::string_view bytes);
  Status step();
  // Ready to run again: back before its first step, with no parameters bound. A statement kept
  // for reuse is reset after each use, so it holds no read transaction open in between.
  void reset();

  // Columns count from 0.
  std::string text(int column) const;
  std::int64_t integer(int column) const;
  std::string blob(int column) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  // Opens (creating) the file in WAL mode with a busy timeout, so processes share it.
  static Result<Database> open(const std::string& path);

  // Runs SQL without results; kOk, kCorrupt or kError (message in error()).
  Status exec(const char* sql);
  // An invalid statement when the SQL cannot be prepared (status in last_status()).
  Statement prepare(const char* sql);
  Status last_status() const { return last_; }
  std::string error() const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const noexcept;
  };
  std::unique_ptr<sqlite3, Closer> db_;
  Status last_ = Status::kOk;
};

}  // namespace citecheck::cache
