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

struct Settings {
  std::string config_file;  // the file read, as found; empty when none
  std::string base_dir;     // its directory: include and exclude globs are relative to it

  FailOn fail_on = FailOn::kError;
  // Per rule: a severity other than the default, or nothing for "off" (the rule reports nothing).
  std::map<std::string, std::optional<Severity>> rules;
  std::vector<std::string> include;       // globs a file found under a directory must match
  std::vector<std::string> exclude;       // globs that leave a file found under a directory out
  std::vector<std::string> exclude_urls;  // ICU regular expressions; a match is not fetched

  // For the fetch stage; --timeout and --user-agent win over timeout and user-agent.
  std::vector<int> accept_status;          // HTTP statuses read as pages like 2xx
  std::optional<double> timeout;           // seconds per request
  std::string user_agent;                  // empty: citecheck's own
  std::optional<long long> max_cache_age;  // seconds
  std::vector<HostSettings> hosts;

  // Setting name ("fail-on", "rules.misquote", "hosts.\"example.com\".interval") -> where it came
  // from ("path:line:column" or "command line"); a setting missing here has its default.
  std::map<std::string, std::string> origins;
};

}  // namespace citecheck::core
