// The command line (DESIGN.md's contract), parsed with CLI11 into plain option structs. Parsing
// prints help and version itself; every other outcome is returned to main.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/settings.h"
#include "core/types.h"

namespace citecheck::cli {

enum class OutputFormat {
  kText,
  kJson,
  kSarif,
  kGithub,
  kRdjsonl,
  kJunit,
  kMarkdown,
  kHtml,
  kJsonl
};
enum class ColorMode { kAuto, kAlways, kNever };
using FailOn = core::FailOn;

// Which config file to read, and the command-line settings laid over it.
struct ConfigChoice {
  std::string path;               // --config FILE
  bool none = false;              // --no-config
  std::optional<FailOn> fail_on;  // --fail-on, when given
  std::string judge_url;          // --judge-url, over the config's [judge] url
  std::string judge_model;        // --judge-model, over its model
  bool no_judge = false;          // --no-judge: the lexical engine alone, whatever the config says
  bool archive = false;           // --archive: ask the web archive, whatever the config says
  std::string archive_url;        // --archive-url, over the config's archive-url
  std::string as_of;              // --as-of DATE ("2025-07-10"): the day citations are checked at
};

// How sources are fetched over the network (DESIGN.md's fetch options).
struct NetworkFlags {
  int concurrency = 100;
  int per_host = 4;
  double host_interval = 0.05;    // seconds between request starts on one host
  std::optional<double> timeout;  // seconds per request, from its start; unset: config, then 20
  int retries = 2;
  std::string user_agent;  // empty: the config's user-agent, then citecheck's own
  std::vector<std::string> headers;
  std::vector<std::string> connect_to;
  bool allow_private = false;
};

// The HTTP cache (DESIGN.md's cache/ stage).
struct CacheFlags {
  std::string dir;        // --cache-dir; empty: $XDG_CACHE_HOME/citecheck or ~/.cache/citecheck
  bool disabled = false;  // --no-cache
  std::string max_age;    // --max-cache-age as given ("12h", "7d", seconds); empty: config, 1 day
};

struct CheckOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::kText;
  std::vector<std::string> sources;
  bool offline = false;
  FailOn fail_on = FailOn::kError;
  std::optional<core::Format> input_format;
  std::string stdin_filename;
  ColorMode color = ColorMode::kAuto;
  bool quiet = false;
  bool verbose = false;
  NetworkFlags network;
  CacheFlags cache;
  std::optional<double> deadline;  // seconds for the whole run
  std::string shard;               // --shard I/N: this run checks shard I of N (document/shard.h)
  ConfigChoice config;
  core::Settings settings;  // not parsed here: main loads them (pipeline.h load_settings)
};

// `citecheck config`: print the settings a check here would use.
struct ConfigOptions {
  ConfigChoice config;
};

struct ExtractOptions {
  std::string target;  // a file, or a URL (from a sources directory or the network)
  std::vector<std::string> sources;
  bool offline = false;
  NetworkFlags network;
  CacheFlags cache;
  ConfigChoice config;  // the network and cache settings of .citecheck.toml apply as for a check
};

// `citecheck snapshot PATH... --out DIR`: every cited source saved as a sources directory.
struct SnapshotOptions {
  std::vector<std::string> paths;
  std::string out;
  std::vector<std::string> sources;
  bool offline = false;
  std::string shard_hosts;  // --shard-hosts I/N: only the URLs whose host hashes to I
  NetworkFlags network;
  CacheFlags cache;
  ConfigChoice config;
};

// `citecheck merge REPORT...`: shards' JSON or JSON Lines reports -> one report.
struct MergeOptions {
  std::vector<std::string> reports;
  OutputFormat format = OutputFormat::kText;
  std::string output;  // --output FILE; empty: standard output
  ColorMode color = ColorMode::kAuto;
  bool quiet = false;
  bool verbose = false;
  ConfigChoice config;  // for --fail-on and the config file's fail-on
};

// `citecheck cache stats|clear|prune`.
struct CacheOptions {
  std::string action;
  CacheFlags cache;
  ConfigChoice config;
};

// `citecheck serve`: an HTTP API running checks for CMS hooks (serve/server.h).
struct ServeOptions {
  std::string listen = "127.0.0.1:8080";  // HOST:PORT
  std::string token_env;  // the environment variable holding the bearer token; empty: none asked
  std::size_t max_body = std::size_t{2} << 20;  // bytes of a request body; larger: 413
  int max_requests = 16;                        // checks at once; more: 503
  double deadline = 60;  // seconds per request by default, and the most a request may ask for
  CheckOptions check;    // the sources, network, cache and config options every check uses
};

struct ParsedCommand {
  std::variant<std::monostate, CheckOptions, ExtractOptions, ConfigOptions, SnapshotOptions,
               CacheOptions, MergeOptions, ServeOptions>
      command;
  int exit_code =
      0;  // meaningful when `command` is empty: help or version shown (0) or an error (2)
  std::string error;  // the message for exit code 2
};

ParsedCommand parse_command_line(int argc, const char* const* argv);

// Whether a finding of `severity` fails the run under --fail-on.
bool fails(core::Severity severity, FailOn fail_on);

// What a name that --format, --input-format or --fail-on takes stands for, for other readers of
// the same names (`citecheck serve`'s requests); nullopt when it is none of them.
std::optional<OutputFormat> output_format_named(std::string_view name);
std::optional<std::optional<core::Format>> input_format_named(std::string_view name);
std::optional<FailOn> fail_on_named(std::string_view name);

}  // namespace citecheck::cli
