// Outcomes for URLs: served from a sources directory, refused for a scheme we never fetch, or not
// checked. A file that cannot be read at run time is an outcome too (unverifiable), not a crash.
#include "fetch/fetcher.h"

#include <cctype>
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

// "64-byte" for a small cap, "10 MiB" for a whole number of MiB: never a misleading "0 MiB".
std::string limit_text(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return fmt::format("{} MiB", bytes / kMiB);
  return fmt::format("{}-byte", bytes);
}

// HTML and plain text: what source/read_page turns into text today.
bool readable_type(std::string type) {
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type.rfind("text/", 0) == 0 || type.find("html") != std::string::npos;
}

}  // namespace

Result<Fetcher> Fetcher::create(const FetchOptions& options) {
  auto sources = SourcesDirectories::open(options.sources_dirs);
  if (!sources) return Error{sources.error()};
  return Fetcher(options, std::move(*sources));
}

Fetched Fetcher::fetch(const std::string& url) const {
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
  } else {
    result.outcome = outcome(core::SourceState::kNotChecked, "not-fetched",
                             "not in any sources directory; this build does not fetch over the "
                             "network yet (give the page with --sources)");
  }
  return result;
}

}  // namespace citecheck::fetch
