// The web archive's side of a rescue (DESIGN.md, "Dead and changed sources"): the Wayback
// availability API's question and answer, and the raw form of a snapshot's URL. Requests go
// through the fetch stage like any page, so the cache, sources directories, --offline and
// per-host politeness apply to the archive too.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace citecheck::archive {

inline constexpr const char* kDefaultArchiveUrl = "https://archive.org";

// How the archive is asked. kAvailability: archive.org's availability API, then the raw snapshot
// it names. kReplay ("replay:BASE"): the Wayback URL scheme that pywb and OpenWayback serve too,
// {BASE}/{YYYYMMDD}id_/{URL}, which redirects to the raw capture nearest that day.
enum class Protocol { kAvailability, kReplay };

struct Endpoint {
  Protocol protocol = Protocol::kAvailability;
  std::string base;  // without a trailing '/'
};

// "https://archive.org" or "replay:http://localhost:8080/my-coll"; nullopt for anything else.
std::optional<Endpoint> parse_endpoint(std::string_view setting);

// {base}/{YYYYMMDD}id_/{url}: the raw capture nearest `date` ("YYYY-MM-DD"), by redirect.
std::string replay_url(std::string_view base, std::string_view url, std::string_view date);

// What is fetched first for `url` at `date`: the availability question, or the replay URL.
std::string question_url(const Endpoint& endpoint, std::string_view url, std::string_view date);

// A raw capture's URL (the one a replay redirect ends at) as a reader opens it: "id_" dropped.
std::string shown_snapshot_url(std::string_view raw_url);

// The ISO 8601 time of a snapshot URL's 14-digit timestamp segment; "" when it has none.
std::string snapshot_time(std::string_view url);

// The snapshot the archive names as closest to the date asked.
struct Snapshot {
  std::string url;        // as a reader opens it, with the archive's toolbar
  std::string raw_url;    // the page as archived ("id_" after the timestamp): what is read
  std::string timestamp;  // ISO 8601, "2025-07-10T09:30:00Z"
};

// {base}/wayback/available?url=URL&timestamp=YYYYMMDDhhmmss, with URL percent-encoded; `date` is
// "YYYY-MM-DD", asked at noon. The same question is always the same URL, so its answer caches and
// replays.
std::string availability_url(std::string_view base, std::string_view url, std::string_view date);

// The answer's archived_snapshots.closest: a snapshot, nothing (never archived, or no copy that
// loads), or an error for an answer that is no availability answer at all.
Result<std::optional<Snapshot>> parse_availability(std::string_view body);

// ".../web/20250710093000/https://x/" -> ".../web/20250710093000id_/https://x/"; a URL already
// raw, or of no /web/TIMESTAMP/ form, comes back as it is.
std::string raw_snapshot_url(std::string_view url);

// Whether `url` is a raw snapshot (a /TIMESTAMPid_/ segment, any archive): its bytes never change,
// so a cached copy never goes stale.
bool is_raw_snapshot(std::string_view url);

// "20250710093000" -> "2025-07-10T09:30:00Z" (missing digits count as zeros); "" when not digits.
std::string iso_timestamp(std::string_view wayback_timestamp);

}  // namespace citecheck::archive
