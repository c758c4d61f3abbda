// `citecheck PATH...` and `citecheck check PATH...` are the same command; `extract`, `config`,
// `snapshot` and `cache` are picked by their first word. CLI11 reports errors as exceptions, which
// end here as one message line.
#include "cli/options.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "archive/dates.h"
#include "archive/wayback.h"
#include "core/version.h"
#include "document/shard.h"
#include "text/ascii.h"
#include "text/nearest.h"

namespace citecheck::cli {
namespace {

// An enumerated option's names, in the order --help and errors list them.
template <typename T>
using Choices = std::vector<std::pair<std::string, T>>;

const Choices<OutputFormat> kFormats = {
    {"text", OutputFormat::kText},     {"json", OutputFormat::kJson},
    {"jsonl", OutputFormat::kJsonl},   {"sarif", OutputFormat::kSarif},
    {"github", OutputFormat::kGithub}, {"rdjsonl", OutputFormat::kRdjsonl},
    {"junit", OutputFormat::kJunit},   {"markdown", OutputFormat::kMarkdown},
    {"html", OutputFormat::kHtml}};
const Choices<ColorMode> kColors = {
    {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
const Choices<FailOn> kFailOn = {{"error", FailOn::kError},
                                 {"warning", FailOn::kWarning},
                                 {"info", FailOn::kInfo},
                                 {"never", FailOn::kNever}};
// "auto": from the extension, or the content for stdin.
const Choices<std::optional<core::Format>> kInputFormats = {{"auto", std::nullopt},
                                                            {"text", core::Format::kText},
                                                            {"markdown", core::Format::kMarkdown},
                                                            {"html", core::Format::kHtml}};
const Choices<std::string> kCacheActions = {
    {"stats", "stats"}, {"clear", "clear"}, {"prune", "prune"}};

template <typename T>
std::string joined_names(const Choices<T>& choices, std::string_view separator) {
  std::string out;
  for (const auto& [name, value] : choices) {
    if (!out.empty()) out += separator;
    out += name;
  }
  return out;
}

// An option whose value is one of `choices`' names, in any case. CLI11's CheckedTransformer, used
// before, also took the enum's numbers (--format 3) and showed its name->number map in --help and
// in errors.
template <typename Target, typename T>
CLI::Option* add_choice(CLI::App& app, const std::string& flag, Target& target,
                        const Choices<T>& choices, const std::string& description) {
  const auto find = [&choices](const std::string& given) {
    return std::find_if(choices.begin(), choices.end(), [&](const auto& choice) {
      return choice.first == text::lower_ascii(given);
    });
  };
  return app
      .add_option_function<std::string>(
          flag, [&target, find](const std::string& given) { target = find(given)->second; },
          description)
      ->check(CLI::Validator(
          [&choices, find](const std::string& given) -> std::string {
            if (find(given) != choices.end()) return "";
            return fmt::format("'{}' is not one of {}", given, joined_names(choices, ", "));
          },
          ""))
      ->type_name(joined_names(choices, "|"));
}

void add_source_options(CLI::App& app, std::vector<std::string>& sources, bool& offline) {
  app.add_option("--sources", sources,
                 "Sources directory (DIR/manifest.tsv lists http(s) URL<TAB>FILE, each URL once); "
                 "repeatable")
      ->type_name("DIR")
      ->take_all()
      ->allow_extra_args(false);
  app.add_flag("--offline", offline,
               "Never use the network: sources directories and the cache only");
}

void add_cache_options(CLI::App& app, CacheFlags& c) {
  app.add_option("--cache-dir", c.dir,
                 "HTTP cache directory (default: $XDG_CACHE_HOME/citecheck or ~/.cache/citecheck)")
      ->type_name("DIR");
  app.add_flag("--no-cache", c.disabled, "Neither read nor write the HTTP cache");
  app.add_option("--max-cache-age", c.max_age,
                 "Age after which a cached page is revalidated: seconds, or 30m, 12h, 7d, 2w "
                 "(default: 1d)")
      ->type_name("DURATION");
}

// HOST:PORT:HOST2:PORT2 with IPv6 hosts in brackets, as curl's --connect-to.
std::string check_connect_to(const std::string& value) {
  int fields = 1;
  bool bracket = false;
  for (const char c : value) {
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (c == ':' && !bracket) ++fields;
  }
  return fields == 4 ? "" : "expected HOST:PORT:HOST2:PORT2";
}

// 'Name: value' with a name of HTTP token characters (RFC 9110), as curl's -H. curl leaves out a
// line without a colon, so a mistyped header would be dropped without a word.
std::string check_header(const std::string& value) {
  const auto colon = value.find(':');
  const std::string_view name(value.data(), colon == std::string::npos ? 0 : colon);
  if (text::is_http_token(name)) return "";
  return fmt::format("'{}' is not a header: expected 'Name: value'", value);
}

// An API base (the judge's, the archive's): an http(s) URL, or an error giving `example`.
CLI::Validator http_url(const char* example) {
  return CLI::Validator(
      [example](const std::string& value) -> std::string {
        if (value.starts_with("http://") || value.starts_with("https://")) return "";
        return fmt::format("'{}' is not an http(s) URL such as {}", value, example);
      },
      "");
}

// The archive: an availability API base, or replay: and a Wayback-style collection's base.
std::string check_archive_url(const std::string& value) {
  if (archive::parse_endpoint(value)) return "";
  return fmt::format(
      "'{}' is not an http(s) URL such as https://archive.org, or replay: and one such as "
      "replay:http://localhost:8080/my-coll",
      value);
}

// --shard: I/N with 0 <= I < N.
std::string check_shard(const std::string& value) {
  if (document::parse_shard(value)) return "";
  return fmt::format("'{}' is not a shard such as 0/4: I/N with 0 <= I < N <= 1000000", value);
}

// --as-of: a day of the calendar.
std::string check_date(const std::string& value) {
  if (archive::parse_date(value)) return "";
  return fmt::format("'{}' is not a date such as 2025-07-10", value);
}

// A number of seconds from `low` to `high`. CLI::Range lets "nan" through (every comparison with
// it is false), and its message prints six decimals.
CLI::Validator seconds_in(double low, double high) {
  return CLI::Validator(
      [low, high](const std::string& given) -> std::string {
        double v = 0;
        const bool number = CLI::detail::lexical_cast(given, v);
        if (number && std::isfinite(v) && v >= low && v <= high) return "";
        return fmt::format("'{}' is not a number of seconds from {} to {}", given, low, high);
      },
      "");
}

// A whole number from `low` to `high`. CLI::Range shows 'INT in [1 - 1000]' in --help, so the
// range goes in the option's description instead.
CLI::Validator count_in(int low, int high) {
  return CLI::Validator(
      [low, high](const std::string& given) -> std::string {
        int v = 0;
        if (CLI::detail::lexical_cast(given, v) && v >= low && v <= high) return "";
        return fmt::format("'{}' is not a whole number from {} to {}", given, low, high);
      },
      "");
}

void add_network_options(CLI::App& app, NetworkFlags& n) {
  app.add_option("--concurrency", n.concurrency,
                 "Requests in flight at once (1 to 1000; default: 100)")
      ->check(count_in(1, 1000))
      ->type_name("N");
  constexpr auto per_host = core::kRequestsPerHost;
  app.add_option("--per-host", n.per_host,
                 fmt::format("Requests in flight to one host ({} to {}; default: 4)", per_host.low,
                             per_host.high))
      ->check(count_in(per_host.low, per_host.high))
      ->type_name("N");
  constexpr auto interval = core::kHostIntervalSeconds;
  app.add_option("--host-interval", n.host_interval,
                 fmt::format("Seconds between request starts on one host ({} to {}; default: 0.05)",
                             interval.low, interval.high))
      ->check(seconds_in(interval.low, interval.high))
      ->type_name("SECONDS");
  constexpr auto timeout = core::kTimeoutSeconds;
  app.add_option("--timeout", n.timeout,
                 fmt::format("Seconds per request, from its start ({} to {}; default: 20)",
                             timeout.low, timeout.high))
      ->check(seconds_in(timeout.low, timeout.high))
      ->type_name("SECONDS");
  app.add_option("--retries", n.retries,
                 "Retries after 408, 429, 5xx, timeouts and resets (0 to 10; default: 2)")
      ->check(count_in(0, 10))
      ->type_name("N");
  app.add_option("--user-agent", n.user_agent, "User-Agent header (default: citecheck/VERSION)")
      ->type_name("TEXT");
  app.add_option("--header", n.headers, "Extra request header 'Name: value'; repeatable")
      ->type_name("HEADER")
      ->check(check_header)
      ->take_all()
      ->allow_extra_args(false);
  app.add_option("--connect-to", n.connect_to,
                 "Connect to HOST2:PORT2 for HOST:PORT, as curl's; repeatable")
      ->type_name("HOST:PORT:HOST2:PORT2")
      ->check(check_connect_to)  // no description: CLI11 would add it to the type name in --help
      ->take_all()
      ->allow_extra_args(false);
  app.add_flag("--allow-private", n.allow_private,
               "Allow requests to loopback, private and link-local addresses");
}

// --config and --no-config: every command that reads the config file.
void add_config_file_options(CLI::App& app, ConfigChoice& choice) {
  app.add_option("--config", choice.path,
                 "Read settings from FILE instead of the .citecheck.toml found (see man page)")
      ->type_name("FILE");
  app.add_flag("--no-config", choice.none, "Read no config file: defaults and flags only");
}

// --archive, --archive-url and --as-of: check, config and snapshot.
void add_archive_options(CLI::App& app, ConfigChoice& choice) {
  app.add_flag("--archive", choice.archive,
               "Ask the web archive for a copy of each dead source, and of each source that does "
               "not back its claim, from the article's date (config: archive = true)");
  app.add_option(
         "--archive-url", choice.archive_url,
         "The archive: its Wayback availability API base (default: https://archive.org), or "
         "replay:BASE for a pywb-style collection (config: archive-url)")
      ->type_name("URL")
      ->check(check_archive_url);
  app.add_option("--as-of", choice.as_of,
                 "The day to ask the archive for, over the article's own date (YYYY-MM-DD)")
      ->type_name("DATE")
      ->check(check_date);
}

// ... and --fail-on, for check and for config, which shows the settings a check would use.
void add_config_options(CLI::App& app, ConfigChoice& choice) {
  add_config_file_options(app, choice);
  add_archive_options(app, choice);
  add_choice(app, "--fail-on", choice.fail_on, kFailOn,
             "Lowest severity that makes the exit status 1 (default: error)");
  app.add_option("--judge-url", choice.judge_url,
                 "Judge claims with a model behind this OpenAI-compatible API base, e.g. "
                 "http://localhost:11434/v1 (config: [judge] url)")
      ->type_name("URL")
      ->check(http_url("http://localhost:11434/v1"));
  app.add_option("--judge-model", choice.judge_model,
                 "The model the judge asks (config: [judge] model)")
      ->type_name("NAME");
  app.add_flag("--no-judge", choice.no_judge,
               "No model judge, whatever the config says: the lexical engine alone");
}

// --color, --quiet and --verbose: how the text report reads (check and merge).
void add_text_report_options(CLI::App& app, ColorMode& color, bool& quiet, bool& verbose) {
  add_choice(app, "--color", color, kColors,
             "Colour in the text report (NO_COLOR is honoured by auto)");
  app.add_flag("-q,--quiet", quiet, "Findings only: no supported claims, no evidence");
  app.add_flag("-v,--verbose", verbose, "Also list every reference's source state");
}

void add_version(CLI::App& app) {
  app.set_version_flag("--version", fmt::format("citecheck {}", kVersion),
                       "Print the version and exit");
}

// "; did you mean '--format'?" for the first mistyped flag among `extras`, or "".
std::string flag_suggestion(const CLI::App& app, const std::vector<std::string>& extras) {
  std::vector<std::string> flags;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) flags.push_back("--" + name);
  }
  for (const std::string& extra : extras) {
    if (!extra.starts_with("--")) continue;
    const std::string flag = extra.substr(0, extra.find('='));
    if (std::string hint = text::did_you_mean(flag, flags); !hint.empty()) return hint;
  }
  return "";
}

// Nothing when parsing succeeded; otherwise what main should do (help shown, or an error).
std::optional<ParsedCommand> run_parser(CLI::App& app, std::vector<std::string> args) {
  ParsedCommand stop;
  std::reverse(args.begin(), args.end());  // CLI11 takes its vector in reverse order
  try {
    app.parse(args);
    return std::nullopt;
  } catch (const CLI::CallForHelp& e) {
    stop.exit_code = app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    stop.exit_code = app.exit(e);
  } catch (const CLI::ExtrasError&) {
    // CLI11 2.1's message lists the extras last first (it joins remaining(), which is in the
    // order typed, from the end).
    const std::vector<std::string> extras = app.remaining();
    stop.exit_code = 2;
    stop.error =
        fmt::format("unexpected argument{}: {}{} (see --help)", extras.size() > 1 ? "s" : "",
                    CLI::detail::join(extras, " "), flag_suggestion(app, extras));
  } catch (const CLI::ParseError& e) {
    stop.exit_code = 2;
    // A required option missing because it was mistyped ("--ot x" for "--out x"): the typo is
    // what to name.
    stop.error = fmt::format("{} (see --help)", e.what());
    for (const std::string& extra : app.remaining()) {
      if (std::string hint = flag_suggestion(app, {extra}); !hint.empty()) {
        stop.error =
            fmt::format("{}, and '{}' is not an option{} (see --help)", e.what(), extra, hint);
        break;
      }
    }
  }
  return stop;
}

// Parses `args` into `o` (whose options `app` is bound to): the command, or why there is none.
template <typename Options>
ParsedCommand parse_into(CLI::App& app, std::vector<std::string> args, Options&& o) {
  if (auto stop = run_parser(app, std::move(args))) return std::move(*stop);
  ParsedCommand parsed;
  parsed.command = std::forward<Options>(o);
  return parsed;
}

ParsedCommand parse_check(std::vector<std::string> args) {
  CLI::App app{
      "Check that an article's citations back its claims: every cited source is read and each "
      "claim is reported as supported, partial, unsupported, contradicted or unverifiable.",
      "citecheck"};
  app.footer(
      "Commands: citecheck [check] PATH... (this one), and extract, snapshot, merge, cache, "
      "config, serve (citecheck COMMAND --help for each).\n"
      "Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 usage or input error, "
      "130 interrupted (SIGINT or SIGTERM).\n"
      "See man citecheck for the rules and the sources directory format; the JSON report's "
      "contract is docs/report.schema.json.");
  add_version(app);
  CheckOptions o;
  app.add_option(
         "PATH", o.paths,
         "Article file, directory (searched for .md .markdown .html .htm .txt), or - for stdin")
      ->required();
  add_choice(app, "--format", o.format, kFormats,
             "Output format; jsonl writes each document's report as one JSON line as soon as it "
             "is judged, then a summary line, in bounded memory");
  add_source_options(app, o.sources, o.offline);
  add_config_options(app, o.config);
  add_choice(app, "--input-format", o.input_format, kInputFormats,
             "Article format (default: from the extension, or the content for stdin)");
  app.add_option("--stdin-filename", o.stdin_filename, "Name to report for the article read from -")
      ->type_name("NAME");
  add_text_report_options(app, o.color, o.quiet, o.verbose);
  add_network_options(app, o.network);
  add_cache_options(app, o.cache);
  app.add_option("--deadline", o.deadline,
                 "Seconds for the whole run (0 to 1000000); sources not fetched by then are not "
                 "checked")
      ->check(seconds_in(0, 1e6))
      ->type_name("SECONDS");
  app.add_option("--shard", o.shard,
                 "Check only shard I of N of the documents (by a stable hash of each path), for a "
                 "CI matrix or an indexed batch job")
      ->type_name("I/N")
      ->check(check_shard);
  if (auto stop = run_parser(app, std::move(args))) return std::move(*stop);
  ParsedCommand parsed;
  if (o.config.fail_on) o.fail_on = *o.config.fail_on;
  parsed.command = std::move(o);
  return parsed;
}

ParsedCommand parse_extract(std::vector<std::string> args) {
  CLI::App app{
      "Print a source's main text as the matcher sees it: the title on the first line, "
      "then the text.",
      "citecheck extract"};
  add_version(app);
  ExtractOptions o;
  app.add_option("TARGET", o.target, "An HTML or text file, or a URL")->required();
  add_source_options(app, o.sources, o.offline);
  add_network_options(app, o.network);
  add_cache_options(app, o.cache);
  add_config_file_options(app, o.config);
  return parse_into(app, std::move(args), std::move(o));
}

ParsedCommand parse_snapshot(std::vector<std::string> args) {
  CLI::App app{
      "Fetch every source the articles cite (or take it from the cache) and save the sources as "
      "a sources directory, which --sources DIR --offline replays.",
      "citecheck snapshot"};
  add_version(app);
  SnapshotOptions o;
  app.add_option("PATH", o.paths, "Article file, directory, or - for stdin")->required();
  app.add_option("--out", o.out, "The sources directory to write (created)")
      ->type_name("DIR")
      ->required();
  add_source_options(app, o.sources, o.offline);
  app.add_option("--shard-hosts", o.shard_hosts,
                 "Fetch only the cited URLs whose host hashes to I of N, so that N machines "
                 "share the hosts and each host is fetched by one of them")
      ->type_name("I/N")
      ->check(check_shard);
  add_config_file_options(app, o.config);
  add_archive_options(app, o.config);
  add_network_options(app, o.network);
  add_cache_options(app, o.cache);
  return parse_into(app, std::move(args), std::move(o));
}

ParsedCommand parse_merge(std::vector<std::string> args) {
  CLI::App app{
      "Merge the JSON or JSON Lines reports of shards (--shard I/N) into the report one run over "
      "all their documents gives, in any format: documents in path order, summaries summed, the "
      "exit status as that run's.",
      "citecheck merge"};
  app.footer(
      "Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 a report that cannot "
      "be read, is truncated, or was written by another schema_version or citecheck version.");
  add_version(app);
  MergeOptions o;
  app.add_option("REPORT", o.reports, "A shard's report: JSON (--format json) or JSON Lines")
      ->required();
  add_choice(app, "--format", o.format, kFormats, "Output format");
  app.add_option("--output", o.output, "Write the report to FILE instead of standard output")
      ->type_name("FILE");
  add_text_report_options(app, o.color, o.quiet, o.verbose);
  add_config_file_options(app, o.config);
  add_choice(app, "--fail-on", o.config.fail_on, kFailOn,
             "Lowest severity that makes the exit status 1 (default: error)");
  return parse_into(app, std::move(args), std::move(o));
}

ParsedCommand parse_cache(std::vector<std::string> args) {
  CLI::App app{
      "The HTTP cache: stats (entries, size, oldest entry), clear (remove every entry), prune "
      "(remove entries older than --max-cache-age).",
      "citecheck cache"};
  add_version(app);
  CacheOptions o;
  add_choice(app, "ACTION", o.action, kCacheActions, "What to do with the cache (see above)")
      ->required();
  app.add_option("--cache-dir", o.cache.dir, "HTTP cache directory")->type_name("DIR");
  app.add_option("--max-cache-age", o.cache.max_age, "prune: the age past which entries go")
      ->type_name("DURATION");
  add_config_file_options(app, o.config);
  return parse_into(app, std::move(args), std::move(o));
}

// HOST:PORT with a port from 0 to 65535 (0: one the system picks); an IPv6 host in brackets.
std::string check_listen(const std::string& value) {
  const auto colon = value.rfind(':');
  int port = -1;
  const bool ok = colon != std::string::npos && colon > 0 &&
                  CLI::detail::lexical_cast(value.substr(colon + 1), port) && port >= 0 &&
                  port <= 65535;
  return ok ? "" : fmt::format("'{}' is not HOST:PORT, such as 127.0.0.1:8080", value);
}

ParsedCommand parse_serve(std::vector<std::string> args) {
  CLI::App app{
      "Serve checks over HTTP for a CMS pre-publish hook: POST /v1/check with a draft answers "
      "with its report; GET /healthz, GET /v1/version. Every request shares one HTTP cache, and "
      "a URL cited by several requests at once is fetched once.",
      "citecheck serve"};
  app.footer(
      "SIGTERM or SIGINT stops accepting, lets the requests in flight finish, and exits 0; a "
      "second signal ends at once (130). Exit status 2: bad options, or --listen cannot be "
      "bound.\nSee man citecheck (SERVE) for the API.");
  add_version(app);
  ServeOptions o;
  CheckOptions& c = o.check;
  app.add_option("--listen", o.listen, "Address to listen on (default: 127.0.0.1:8080)")
      ->type_name("HOST:PORT")
      ->check(check_listen);
  app.add_option("--token-env", o.token_env,
                 "Require 'Authorization: Bearer TOKEN' on /v1/, TOKEN being this environment "
                 "variable's value")
      ->type_name("NAME");
  app.add_option("--max-body", o.max_body,
                 "Largest request body in bytes; larger ones get 413 (default: 2097152)")
      ->type_name("BYTES");
  app.add_option("--max-requests", o.max_requests,
                 "Checks at once (1 to 1000; default: 16); more get 503 with Retry-After")
      ->check(count_in(1, 1000))
      ->type_name("N");
  app.add_option("--deadline", o.deadline,
                 "Seconds per request (default: 60), and the most a request's own deadline may "
                 "ask; the answer then is the partial report, marked incomplete")
      ->check(seconds_in(0, 1e6))
      ->type_name("SECONDS");
  add_source_options(app, c.sources, c.offline);
  add_config_options(app, c.config);
  add_network_options(app, c.network);
  add_cache_options(app, c.cache);
  if (auto stop = run_parser(app, std::move(args))) return std::move(*stop);
  if (o.max_body == 0) {
    ParsedCommand bad;
    bad.exit_code = 2;
    bad.error = "--max-body: give a number of bytes above 0 (see --help)";
    return bad;
  }
  if (c.config.fail_on) c.fail_on = *c.config.fail_on;
  ParsedCommand parsed;
  parsed.command = std::move(o);
  return parsed;
}

ParsedCommand parse_config(std::vector<std::string> args) {
  CLI::App app{
      "Print the settings a check in this directory would use, as TOML, with the file and line "
      "each came from.",
      "citecheck config"};
  add_version(app);
  ConfigOptions o;
  add_config_options(app, o.config);
  return parse_into(app, std::move(args), std::move(o));
}

}  // namespace

ParsedCommand parse_command_line(int argc, const char* const* argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "extract") {
    args.erase(args.begin());
    return parse_extract(std::move(args));
  }
  if (!args.empty() && args.front() == "config") {
    args.erase(args.begin());
    return parse_config(std::move(args));
  }
  if (!args.empty() && args.front() == "snapshot") {
    args.erase(args.begin());
    return parse_snapshot(std::move(args));
  }
  if (!args.empty() && args.front() == "merge") {
    args.erase(args.begin());
    return parse_merge(std::move(args));
  }
  if (!args.empty() && args.front() == "cache") {
    args.erase(args.begin());
    return parse_cache(std::move(args));
  }
  if (!args.empty() && args.front() == "serve") {
    args.erase(args.begin());
    return parse_serve(std::move(args));
  }
  if (!args.empty() && args.front() == "check") args.erase(args.begin());
  // "chek draft.md": a first word that is no file but nearly a command is a typo, not an input.
  if (!args.empty() && !args.front().starts_with("-") && !std::filesystem::exists(args.front())) {
    const std::string command = text::nearest(
        args.front(), {"check", "extract", "snapshot", "merge", "cache", "config", "serve"});
    if (!command.empty()) {
      ParsedCommand parsed;
      parsed.exit_code = 2;
      parsed.error = fmt::format(
          "'{}' is neither a file nor a command; did you mean '{}'? (see "
          "--help)",
          args.front(), command);
      return parsed;
    }
  }
  if (args.empty()) {
    ParsedCommand parsed;
    parsed.exit_code = 2;
    parsed.error = "no input: give an article file, a directory, or - for stdin (see --help)";
    return parsed;
  }
  return parse_check(std::move(args));
}

bool fails(core::Severity severity, FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kError:
      return severity == core::Severity::kError;
    case FailOn::kWarning:
      return severity != core::Severity::kInfo;
    case FailOn::kInfo:
      return true;
    case FailOn::kNever:
      return false;
  }
  return false;
}

namespace {

template <typename T>
std::optional<T> named(const Choices<T>& choices, std::string_view name) {
  for (const auto& [word, value] : choices) {
    if (word == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<OutputFormat> output_format_named(std::string_view name) {
  return named(kFormats, name);
}

std::optional<std::optional<core::Format>> input_format_named(std::string_view name) {
  return named(kInputFormats, name);
}

std::optional<FailOn> fail_on_named(std::string_view name) { return named(kFailOn, name); }

}  // namespace citecheck::cli
