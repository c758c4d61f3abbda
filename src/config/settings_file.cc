// The config stage's adapter for toml++ (the only file that includes it): reads .citecheck.toml
// into core::Settings before the pipeline runs. Every key is checked, and an unknown one is an
// error too, so that a misspelt setting is not silently ignored; each message starts with
// FILE:LINE:COLUMN of the offending key or value.
#include "config/settings_file.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "archive/wayback.h"
#include "config/url_filter.h"
#include "text/ascii.h"
#include "text/nearest.h"

namespace citecheck::config {
namespace {

// A host name as a URL spells it: labels of ASCII letters, digits, hyphens and underscores between
// dots, none of them empty (so an IPv4 address is one too); or an IPv6 address, which URLs put in
// brackets but host names carry without ("::1").
bool is_ipv6_address(std::string_view name) {
  const auto colons = std::count(name.begin(), name.end(), ':');
  return colons >= 2 && std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                  c == ':' || c == '.';
         });
}

bool is_host_name(std::string_view name) {
  if (is_ipv6_address(name)) return true;
  std::size_t label = 0;  // length of the label read so far
  for (const char c : name) {
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_') {
      ++label;
    } else {
      return false;
    }
  }
  return label > 0;
}

// What fetch/host_rules.cc can match a [hosts."NAME"] table by: a host name, or "*." and a
// domain. Anything else would match no host, and the table would be ignored without a word.
bool is_host_pattern(std::string_view name) {
  if (name.starts_with("*.")) name.remove_prefix(2);
  return is_host_name(name);
}

// A setting that cannot be used: where it is and why.
struct Bad {
  toml::source_region where;
  std::string why;
};

class Reader {
 public:
  Reader(std::string path, const std::vector<std::string>& rule_ids)
      : path_(std::move(path)), rule_ids_(rule_ids) {}

  // Fills `s` from the document; the first problem found, if any.
  std::optional<Bad> read(const toml::table& root, core::Settings& s) {
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      std::optional<Bad> bad;
      if (name == "fail-on") {
        bad = read_fail_on(node, s);
      } else if (name == "include" || name == "exclude" || name == "exclude-urls") {
        auto& list = name == "include" ? s.include : name == "exclude" ? s.exclude : s.exclude_urls;
        bad = read_strings(node, list, name == "exclude-urls");
      } else if (name == "accept-status") {
        bad = read_statuses(node, s.accept_status);
      } else if (name == "timeout") {
        bad = read_seconds(node, s.timeout, core::kTimeoutSeconds.low, core::kTimeoutSeconds.high);
      } else if (name == "cite-every-sentence") {
        const auto* v = node.as_boolean();
        if (v == nullptr) {
          bad = Bad{node.source(), "expected true or false"};
        } else {
          s.cite_every_sentence = v->get();
        }
      } else if (name == "archive") {
        const auto* v = node.as_boolean();
        if (v == nullptr) {
          bad = Bad{node.source(), "expected true or false"};
        } else {
          s.archive.enabled = v->get();
        }
      } else if (name == "archive-url") {
        bad = read_string(node, s.archive.url);
        if (!bad && !archive::parse_endpoint(s.archive.url)) {
          bad = Bad{node.source(), fmt::format("archive-url '{}' is not an http(s) URL such as "
                                               "https://archive.org, or replay: and one such as "
                                               "replay:http://localhost:8080/my-coll",
                                               s.archive.url)};
        }
      } else if (name == "user-agent") {
        bad = read_string(node, s.user_agent);
      } else if (name == "max-cache-age") {
        bad = read_cache_age(node, s.max_cache_age);
      } else if (name == "rules") {
        bad = read_rules(node, s);
      } else if (name == "hosts") {
        bad = read_hosts(node, s);
      } else if (name == "judge") {
        bad = read_judge(node, s);
      } else {
        return Bad{
            key.source(),
            fmt::format("unknown setting '{}'{}", name,
                        text::did_you_mean(
                            name, {"fail-on", "include", "exclude", "exclude-urls", "accept-status",
                                   "timeout", "user-agent", "max-cache-age", "cite-every-sentence",
                                   "archive", "archive-url", "rules", "hosts", "judge"}))};
      }
      if (bad) return bad;
      if (name != "rules" && name != "hosts" && name != "judge")
        s.origins[name] = origin(node.source());
    }
    return std::nullopt;
  }

  std::string origin(const toml::source_region& r) const {
    return fmt::format("{}:{}:{}", path_, r.begin.line, r.begin.column);
  }

 private:
  static std::optional<Bad> read_string(const toml::node& node, std::string& out) {
    const auto* v = node.as_string();
    if (v == nullptr || v->get().empty()) return Bad{node.source(), "expected a non-empty string"};
    out = v->get();
    return std::nullopt;
  }

  static std::optional<Bad> read_fail_on(const toml::node& node, core::Settings& s) {
    static const std::pair<const char*, core::FailOn> kNames[] = {
        {"error", core::FailOn::kError},
        {"warning", core::FailOn::kWarning},
        {"info", core::FailOn::kInfo},
        {"never", core::FailOn::kNever}};
    std::string value;
    if (auto bad = read_string(node, value)) return bad;
    for (const auto& [word, level] : kNames) {
      if (value == word) {
        s.fail_on = level;
        return std::nullopt;
      }
    }
    return Bad{node.source(),
               fmt::format("fail-on is '{}'; expected error, warning, info or never", value)};
  }

  static std::optional<Bad> read_strings(const toml::node& node, std::vector<std::string>& out,
                                         bool regexes) {
    const auto* array = node.as_array();
    if (array == nullptr) return Bad{node.source(), "expected an array of strings"};
    for (const toml::node& item : *array) {
      std::string value;
      if (auto bad = read_string(item, value)) return bad;
      if (regexes) {
        if (auto why = url_pattern_error(value)) return Bad{item.source(), std::move(*why)};
      }
      out.push_back(std::move(value));
    }
    return std::nullopt;
  }

  static std::optional<Bad> read_statuses(const toml::node& node, std::vector<int>& out) {
    const auto* array = node.as_array();
    if (array == nullptr) return Bad{node.source(), "expected an array of HTTP status codes"};
    for (const toml::node& item : *array) {
      const auto* v = item.as_integer();
      // Up to 999, as HTTP allows: some sites answer with made-up codes such as 999.
      if (v == nullptr || v->get() < 100 || v->get() > 999) {
        return Bad{item.source(), "expected an HTTP status code from 100 to 999"};
      }
      out.push_back(static_cast<int>(v->get()));
    }
    return std::nullopt;
  }

  // A number of seconds from `min` to `max`, the range of the command-line flag it stands for.
  static std::optional<Bad> read_seconds(const toml::node& node, std::optional<double>& out,
                                         double min, double max) {
    const std::optional<double> v = node.value<double>();  // integers convert too
    if (!v || !(*v >= min && *v <= max)) {                 // written so that nan is refused
      return Bad{node.source(),
                 fmt::format("expected a number of seconds from {} to {}", min, max)};
    }
    out = *v;
    return std::nullopt;
  }

  static std::optional<Bad> read_cache_age(const toml::node& node, std::optional<long long>& out) {
    std::optional<long long> seconds;
    if (const auto* i = node.as_integer(); i != nullptr && i->get() >= 0) seconds = i->get();
    if (const auto* text = node.as_string()) seconds = parse_duration(text->get());
    if (!seconds) {
      return Bad{
          node.source(),
          "expected seconds or a duration such as \"45s\", \"30m\", \"12h\", \"7d\", \"2w\""};
    }
    out = seconds;
    return std::nullopt;
  }

  std::optional<Bad> read_rules(const toml::node& node, core::Settings& s) const {
    const auto* table = node.as_table();
    if (table == nullptr) return Bad{node.source(), "expected a table of rule = severity"};
    for (const auto& [key, value] : *table) {
      const std::string rule(key.str());
      if (std::find(rule_ids_.begin(), rule_ids_.end(), rule) == rule_ids_.end()) {
        return Bad{key.source(),
                   fmt::format("unknown rule '{}'{}", rule, text::did_you_mean(rule, rule_ids_))};
      }
      std::string level;
      if (auto bad = read_string(value, level)) return bad;
      if (level == "off") {
        s.rules[rule] = std::nullopt;
      } else if (level == "error" || level == "warning" || level == "info") {
        s.rules[rule] = level == "error"     ? core::Severity::kError
                        : level == "warning" ? core::Severity::kWarning
                                             : core::Severity::kInfo;
      } else {
        return Bad{
            value.source(),
            fmt::format("rule {} is '{}'; expected error, warning, info or off", rule, level)};
      }
      s.origins["rules." + rule] = origin(value.source());
    }
    return std::nullopt;
  }

  std::optional<Bad> read_host(const std::string& host, const toml::table& table,
                               core::Settings& s) const {
    core::HostSettings h;
    h.host = host;
    for (const auto& [key, value] : table) {
      const std::string name(key.str());
      const std::string setting = fmt::format("hosts.\"{}\".{}", host, name);
      if (name == "concurrency") {
        const auto* v = value.as_integer();
        constexpr auto limits = core::kRequestsPerHost;
        if (v == nullptr || v->get() < limits.low || v->get() > limits.high) {
          return Bad{value.source(), fmt::format("expected a number of requests from {} to {}",
                                                 limits.low, limits.high)};
        }
        h.concurrency = static_cast<int>(v->get());
      } else if (name == "interval") {
        const auto limits = core::kHostIntervalSeconds;
        if (auto bad = read_seconds(value, h.interval, limits.low, limits.high)) return bad;
      } else if (name == "headers") {
        const auto* headers = value.as_table();
        if (headers == nullptr) return Bad{value.source(), "expected a table of header = value"};
        for (const auto& [header, text] : *headers) {
          if (!text::is_http_token(header.str())) {
            return Bad{header.source(), fmt::format("'{}' is not a header name", header.str())};
          }
          std::string v;
          if (auto bad = read_string(text, v)) return bad;
          h.headers.emplace_back(std::string(header.str()), std::move(v));
        }
      } else {
        return Bad{key.source(), fmt::format("unknown host setting '{}'", name)};
      }
      s.origins[setting] = origin(value.source());
    }
    s.hosts.push_back(std::move(h));
    return std::nullopt;
  }

  std::optional<Bad> read_hosts(const toml::node& node, core::Settings& s) const {
    const auto* table = node.as_table();
    if (table == nullptr) return Bad{node.source(), "expected [hosts.\"name\"] tables"};
    for (const auto& [key, value] : *table) {
      if (!is_host_pattern(key.str())) {
        return Bad{key.source(),
                   fmt::format("'{}' is not a host name or '*.' and a domain", key.str())};
      }
      const auto* host = value.as_table();
      if (host == nullptr) return Bad{value.source(), "expected a table of host settings"};
      if (auto bad = read_host(std::string(key.str()), *host, s)) return bad;
    }
    return std::nullopt;
  }

  // [judge]: the model judge (core::JudgeSettings).
  std::optional<Bad> read_judge(const toml::node& node, core::Settings& s) const {
    const auto* table = node.as_table();
    if (table == nullptr) return Bad{node.source(), "expected a [judge] table"};
    core::JudgeSettings& j = s.judge;
    for (const auto& [key, value] : *table) {
      const std::string name(key.str());
      std::optional<Bad> bad;
      if (name == "url") {
        bad = read_string(value, j.url);
        if (!bad && !j.url.starts_with("http://") && !j.url.starts_with("https://")) {
          bad = Bad{value.source(), fmt::format("judge url '{}' is not an http(s) URL", j.url)};
        }
      } else if (name == "model") {
        bad = read_string(value, j.model);
      } else if (name == "api-key-env") {
        bad = read_string(value, j.api_key_env);
        if (!bad && !is_environment_name(j.api_key_env)) {
          bad = Bad{value.source(),
                    fmt::format("'{}' is not the name of an environment variable (the key "
                                "itself never goes in the config)",
                                j.api_key_env)};
        }
      } else if (name == "style" || name == "scope") {
        std::string word;
        bad = read_string(value, word);
        if (!bad && name == "style" && (word == "verdict" || word == "minicheck")) {
          j.style = word == "verdict" ? core::JudgeStyle::kVerdict : core::JudgeStyle::kMinicheck;
        } else if (!bad && name == "scope" && (word == "all" || word == "uncertain")) {
          j.scope = word == "all" ? core::JudgeScope::kAll : core::JudgeScope::kUncertain;
        } else if (!bad) {
          bad = Bad{value.source(),
                    fmt::format("judge {} is '{}'; expected {}", name, word,
                                name == "style" ? "verdict or minicheck" : "all or uncertain")};
        }
      } else if (name == "concurrency" || name == "max-evidence-tokens") {
        const auto limits =
            name == "concurrency" ? core::kJudgeConcurrency : core::kJudgeEvidenceTokens;
        const auto* v = value.as_integer();
        if (v == nullptr || v->get() < limits.low || v->get() > limits.high) {
          bad = Bad{value.source(),
                    fmt::format("expected a whole number from {} to {}", limits.low, limits.high)};
        } else {
          (name == "concurrency" ? j.concurrency : j.max_evidence_tokens) =
              static_cast<int>(v->get());
        }
      } else if (name == "timeout") {
        std::optional<double> seconds;
        bad = read_seconds(value, seconds, core::kTimeoutSeconds.low, core::kTimeoutSeconds.high);
        if (!bad) j.timeout = *seconds;
      } else {
        return Bad{key.source(),
                   fmt::format("unknown judge setting '{}'{}", name,
                               text::did_you_mean(
                                   name, {"url", "model", "api-key-env", "style", "concurrency",
                                          "timeout", "max-evidence-tokens", "scope"}))};
      }
      if (bad) return bad;
      s.origins["judge." + name] = origin(value.source());
    }
    return std::nullopt;
  }

  // What a shell would take as a variable name: letters, digits and underscores, not a digit first.
  static bool is_environment_name(std::string_view name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
  }

  std::string path_;
  const std::vector<std::string>& rule_ids_;
};

}  // namespace

std::optional<long long> parse_duration(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t digits = 0;
  while (digits < text.size() && digits < 12 && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  const long long n = std::stoll(text.substr(0, digits));
  const std::string unit = text.substr(digits);
  if (unit.empty() || unit == "s") return n;
  if (unit == "m") return n * 60;
  if (unit == "h") return n * 3600;
  if (unit == "d") return n * 86400;
  if (unit == "w") return n * 7 * 86400;
  return std::nullopt;
}

Result<core::Settings> read_settings_file(const std::string& path,
                                          const std::vector<std::string>& rule_ids) {
  core::Settings s;
  s.config_file = path;
  // Built in one expression: assigning "." afterwards trips GCC 12's -Wrestrict false positive.
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  s.base_dir = parent.empty() ? std::string(".") : parent.string();
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& at = e.source().begin;
    if (at.line == 0)
      return Error{fmt::format("cannot read config '{}': {}", path, e.description())};
    return Error{fmt::format("{}:{}:{}: {}", path, at.line, at.column, e.description())};
  }
  Reader reader(path, rule_ids);
  if (const auto bad = reader.read(root, s)) {
    return Error{fmt::format("{}: {}", reader.origin(bad->where), bad->why)};
  }
  return s;
}

}  // namespace citecheck::config
