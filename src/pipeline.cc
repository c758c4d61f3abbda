// The pipeline: documents -> citations -> claims -> sources -> matching -> verdicts -> report.
// Every document's citations are read first; then each unique URL is fetched and indexed once per
// run, concurrently, however many documents cite it; then each document is judged.
#include "pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "archive/dates.h"
#include "archive/wayback.h"
#include "cache/snapshot.h"
#include "cache/store.h"
#include "cite/extract.h"
#include "cite/limits.h"
#include "cite/suppressions.h"
#include "claims/claims.h"
#include "claims/clauses.h"
#include "claims/facts.h"
#include "claims/limits.h"
#include "config/apply.h"
#include "config/describe.h"
#include "config/discover.h"
#include "config/settings_file.h"
#include "config/url_filter.h"
#include "document/load.h"
#include "document/shard.h"
#include "fetch/fetcher.h"
#include "fetch/interrupt.h"
#include "fetch/post.h"
#include "fetch/progress.h"
#include "fetch/url.h"
#include "judge/model_judge.h"
#include "match/assess.h"
#include "match/source_index.h"
#include "report/github.h"
#include "report/html.h"
#include "report/json.h"
#include "report/junit.h"
#include "report/markdown.h"
#include "report/rdjsonl.h"
#include "report/sarif.h"
#include "report/text.h"
#include "source/extract.h"
#include "source/walls.h"
#include "text/ascii.h"
#include "text/line_index.h"
#include "text/nearest.h"
#include "verdict/findings.h"
#include "verdict/judge.h"

namespace citecheck {
namespace {

// A streamed check (--format jsonl) reads, judges and writes this many documents at a time (or
// fewer, once their bytes pass kBatchBytes): memory holds one batch's documents and sources.
constexpr std::size_t kBatchDocuments = 200;
constexpr std::size_t kBatchBytes = std::size_t{32} << 20;

struct LoadedSource {
  core::SourceOutcome outcome;
  std::optional<match::SourceIndex> index;  // only when the page could be read
  std::string shown_url;  // an archived copy's URL as a reader opens it; empty for a live page
};

// Sources by normalised URL, each fetched and read once per run.
class SourceLibrary {
 public:
  // Fetches every URL at once; each page is read as it arrives, so its bytes are dropped early.
  void load_all(const fetch::Fetcher& fetcher, const std::vector<std::string>& urls,
                const fetch::OnProgress& progress) {
    fetcher.fetch_all(
        urls,
        [&](std::size_t i, fetch::Fetched fetched) {
          loaded_.insert_or_assign(fetch::normalize_url(urls[i]), read(std::move(fetched)));
        },
        progress);
  }

  // A URL the config excludes is never fetched.
  void exclude(const std::string& url, const std::string& pattern) {
    LoadedSource loaded;
    loaded.outcome.reason = "excluded";
    loaded.outcome.detail = "the config's exclude-urls pattern '" + pattern + "' matches it";
    loaded_.insert_or_assign(fetch::normalize_url(url), std::move(loaded));
  }

  const LoadedSource* find(const std::string& url) const {
    const auto it = loaded_.find(fetch::normalize_url(url));
    return it == loaded_.end() ? nullptr : &it->second;
  }

  // Of `urls` (repeats counted once), how many have an outcome for `reason`.
  std::size_t count_reason(const std::string& reason, const std::vector<std::string>& urls) const {
    std::set<std::string> seen;
    std::size_t count = 0;
    for (const std::string& url : urls) {
      const std::string key = fetch::normalize_url(url);
      const auto it = loaded_.find(key);
      if (it != loaded_.end() && it->second.outcome.reason == reason && seen.insert(key).second) {
        ++count;
      }
    }
    return count;
  }

  // Between batches of a streamed check (--format jsonl): drops every source a later batch can
  // read again without the network (from a sources directory, from the cache, or never fetched:
  // offline, excluded, past the deadline). Kept: what came over the network and the cache did not
  // keep (every such source with --no-cache; failures, which the cache does not store), so that
  // no page is fetched twice in one run.
  void drop_rereadable(bool cache_on) {
    std::erase_if(loaded_, [cache_on](const auto& kv) {
      const core::SourceOutcome& o = kv.second.outcome;
      return o.origin != core::SourceOrigin::kNetwork || (cache_on && cache::cacheable(o));
    });
  }

  static LoadedSource read(fetch::Fetched fetched) {
    LoadedSource loaded;
    loaded.outcome = std::move(fetched.outcome);
    if (loaded.outcome.state != core::SourceState::kOk) return loaded;
    // Turn the bytes into text, and refuse pages that are walls rather than the source.
    const source::Page page = source::read_page(fetched.body, fetched.content_type);
    loaded.outcome.title = page.main.title;
    loaded.outcome.published = page.meta.published;
    if (const auto wall = source::detect_wall(page)) {
      loaded.outcome.state = wall->state;
      loaded.outcome.reason = wall->reason;
      loaded.outcome.detail = wall->detail;
      return loaded;
    }
    loaded.index = match::index_source(page.main);
    return loaded;
  }

 private:
  std::map<std::string, LoadedSource> loaded_;
};

// What one document says, before any source is read.
struct Extracted {
  const core::Document* doc = nullptr;
  core::CitationIndex index;
  claims::Claims found;
};

Extracted extract_document(const core::Document& doc) {
  Extracted e;
  e.doc = &doc;
  if (!doc.skipped.empty()) {
    e.index.notices.push_back("not checked: " + doc.skipped);
    return e;
  }
  // Citations, the reference list, the prose, and the suppressions (per format).
  e.index = cite::extract_citations(doc);
  // A directive naming a rule that does not exist suppresses nothing: say so, with the nearest.
  std::vector<std::string> rule_ids;
  for (const verdict::RuleInfo& r : verdict::rules()) rule_ids.push_back(r.id);
  for (const core::Suppression& s : e.index.suppressions) {
    for (const std::string& rule : s.rules) {
      if (std::find(rule_ids.begin(), rule_ids.end(), rule) != rule_ids.end()) continue;
      e.index.notices.push_back(fmt::format(
          "a citecheck directive for line {} names '{}', which is no rule and suppresses "
          "nothing{}",
          s.first_line, rule, text::did_you_mean(rule, rule_ids)));
    }
  }
  cite::limit_citations(e.index);  // past the per-document limits: dropped, with a notice
  // Sentences, the claims among them, and their facts.
  e.found = claims::extract_claims(doc, e.index, fetch::stop_requested);
  claims::limit_claims(e.found, e.index.notices);
  return e;
}

// A claim put to the model judge: where it is (document, claim) and what is asked.
struct ModelAsk {
  std::size_t document = 0;
  std::size_t claim = 0;
  judge::Question question;
};

// Whether a claim goes to the model: it has a readable source, and under scope "uncertain" its
// lexical score lies in the band where lexical verdicts are unreliable (bench/RESULTS.md).
bool for_the_model(const core::Claim& claim, const core::JudgeSettings& settings) {
  if (claim.verdict == core::Verdict::kUnverifiable) return false;
  if (settings.scope == core::JudgeScope::kAll) return true;
  return claim.support_score >= judge::kUncertainLow && claim.support_score < judge::kUncertainHigh;
}

// Reference id -> the archived copy that stands in for its live page (--archive).
using Substitutes = std::map<std::string, const LoadedSource*>;

// Each claim's verdict from the lexical engine; with `asks`, the claims for the model judge too.
// With `substitutes`, those references are judged by their archived copies.
core::DocumentReport judge_document(Extracted& e, const SourceLibrary& library,
                                    const core::JudgeSettings& judging, std::vector<ModelAsk>* asks,
                                    std::size_t document, const Substitutes& substitutes = {}) {
  const core::Document& doc = *e.doc;
  core::DocumentReport report;
  report.path = doc.path;
  report.format = doc.format;
  const core::CitationIndex& index = e.index;
  claims::Claims& found = e.found;
  report.notices = index.notices;
  report.prose = index.prose.text;
  report.body_end = index.body_end;

  // Every listed reference's source, read once.
  std::map<std::string, const LoadedSource*> by_id;
  std::map<std::string, std::string> quoted_url;  // reference id -> the URL its evidence quotes
  std::set<std::string> listed_without_url;
  for (const core::Reference& ref : index.references) {
    core::ReferenceReport r{ref, {}, {}};
    if (ref.url.empty()) {
      r.source.reason = "no-url";
      listed_without_url.insert(ref.id);
    } else {
      const auto substitute = substitutes.find(ref.id);
      const LoadedSource* loaded =
          substitute != substitutes.end() ? substitute->second : library.find(ref.url);
      if (loaded != nullptr) {
        r.source = loaded->outcome;
        by_id.try_emplace(ref.id, loaded);
        quoted_url.try_emplace(ref.id, loaded->shown_url.empty() ? ref.url : loaded->shown_url);
      }
    }
    report.references.push_back(std::move(r));
  }

  // Each claim against the readable sources it cites, together; a claim citing different
  // references in different clauses, clause by clause.
  match::Matcher matcher;
  // The cited references whose sources were read, as the matcher takes them.
  auto readable_sources = [&](const std::vector<std::string>& ids) {
    std::vector<match::CitedSource> cited;
    for (const std::string& id : ids) {
      const auto it = by_id.find(id);
      if (it != by_id.end() && it->second->index) cited.push_back({id, &*it->second->index});
    }
    return cited;
  };
  auto judge_against_citations = [&](core::Claim& claim, const std::string& text,
                                     const std::string& context) -> std::vector<core::Evidence> {
    const std::vector<match::CitedSource> cited = readable_sources(claim.citations);
    std::vector<std::string> readable, unreadable, without_url;
    for (const std::string& id : claim.citations) {
      if (listed_without_url.count(id) != 0 && by_id.count(id) == 0) without_url.push_back(id);
      const auto it = by_id.find(id);
      if (it != by_id.end() && it->second->index) {
        readable.push_back(id);
      } else if (it != by_id.end()) {
        unreadable.push_back(id);
      }
    }
    core::Assessment assessment = matcher.assess(text, claim.facts, cited, context);
    verdict::judge(claim, assessment, readable, unreadable, without_url);
    if (cited.size() < 2 ||
        (claim.verdict != core::Verdict::kSupported && claim.verdict != core::Verdict::kPartial)) {
      return std::move(assessment.ranked);
    }
    std::vector<core::Assessment> alone;
    for (const match::CitedSource& c : cited) {
      alone.push_back(matcher.assess(text, claim.facts, {c}, context));
    }
    claim.idle_citations = verdict::idle_citations(readable, alone);
    return std::move(assessment.ranked);
  };
  for (std::size_t n = 0; n < found.claims.size(); ++n) {
    if (fetch::stop_requested()) break;  // SIGINT or SIGTERM: run_check returns at once
    core::Claim& claim = found.claims[n];
    const std::string blanked = claims::blank_markers(claim.text, claim.offset, index.citations);
    const std::vector<claims::Clause> clauses = claims::split_at_markers(claim, blanked, index);
    // The model is asked about the whole claim against every source it cites, together.
    auto ask_model = [&](const std::vector<core::Evidence>& ranked) {
      if (asks == nullptr || !for_the_model(claim, judging)) return;
      judge::Question q{judge::claim_words(blanked), claim.context,
                        judge::passages_within(ranked, judging.max_evidence_tokens)};
      if (!q.passages.empty()) asks->push_back({document, n, std::move(q)});
    };
    if (clauses.empty()) {
      ask_model(judge_against_citations(claim, blanked, claim.context));
      continue;
    }
    std::vector<core::Claim> parts;
    for (const claims::Clause& clause : clauses) {
      core::Claim part;
      part.text = clause.text;
      part.citations = clause.citations;
      part.facts = claims::find_facts(clause.text);
      judge_against_citations(part, clause.text, claim.context);
      parts.push_back(std::move(part));
    }
    verdict::combine_clauses(claim, parts);
    if (asks != nullptr) {
      // The whole claim's passages only: its verdict is the clauses'.
      ask_model(
          matcher.assess(blanked, claim.facts, readable_sources(claim.citations), claim.context)
              .ranked);
    }
  }
  for (core::Claim& claim : found.claims) {
    for (core::Evidence& evidence : claim.evidence) {
      const auto it = quoted_url.find(evidence.reference_id);
      if (it != quoted_url.end()) evidence.url = it->second;
    }
  }
  report.claims = std::move(found.claims);
  return report;
}

// Where the reference entry's URL is written in the file, for a fix that replaces it.
std::optional<std::pair<core::Position, core::Position>> url_span(const core::Document& doc,
                                                                  const core::Reference& ref) {
  std::string written = ref.url;
  std::size_t at = doc.text.find(written, std::min(ref.offset, doc.text.size()));
  if (at == std::string::npos && doc.format == core::Format::kHtml) {
    // An href writes '&' as "&amp;".
    for (std::size_t i = written.find('&'); i != std::string::npos; i = written.find('&', i + 5)) {
      written.replace(i, 1, "&amp;");
    }
    at = doc.text.find(written, std::min(ref.offset, doc.text.size()));
  }
  if (at == std::string::npos) return std::nullopt;
  const text::LineIndex lines(doc.text);
  return std::make_pair(lines.position(at), lines.position(at + written.size()));
}

// The references' cited_by lists and every finding, once the claims have their verdicts.
void add_findings(Extracted& e, core::DocumentReport& report, const core::Settings& settings) {
  const core::CitationIndex& index = e.index;
  for (core::ReferenceReport& r : report.references) {
    for (const core::Claim& claim : report.claims) {
      if (std::find(claim.citations.begin(), claim.citations.end(), r.reference.id) !=
          claim.citations.end()) {
        r.cited_by.push_back(claim.id);
      }
    }
  }

  // Findings, in position order.
  for (auto&& more :
       {verdict::reference_findings(index), verdict::source_findings(report.references),
        verdict::archive_findings(report.references), verdict::claim_findings(report.claims),
        verdict::idle_citation_findings(report.claims, index),
        verdict::uncited_findings(e.found.uncited, settings.cite_every_sentence)}) {
    report.findings.insert(report.findings.end(), more.begin(), more.end());
  }
  std::erase_if(report.findings,
                [&](const core::Finding& f) { return cite::suppressed(f, index.suppressions); });
  // A dead source's archived copy: the fix replaces the URL where the entry writes it.
  for (core::Finding& f : report.findings) {
    if (f.rule != "archived-source") continue;
    for (const core::ReferenceReport& r : report.references) {
      if (r.reference.id != f.reference_id || !r.source.archive || r.source.archive->url.empty())
        continue;
      if (const auto span = url_span(*e.doc, r.reference)) {
        f.fix = core::Fix{span->first, span->second, r.source.archive->url,
                          fmt::format("cite the archived copy of [{}]", r.reference.id)};
      }
      break;
    }
  }
  verdict::sort_findings(report.findings);
}

// --timeout and --user-agent over the config's timeout and user-agent over the defaults; the
// config's accept-status and [hosts] tables as they are (flags set nothing per host).
fetch::FetchOptions fetch_options(const std::vector<std::string>& sources, bool offline,
                                  const cli::NetworkFlags& flags, const core::Settings& settings) {
  using Seconds = std::chrono::duration<double>;
  const auto millis = [](double seconds) {
    return std::chrono::duration_cast<fetch::Millis>(Seconds(seconds));
  };
  fetch::FetchOptions options;
  options.sources_dirs = sources;
  options.offline = offline;
  fetch::NetworkOptions& n = options.network;
  n.concurrency = flags.concurrency;
  n.per_host = flags.per_host;
  n.host_interval = millis(flags.host_interval);
  if (const std::optional<double> timeout = flags.timeout ? flags.timeout : settings.timeout) {
    n.timeout = millis(*timeout);
  }
  n.connect_timeout = std::min(n.connect_timeout, n.timeout);
  n.retries = flags.retries;
  n.user_agent = flags.user_agent.empty() ? settings.user_agent : flags.user_agent;
  n.headers = flags.headers;
  n.accept_status = settings.accept_status;
  n.hosts = settings.hosts;
  n.connect_to = flags.connect_to;
  n.allow_private = flags.allow_private;
  if (settings.archive.enabled) {
    // The archive throttles hard: its host and subdomains (web.archive.org) get two requests at
    // once, half a second apart, unless the config's [hosts] tables say otherwise.
    const auto endpoint = archive::parse_endpoint(settings.archive.url);
    const std::string host = fetch::url_host_port(endpoint ? endpoint->base : "").host;
    for (const std::string& name : {host, "*." + host}) {
      const bool configured =
          std::any_of(n.hosts.begin(), n.hosts.end(),
                      [&](const core::HostSettings& h) { return h.host == name; });
      if (!host.empty() && !configured) n.hosts.push_back({name, 2, 0.5, {}});
    }
    options.never_stale = [](const std::string& url) { return archive::is_raw_snapshot(url); };
  }
  return options;
}

// The HTTP cache a run uses: --cache-dir or the default, unless --no-cache; --max-cache-age over
// the config's max-cache-age over a day.
Result<bool> use_cache(fetch::FetchOptions& options, const cli::CacheFlags& flags,
                       const core::Settings& settings) {
  options.max_cache_age = settings.max_cache_age.value_or(cache::kDefaultMaxAge);
  if (!flags.max_age.empty()) {
    const std::optional<long long> age = config::parse_duration(flags.max_age);
    if (!age) {
      return Error{fmt::format(
          "--max-cache-age '{}': expected seconds or a duration such as 30m, 12h, 7d, 2w",
          flags.max_age)};
    }
    options.max_cache_age = *age;
  }
  if (!flags.disabled)
    options.cache_dir = flags.dir.empty() ? cache::default_cache_dir() : flags.dir;
  options.on_cache_warning = [](const std::string& message) {
    fmt::print(stderr, "citecheck: warning: {}\n", text::one_line(message));
  };
  return true;
}

// Every URL the documents list, in document order (the fetcher drops repeats).
std::vector<std::string> cited_urls(const std::vector<Extracted>& extracted) {
  std::vector<std::string> urls;
  for (const Extracted& e : extracted) {
    for (const core::Reference& ref : e.index.references) {
      if (!ref.url.empty()) urls.push_back(ref.url);
    }
  }
  return urls;
}

// The model judge's network side: one POST per claim to {url}/chat/completions through the
// fetch stage's multi loop, within the run's deadline.
judge::Send judge_transport(const core::JudgeSettings& j, const std::string& key,
                            const cli::CheckOptions& options,
                            std::optional<fetch::Clock::time_point> deadline) {
  fetch::PostOptions post;
  std::string base = j.url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  post.url = base + "/chat/completions";
  post.headers = {"Content-Type: application/json", "Accept: application/json"};
  if (!key.empty()) post.headers.push_back("Authorization: Bearer " + key);
  post.concurrency = j.concurrency;
  post.timeout =
      std::chrono::duration_cast<fetch::Millis>(std::chrono::duration<double>(j.timeout));
  post.deadline = deadline;
  post.connect_to = options.network.connect_to;
  post.user_agent =
      options.network.user_agent.empty() ? options.settings.user_agent : options.network.user_agent;
  post.variants = judge::dialects(j.style);
  return [post](std::size_t count, const judge::BodyOf& body_of, const judge::OnReply& on_reply) {
    fetch::post_all(count, body_of, post, [&](std::size_t i, fetch::Posted p) {
      on_reply(i, judge::Reply{p.sent, p.status, std::move(p.body), std::move(p.error)});
    });
  };
}

// Puts the claims in `asks` to the model and lays its verdicts over the lexical ones. What failed,
// for how many claims, becomes one notice on each document it touched.
Result<bool> judge_with_model(core::Report& report, const std::vector<ModelAsk>& asks,
                              const cli::CheckOptions& options,
                              const fetch::FetchOptions& fetching) {
  const core::JudgeSettings& j = options.settings.judge;
  std::string key;
  if (!j.api_key_env.empty()) {
    const char* value = std::getenv(j.api_key_env.c_str());
    if (value == nullptr || value[0] == '\0') {
      return Error{fmt::format("the judge's key variable {} ([judge] api-key-env) is not set",
                               j.api_key_env)};
    }
    key = value;
  }
  std::unique_ptr<cache::HttpCache> store;
  if (!fetching.cache_dir.empty()) {
    auto opened = cache::HttpCache::open(fetching.cache_dir, fetching.on_cache_warning);
    if (opened) store = std::move(*opened);
  }
  judge::Memory memory;
  if (store) {
    memory.find = [&](const std::string& k) { return store->find_judgement(k); };
    memory.keep = [&](const std::string& k, const std::string& v) {
      store->store_judgement(k, v, std::time(nullptr));
    };
  }
  std::vector<judge::Question> questions;
  for (const ModelAsk& ask : asks) questions.push_back(ask.question);
  const judge::Outcome outcome = judge::ask_all(
      questions, j, judge_transport(j, key, options, fetching.network.deadline), memory);
  std::set<std::size_t> failed_in;
  for (std::size_t i = 0; i < asks.size(); ++i) {
    core::Claim& claim = report.documents[asks[i].document].claims[asks[i].claim];
    if (outcome.verdicts[i]) {
      verdict::apply_model(claim, *outcome.verdicts[i]);
    } else {
      failed_in.insert(asks[i].document);
    }
  }
  if (outcome.failures.empty()) return true;
  std::size_t failed = 0;
  std::string what;
  for (const auto& [why, count] : outcome.failures) {
    failed += count;
    what += fmt::format("{}{} ({})", what.empty() ? "" : "; ", why, count);
  }
  std::string notice = fmt::format(
      "the model judge ({}) gave no verdict for {} of {} claim{}, which keep their lexical "
      "verdicts: {}",
      j.model, failed, asks.size(), asks.size() == 1 ? "" : "s", what);
  // The key never appears in a report, whatever a server echoes back.
  for (std::size_t at = key.empty() ? std::string::npos : notice.find(key); at != std::string::npos;
       at = notice.find(key)) {
    notice.replace(at, key.size(), "(key)");
  }
  for (const std::size_t d : failed_in) report.documents[d].notices.push_back(notice);
  return true;
}

// --- The web archive (--archive): dead sources, and sources that no longer back their claims ---

// How good a verdict is for the article: an archived copy's verdict replaces the live one when it
// is better, when the live page could not be read at all, or when the copy contradicts the claim.
int verdict_rank(core::Verdict v) {
  switch (v) {
    case core::Verdict::kSupported:
      return 4;
    case core::Verdict::kPartial:
      return 3;
    case core::Verdict::kUnsupported:
      return 2;
    case core::Verdict::kContradicted:
      return 1;
    case core::Verdict::kUnverifiable:
      return 0;
  }
  return 0;
}

bool archived_verdict_wins(const core::Claim& live, const core::Claim& archived) {
  if (archived.verdict == core::Verdict::kUnverifiable) return false;
  if (live.verdict == core::Verdict::kUnverifiable) return true;
  if (archived.verdict == core::Verdict::kContradicted) return true;
  return verdict_rank(archived.verdict) > verdict_rank(live.verdict);
}

// The date each document's citations are checked against (archive::document_date); a reference
// may stand in its retrieved date for today's (archive::reference_date, archive_asks).
void date_documents(core::Report& report, const std::vector<Extracted>& extracted,
                    const std::string& as_of) {
  for (std::size_t d = 0; d < extracted.size(); ++d) {
    archive::DatedBy dated = archive::document_date(*extracted[d].doc, as_of);
    report.documents[d].date = std::move(dated.date);
    report.documents[d].date_from = std::move(dated.from);
  }
}

// One reference the archive is asked about.
struct ArchiveAsk {
  std::size_t document = 0;
  std::size_t reference = 0;  // into DocumentReport::references
  std::string question;       // the availability API URL, or the replay URL
  std::string raw;            // the raw capture read, once the archive names one
  core::ArchiveCopy copy;
};

// The archive setting as validated by the command line and the config reader.
archive::Endpoint archive_endpoint(const core::ArchiveSettings& settings) {
  return archive::parse_endpoint(settings.url).value_or(archive::Endpoint{{}, settings.url});
}

// Which references to ask about: a broken source, or a read one that some claim citing it is not
// backed by. A source whose live page backs every claim citing it is never asked about.
std::vector<ArchiveAsk> archive_asks(const core::Report& report, const SourceLibrary& library,
                                     const core::ArchiveSettings& settings) {
  std::vector<ArchiveAsk> asks;
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    const core::DocumentReport& doc = report.documents[d];
    std::set<std::string> seen;
    for (std::size_t k = 0; k < doc.references.size(); ++k) {
      const core::Reference& ref = doc.references[k].reference;
      if (ref.url.empty() || !seen.insert(ref.id).second) continue;
      const LoadedSource* live = library.find(ref.url);
      if (live == nullptr) continue;
      bool ask = core::is_dead(live->outcome);
      if (live->outcome.state == core::SourceState::kOk) {
        for (const core::Claim& claim : doc.claims) {
          if (claim.verdict != core::Verdict::kSupported &&
              std::find(claim.citations.begin(), claim.citations.end(), ref.id) !=
                  claim.citations.end()) {
            ask = true;
          }
        }
      }
      if (!ask) continue;
      ArchiveAsk a;
      a.document = d;
      a.reference = k;
      archive::DatedBy day = archive::reference_date({doc.date, doc.date_from}, ref);
      a.copy.as_of = std::move(day.date);
      a.copy.as_of_from = std::move(day.from);
      a.question = archive::question_url(archive_endpoint(settings), ref.url, a.copy.as_of);
      asks.push_back(std::move(a));
    }
  }
  return asks;
}

// The archive has no copy of the page from around the day asked for.
void mark_not_archived(core::ArchiveCopy& copy) {
  copy.state = core::SourceState::kBroken;
  copy.reason = "not-archived";
  copy.detail = fmt::format("the archive has no copy from around {}", copy.as_of);
}

// Asks the archive, reads the snapshots it names, re-judges the claims citing them, and lays the
// archived copies' verdicts over the live ones where they win. One notice per document when the
// archive could not be asked.
void rescue_from_archive(core::Report& report, std::vector<Extracted>& extracted,
                         const std::vector<claims::Claims>& unjudged, const SourceLibrary& library,
                         const fetch::Fetcher& fetcher, const cli::CheckOptions& options,
                         const fetch::FetchOptions& fetching) {
  const core::ArchiveSettings& settings = options.settings.archive;
  std::vector<ArchiveAsk> asks = archive_asks(report, library, settings);
  if (asks.empty()) return;
  // 1. The availability answers, then the raw snapshots they name, each read like a page.
  std::vector<std::string> questions;
  for (const ArchiveAsk& a : asks) questions.push_back(a.question);
  std::map<std::string, fetch::Fetched> answers;
  fetcher.fetch_all(questions, [&](std::size_t i, fetch::Fetched f) {
    answers.insert_or_assign(fetch::normalize_url(questions[i]), std::move(f));
  });
  const bool replay = archive_endpoint(settings).protocol == archive::Protocol::kReplay;
  std::vector<std::string> raw_urls;
  std::map<std::string, LoadedSource> copies;  // by normalised raw capture URL
  for (ArchiveAsk& a : asks) {
    core::ArchiveCopy& copy = a.copy;
    const fetch::Fetched& answer = answers[fetch::normalize_url(a.question)];
    const bool missing = answer.outcome.reason == "not-found" || answer.outcome.reason == "gone";
    if (replay && answer.outcome.state == core::SourceState::kOk) {
      // The replay URL redirected to the capture, which came with it.
      const std::string& at =
          answer.outcome.final_url.empty() ? a.question : answer.outcome.final_url;
      copy.url = archive::shown_snapshot_url(at);
      copy.timestamp = archive::snapshot_time(at);
      if (copy.timestamp.empty()) copy.timestamp = copy.as_of + "T00:00:00Z";
      a.raw = a.question;
      copies.try_emplace(fetch::normalize_url(a.raw), SourceLibrary::read(answer));
      continue;
    }
    if (replay && missing) {
      mark_not_archived(copy);
      continue;
    }
    if (answer.outcome.state != core::SourceState::kOk) {
      copy.state = answer.outcome.state == core::SourceState::kNotChecked
                       ? core::SourceState::kNotChecked
                       : core::SourceState::kUnverifiable;
      copy.reason = answer.outcome.state == core::SourceState::kNotChecked ? answer.outcome.reason
                                                                           : "archive-error";
      copy.detail = fmt::format("the archive could not be asked: {} ({})", answer.outcome.detail,
                                answer.outcome.reason);
      continue;
    }
    auto snapshot = archive::parse_availability(answer.body);
    if (!snapshot) {
      copy.state = core::SourceState::kUnverifiable;
      copy.reason = "archive-error";
      copy.detail = snapshot.error();
    } else if (!*snapshot) {
      mark_not_archived(copy);
    } else {
      copy.url = (*snapshot)->url;
      copy.timestamp = (*snapshot)->timestamp;
      a.raw = (*snapshot)->raw_url;
      raw_urls.push_back(a.raw);
    }
  }
  fetcher.fetch_all(raw_urls, [&](std::size_t i, fetch::Fetched f) {
    copies.insert_or_assign(fetch::normalize_url(raw_urls[i]), SourceLibrary::read(std::move(f)));
  });
  // 2. Each document's claims judged again, the archived copies standing in for their references.
  std::map<std::size_t, Substitutes> substitutes;  // by document
  for (ArchiveAsk& a : asks) {
    if (a.copy.url.empty()) continue;
    LoadedSource& loaded = copies[fetch::normalize_url(a.raw)];
    a.copy.state = loaded.outcome.state;
    a.copy.reason = loaded.outcome.reason;
    a.copy.detail = loaded.outcome.detail;
    loaded.shown_url = a.copy.url;
    if (loaded.index) {
      substitutes[a.document][report.documents[a.document].references[a.reference].reference.id] =
          &loaded;
    }
  }
  const core::JudgeSettings& judging = options.settings.judge;
  core::Report again;
  again.documents.resize(report.documents.size());
  std::vector<ModelAsk> model_asks;
  for (const auto& [d, stand_ins] : substitutes) {
    Extracted e{extracted[d].doc, extracted[d].index, unjudged[d]};
    again.documents[d] = judge_document(e, library, judging,
                                        judging.enabled() ? &model_asks : nullptr, d, stand_ins);
  }
  if (judging.enabled() && !model_asks.empty()) {
    (void)judge_with_model(again, model_asks, options, fetching);
  }
  // 3. The archived verdicts that win, and what each copy backs.
  for (ArchiveAsk& a : asks) {
    core::DocumentReport& doc = report.documents[a.document];
    const std::string& id = doc.references[a.reference].reference.id;
    const auto stand_ins = substitutes.find(a.document);
    if (stand_ins == substitutes.end() || stand_ins->second.count(id) == 0) continue;
    const std::vector<core::Claim>& archived = again.documents[a.document].claims;
    for (std::size_t n = 0; n < doc.claims.size() && n < archived.size(); ++n) {
      const auto& cites = doc.claims[n].citations;
      if (std::find(cites.begin(), cites.end(), id) == cites.end()) continue;
      ++a.copy.claims;
      if (archived[n].verdict == core::Verdict::kSupported) {
        ++a.copy.backs;
        if (doc.claims[n].verdict != core::Verdict::kSupported) ++a.copy.rescued;
      }
    }
  }
  for (const auto& [d, by_reference] : substitutes) {
    const Substitutes& stand_ins = by_reference;  // a lambda cannot capture a structured binding
    core::DocumentReport& doc = report.documents[d];
    for (std::size_t n = 0; n < doc.claims.size() && n < again.documents[d].claims.size(); ++n) {
      core::Claim& live = doc.claims[n];
      const bool cites_copy = std::any_of(live.citations.begin(), live.citations.end(),
                                          [&](const auto& id) { return stand_ins.count(id) > 0; });
      if (cites_copy && archived_verdict_wins(live, again.documents[d].claims[n])) {
        live = std::move(again.documents[d].claims[n]);
      }
    }
  }
  // 4. The copies on their references (every entry of the same id), and one notice per document
  // where the archive failed.
  std::map<std::size_t, std::vector<std::string>> failures;
  for (const ArchiveAsk& a : asks) {
    core::DocumentReport& doc = report.documents[a.document];
    const std::string& id = doc.references[a.reference].reference.id;
    for (core::ReferenceReport& r : doc.references) {
      if (r.reference.id == id) r.source.archive = a.copy;
    }
    if (a.copy.reason == "archive-error") failures[a.document].push_back(a.copy.detail);
  }
  for (const auto& [d, details] : failures) {
    report.documents[d].notices.push_back(fmt::format(
        "the web archive ({}) gave no usable answer for {} source{}, judged on their live pages "
        "alone: {}",
        settings.url, details.size(), details.size() == 1 ? "" : "s", details.front()));
  }
}

// The settings a check refuses before it reads anything.
Result<bool> check_judging_settings(const cli::CheckOptions& options) {
  const core::JudgeSettings& judging = options.settings.judge;
  if (!judging.disabled && (!judging.url.empty() || !judging.model.empty()) &&
      (judging.url.empty() || judging.model.empty())) {
    return Error{judging.url.empty()
                     ? "a judge model is set but no judge URL: give --judge-url or [judge] url"
                     : "a judge URL is set but no model: give --judge-model or [judge] model"};
  }
  if (!options.config.as_of.empty() && !options.settings.archive.enabled) {
    return Error{
        "--as-of dates the web archive's copies: give --archive too (or archive = true "
        "in the config)"};
  }
  return true;
}

// What the batches of one check share: the fetcher, and the sources read so far.
struct CheckRun {
  const cli::CheckOptions& options;
  fetch::FetchOptions fetching;
  std::optional<fetch::Fetcher> fetcher;
  SourceLibrary library;
  document::LoadOptions load;
  std::vector<document::Input> inputs;  // the documents to check, not yet read
};

// Lists the documents (--shard picks among their paths before any is read) and opens the
// sources directories and the cache.
Result<bool> open_run(CheckRun& run) {
  const cli::CheckOptions& options = run.options;
  const auto started = fetch::Clock::now();
  if (auto ok = check_judging_settings(options); !ok) return ok;
  run.load.format = options.input_format;
  run.load.stdin_filename = options.stdin_filename;
  run.load.select = [&options](const std::string& path) {
    return config::selected(options.settings, path);
  };
  auto inputs = document::list_inputs(options.paths, run.load);
  if (!inputs) return Error{inputs.error()};
  run.inputs = std::move(*inputs);
  if (const auto shard = document::parse_shard(options.shard)) {
    std::error_code ec;
    const std::string cwd = std::filesystem::current_path(ec).string();
    std::erase_if(run.inputs, [&](const document::Input& input) {
      return !document::in_shard(document::shard_path(input.path, cwd), *shard);
    });
  }
  std::shared_ptr<fetch::InFlight> in_flight = std::move(run.fetching.in_flight);
  run.fetching = fetch_options(options.sources, options.offline, options.network, options.settings);
  run.fetching.in_flight = std::move(in_flight);
  if (auto ok = use_cache(run.fetching, options.cache, options.settings); !ok) return ok;
  if (options.deadline) {
    run.fetching.network.deadline = started + std::chrono::duration_cast<fetch::Clock::duration>(
                                                  std::chrono::duration<double>(*options.deadline));
  }
  auto fetcher = fetch::Fetcher::create(run.fetching);
  if (!fetcher) return Error{fetcher.error()};
  run.fetcher.emplace(std::move(*fetcher));
  return true;
}

// Reads the listed documents from `begin` on, up to a batch's worth (--format jsonl), or all.
Result<std::vector<core::Document>> read_documents(CheckRun& run, std::size_t& begin,
                                                   std::istream& in, bool one_batch) {
  const fetch::EndAtOnceOnStop at_once;  // reading files and stdin: nothing to undo
  std::vector<core::Document> documents;
  std::size_t bytes = 0;
  for (; begin < run.inputs.size(); ++begin) {
    if (one_batch && !documents.empty() &&
        (documents.size() >= kBatchDocuments || bytes >= kBatchBytes)) {
      break;
    }
    auto doc = document::read_input(run.inputs[begin], run.load, in);
    if (!doc) return Error{doc.error()};
    bytes += doc->text.size();
    documents.push_back(std::move(*doc));
  }
  return documents;
}

// Steps 3 to 9 for some documents: their reports, in order, judged against the run's sources.
Result<core::Report> check_documents(const std::vector<core::Document>& documents, CheckRun& run) {
  const cli::CheckOptions& options = run.options;
  const fetch::Fetcher& fetcher = *run.fetcher;
  SourceLibrary& library = run.library;
  // 3. Citations, the reference list and the claims of every document.
  // The readers parse an article in one library call (gumbo, cmark-gfm) and split a one-line
  // article's sentences in one ICU pass, none of which can be asked to stop; nothing here writes
  // or needs undoing, so an interrupt ends the run at once.
  std::vector<Extracted> extracted;
  for (const core::Document& doc : documents) {
    if (fetch::stop_requested()) return Error{"interrupted"};
    const fetch::EndAtOnceOnStop at_once;
    extracted.push_back(extract_document(doc));
  }
  // 4. Every unique cited URL not read yet, fetched once and concurrently; pages read as they
  // arrive.
  const config::UrlFilter excluded(options.settings.exclude_urls);
  const std::vector<std::string> cited = cited_urls(extracted);
  std::vector<std::string> to_fetch;
  for (const std::string& url : cited) {
    if (const std::string by = excluded.excluded_by(url); !by.empty()) {
      library.exclude(url, by);
    } else if (library.find(url) == nullptr) {
      to_fetch.push_back(url);
    }
  }
  const bool progress = !options.quiet && isatty(STDERR_FILENO) != 0;
  library.load_all(fetcher, to_fetch,
                   progress ? fetch::progress_line(stderr) : fetch::OnProgress{});
  if (fetch::stop_requested()) return Error{"interrupted"};  // main exits 130
  // 5. Each document's claims judged against its sources, by the lexical engine.
  const core::JudgeSettings& judging = options.settings.judge;
  const core::ArchiveSettings& archiving = options.settings.archive;
  std::vector<claims::Claims>
      unjudged;  // the claims as found, for judging again by archived copies
  if (archiving.enabled) {
    for (const Extracted& e : extracted) unjudged.push_back(e.found);
  }
  core::Report report;
  std::vector<ModelAsk> asks;
  for (std::size_t d = 0; d < extracted.size(); ++d) {
    report.documents.push_back(
        judge_document(extracted[d], library, judging, judging.enabled() ? &asks : nullptr, d));
    if (fetch::stop_requested()) return Error{"interrupted"};
  }
  // 6. With a model judge: its verdicts, under the facts' veto.
  if (judging.enabled()) {
    report.judge_model = judging.model;
    if (auto judged = judge_with_model(report, asks, options, run.fetching); !judged) {
      return Error{judged.error()};
    }
    if (fetch::stop_requested()) return Error{"interrupted"};
  }
  // 7. With --archive: a copy from the article's date for each dead source and each source that
  // does not back a claim citing it, judged in the same way.
  if (archiving.enabled) {
    date_documents(report, extracted, options.config.as_of);
    rescue_from_archive(report, extracted, unjudged, library, fetcher, options, run.fetching);
    if (fetch::stop_requested()) return Error{"interrupted"};
  }
  for (std::size_t d = 0; d < extracted.size(); ++d) {
    add_findings(extracted[d], report.documents[d], options.settings);
  }
  // 8. Sources the deadline cut off make the report incomplete, and it says so.
  if (const std::size_t late = library.count_reason("deadline", cited); late > 0) {
    report.incomplete = true;
    for (core::DocumentReport& d : report.documents) {
      d.notices.push_back(fmt::format(
          "the report is incomplete: the --deadline passed before {} source{} could be fetched",
          late, late == 1 ? "" : "s"));
    }
  }
  // 9. The config's rule severities, and rules turned off.
  for (core::DocumentReport& d : report.documents) {
    config::apply_rule_settings(options.settings, d.findings);
  }
  return report;
}

}  // namespace

std::string render_report(const core::Report& report, cli::OutputFormat format,
                          const report::TextStyle& style) {
  switch (format) {
    case cli::OutputFormat::kText:
      return report::render_text(report, style);
    case cli::OutputFormat::kJsonl:
      return report::render_jsonl(report);
    case cli::OutputFormat::kJson:
      return report::render_json(report);
    case cli::OutputFormat::kSarif:
      return report::render_sarif(report);
    case cli::OutputFormat::kGithub:
      return report::render_github(report);
    case cli::OutputFormat::kRdjsonl:
      return report::render_rdjsonl(report);
    case cli::OutputFormat::kJunit:
      return report::render_junit(report);
    case cli::OutputFormat::kMarkdown:
      return report::render_markdown(report);
    case cli::OutputFormat::kHtml:
      return report::render_html(report);
  }
  return report::render_json(report);
}

Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in,
                               std::shared_ptr<fetch::InFlight> in_flight) {
  // 1. List the documents; 2. open the sources directories and the cache.
  CheckRun run{options, {}, {}, {}, {}, {}};
  run.fetching.in_flight = std::move(in_flight);
  if (auto ok = open_run(run); !ok) return Error{ok.error()};
  // Every document read, then checked together (steps 3 to 9).
  std::size_t next = 0;
  auto documents = read_documents(run, next, in, false);
  if (!documents) return Error{documents.error()};
  return check_documents(*documents, run);
}

Result<StreamEnd> run_check_streamed(const cli::CheckOptions& options, std::istream& in,
                                     const OnDocument& on_document) {
  CheckRun run{options, {}, {}, {}, {}, {}};
  if (auto ok = open_run(run); !ok) return Error{ok.error()};
  StreamEnd end;
  end.judge_model = options.settings.judge.enabled() ? options.settings.judge.model : "";
  for (std::size_t next = 0; next < run.inputs.size();) {
    auto documents = read_documents(run, next, in, true);
    if (!documents) return Error{documents.error()};
    auto batch = check_documents(*documents, run);
    if (!batch) return Error{batch.error()};
    end.incomplete = end.incomplete || batch->incomplete;
    for (core::DocumentReport& d : batch->documents) {
      if (!on_document(d)) {
        end.stopped = true;
        return end;
      }
    }
    // What a later batch can read again from disk is dropped (SourceLibrary::drop_rereadable).
    run.library.drop_rereadable(!run.fetching.cache_dir.empty());
  }
  return end;
}

Result<std::string> run_extract(const cli::ExtractOptions& options,
                                const core::Settings& settings) {
  fetch::FetchOptions fetching =
      fetch_options(options.sources, options.offline, options.network, settings);
  if (auto ok = use_cache(fetching, options.cache, settings); !ok) return Error{ok.error()};
  auto fetcher = fetch::Fetcher::create(fetching);
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
  if (!page.unreadable_reason.empty()) {
    return Error{fmt::format("cannot read '{}': {} ({})", options.target, page.unreadable_detail,
                             page.unreadable_reason)};
  }
  return page.main.title + "\n" + page.main.text;
}

Result<SnapshotSummary> run_snapshot(const cli::SnapshotOptions& options,
                                     const core::Settings& settings, std::istream& in) {
  // 1. The documents and their reference lists.
  document::LoadOptions load;
  load.select = [&](const std::string& path) { return config::selected(settings, path); };
  auto documents = document::load_inputs(options.paths, load, in);
  if (!documents) return Error{documents.error()};
  // With --shard-hosts I/N, only the URLs whose host hashes to I: each host is fetched by one of
  // the N machines, under the per-host limits.
  const std::optional<document::Shard> hosts = document::parse_shard(options.shard_hosts);
  const auto mine = [&hosts](const std::string& url) {
    return !hosts || document::in_shard(fetch::url_host_port(url).host, *hosts);
  };
  std::vector<std::string> urls;
  const config::UrlFilter excluded(settings.exclude_urls);
  for (const core::Document& doc : *documents) {
    for (const core::Reference& ref : cite::extract_citations(doc).references) {
      if (!ref.url.empty() && excluded.excluded_by(ref.url).empty() && mine(ref.url)) {
        urls.push_back(ref.url);
      }
    }
  }
  // 2. Every source, from the cache or the network, saved as it arrives.
  fetch::FetchOptions fetching =
      fetch_options(options.sources, options.offline, options.network, settings);
  if (auto ok = use_cache(fetching, options.cache, settings); !ok) return Error{ok.error()};
  auto fetcher = fetch::Fetcher::create(fetching);
  if (!fetcher) return Error{fetcher.error()};
  auto writer = cache::SnapshotWriter::create(options.out);
  if (!writer) return Error{writer.error()};
  SnapshotSummary summary;
  std::optional<Error> failed;
  fetcher->fetch_all(urls, [&](std::size_t i, fetch::Fetched f) {
    // A source nobody looked at (offline, the deadline, a scheme never fetched) has no answer to
    // replay; every other is saved, a page that could not be read as what was said about it.
    if (f.outcome.origin != core::SourceOrigin::kNone && !failed) {
      const bool read = f.outcome.state == core::SourceState::kOk;
      auto saved = writer->add(i + 1, urls[i], f.content_type, read ? &f.body : nullptr,
                               fetch::manifest_fields(f.outcome));
      if (!saved) failed = Error{saved.error()};
      if (saved && *saved) {
        if (!read) ++summary.unread;
        return;
      }
    }
    summary.missing.push_back(fmt::format("{}: {}", urls[i], f.outcome.reason));
  });
  if (failed) return *failed;
  // 3. With --archive: every cited URL's archived copy from its article's date (a check decides
  // later which it needs), the availability answers and the raw snapshots both, so that
  // `--offline --archive` replays them.
  if (settings.archive.enabled) {
    std::vector<std::string> questions;
    std::map<std::string, bool> asked;
    for (std::size_t d = 0; d < documents->size(); ++d) {
      const core::Document& doc = (*documents)[d];
      const archive::DatedBy date = archive::document_date(doc, options.config.as_of);
      for (const core::Reference& ref : cite::extract_citations(doc).references) {
        if (ref.url.empty() || !excluded.excluded_by(ref.url).empty()) continue;
        const std::string q = archive::question_url(archive_endpoint(settings.archive), ref.url,
                                                    archive::reference_date(date, ref).date);
        if (mine(q) && asked.try_emplace(q, true).second) questions.push_back(q);
      }
    }
    std::vector<std::string> raw_urls;
    std::size_t order = urls.size();
    auto save = [&](const std::string& url, fetch::Fetched& f) {
      if (f.outcome.origin == core::SourceOrigin::kNone || failed) return false;
      const bool read = f.outcome.state == core::SourceState::kOk;
      auto saved = writer->add(++order, url, f.content_type, read ? &f.body : nullptr,
                               fetch::manifest_fields(f.outcome));
      if (!saved) failed = Error{saved.error()};
      return saved && *saved;
    };
    std::vector<fetch::Fetched> answers(questions.size());
    fetcher->fetch_all(questions,
                       [&](std::size_t i, fetch::Fetched f) { answers[i] = std::move(f); });
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (!save(questions[i], answers[i])) {
        summary.missing.push_back(fmt::format("{}: {}", questions[i], answers[i].outcome.reason));
        continue;
      }
      // A replay URL's answer is the capture itself; an availability answer names one.
      if (answers[i].outcome.state != core::SourceState::kOk ||
          archive_endpoint(settings.archive).protocol == archive::Protocol::kReplay) {
        continue;
      }
      auto snapshot = archive::parse_availability(answers[i].body);
      // The capture is fetched by the machine that asked the archive about it.
      if (snapshot && *snapshot && asked.try_emplace((*snapshot)->raw_url, true).second) {
        raw_urls.push_back((*snapshot)->raw_url);
      }
    }
    std::vector<fetch::Fetched> copies(raw_urls.size());
    fetcher->fetch_all(raw_urls,
                       [&](std::size_t i, fetch::Fetched f) { copies[i] = std::move(f); });
    for (std::size_t i = 0; i < raw_urls.size(); ++i) {
      if (!save(raw_urls[i], copies[i])) {
        summary.missing.push_back(fmt::format("{}: {}", raw_urls[i], copies[i].outcome.reason));
      }
    }
    if (failed) return *failed;
  }
  // 4. The manifest that makes the directory a sources directory.
  auto listed = writer->finish();
  if (!listed) return Error{listed.error()};
  summary.saved = *listed;
  std::sort(summary.missing.begin(), summary.missing.end());
  return summary;
}

Result<std::string> run_cache(const cli::CacheOptions& options, const core::Settings& settings) {
  fetch::FetchOptions fetching;
  if (auto ok = use_cache(fetching, options.cache, settings); !ok) return Error{ok.error()};
  if (fetching.cache_dir.empty()) return Error{"no cache directory: set --cache-dir or HOME"};
  return cache::maintain(fetching.cache_dir, options.action, fetching.max_cache_age,
                         fetching.on_cache_warning);
}

}  // namespace citecheck

namespace citecheck {
namespace {

std::vector<config::RuleDefault> rule_defaults() {
  std::vector<config::RuleDefault> out;
  for (const verdict::RuleInfo& r : verdict::rules()) out.push_back({r.id, r.severity});
  return out;
}

}  // namespace

Result<core::Settings> load_settings(const cli::ConfigChoice& choice) {
  std::vector<std::string> ids;
  for (const config::RuleDefault& r : rule_defaults()) ids.push_back(r.id);
  auto settings =
      config::load_settings(config::lookup_from_environment(choice.path, choice.none), ids);
  if (!settings) return settings;
  // The command line wins over the file.
  if (choice.fail_on) {
    settings->fail_on = *choice.fail_on;
    settings->origins["fail-on"] = "command line";
  }
  if (!choice.judge_url.empty()) {
    settings->judge.url = choice.judge_url;
    settings->origins["judge.url"] = "command line";
  }
  if (!choice.judge_model.empty()) {
    settings->judge.model = choice.judge_model;
    settings->origins["judge.model"] = "command line";
  }
  settings->judge.disabled = choice.no_judge;
  if (choice.archive) {
    settings->archive.enabled = true;
    settings->origins["archive"] = "command line";
  }
  if (!choice.archive_url.empty()) {
    settings->archive.url = choice.archive_url;
    settings->origins["archive-url"] = "command line";
  }
  return settings;
}

std::string describe_settings(const core::Settings& settings) {
  return config::describe_settings(settings, rule_defaults());
}

}  // namespace citecheck
