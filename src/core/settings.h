// Settings a repository keeps in .citecheck.toml (read by config/), merged with the defaults and
// the command line, and carried through the run as plain data. Where each value came from is kept
// too, for `citecheck config`. The network settings reach the fetch stage through
// pipeline.cc's fetch_options, where command-line flags win over them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/types.h"

namespace citecheck::core {

// Ranges a setting has whether the command line or the config file gives it, kept here so the two
// readers cannot drift apart.
template <typename T>
struct Limits {
  T low;
  T high;
};
inline constexpr Limits<double> kTimeoutSeconds{0.01, 3600};  // --timeout, timeout
inline constexpr Limits<double> kHostIntervalSeconds{0, 60};  // --host-interval, interval
inline constexpr Limits<int> kRequestsPerHost{1, 100};        // --per-host, concurrency

struct HostSettings {
  std::string host;                // "example.com"; "*.example.com": its subdomains, not itself
  std::optional<int> concurrency;  // requests at once to this host
  std::optional<double> interval;  // seconds between two request starts to this host
  std::vector<std::pair<std::string, std::string>> headers;  // extra request headers
};

// The model judge (judge/): a language model behind an OpenAI-compatible chat-completions API,
// asked whether a claim's evidence passages back it. Off unless a URL and a model are set.
enum class JudgeStyle { kVerdict, kMinicheck };
enum class JudgeScope { kAll, kUncertain };
inline constexpr Limits<int> kJudgeConcurrency{1, 256};
inline constexpr Limits<int> kJudgeEvidenceTokens{50, 100000};

struct JudgeSettings {
  std::string url;          // the API base, "http://localhost:11434/v1"; empty: no model judge
  std::string model;        // "bespoke-minicheck"
  std::string api_key_env;  // the name of the environment variable holding the key, never the key
  JudgeStyle style = JudgeStyle::kVerdict;
  int concurrency = 4;             // requests in flight to the judge
  double timeout = 60;             // seconds per request
  int max_evidence_tokens = 1200;  // of source passages sent per claim (about 4 bytes a token)
  JudgeScope scope = JudgeScope::kAll;
  bool disabled = false;  // --no-judge
  bool enabled() const { return !disabled && !url.empty() && !model.empty(); }
};

// Rescue through a web archive (archive/): dead sources, and sources that no longer back their
// claims, are asked of the archive for a copy from the article's date.
struct ArchiveSettings {
  bool enabled = false;                     // --archive, archive = true
  std::string url = "https://archive.org";  // --archive-url, archive-url: the Wayback API base
};

struct Settings {
  std::string config_file;  // the file read, as found; empty when none
  std::string base_dir;     // its directory: include and exclude globs are relative to it

  FailOn fail_on = FailOn::kError;
  // Per rule: a severity other than the default, or nothing for "off" (the rule reports nothing).
  std::map<std::string, std::optional<Severity>> rules;
  std::vector<std::string> include;       // globs a file found under a directory must match
  std::vector<std::string> exclude;       // globs that leave a file found under a directory out
  std::vector<std::string> exclude_urls;  // ICU regular expressions; a match is not fetched
  // Every sentence with a statistic or quotation needs its own citation: a later citation in the
  // same paragraph does not cover it (uncited-claim at the rule's severity, not info).
  bool cite_every_sentence = false;

  // For the fetch stage; --timeout and --user-agent win over timeout and user-agent.
  std::vector<int> accept_status;          // HTTP statuses read as pages like 2xx
  std::optional<double> timeout;           // seconds per request
  std::string user_agent;                  // empty: citecheck's own
  std::optional<long long> max_cache_age;  // seconds
  std::vector<HostSettings> hosts;
  JudgeSettings judge;
  ArchiveSettings archive;

  // Setting name ("fail-on", "rules.misquote", "hosts.\"example.com\".interval") -> where it came
  // from ("path:line:column" or "command line"); a setting missing here has its default.
  std::map<std::string, std::string> origins;
};

}  // namespace citecheck::core
