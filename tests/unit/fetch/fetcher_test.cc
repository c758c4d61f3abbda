#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "fetch/fetcher.h"
#include "fetch/sources_dir.h"
#include "loopback_server.h"
#include "scratch_dir.h"

namespace citecheck::fetch {
namespace {

namespace fs = std::filesystem;

// A sources directory in a scratch directory, and a fetcher over it.
class SourcesFixture : public testing::ScratchDir {
 public:
  Fetcher fetcher(bool offline = false, std::size_t max_body_bytes = kMaxBodyBytes) const {
    FetchOptions options;
    options.sources_dirs = {path()};
    options.offline = offline;
    options.max_body_bytes = max_body_bytes;
    auto created = Fetcher::create(options);
    REQUIRE_MESSAGE(created.ok(), (created.ok() ? "" : created.error()));
    return std::move(*created);
  }
};

}  // namespace

TEST_CASE("a listed URL comes back ok from the sources directory with its bytes") {
  const SourcesFixture s;
  const std::string bytes("<p>Ridership rose 31%.</p>\0\xFF tail", 33);
  s.write("1.html", bytes);
  s.write("2.txt", "plain notice\n");
  s.write("manifest.tsv",
          "https://news.example.com/story\t1.html\n"
          "https://grid.example/notice\t2.txt\ttext/plain; charset=utf-8\n");
  const Fetcher fetcher = s.fetcher();

  const Fetched page = fetcher.fetch("https://news.example.com/story");
  CHECK(page.outcome.state == core::SourceState::kOk);
  CHECK(page.outcome.reason == "ok");
  CHECK(page.outcome.origin == core::SourceOrigin::kSources);
  CHECK(page.outcome.final_url == "https://news.example.com/story");
  CHECK(page.outcome.http_status == 0);
  CHECK(page.body == bytes);
  CHECK(page.content_type == "text/html");

  const Fetched notice = fetcher.fetch("HTTPS://GRID.example:443/notice#top");
  CHECK(notice.outcome.state == core::SourceState::kOk);
  CHECK(notice.outcome.origin == core::SourceOrigin::kSources);
  CHECK(notice.body == "plain notice\n");
  CHECK(notice.content_type == "text/plain; charset=utf-8");
}

TEST_CASE("a listed URL in offline mode is still served from its file") {
  const SourcesFixture s;
  s.write("1.html", "<p>x</p>");
  s.write("manifest.tsv", "https://news.example.com/story\t1.html\n");
  const Fetched page = s.fetcher(true).fetch("https://news.example.com/story");
  CHECK(page.outcome.state == core::SourceState::kOk);
  CHECK(page.body == "<p>x</p>");
}

TEST_CASE("a manifest's recorded fields come back as the outcome, offline too") {
  const SourcesFixture s;
  s.write("new.html", "<p>the new home</p>");
  s.write("manifest.tsv",
          "https://news.example.com/old\tnew.html\ttext/html\tstatus=200\t"
          "final-url=https://news.example.com/new\tredirect=https://news.example.com/new\t"
          "moved-to=https://news.example.com/new\n"
          "https://news.example.com/gone\t-\t\tstatus=404\t"
          "final-url=https://news.example.com/gone\tstate=broken\treason=not-found\t"
          "detail=the server answered 404 Not Found\n");
  const Fetcher fetcher = s.fetcher(true);

  const Fetched moved = fetcher.fetch("https://news.example.com/old");
  CHECK(moved.outcome.state == core::SourceState::kOk);
  CHECK(moved.outcome.reason == "ok");
  CHECK(moved.outcome.origin == core::SourceOrigin::kSources);
  CHECK(moved.outcome.http_status == 200);
  CHECK(moved.outcome.final_url == "https://news.example.com/new");
  CHECK(moved.outcome.redirects == std::vector<std::string>{"https://news.example.com/new"});
  CHECK(moved.outcome.moved_to == "https://news.example.com/new");
  CHECK(moved.body == "<p>the new home</p>");

  const Fetched gone = fetcher.fetch("https://news.example.com/gone");
  CHECK(gone.outcome.state == core::SourceState::kBroken);
  CHECK(gone.outcome.reason == "not-found");
  CHECK(gone.outcome.detail == "the server answered 404 Not Found");
  CHECK(gone.outcome.http_status == 404);
  CHECK(gone.outcome.final_url == "https://news.example.com/gone");
  CHECK(gone.outcome.origin == core::SourceOrigin::kSources);
  CHECK(gone.body.empty());
}

TEST_CASE("an unlisted http(s) URL is not checked, and says why") {
  const SourcesFixture s;
  s.write("manifest.tsv", "# empty\n");

  const Fetched offline = s.fetcher(true).fetch("https://elsewhere.example/page");
  CHECK(offline.outcome.state == core::SourceState::kNotChecked);
  CHECK(offline.outcome.reason == "offline");
  CHECK(offline.outcome.origin == core::SourceOrigin::kNone);
  CHECK(offline.outcome.detail ==
        "not in any sources directory, and --offline forbids the network");
  CHECK(offline.body.empty());
}

TEST_CASE("sources directories come before the network, and each URL is fetched once") {
  testing::LoopbackServer server;
  server.http().Get("/live", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<p>from the network</p>", "text/html");
  });
  server.start();
  const SourcesFixture s;
  s.write("1.html", "<p>from the snapshot</p>");
  s.write("manifest.tsv", "http://news.example.com/saved\t1.html\n");
  FetchOptions options;
  options.sources_dirs = {s.path()};
  options.network.connect_to = server.connect_to("news.example.com");
  auto fetcher = Fetcher::create(options);
  REQUIRE(fetcher.ok());
  const std::vector<std::string> urls = {
      "http://news.example.com/live", "http://news.example.com/saved",
      "HTTP://News.Example.com:80/live#comments", "http://news.example.com/live"};
  std::vector<std::pair<std::size_t, Fetched>> got;
  fetcher->fetch_all(urls, [&](std::size_t i, Fetched f) { got.emplace_back(i, std::move(f)); });
  REQUIRE(got.size() == 2);
  std::sort(got.begin(), got.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  CHECK(got[0].first == 0);
  CHECK(got[0].second.body == "<p>from the network</p>");
  CHECK(got[0].second.outcome.origin == core::SourceOrigin::kNetwork);
  CHECK(got[1].first == 1);
  CHECK(got[1].second.body == "<p>from the snapshot</p>");
  CHECK(got[1].second.outcome.origin == core::SourceOrigin::kSources);
  CHECK(server.count("/live") == 1);
  CHECK(server.count("/saved") == 0);
}

TEST_CASE("other schemes are unverifiable and never read - a manifest cannot list them") {
  const SourcesFixture s;
  s.write("secret.txt", "SECRET");
  for (const std::string url : {"javascript:alert(1)", "ftp://x", "file:///etc/passwd"}) {
    CAPTURE(url);
    s.write("manifest.tsv", "https://example.com/ok\tsecret.txt\n" + url + "\tsecret.txt\n");
    const auto opened = SourcesDirectories::open({s.path()});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().find("manifest.tsv:2: URL '" + url + "' is not an http or https URL") !=
          std::string::npos);
  }
  s.write("manifest.tsv", "https://example.com/ok\tsecret.txt\n");
  for (const bool offline : {false, true}) {
    const Fetcher fetcher = s.fetcher(offline);
    for (const auto& [url, detail] :
         {std::pair<std::string, std::string>{"javascript:alert(1)",
                                              "'javascript:' URLs are never fetched"},
          {"ftp://x", "'ftp:' URLs are never fetched"},
          {"FILE:///etc/passwd", "'file:' URLs are never fetched"},
          {"file:///etc/passwd", "'file:' URLs are never fetched"},
          {"www.example.com/page", "not a URL citecheck can fetch"},
          {"", "not a URL citecheck can fetch"}}) {
      const auto& the_url = url;  // doctest captures variables, not bindings
      CAPTURE(the_url);
      const Fetched f = fetcher.fetch(url);
      CHECK(f.outcome.state == core::SourceState::kNotChecked);
      CHECK(f.outcome.reason == "unsupported-scheme");
      CHECK(f.outcome.detail == detail);
      CHECK(f.outcome.origin == core::SourceOrigin::kNone);
      CHECK(f.body.empty());
    }
  }
}

TEST_CASE("a site path with no address to resolve it against is not checked, online or off") {
  const SourcesFixture s;
  s.write("manifest.tsv", "");
  for (const bool offline : {false, true}) {
    const Fetched f = s.fetcher(offline).fetch("/Articles/6100/");
    CHECK(f.outcome.state == core::SourceState::kNotChecked);
    CHECK(f.outcome.reason == "relative-link");
    CHECK(f.outcome.detail.starts_with("relative link, no base URL"));
    CHECK(f.body.empty());
  }
}

TEST_CASE("a body larger than max_body_bytes is too large, whatever its size") {
  const SourcesFixture s;
  s.write("exact.txt", std::string(10, 'a'));
  s.write("one-over.txt", std::string(11, 'b'));
  s.write("huge.txt", std::string(200000, 'c'));
  s.write("manifest.tsv",
          "https://a.example/exact\texact.txt\n"
          "https://a.example/one-over\tone-over.txt\n"
          "https://a.example/huge\thuge.txt\n");
  const Fetcher fetcher = s.fetcher(false, 10);

  const Fetched exact = fetcher.fetch("https://a.example/exact");
  CHECK(exact.outcome.state == core::SourceState::kOk);
  CHECK(exact.body == std::string(10, 'a'));

  for (const char* name : {"one-over", "huge"}) {
    CAPTURE(name);
    const Fetched f = fetcher.fetch(std::string("https://a.example/") + name);
    CHECK(f.outcome.state == core::SourceState::kUnverifiable);
    CHECK(f.outcome.reason == "too-large");
    CHECK(f.outcome.origin == core::SourceOrigin::kSources);
    CHECK(f.outcome.detail ==
          "'" + s.path(std::string(name) + ".txt") + "' is larger than the 10-byte limit");
    CHECK(f.body.empty());
  }
}

TEST_CASE("the default body cap is named in MiB") {
  const SourcesFixture s;
  s.write("big.txt", std::string((std::size_t{1} << 20) + 1, 'x'));
  s.write("manifest.tsv", "https://a.example/big\tbig.txt\n");
  const Fetched f = s.fetcher(false, std::size_t{1} << 20).fetch("https://a.example/big");
  CHECK(f.outcome.reason == "too-large");
  CHECK(f.outcome.detail == "'" + s.path("big.txt") + "' is larger than the 1 MiB limit");
}

TEST_CASE("a listed PDF or binary file is unverifiable as an unsupported type") {
  const SourcesFixture s;
  s.write("report.pdf", "%PDF-1.4 binary");
  s.write("blob", "\x89PNG");
  s.write("page", "<p>html without an extension</p>");
  s.write("manifest.tsv",
          "https://a.example/report\treport.pdf\n"
          "https://a.example/blob\tblob\n"
          "https://a.example/page\tpage\tText/HTML\n");
  const Fetcher fetcher = s.fetcher();

  const Fetched pdf = fetcher.fetch("https://a.example/report");
  CHECK(pdf.outcome.state == core::SourceState::kUnverifiable);
  CHECK(pdf.outcome.reason == "unsupported-type");
  CHECK(pdf.outcome.origin == core::SourceOrigin::kSources);
  CHECK(pdf.outcome.detail ==
        "'" + s.path("report.pdf") + "' is application/pdf, which citecheck does not read yet");
  CHECK(pdf.body.empty());

  const Fetched blob = fetcher.fetch("https://a.example/blob");
  CHECK(blob.outcome.reason == "unsupported-type");
  CHECK(blob.body.empty());

  // A content type given in the manifest makes an extensionless file readable.
  const Fetched page = fetcher.fetch("https://a.example/page");
  CHECK(page.outcome.state == core::SourceState::kOk);
  CHECK(page.body == "<p>html without an extension</p>");
  CHECK(page.content_type == "Text/HTML");
}

TEST_CASE("a listed file that vanished is unverifiable, not a crash") {
  const SourcesFixture s;
  s.write("1.html", "<p>x</p>");
  s.write("manifest.tsv", "https://a.example/gone\t1.html\n");
  const Fetcher fetcher = s.fetcher();
  fs::remove(s.path("1.html"));
  const Fetched f = fetcher.fetch("https://a.example/gone");
  CHECK(f.outcome.state == core::SourceState::kUnverifiable);
  CHECK(f.outcome.reason == "unreadable");
  CHECK(f.outcome.detail == "cannot read '" + s.path("1.html") + "'");
  CHECK(f.outcome.origin == core::SourceOrigin::kSources);
  CHECK(f.body.empty());
}

TEST_CASE("Fetcher::create passes on a bad sources directory") {
  const SourcesFixture s;
  FetchOptions options;
  options.sources_dirs = {s.path("missing")};
  const auto created = Fetcher::create(options);
  REQUIRE_FALSE(created.ok());
  CHECK(created.error() == "sources directory '" + s.path("missing") + "' does not exist");

  s.write("manifest.tsv", "no tab here\n");
  options.sources_dirs = {s.path()};
  const auto bad = Fetcher::create(options);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error() == s.path("manifest.tsv") + ":1: expected URL<TAB>FILE[<TAB>CONTENT-TYPE]");
}

}  // namespace citecheck::fetch
