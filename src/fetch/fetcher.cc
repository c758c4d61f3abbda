// Outcomes for URLs: served from a sources directory, refused for a scheme we never fetch, or not
// checked. A file that cannot be read at run time is an outcome too (unverifiable), not a crash.
#include "fetch/fetcher.h"

#include <fstream>

#include <fmt/format.h>

#include "fetch/url.h"

namespace citecheck::fetch {
namespace {

core::SourceOutcome outcome(core::SourceState state, std::string reason, std::string detail) {
  core::SourceOutcome o;
  o.state = state;
  o.reason = std::move(reason);
  o.detail = std::move(detail);
  return o;
}

}  // namespace

Result<Fetcher> Fetcher::create(const FetchOptions& options) {
  auto sources = SourcesDirectories::open(options.sources_dirs);
  if (!sources) return Error{sources.error()};
  return Fetcher(options, std::move(*sources));
}

Fetched Fetcher::fetch(const std::string& url) const {
  Fetched result;
  const std::string scheme = url_scheme(url);
  if (const SourceFile* file = sources_.find(url)) {
    std::ifstream in(file->path, std::ios::binary);
    std::string body;
    char buffer[1 << 16];
    while (in && body.size() <= options_.max_body_bytes) {
      in.read(buffer, sizeof buffer);
      body.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (!in.eof()) {
      const bool too_large = body.size() > options_.max_body_bytes;
      result.outcome = outcome(core::SourceState::kUnverifiable, too_large ? "too-large" : "unreadable",
                               too_large ? fmt::format("'{}' is larger than {} MiB", file->path,
                                                       options_.max_body_bytes >> 20)
                                         : fmt::format("cannot read '{}'", file->path));
      result.outcome.origin = core::SourceOrigin::kSources;
      return result;
    }
    result.outcome = outcome(core::SourceState::kOk, "ok", "");
    result.outcome.origin = core::SourceOrigin::kSources;
    result.outcome.final_url = url;
    result.body = std::move(body);
    result.content_type = file->content_type;
    return result;
  }
  if (scheme != "http" && scheme != "https") {
    result.outcome = outcome(core::SourceState::kUnverifiable, "unsupported-scheme",
                             scheme.empty() ? "not a URL citecheck can fetch"
                                            : fmt::format("'{}:' URLs are never fetched", scheme));
    return result;
  }
  if (options_.offline) {
    result.outcome = outcome(core::SourceState::kNotChecked, "offline",
                             "not in any sources directory, and --offline forbids the network");
  } else {
    result.outcome = outcome(core::SourceState::kNotChecked, "not-fetched",
                             "not in any sources directory; this build does not fetch over the "
                             "network yet (give the page with --sources)");
  }
  return result;
}

}  // namespace citecheck::fetch
