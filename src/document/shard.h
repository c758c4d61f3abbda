// --shard I/N: which documents one of N machines checks. A document belongs to shard
// FNV-1a-64(path) mod N, where path is the document's path relative to the working directory,
// '/'-separated and lexically normal ("docs/a.md", never "./docs/a.md"): every document lands in
// exactly one shard, the same one on every machine and every run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::document {

struct Shard {
  std::uint64_t index = 0;
  std::uint64_t count = 1;
};

// "2/8" -> {2, 8}; nullopt unless 0 <= I < N and N is from 1 to 1,000,000.
std::optional<Shard> parse_shard(std::string_view text);

// The path a document is sharded by: relative to `cwd` when absolute, '/'-separated, normal.
std::string shard_path(const std::string& path, const std::string& cwd);

// 64-bit FNV-1a of `bytes` (offset basis 14695981039346656037, prime 1099511628211).
std::uint64_t fnv1a64(std::string_view bytes);

// Whether the document at `path` (as shard_path gives it) belongs to `shard`.
bool in_shard(std::string_view path, const Shard& shard);

}  // namespace citecheck::document
