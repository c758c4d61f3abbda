// The Wayback availability API answers
//   {"url": "...", "archived_snapshots": {"closest": {"status": "200", "available": true,
//    "url": "http://web.archive.org/web/20250710093000/https://example.com/", "timestamp":
//    "20250710093000"}}}
// and {"archived_snapshots": {}} for a URL it has no copy of.
#include "archive/wayback.h"

#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace citecheck::archive {
namespace {

using Json = nlohmann::json;

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Everything but RFC 3986's unreserved characters, percent-encoded: the URL is one query value.
std::string encode_component(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

// Where "/web/TIMESTAMP" ends in `url` (just past the digits), or npos.
std::size_t timestamp_end(std::string_view url) {
  for (std::size_t at = url.find("/web/"); at != std::string_view::npos;
       at = url.find("/web/", at + 1)) {
    std::size_t end = at + 5;
    while (end < url.size() && std::isdigit(static_cast<unsigned char>(url[end]))) ++end;
    if (end > at + 5 && end < url.size()) return end;
  }
  return std::string_view::npos;
}

}  // namespace

std::string availability_url(std::string_view base, std::string_view url, std::string_view date) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  std::string stamp;
  for (const char c : date) {
    if (std::isdigit(static_cast<unsigned char>(c))) stamp += c;
  }
  // YYYYMMDDhhmmss, as the API takes it: a day is asked at its middle, so that a capture made
  // on that day is nearer than one made on either side of it.
  if (stamp.size() == 8) stamp += "120000";
  return fmt::format("{}/wayback/available?url={}&timestamp={}", base, encode_component(url),
                     stamp);
}

Result<std::optional<Snapshot>> parse_availability(std::string_view body) {
  const Json j = Json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("archived_snapshots") ||
      !j["archived_snapshots"].is_object()) {
    return Error{"the archive's answer is not an availability answer (no archived_snapshots)"};
  }
  const Json& snapshots = j["archived_snapshots"];
  if (!snapshots.contains("closest")) return std::optional<Snapshot>{};
  const Json& closest = snapshots["closest"];
  if (!closest.is_object() || !closest.contains("url") || !closest["url"].is_string()) {
    return Error{"the archive's answer names a closest snapshot without a URL"};
  }
  // A copy the archive itself marks unavailable, or one of an error page, backs nothing.
  if (closest.contains("available") && closest["available"].is_boolean() &&
      !closest["available"].get<bool>()) {
    return std::optional<Snapshot>{};
  }
  if (closest.contains("status") && closest["status"].is_string()) {
    const std::string status = closest["status"].get<std::string>();
    if (!status.empty() && status[0] != '2') return std::optional<Snapshot>{};
  }
  Snapshot s;
  s.url = closest["url"].get<std::string>();
  const std::size_t end = timestamp_end(s.url);
  std::string stamp;
  if (closest.contains("timestamp") && closest["timestamp"].is_string()) {
    stamp = closest["timestamp"].get<std::string>();
  } else if (end != std::string::npos) {
    const std::size_t begin = s.url.rfind("/web/", end) + 5;
    stamp = s.url.substr(begin, end - begin);
  }
  s.timestamp = iso_timestamp(stamp);
  if (s.timestamp.empty() || !(s.url.starts_with("http://") || s.url.starts_with("https://"))) {
    return Error{fmt::format("the archive's answer names a snapshot it does not date: {}", s.url)};
  }
  s.raw_url = raw_snapshot_url(s.url);
  return std::optional<Snapshot>{std::move(s)};
}

std::string raw_snapshot_url(std::string_view url) {
  const std::size_t end = timestamp_end(url);
  if (end == std::string_view::npos || url[end] != '/') return std::string(url);
  return std::string(url.substr(0, end)) + "id_" + std::string(url.substr(end));
}

// Where the path segment "/DIGITSid_/" of `url` starts (its '/'), or npos.
std::size_t raw_segment(std::string_view url) {
  for (std::size_t at = url.find("id_/"); at != std::string_view::npos;
       at = url.find("id_/", at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && std::isdigit(static_cast<unsigned char>(url[begin - 1]))) --begin;
    if (begin < at && begin > 0 && url[begin - 1] == '/') return begin - 1;
  }
  return std::string_view::npos;
}

bool is_raw_snapshot(std::string_view url) { return raw_segment(url) != std::string_view::npos; }

std::optional<Endpoint> parse_endpoint(std::string_view setting) {
  Endpoint e;
  if (setting.starts_with("replay:")) {
    e.protocol = Protocol::kReplay;
    setting.remove_prefix(7);
  }
  if (!setting.starts_with("http://") && !setting.starts_with("https://")) return std::nullopt;
  while (!setting.empty() && setting.back() == '/') setting.remove_suffix(1);
  e.base = std::string(setting);
  return e;
}

std::string replay_url(std::string_view base, std::string_view url, std::string_view date) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  std::string stamp;
  for (const char c : date) {
    if (std::isdigit(static_cast<unsigned char>(c))) stamp += c;
  }
  return fmt::format("{}/{}id_/{}", base, stamp, url);
}

std::string question_url(const Endpoint& endpoint, std::string_view url, std::string_view date) {
  return endpoint.protocol == Protocol::kReplay ? replay_url(endpoint.base, url, date)
                                                : availability_url(endpoint.base, url, date);
}

std::string shown_snapshot_url(std::string_view raw_url) {
  const std::size_t at = raw_segment(raw_url);
  if (at == std::string_view::npos) return std::string(raw_url);
  const std::size_t id = raw_url.find("id_/", at);
  return std::string(raw_url.substr(0, id)) + std::string(raw_url.substr(id + 3));
}

std::string snapshot_time(std::string_view url) {
  const std::size_t at = raw_segment(url);
  if (at == std::string_view::npos) return "";
  const std::size_t id = url.find("id_/", at);
  const std::string_view stamp = url.substr(at + 1, id - at - 1);
  return stamp.size() >= 8 ? iso_timestamp(stamp) : "";
}

std::string iso_timestamp(std::string_view stamp) {
  if (!all_digits(stamp) || stamp.size() < 4 || stamp.size() > 14) return "";
  std::string d(stamp);
  // Month and day default to 01, the time to 00:00:00.
  const std::string fill = "00000101000000";
  d += fill.substr(d.size());
  if (d.substr(4, 2) == "00") d.replace(4, 2, "01");
  if (d.substr(6, 2) == "00") d.replace(6, 2, "01");
  return fmt::format("{}-{}-{}T{}:{}:{}Z", d.substr(0, 4), d.substr(4, 2), d.substr(6, 2),
                     d.substr(8, 2), d.substr(10, 2), d.substr(12, 2));
}

}  // namespace citecheck::archive
