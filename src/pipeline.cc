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
#include "fetch/fetcher.h"
#include "fetch/interrupt.h"
#include "fetch/post.h"
#include "fetch/progress.h"
#include "fetch/url.h"
#include "judge/model_judge.h"
#include "match/assess.h"
#include "match/source_index.h"
#include "source/extract.h"
#include "source/walls.h"
#include "text/ascii.h"
#include "text/nearest.h"
#include "verdict/findings.h"
#include "verdict/judge.h"

namespace citecheck {
namespace {

struct LoadedSource {
  core::SourceOutcome outcome;
  std::optional<match::SourceIndex> index;  // only when the page could be read
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

  std::size_t count_reason(const std::string& reason) const {
    return static_cast<std::size_t>(
        std::count_if(loaded_.begin(), loaded_.end(),
                      [&](const auto& kv) { return kv.second.outcome.reason == reason; }));
  }

 private:
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

// Each claim's verdict from the lexical engine; with `asks`, the claims for the model judge too.
core::DocumentReport judge_document(Extracted& e, const SourceLibrary& library,
                                    const core::JudgeSettings& judging, std::vector<ModelAsk>* asks,
                                    std::size_t document) {
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
  std::set<std::string> listed_without_url;
  for (const core::Reference& ref : index.references) {
    core::ReferenceReport r{ref, {}, {}};
    if (ref.url.empty()) {
      r.source.reason = "no-url";
      listed_without_url.insert(ref.id);
    } else {
      const LoadedSource* loaded = library.find(ref.url);
      if (loaded != nullptr) {
        r.source = loaded->outcome;
        by_id.try_emplace(ref.id, loaded);
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
  report.claims = std::move(found.claims);
  return report;
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
        verdict::claim_findings(report.claims),
        verdict::idle_citation_findings(report.claims, index),
        verdict::uncited_findings(e.found.uncited, settings.cite_every_sentence)}) {
    report.findings.insert(report.findings.end(), more.begin(), more.end());
  }
  std::erase_if(report.findings,
                [&](const core::Finding& f) { return cite::suppressed(f, index.suppressions); });
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

}  // namespace

Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in) {
  const auto started = fetch::Clock::now();
  // 1. Read every input document.
  document::LoadOptions load;
  load.format = options.input_format;
  load.stdin_filename = options.stdin_filename;
  load.select = [&](const std::string& path) { return config::selected(options.settings, path); };
  auto documents = [&] {
    const fetch::EndAtOnceOnStop at_once;  // reading files and stdin: nothing to undo
    return document::load_inputs(options.paths, load, in);
  }();
  if (!documents) return Error{documents.error()};
  // 2. Open the sources directories.
  fetch::FetchOptions fetching =
      fetch_options(options.sources, options.offline, options.network, options.settings);
  if (auto ok = use_cache(fetching, options.cache, options.settings); !ok) return Error{ok.error()};
  if (options.deadline) {
    fetching.network.deadline = started + std::chrono::duration_cast<fetch::Clock::duration>(
                                              std::chrono::duration<double>(*options.deadline));
  }
  auto fetcher = fetch::Fetcher::create(fetching);
  if (!fetcher) return Error{fetcher.error()};
  // 3. Citations, the reference list and the claims of every document.
  // The readers parse an article in one library call (gumbo, cmark-gfm) and split a one-line
  // article's sentences in one ICU pass, none of which can be asked to stop; nothing here writes
  // or needs undoing, so an interrupt ends the run at once.
  std::vector<Extracted> extracted;
  for (const core::Document& doc : *documents) {
    if (fetch::stop_requested()) return Error{"interrupted"};
    const fetch::EndAtOnceOnStop at_once;
    extracted.push_back(extract_document(doc));
  }
  // 4. Every unique cited URL, fetched once and concurrently; pages read as they arrive.
  SourceLibrary library;
  const config::UrlFilter excluded(options.settings.exclude_urls);
  std::vector<std::string> to_fetch;
  for (const std::string& url : cited_urls(extracted)) {
    if (const std::string by = excluded.excluded_by(url); !by.empty()) {
      library.exclude(url, by);
    } else {
      to_fetch.push_back(url);
    }
  }
  const bool progress = !options.quiet && isatty(STDERR_FILENO) != 0;
  library.load_all(*fetcher, to_fetch,
                   progress ? fetch::progress_line(stderr) : fetch::OnProgress{});
  if (fetch::stop_requested()) return Error{"interrupted"};  // main exits 130
  // 5. Each document's claims judged against its sources, by the lexical engine.
  const core::JudgeSettings& judging = options.settings.judge;
  if (!judging.disabled && (!judging.url.empty() || !judging.model.empty()) &&
      (judging.url.empty() || judging.model.empty())) {
    return Error{judging.url.empty()
                     ? "a judge model is set but no judge URL: give --judge-url or [judge] url"
                     : "a judge URL is set but no model: give --judge-model or [judge] model"};
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
    if (auto judged = judge_with_model(report, asks, options, fetching); !judged) {
      return Error{judged.error()};
    }
    if (fetch::stop_requested()) return Error{"interrupted"};
  }
  for (std::size_t d = 0; d < extracted.size(); ++d) {
    add_findings(extracted[d], report.documents[d], options.settings);
  }
  // 7. Sources the deadline cut off make the report incomplete, and it says so.
  if (const std::size_t late = library.count_reason("deadline"); late > 0) {
    report.incomplete = true;
    for (core::DocumentReport& d : report.documents) {
      d.notices.push_back(fmt::format(
          "the report is incomplete: the --deadline passed before {} source{} could be fetched",
          late, late == 1 ? "" : "s"));
    }
  }
  // 8. The config's rule severities, and rules turned off.
  for (core::DocumentReport& d : report.documents) {
    config::apply_rule_settings(options.settings, d.findings);
  }
  return report;
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
  std::vector<std::string> urls;
  const config::UrlFilter excluded(settings.exclude_urls);
  for (const core::Document& doc : *documents) {
    for (const core::Reference& ref : cite::extract_citations(doc).references) {
      if (!ref.url.empty() && excluded.excluded_by(ref.url).empty()) urls.push_back(ref.url);
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
  // 3. The manifest that makes the directory a sources directory.
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
  return settings;
}

std::string describe_settings(const core::Settings& settings) {
  return config::describe_settings(settings, rule_defaults());
}

}  // namespace citecheck
