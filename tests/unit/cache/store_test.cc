// The HTTP cache's store: what it keeps, what it refuses to keep, and how it survives a damaged
// file. The fetcher's use of it is tested end to end in tests/cli/cache_test.cc.
#include "cache/store.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cache/snapshot.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::cache {
namespace {

using testing::ScratchDir;

Entry page_entry(const std::string& body, std::int64_t at) {
  Entry e;
  e.outcome.state = core::SourceState::kOk;
  e.outcome.reason = "ok";
  e.outcome.http_status = 200;
  e.outcome.final_url = "https://news.example.com/harbour";
  e.outcome.redirects = {"https://news.example.com/harbour"};
  e.etag = "\"abc\"";
  e.last_modified = "Tue, 03 Jun 2025 10:00:00 GMT";
  e.content_type = "text/html; charset=windows-1252";
  e.body = body;
  e.fetched_at = at;
  return e;
}

core::SourceOutcome outcome_of(const std::string& reason, core::SourceState state) {
  core::SourceOutcome o;
  o.state = state;
  o.reason = reason;
  return o;
}

}  // namespace

TEST_CASE("an entry comes back as stored: bytes, validators and outcome, marked as cached") {
  ScratchDir dir;
  auto cache = HttpCache::open(dir.path("c"));
  REQUIRE(cache);
  std::string body = "<html><body><p>Caf\xe9 prices rose 12% in 2024.</p>";
  body += std::string(100000, ' ') + "</body></html>";
  (*cache)->store("https://news.example.com/harbour", page_entry(body, 1000));
  const auto found = (*cache)->find("https://news.example.com/harbour");
  REQUIRE(found);
  CHECK(found->body == body);
  CHECK(found->etag == "\"abc\"");
  CHECK(found->last_modified == "Tue, 03 Jun 2025 10:00:00 GMT");
  CHECK(found->content_type == "text/html; charset=windows-1252");
  CHECK(found->outcome.http_status == 200);
  CHECK(found->outcome.redirects == std::vector<std::string>{"https://news.example.com/harbour"});
  CHECK(found->outcome.origin == core::SourceOrigin::kCache);
  CHECK(found->fetched_at == 1000);
  CHECK_FALSE((*cache)->find("https://news.example.com/other"));
  // Compressed: the file holds far less than the 100 kB page.
  CHECK((*cache)->stats().bytes < 60000);
}

TEST_CASE("only final outcomes are worth keeping") {
  CHECK(cacheable(outcome_of("ok", core::SourceState::kOk)));
  CHECK(cacheable(outcome_of("not-found", core::SourceState::kBroken)));
  CHECK(cacheable(outcome_of("gone", core::SourceState::kBroken)));
  for (const char* transient : {"timeout", "rate-limited", "server-error", "dns", "refused"}) {
    CHECK_FALSE(cacheable(outcome_of(transient, core::SourceState::kUnverifiable)));
  }
  CHECK_FALSE(cacheable(outcome_of("deadline", core::SourceState::kNotChecked)));
}

TEST_CASE("refresh, prune and clear work on fetch times") {
  ScratchDir dir;
  auto cache = HttpCache::open(dir.path("c"));
  REQUIRE(cache);
  (*cache)->store("https://a.example/", page_entry("old", 100));
  (*cache)->store("https://b.example/", page_entry("new", 5000));
  (*cache)->refresh("https://a.example/", 4000);
  CHECK((*cache)->find("https://a.example/")->fetched_at == 4000);
  CHECK((*cache)->stats().oldest == 4000);
  CHECK((*cache)->prune(4500) == 1);
  CHECK_FALSE((*cache)->find("https://a.example/"));
  CHECK((*cache)->stats().entries == 1);
  CHECK((*cache)->clear() == 1);
  CHECK((*cache)->stats().entries == 0);
}

TEST_CASE("a lookup leaves nothing open: the next one sees what another run stored meanwhile") {
  // The lookup and store statements are kept between calls; each call must end them, or a
  // rebound lookup would run the last one's query, and an open read would miss newer rows.
  ScratchDir dir;
  auto mine = HttpCache::open(dir.path("c"));
  auto other = HttpCache::open(dir.path("c"));
  REQUIRE(mine);
  REQUIRE(other);
  (*mine)->store("https://a.example/", page_entry("first page", 1));
  CHECK((*mine)->find("https://a.example/")->body == "first page");
  CHECK_FALSE((*mine)->find("https://b.example/"));
  (*other)->store("https://b.example/", page_entry("second page", 2));
  const auto found = (*mine)->find("https://b.example/");
  REQUIRE(found);
  CHECK(found->body == "second page");
  CHECK((*mine)->find("https://a.example/")->body == "first page");
  (*mine)->store("https://a.example/", page_entry("first page, revised", 3));
  CHECK((*other)->find("https://a.example/")->body == "first page, revised");
  CHECK((*mine)->clear() == 2);
  CHECK_FALSE((*other)->find("https://b.example/"));
}

TEST_CASE("a file that is not a cache is reported once, moved aside and replaced") {
  ScratchDir dir;
  dir.write("c/cache.sqlite3", "This is a note somebody saved under the cache's name.\n");
  std::vector<std::string> warnings;
  auto cache = HttpCache::open(dir.path("c"), [&](const std::string& w) { warnings.push_back(w); });
  REQUIRE(cache);
  CHECK(warnings.size() == 1);
  CHECK(std::filesystem::exists(dir.path("c/cache.sqlite3.corrupt")));
  (*cache)->store("https://a.example/", page_entry("page", 1));
  CHECK((*cache)->find("https://a.example/")->body == "page");
}

TEST_CASE("a directory that cannot be made is a run failure with the path") {
  ScratchDir dir;
  dir.write("file", "x");
  auto cache = HttpCache::open(dir.path("file/c"));
  REQUIRE_FALSE(cache);
  CHECK(cache.error().find(dir.path("file/c")) != std::string::npos);
}

TEST_CASE("stats read as a person would say them") {
  Stats s;
  s.path = "/home/ed/.cache/citecheck/cache.sqlite3";
  s.entries = 3;
  s.bytes = 3 << 20;
  s.oldest = 1764288000;  // 2025-11-28 00:00:00 UTC
  CHECK(describe_stats(s, s.oldest + 7200) ==
        "cache: /home/ed/.cache/citecheck/cache.sqlite3\nentries: 3\nsize: 3.0 MiB (3145728 "
        "bytes)\noldest: 2025-11-28 00:00:00 UTC (2 hours ago)\n");
}

TEST_CASE("stats say 1 minute, 1 hour and 1 day in the singular") {
  Stats s;
  s.path = "cache.sqlite3";
  s.entries = 1;
  s.oldest = 1764288000;  // 2025-11-28 00:00:00 UTC
  const auto ago = [&](std::int64_t seconds) {
    const std::string out = describe_stats(s, s.oldest + seconds);
    return out.substr(out.rfind('('));
  };
  CHECK(ago(59) == "(0 minutes ago)\n");
  CHECK(ago(60) == "(1 minute ago)\n");
  CHECK(ago(3600) == "(1 hour ago)\n");
  CHECK(ago(86400) == "(1 day ago)\n");
  CHECK(ago(2 * 86400) == "(2 days ago)\n");
}

TEST_CASE("snapshot files are named by order, host and type, and listed with their type") {
  CHECK(snapshot_file_name(7, "https://news.example.com/a?b", "text/html; charset=utf-8") ==
        "0007-news.example.com.html");
  CHECK(snapshot_file_name(12, "http://stats.example.org:8080/x", "text/plain") ==
        "0012-stats.example.org.txt");
  CHECK(snapshot_file_name(1, "https://a.example/r.pdf", "application/pdf") ==
        "0001-a.example.pdf");
  ScratchDir dir;
  auto writer = SnapshotWriter::create(dir.path("snap"));
  REQUIRE(writer);
  const std::string second = "second";
  const std::string first = "first";
  CHECK(*writer->add(2, "https://b.example/", "text/plain", &second, ""));
  CHECK(*writer->add(1, "https://a.example/", "text/html", &first, ""));
  CHECK(*writer->finish() == 2);
  const std::string manifest = testing::read_file(dir.path("snap/manifest.tsv"));
  CHECK(manifest.find("https://a.example/\t0001-a.example.html\ttext/html\n"
                      "https://b.example/\t0002-b.example.txt\ttext/plain\n") != std::string::npos);
  CHECK(testing::read_file(dir.path("snap/0002-b.example.txt")) == "second");
}

TEST_CASE("a snapshot lists a source that was not read with no file, and its recorded fields") {
  ScratchDir dir;
  auto writer = SnapshotWriter::create(dir.path("snap"));
  REQUIRE(writer);
  const std::string page = "<p>moved here</p>";
  CHECK(*writer->add(1, "https://a.example/old", "text/html", &page,
                     "\tstatus=200\tfinal-url=https://a.example/new"));
  CHECK(*writer->add(2, "https://a.example/gone", "", nullptr,
                     "\tstatus=404\tstate=broken\treason=not-found"));
  // A URL a manifest line cannot hold is not saved.
  CHECK_FALSE(*writer->add(3, "https://a.example/\tx", "text/html", &page, ""));
  CHECK(*writer->finish() == 2);
  const std::string manifest = testing::read_file(dir.path("snap/manifest.tsv"));
  CHECK(
      manifest.find("https://a.example/old\t0001-a.example.html\ttext/html\tstatus=200\t"
                    "final-url=https://a.example/new\n"
                    "https://a.example/gone\t-\t\tstatus=404\tstate=broken\treason=not-found\n") !=
      std::string::npos);
  // Only the page that was read has a file.
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path("snap"))) {
    files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{"0001-a.example.html", "manifest.tsv"});
}

}  // namespace citecheck::cache
