// The fetch stage: every unique URL gets one outcome, a value whatever happened. For now sources
// come only from sources directories; a URL they do not list is not checked (network fetching is
// a later stage of this same interface).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/types.h"
#include "fetch/sources_dir.h"

namespace citecheck::fetch {

inline constexpr std::size_t kMaxBodyBytes = std::size_t{10} << 20;

struct FetchOptions {
  std::vector<std::string> sources_dirs;
  bool offline = false;
  std::size_t max_body_bytes = kMaxBodyBytes;
};

struct Fetched {
  core::SourceOutcome outcome;
  std::string body;  // only when the outcome's state is ok
  std::string content_type;
};

class Fetcher {
 public:
  static Result<Fetcher> create(const FetchOptions& options);

  Fetched fetch(const std::string& url) const;

 private:
  Fetcher(FetchOptions options, SourcesDirectories sources)
      : options_(std::move(options)), sources_(std::move(sources)) {}

  FetchOptions options_;
  SourcesDirectories sources_;
};

}  // namespace citecheck::fetch
