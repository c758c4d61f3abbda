// Outcomes for URLs: refused for a scheme we never fetch, served from a sources directory, not
// checked when offline, or fetched over the network. Each unique URL is looked at once. A file
// that cannot be read at run time is an outcome too (unverifiable), not a crash.
#include "fetch/fetcher.h"

#include <fstream>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "fetch/classify.h"
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

std::optional<Fetched> Fetcher::local(const std::string& url) const {
  Fetched result;
  // The scheme is checked first: http and https only, even for a URL a manifest lists.
  const std::string scheme = url_scheme(url);
  if (scheme != "http" && scheme != "https") {
    result.outcome = outcome(core::SourceState::kUnverifiable, "unsupported-scheme",
                             scheme.empty() ? "not a URL citecheck can fetch"
                                            : fmt::format("'{}:' URLs are never fetched", scheme));
    return result;
  }
  if (const SourceFile* file = sources_.find(url)) {
    // PDF and other binary types would reach the matcher as garbage "text" and make every claim
    // citing them look unsupported; until source/ reads them they are unverifiable.
    if (!readable_type(file->content_type)) {
      result.outcome = outcome(core::SourceState::kUnverifiable, "unsupported-type",
                               fmt::format("'{}' is {}, which citecheck does not read yet",
                                           file->path, file->content_type));
      result.outcome.origin = core::SourceOrigin::kSources;
      result.content_type = file->content_type;
      return result;
    }
    std::ifstream in(file->path, std::ios::binary);
    std::string body;
    char buffer[1 << 16];
    while (in && body.size() <= options_.max_body_bytes) {
      in.read(buffer, sizeof buffer);
      body.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    // The last read may carry the body past the cap and reach the end of the file at once.
    const bool too_large = body.size() > options_.max_body_bytes;
    if (too_large || !in.eof()) {
      result.outcome =
          outcome(core::SourceState::kUnverifiable, too_large ? "too-large" : "unreadable",
                  too_large ? fmt::format("'{}' is larger than the {} limit", file->path,
                                          limit_text(options_.max_body_bytes))
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
  if (options_.offline) {
    result.outcome = outcome(core::SourceState::kNotChecked, "offline",
                             "not in any sources directory, and --offline forbids the network");
    return result;
  }
  return std::nullopt;
}

void Fetcher::fetch_all(const std::vector<std::string>& urls, const OnFetched& on_fetched,
                        const OnProgress& on_progress) const {
  std::map<std::string, std::size_t> seen;  // normalised URL -> first index
  std::vector<std::string> remote;
  std::vector<std::size_t> remote_index;
  for (std::size_t i = 0; i < urls.size(); ++i) {
    if (!seen.try_emplace(normalize_url(urls[i]), i).second) continue;
    if (std::optional<Fetched> answer = local(urls[i])) {
      on_fetched(i, std::move(*answer));
    } else {
      remote.push_back(urls[i]);
      remote_index.push_back(i);
    }
  }
  NetworkOptions network = options_.network;
  network.max_body_bytes = options_.max_body_bytes;
  fetch_over_network(
      remote, network,
      [&](std::size_t i, Fetched fetched) { on_fetched(remote_index[i], std::move(fetched)); },
      on_progress);
}

Fetched Fetcher::fetch(const std::string& url) const {
  Fetched result;
  fetch_all({url}, [&](std::size_t, Fetched fetched) { result = std::move(fetched); });
  return result;
}

}  // namespace citecheck::fetch
