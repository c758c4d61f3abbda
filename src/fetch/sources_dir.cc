// Manifest parsing, and the fields snapshot writes for the reader to take back. Errors name
// "DIR/manifest.tsv:LINE" so an editor can fix a snapshot by hand.
#include "fetch/sources_dir.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "fetch/url.h"
#include "text/ascii.h"

namespace citecheck::fetch {
namespace fs = std::filesystem;

std::string content_type_for(const std::string& path) {
  const std::string ext = text::lower_ascii(fs::path(path).extension().string());
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".txt" || ext == ".text" || ext == ".md") return "text/plain";
  return "application/octet-stream";
}

namespace {

constexpr const char* kLineShape = "expected URL<TAB>FILE[<TAB>CONTENT-TYPE]";

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = line.find('\t', begin);
    fields.push_back(
        line.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
    if (tab == std::string::npos) return fields;
    begin = tab + 1;
  }
}

// The JSON report's names for the states a snapshot records (not-checked never is: a source
// nobody looked at has nothing to replay).
std::optional<core::SourceState> state_named(const std::string& name) {
  if (name == "ok") return core::SourceState::kOk;
  if (name == "broken") return core::SourceState::kBroken;
  if (name == "unverifiable") return core::SourceState::kUnverifiable;
  return std::nullopt;
}

// Three digits: servers send statuses past 599 too, and a snapshot records what it was sent.
std::optional<int> http_status_from(const std::string& text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 100 || value > 999) {
    return std::nullopt;
  }
  return value;
}

// One KEY=VALUE field applied to `source`; an error (without the "manifest:line: " prefix), or
// nothing when the field is sound.
std::optional<std::string> apply_field(const std::string& field, std::set<std::string>& seen,
                                       SourceFile& source) {
  const std::size_t equals = field.find('=');
  if (equals == std::string::npos || equals == 0) {
    return fmt::format("field '{}' is not KEY=VALUE", field);
  }
  const std::string key = field.substr(0, equals);
  const std::string value = field.substr(equals + 1);
  if (key != "redirect" && !seen.insert(key).second) {
    return fmt::format("'{}=' is given twice", key);
  }
  const auto bad = [&](const char* expected) {
    return fmt::format("bad value '{}' for {}: expected {}", value, key, expected);
  };
  core::SourceOutcome& o = source.outcome;
  if (key == "status") {
    const std::optional<int> status = http_status_from(value);
    if (!status) return bad("an HTTP status, 100 to 999");
    o.http_status = *status;
  } else if (key == "state") {
    const std::optional<core::SourceState> state = state_named(value);
    if (!state) return bad("ok, broken or unverifiable");
    o.state = *state;
  } else if (key == "final-url" || key == "redirect" || key == "moved-to") {
    if (value.empty()) return bad("a URL");
    if (key == "final-url") o.final_url = value;
    if (key == "redirect") o.redirects.push_back(value);
    if (key == "moved-to") o.moved_to = value;
  } else if (key == "reason") {
    o.reason = value;
  } else if (key == "detail") {
    o.detail = value;
  } else {
    return fmt::format(
        "unknown field '{}=': expected status, final-url, redirect, moved-to, state, reason or "
        "detail",
        key);
  }
  return std::nullopt;
}

// The recorded outcome of a line whose fields have all been applied; an error when its parts do
// not fit together.
std::optional<std::string> settle_outcome(bool has_file, bool has_reason, SourceFile& source) {
  core::SourceOutcome& o = source.outcome;
  if (o.state == core::SourceState::kOk) {
    if (!has_file) return std::string("file '-' (none) needs state=broken or state=unverifiable");
    if (has_reason) return std::string("reason= needs state=broken or state=unverifiable");
    o.reason = "ok";
  } else if (!has_reason) {
    return fmt::format("state={} needs a reason=", core::state_name(o.state));
  }
  return std::nullopt;
}

Result<SourceFile> parse_line(const std::string& dir, const std::string& line,
                              const std::string& where) {
  const std::vector<std::string> fields = split_tabs(line);
  if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
    return Error{fmt::format("{}: {}", where, kLineShape)};
  }
  // Only http(s) URLs are ever cited sources to look up: any other line could never be used.
  if (const std::string scheme = url_scheme(fields[0]); scheme != "http" && scheme != "https") {
    return Error{fmt::format("{}: URL '{}' is not an http or https URL", where, fields[0])};
  }
  SourceFile source;
  source.url = fields[0];
  source.manifest = where;
  const bool has_file = fields[1] != "-";
  if (has_file) {
    // FILE stays inside DIR: an absolute path or ".." would serve some other file as the source.
    const fs::path relative(fields[1]);
    const bool escapes = std::find(relative.begin(), relative.end(), "..") != relative.end();
    if (relative.has_root_path() || escapes) {
      return Error{
          fmt::format("{}: file '{}' must be a relative path inside '{}'", where, fields[1], dir)};
    }
    const fs::path file = fs::path(dir) / relative;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      return Error{fmt::format("{}: file '{}' does not exist in '{}'", where, fields[1], dir)};
    }
    source.path = file.string();
  }
  source.content_type = fields.size() >= 3 ? fields[2] : content_type_for(fields[1]);
  source.outcome.state = core::SourceState::kOk;
  std::set<std::string> seen;
  for (std::size_t i = 3; i < fields.size(); ++i) {
    if (auto error = apply_field(fields[i], seen, source)) {
      return Error{fmt::format("{}: {}", where, *error)};
    }
  }
  if (auto error = settle_outcome(has_file, seen.count("reason") > 0, source)) {
    return Error{fmt::format("{}: {}", where, *error)};
  }
  return source;
}

Result<bool> read_manifest(const std::string& dir, std::map<std::string, SourceFile>& by_url) {
  const fs::path manifest = fs::path(dir) / "manifest.tsv";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{fmt::format("sources directory '{}' does not exist", dir)};
  }
  std::ifstream in(manifest);
  if (!in) return Error{fmt::format("cannot read '{}': no such file", manifest.string())};
  std::string line;
  int number = 0;
  // Where each URL of this manifest was listed: a second listing would be silently ignored.
  std::map<std::string, int> listed_on;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A line of only spaces or tabs is blank too: hand-edited manifests collect them.
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    auto source = parse_line(dir, line, fmt::format("{}:{}", manifest.string(), number));
    if (!source) return Error{source.error()};
    std::string key = normalize_url(source->url);
    if (const auto [it, first] = listed_on.try_emplace(key, number); !first) {
      return Error{fmt::format("{}:{}: URL '{}' is listed twice (first on line {})",
                               manifest.string(), number, source->url, it->second)};
    }
    by_url.try_emplace(std::move(key), std::move(*source));
  }
  return true;
}

// A value as one manifest field: no tab or line break can end it early.
std::string field_value(std::string value) {
  for (char& c : value) {
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  }
  return value;
}

}  // namespace

Result<SourcesDirectories> SourcesDirectories::open(const std::vector<std::string>& dirs) {
  SourcesDirectories result;
  for (const std::string& dir : dirs) {
    auto ok = read_manifest(dir, result.by_url_);
    if (!ok) return Error{ok.error()};
  }
  return result;
}

const SourceFile* SourcesDirectories::find(const std::string& url) const {
  const auto it = by_url_.find(normalize_url(url));
  return it == by_url_.end() ? nullptr : &it->second;
}

std::string manifest_fields(const core::SourceOutcome& outcome) {
  std::string out;
  const auto add = [&](const char* key, const std::string& value) {
    out += fmt::format("\t{}={}", key, field_value(value));
  };
  if (outcome.http_status != 0) add("status", std::to_string(outcome.http_status));
  if (!outcome.final_url.empty()) add("final-url", outcome.final_url);
  for (const std::string& hop : outcome.redirects) add("redirect", hop);
  if (!outcome.moved_to.empty()) add("moved-to", outcome.moved_to);
  if (outcome.state != core::SourceState::kOk) {
    add("state", core::state_name(outcome.state));
    add("reason", outcome.reason);
  }
  if (!outcome.detail.empty()) add("detail", outcome.detail);
  return out;
}

}  // namespace citecheck::fetch
