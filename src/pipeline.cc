// The pipeline: documents -> citations -> claims -> sources -> matching -> verdicts -> report.
// Each unique URL is fetched and indexed once per run, however many documents cite it.
#include "pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "cite/extract.h"
#include "cite/suppressions.h"
#include "claims/claims.h"
#include "document/load.h"
#include "fetch/fetcher.h"
#include "fetch/url.h"
#include "match/assess.h"
#include "match/source_index.h"
#include "source/extract.h"
#include "source/walls.h"
#include "verdict/findings.h"
#include "verdict/judge.h"

namespace citecheck {
namespace {

struct LoadedSource {
  core::SourceOutcome outcome;
  std::optional<match::SourceIndex> index;  // only when the page could be read
};

// Sources by normalised URL, read once per run.
class SourceLibrary {
 public:
  explicit SourceLibrary(const fetch::Fetcher& fetcher) : fetcher_(fetcher) {}

  const LoadedSource& get(const std::string& url) {
    const std::string key = fetch::normalize_url(url);
    if (auto it = loaded_.find(key); it != loaded_.end()) return it->second;
    return loaded_.emplace(key, load(url)).first->second;
  }

 private:
  LoadedSource load(const std::string& url) const {
    LoadedSource loaded;
    fetch::Fetched fetched = fetcher_.fetch(url);
    loaded.outcome = std::move(fetched.outcome);
    if (loaded.outcome.state != core::SourceState::kOk) return loaded;
    // Turn the bytes into text, and refuse pages that are walls rather than the source.
    const source::Page page = source::read_page(fetched.body, fetched.content_type);
    loaded.outcome.title = page.main.title;
    if (const auto wall = source::detect_wall(page)) {
      loaded.outcome.state = wall->state;
      loaded.outcome.reason = wall->reason;
      loaded.outcome.detail = wall->detail;
      return loaded;
    }
    loaded.index = match::index_source(page.main);
    return loaded;
  }

  const fetch::Fetcher& fetcher_;
  std::map<std::string, LoadedSource> loaded_;
};

std::string blank_markers(const core::Claim& claim, const core::CitationIndex& index) {
  std::string text = claim.text;
  for (const core::Citation& c : index.citations) {
    if (c.marker && c.offset >= claim.offset &&
        c.offset + c.length <= claim.offset + claim.length) {
      text.replace(c.offset - claim.offset, c.length, c.length, ' ');
    }
  }
  return text;
}

core::DocumentReport check_document(const core::Document& doc, SourceLibrary& library) {
  core::DocumentReport report;
  report.path = doc.path;
  report.format = doc.format;
  // Citations, the reference list, the prose, and the suppressions (per format).
  const core::CitationIndex index = cite::extract_citations(doc);
  report.notices = index.notices;
  // Sentences, the claims among them, and their facts.
  claims::Claims found = claims::extract_claims(doc, index);

  // Every listed reference's source, read once.
  std::map<std::string, const LoadedSource*> by_id;
  for (const core::Reference& ref : index.references) {
    core::ReferenceReport r{ref, {}, {}};
    if (ref.url.empty()) {
      r.source.reason = "no-url";
    } else {
      const LoadedSource& loaded = library.get(ref.url);
      r.source = loaded.outcome;
      by_id.try_emplace(ref.id, &loaded);
    }
    report.references.push_back(std::move(r));
  }

  // Each claim against the readable sources it cites, together.
  for (core::Claim& claim : found.claims) {
    std::vector<match::CitedSource> cited;
    std::vector<std::string> readable, unreadable;
    for (const std::string& id : claim.citations) {
      const auto it = by_id.find(id);
      if (it != by_id.end() && it->second->index) {
        cited.push_back({id, &*it->second->index});
        readable.push_back(id);
      } else if (it != by_id.end()) {
        unreadable.push_back(id);
      }
    }
    const core::Assessment assessment =
        match::assess(blank_markers(claim, index), claim.facts, cited);
    verdict::judge(claim, assessment, readable, unreadable);
  }
  for (core::ReferenceReport& r : report.references) {
    for (const core::Claim& claim : found.claims) {
      if (std::find(claim.citations.begin(), claim.citations.end(), r.reference.id) !=
          claim.citations.end()) {
        r.cited_by.push_back(claim.id);
      }
    }
  }

  // Findings, in position order.
  for (auto&& more :
       {verdict::reference_findings(index), verdict::source_findings(report.references),
        verdict::claim_findings(found.claims), verdict::uncited_findings(found.uncited)}) {
    report.findings.insert(report.findings.end(), more.begin(), more.end());
  }
  std::erase_if(report.findings,
                [&](const core::Finding& f) { return cite::suppressed(f, index.suppressions); });
  verdict::sort_findings(report.findings);
  report.claims = std::move(found.claims);
  return report;
}

fetch::FetchOptions fetch_options(const std::vector<std::string>& sources, bool offline) {
  fetch::FetchOptions options;
  options.sources_dirs = sources;
  options.offline = offline;
  return options;
}

}  // namespace

Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in) {
  // 1. Read every input document.
  document::LoadOptions load;
  load.format = options.input_format;
  load.stdin_filename = options.stdin_filename;
  auto documents = document::load_inputs(options.paths, load, in);
  if (!documents) return Error{documents.error()};
  // 2. Open the sources directories.
  auto fetcher = fetch::Fetcher::create(fetch_options(options.sources, options.offline));
  if (!fetcher) return Error{fetcher.error()};
  // 3. Check each document; sources are shared between them.
  SourceLibrary library(*fetcher);
  core::Report report;
  for (const core::Document& doc : *documents)
    report.documents.push_back(check_document(doc, library));
  return report;
}

Result<std::string> run_extract(const cli::ExtractOptions& options) {
  auto fetcher = fetch::Fetcher::create(fetch_options(options.sources, options.offline));
  if (!fetcher) return Error{fetcher.error()};
  std::string body;
  std::string content_type;
  const bool is_url = options.target.find("://") != std::string::npos;
  if (is_url) {
    fetch::Fetched fetched = fetcher->fetch(options.target);
    if (fetched.outcome.state != core::SourceState::kOk) {
      return Error{fmt::format("cannot read '{}': {} ({})", options.target, fetched.outcome.detail,
                               fetched.outcome.reason)};
    }
    body = std::move(fetched.body);
    content_type = fetched.content_type;
  } else {
    std::ifstream in(options.target, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(options.target, ec)) {
      return Error{fmt::format("cannot read '{}': no such file", options.target)};
    }
    body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    content_type = fetch::content_type_for(options.target);
    if (content_type == "application/octet-stream") content_type = "text/html";
  }
  const source::Page page = source::read_page(body, content_type);
  return page.main.title + "\n" + page.main.text;
}

}  // namespace citecheck
