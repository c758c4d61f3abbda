// --archive against two loopback sites in one server: a news site whose pages die or change, and
// a web archive that speaks the Wayback availability API and serves /web/ snapshots, raw with
// "id_" and with a toolbar without. The server counts what it is asked, so a test can say that a
// healthy page never reaches the archive and that a second run with the same cache asks nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "archive/dates.h"
#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

constexpr const char* kNews = "news.example.com";
constexpr const char* kArchive = "archive.example.org";

std::string page(const std::string& figure) {
  return "<html><head><title>Harbour breaks record</title></head><body>"
         "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
         "<div class='cookie-banner'>We use cookies. Accept all?</div>"
         "<article><h1>Harbour breaks record</h1><p>The harbour handled " +
         figure +
         " million containers in 2024, a record for the port, officials said on Monday. "
         "Shipping lines added three new routes during the year.</p></article>"
         "<aside class='sidebar'>Most read: Ferry fares rise 12%</aside></body></html>";
}

// The archive's toolbar, which a reader of a non-raw snapshot sees above the page: a figure of
// its own that would contradict the claim if it were ever read as the page.
std::string with_toolbar(const std::string& body) {
  return "<html><body><div id='wm-ipp'>Wayback Machine: 1.1 million captures of 2024 containers "
         "pages</div>" +
         body + "</body></html>";
}

// A news site and an archive on one loopback server, told apart by the Host header.
class Sites {
 public:
  Sites() {
    server_.http().Get("/wayback/available",
                       [this](const httplib::Request& req, httplib::Response& res) {
                         const std::string url = req.get_param_value("url");
                         {
                           std::lock_guard<std::mutex> lock(mutex_);
                           asked_.push_back(url + " @" + req.get_param_value("timestamp"));
                           asked_at_.push_back(std::chrono::steady_clock::now());
                         }
                         if (slow_) std::this_thread::sleep_for(std::chrono::seconds(3));
                         if (archive_status_ != 200 && refusals_left_-- > 0) {
                           res.status = archive_status_;
                           res.set_header("Retry-After", retry_after_);
                           res.set_content("slow down", "text/plain");
                           return;
                         }
                         if (junk_) {
                           res.set_content("<html>Service unavailable</html>", "application/json");
                           return;
                         }
                         const auto it = snapshots_.find(url);
                         Json answer = {{"url", url}, {"archived_snapshots", Json::object()}};
                         if (it != snapshots_.end()) {
                           answer["archived_snapshots"]["closest"] = {
                               {"status", "200"},
                               {"available", true},
                               {"url", "http://archive.example.org/web/20250710093000/" + url},
                               {"timestamp", "20250710093000"}};
                         }
                         res.set_content(answer.dump(), "application/json");
                       });
    server_.http().Get(
        R"(/web/(\d+)(id_)?/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
          const std::string url = req.matches[3];
          const auto it = snapshots_.find(url);
          if (it == snapshots_.end()) {
            res.status = 404;
            return;
          }
          const bool raw = req.matches[2].length() > 0;
          res.set_content(raw ? it->second : with_toolbar(it->second), "text/html; charset=utf-8");
        });
    // A pywb-style collection: a day redirects to the capture nearest it, which is served raw.
    server_.http().Get(
        R"(/coll/(\d+)id_/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
          const std::string stamp = req.matches[1];
          const std::string url = req.matches[2];
          {
            std::lock_guard<std::mutex> lock(mutex_);
            asked_.push_back(url + " @" + stamp);
          }
          const auto it = snapshots_.find(url);
          if (it == snapshots_.end()) {
            res.status = 404;
            res.set_content("<h1>Url Not Found</h1>", "text/html");
          } else if (stamp.size() < 14) {
            res.status = 302;
            res.set_header("Location", "http://archive.example.org/coll/20250710093000id_/" + url);
          } else {
            res.set_content(it->second, "text/html; charset=utf-8");
          }
        });
    server_.http().Get(R"(/live/(.*))",
                       [this](const httplib::Request& req, httplib::Response& res) {
                         const auto it = live_.find(req.matches[1]);
                         if (it == live_.end()) {
                           res.status = 404;
                           res.set_content("<h1>Not found</h1>", "text/html");
                           return;
                         }
                         res.set_content(it->second, "text/html; charset=utf-8");
                       });
  }

  void live(const std::string& name, const std::string& body) { live_[name] = body; }
  void archived(const std::string& name, const std::string& body) {
    snapshots_[std::string("http://") + kNews + "/live/" + name] = body;
  }
  // The availability API answers `status` (with Retry-After: `retry_after` seconds) to the
  // first `times` questions, then answers them.
  void archive_answers(int status, int times = 1 << 20, const std::string& retry_after = "0") {
    archive_status_ = status;
    refusals_left_ = times;
    retry_after_ = retry_after;
  }
  void archive_junk() { junk_ = true; }
  void archive_slow() { slow_ = true; }
  void start() { server_.start(); }

  // Seconds between the first availability question and the last.
  double asking_span() const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (asked_at_.size() < 2) return 0;
    return std::chrono::duration<double>(asked_at_.back() - asked_at_.front()).count();
  }

  std::vector<std::string> asked() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return asked_;
  }
  int count_asked(const std::string& part) const {
    int n = 0;
    for (const std::string& a : asked()) n += a.find(part) != std::string::npos ? 1 : 0;
    return n;
  }
  int archive_requests() const {
    int n = 0;
    for (const ReceivedRequest& r : server_.requests()) {
      if (r.host.starts_with(kArchive)) ++n;
    }
    return n;
  }

  // A run with both sites reachable; `archive_flags` adds --archive and this archive's URL, and
  // asks for no retries unless the arguments set --retries.
  ProcessResult check(const ScratchDir& dir, std::vector<std::string> args,
                      bool archive_flags = true) const {
    for (const char* host : {kNews, kArchive}) {
      const auto flags = server_.connect_to_flags(host);
      args.insert(args.end(), flags.begin(), flags.end());
    }
    if (archive_flags) {
      if (std::find(args.begin(), args.end(), "--archive-url") == args.end()) {
        args.insert(args.end(), {"--archive-url", "http://archive.example.org"});
      }
      args.push_back("--archive");
    }
    if (std::find(args.begin(), args.end(), "--retries") == args.end()) {
      args.insert(args.end(), {"--retries", "0"});
    }
    ProcessOptions options;
    options.cwd = dir.path();
    return run_citecheck(std::move(args), options);
  }

 private:
  std::map<std::string, std::string> live_;
  std::map<std::string, std::string> snapshots_;
  int archive_status_ = 200;
  std::atomic<int> refusals_left_{0};
  std::string retry_after_ = "0";
  std::vector<std::chrono::steady_clock::time_point> asked_at_;
  bool junk_ = false;
  bool slow_ = false;
  mutable std::mutex mutex_;
  std::vector<std::string> asked_;
  // Last, so it stops (and its handlers finish, a slow one included) before what they read goes.
  LoopbackServer server_;
};

// A Markdown article dated 2025-07-10 citing one page of the news site.
std::string article(const std::string& name, const std::string& date = "2025-07-10") {
  return "---\ntitle: Harbour\ndate: " + date +
         "\n---\n\n# Harbour report\n\nThe harbour handled 2.4 million containers in 2024, a "
         "record for the port.[^1]\n\n[^1]: Harbour Courier, <http://news.example.com/live/" +
         name + ">\n";
}

Json json_of(const ProcessResult& r) {
  const Json j = Json::parse(r.out, nullptr, false);
  INFO(r.out, r.err);
  REQUIRE(!j.is_discarded());
  return j;
}

const Json* finding(const Json& doc, const std::string& rule) {
  for (const Json& f : doc["findings"]) {
    if (f["rule"] == rule) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("archive: a dead page is rescued by a snapshot from the article's date") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache"});
  CHECK(r.exit_code == 1);  // the dead link is still an error: a reader cannot follow it
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["date"] == "2025-07-10");
  CHECK(doc["date_from"] == "front-matter");
  const Json& archive = doc["references"][0]["source"]["archive"];
  const std::string snapshot =
      "http://archive.example.org/web/20250710093000/http://news.example.com/live/dead";
  CHECK(archive["url"] == snapshot);
  CHECK(archive["timestamp"] == "2025-07-10T09:30:00Z");
  CHECK(archive["state"] == "ok");
  CHECK(archive["backs"] == 1);
  const Json& claim = doc["claims"][0];
  CHECK(claim["verdict"] == "supported");
  CHECK(claim["evidence"][0]["url"] == snapshot);
  REQUIRE(finding(doc, "archived-source") != nullptr);
  CHECK((*finding(doc, "archived-source"))["message"].get<std::string>().find(
            "an archived copy of 2025-07-10 backs the claim: replace the URL with " + snapshot) !=
        std::string::npos);
  CHECK(finding(doc, "broken-source") != nullptr);
  CHECK(sites.asked() ==
        std::vector<std::string>{"http://news.example.com/live/dead @20250710120000"});
  // (run_citecheck checks every JSON report against the published schema, archive keys too.)

  // SARIF carries the fix: the URL where the footnote writes it, replaced by the snapshot's.
  const auto sarif = sites.check(dir, {"post.md", "--format", "sarif", "--no-cache"});
  const Json results = Json::parse(sarif.out)["runs"][0]["results"];
  bool fixed = false;
  for (const Json& result : results) {
    if (result["ruleId"] != "archived-source") continue;
    const Json& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    CHECK(replacement["insertedContent"]["text"] == snapshot);
    CHECK(replacement["deletedRegion"]["startLine"] == 10);
    CHECK(replacement["deletedRegion"]["startColumn"] == 25);
    CHECK(replacement["deletedRegion"]["endColumn"] == 25 + 33);
    fixed = true;
  }
  CHECK(fixed);

  // So do the text and HTML reports, in words.
  const auto text = sites.check(dir, {"post.md", "--no-cache"});
  CHECK(text.out.find("replace the URL with " + snapshot) != std::string::npos);
  const auto html = sites.check(dir, {"post.md", "--format", "html", "--no-cache"});
  CHECK(html.out.find("backs the claim: replace the URL with <a href=\"" + snapshot + "\"") !=
        std::string::npos);
}

TEST_CASE("archive: a changed page whose snapshot from the article's date backs the claim") {
  Sites sites;
  sites.live("changed", page("2.1"));  // revised after the article cited it
  sites.archived("changed", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("changed"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache"});
  CHECK(r.exit_code == 0);  // changed-source is a warning
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["claims"][0]["verdict"] == "supported");
  REQUIRE(finding(doc, "changed-source") != nullptr);
  CHECK((*finding(doc, "changed-source"))["message"].get<std::string>().find(
            "changed after it was cited: the archived copy of 2025-07-10 backs the claim, "
            "today's page does not") != std::string::npos);
  CHECK(finding(doc, "contradicted-claim") == nullptr);
  // The copy from the article's date (its front matter), not today's.
  CHECK(sites.asked() ==
        std::vector<std::string>{"http://news.example.com/live/changed @20250710120000"});
  CHECK(doc["references"][0]["source"]["archive"]["timestamp"] == "2025-07-10T09:30:00Z");

  // The HTML report says what to put in the entry's place, and links the copy.
  const auto html = sites.check(dir, {"post.md", "--format", "html", "--no-cache"});
  CHECK(html.out.find("changed after it was cited: the archived copy of 2025-07-10 backs the "
                      "claim") != std::string::npos);
  CHECK(html.out.find("<a href=\"http://archive.example.org/web/20250710093000/"
                      "http://news.example.com/live/changed\"") != std::string::npos);
}

TEST_CASE("archive: a page that backs its claim never reaches the archive") {
  Sites sites;
  sites.live("healthy", page("2.4"));
  sites.archived("healthy", page("9.9"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("healthy"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache"});
  CHECK(r.exit_code == 0);
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["claims"][0]["verdict"] == "supported");
  CHECK_FALSE(doc["references"][0]["source"].contains("archive"));
  CHECK(sites.archive_requests() == 0);
}

TEST_CASE("archive: a dead page that was never archived stays broken, and says so") {
  Sites sites;
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("never"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache"});
  CHECK(r.exit_code == 1);
  const Json doc = json_of(r)["documents"][0];
  const Json& archive = doc["references"][0]["source"]["archive"];
  CHECK(archive["reason"] == "not-archived");
  CHECK_FALSE(archive.contains("url"));
  REQUIRE(finding(doc, "broken-source") != nullptr);
  CHECK((*finding(doc, "broken-source"))["message"].get<std::string>().find(
            "the archive has no copy from around 2025-07-10") != std::string::npos);
  CHECK(finding(doc, "archived-source") == nullptr);
  CHECK(doc["claims"][0]["verdict"] == "unverifiable");
}

TEST_CASE("archive: a snapshot that contradicts the claim makes it contradicted") {
  Sites sites;
  sites.archived("dead", page("1.9"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache"});
  CHECK(r.exit_code == 1);
  const Json doc = json_of(r)["documents"][0];
  const Json& claim = doc["claims"][0];
  CHECK(claim["verdict"] == "contradicted");
  CHECK(claim["evidence"][0]["url"].get<std::string>().starts_with(
      "http://archive.example.org/web/20250710093000/"));
  REQUIRE(finding(doc, "archived-source") != nullptr);
  CHECK((*finding(doc, "archived-source"))["message"].get<std::string>().find(
            "does not back the claim") != std::string::npos);
}

TEST_CASE("archive: a second run with the same cache asks the archive nothing") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  const std::string cache = dir.path("cache");
  const auto first = sites.check(dir, {"post.md", "--format", "json", "--cache-dir", cache});
  const int asked = sites.archive_requests();
  CHECK(asked == 2);  // the availability answer and the raw snapshot
  const auto second = sites.check(dir, {"post.md", "--format", "json", "--cache-dir", cache});
  CHECK(sites.archive_requests() == asked);
  CHECK(json_of(second)["documents"][0]["claims"][0]["verdict"] == "supported");
  // The same copy and the same verdict, the second time from the cache.
  CHECK(json_of(second)["documents"][0]["references"][0]["source"]["archive"] ==
        json_of(first)["documents"][0]["references"][0]["source"]["archive"]);
}

TEST_CASE("archive: the date asked for comes from the article, --as-of, the entry, or today") {
  Sites sites;
  sites.start();
  ScratchDir dir;
  auto asked_for = [&](const std::string& file, const std::string& text,
                       std::vector<std::string> extra = {}) {
    dir.write(file, text);
    std::vector<std::string> args = {file, "--format", "json", "--no-cache"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = sites.check(dir, args);
    const Json doc = json_of(r)["documents"][0];
    const Json& archive = doc["references"][0]["source"]["archive"];
    return archive["as_of"].get<std::string>() + " " + archive["as_of_from"].get<std::string>() +
           " " + sites.asked().back().substr(sites.asked().back().find('@') + 1);
  };
  CHECK(asked_for("front.md", article("a", "2024-03-01")) ==
        "2024-03-01 front-matter 20240301120000");
  const std::string cited =
      "<p>The harbour handled 2.4 million containers in 2024, a record for the port <a "
      "href='http://news.example.com/live/b'>[1]</a>.</p></body></html>";
  CHECK(asked_for("meta.html",
                  "<html><head><meta property='article:published_time' "
                  "content='2023-11-05T08:00:00+00:00'></head><body>" +
                      cited) == "2023-11-05 article:published_time 20231105120000");
  CHECK(asked_for("ld.html",
                  "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                  "\"datePublished\": \"2022-06-30\"}</script></head><body>" +
                      cited) == "2022-06-30 json-ld 20220630120000");
  CHECK(asked_for("time.html",
                  "<html><body><p>Posted <time datetime='2021-01-15'>15 "
                  "January</time></p>" +
                      cited) == "2021-01-15 time 20210115120000");
  CHECK(asked_for("asof.md", article("c", "2024-03-01"), {"--as-of", "2020-02-29"}) ==
        "2020-02-29 as-of 20200229120000");
  const std::string plain =
      "Harbour report\nThe harbour handled 2.4 million containers in 2024, a record [1].\n\n"
      "References\n[1] Harbour Courier. http://news.example.com/live/d Retrieved 12 March 2025.\n";
  CHECK(asked_for("retrieved.txt", plain) == "2025-03-12 retrieved 20250312120000");
  const std::string today = archive::today();
  std::string stamp = today;
  std::erase(stamp, '-');
  CHECK(asked_for("today.txt",
                  "Harbour report\nThe harbour handled 2.4 million containers in 2024 [1].\n\n"
                  "References\n[1] http://news.example.com/live/e\n") ==
        today + " today " + stamp + "120000");
}

TEST_CASE("archive: an archive that is down, slow, rate-limiting or answering junk: one notice") {
  for (const std::string how : {"429", "503", "junk", "slow", "down"}) {
    CAPTURE(how);
    Sites sites;
    sites.archived("dead", page("2.4"));
    if (how == "junk") sites.archive_junk();
    if (how == "slow") sites.archive_slow();
    if (how == "429" || how == "503") sites.archive_answers(std::stoi(how));
    sites.start();
    ScratchDir dir;
    dir.write("post.md", article("dead"));
    std::vector<std::string> args = {"post.md", "--format", "json", "--no-cache"};
    if (how == "slow") args.insert(args.end(), {"--timeout", "1"});
    const ClosedPort closed;
    if (how == "down") {
      // An archive whose name leads to a port where nothing listens.
      args.insert(args.end(), {"--archive-url", "http://down.example.org", "--connect-to",
                               "down.example.org:80:127.0.0.1:" + std::to_string(closed.port())});
    }
    const auto r = sites.check(dir, args);
    CHECK(r.exit_code == 1);  // the broken source, as without --archive
    const Json doc = json_of(r)["documents"][0];
    CHECK(doc["references"][0]["source"]["archive"]["reason"] == "archive-error");
    REQUIRE(doc.contains("notices"));
    CHECK(doc["notices"].size() == 1);
    CHECK(doc["notices"][0].get<std::string>().find("the web archive") != std::string::npos);
    CHECK(doc["claims"][0]["verdict"] == "unverifiable");
  }
}

TEST_CASE("archive: a rate-limited archive is asked again after its Retry-After") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.archive_answers(429, 1, "1");  // the first question only
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  const auto r = sites.check(dir, {"post.md", "--format", "json", "--no-cache", "--retries", "1"});
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["references"][0]["source"]["archive"]["state"] == "ok");
  CHECK(doc["claims"][0]["verdict"] == "supported");
  CHECK_FALSE(doc.contains("notices"));
  CHECK(sites.asked().size() == 2);
  CHECK(sites.asking_span() >= 0.9);  // waited the second it was told to, not less
}

TEST_CASE("archive: the config's archive and archive-url turn lookups on without the flags") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  dir.write("citecheck.toml", "archive = true\narchive-url = \"http://archive.example.org\"\n");
  const auto r = sites.check(
      dir, {"post.md", "--format", "json", "--no-cache", "--config", "citecheck.toml"}, false);
  INFO(r.err);
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["references"][0]["source"]["archive"]["state"] == "ok");
  CHECK(finding(doc, "archived-source") != nullptr);
  CHECK(sites.archive_requests() == 2);  // the availability answer and the raw snapshot

  // Without --archive or the setting, a dead page is only dead.
  const auto off = sites.check(dir, {"post.md", "--format", "json", "--no-cache"}, false);
  CHECK_FALSE(json_of(off)["documents"][0]["references"][0]["source"].contains("archive"));
  CHECK(sites.archive_requests() == 2);
}

TEST_CASE("archive: --as-of without --archive is a usage error") {
  ScratchDir dir;
  dir.write("post.md", article("x"));
  ProcessOptions options;
  options.cwd = dir.path();
  const auto r = run_citecheck({"post.md", "--as-of", "2025-01-01", "--offline"}, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--as-of") != std::string::npos);
  const auto bad = run_citecheck({"post.md", "--archive", "--as-of", "2025-02-30"}, options);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("not a date") != std::string::npos);
}

TEST_CASE("archive: replay: asks a pywb-style collection by its Wayback URLs") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  dir.write("gone.md", article("never"));
  const auto r = sites.check(dir, {"post.md", "gone.md", "--format", "json", "--no-cache",
                                   "--archive-url", "replay:http://archive.example.org/coll"});
  const Json report = json_of(r);
  const Json& doc = report["documents"][0];  // in the order given
  const Json& archive = doc["references"][0]["source"]["archive"];
  const std::string capture =
      "http://archive.example.org/coll/20250710093000/http://news.example.com/live/dead";
  CHECK(archive["url"] == capture);
  CHECK(archive["timestamp"] == "2025-07-10T09:30:00Z");
  CHECK(doc["claims"][0]["verdict"] == "supported");
  CHECK(doc["claims"][0]["evidence"][0]["url"] == capture);
  CHECK(finding(doc, "archived-source") != nullptr);
  CHECK(report["documents"][1]["references"][0]["source"]["archive"]["reason"] == "not-archived");
  // Each day asked once, and the one capture the redirect leads to.
  CHECK(sites.count_asked("@20250710") == 3);
  CHECK(sites.count_asked("@20250710093000") == 1);
  const auto bad = sites.check(dir, {"post.md", "--archive-url", "replay:archive.example.org"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("replay:http://localhost:8080/my-coll") != std::string::npos);
}

TEST_CASE("archive: a snapshot directory keeps the archived copies for --offline --archive") {
  Sites sites;
  sites.archived("dead", page("2.4"));
  sites.start();
  ScratchDir dir;
  dir.write("post.md", article("dead"));
  const auto saved = sites.check(dir, {"snapshot", "post.md", "--out", "saved", "--no-cache"});
  INFO(saved.out, saved.err);
  CHECK(saved.exit_code == 0);
  const std::string manifest = read_file(dir.path("saved/manifest.tsv"));
  CHECK(manifest.find("/wayback/available?url=") != std::string::npos);
  CHECK(manifest.find("/web/20250710093000id_/http://news.example.com/live/dead") !=
        std::string::npos);
  const int asked = sites.archive_requests();
  const auto r = sites.check(
      dir, {"post.md", "--format", "json", "--no-cache", "--offline", "--sources", "saved"});
  CHECK(sites.archive_requests() == asked);
  const Json doc = json_of(r)["documents"][0];
  CHECK(doc["claims"][0]["verdict"] == "supported");
  CHECK(doc["references"][0]["source"]["archive"]["state"] == "ok");
  CHECK(finding(doc, "archived-source") != nullptr);

  // Offline with nothing saved: the archive is asked nothing and nothing is made up.
  const auto bare = sites.check(dir, {"post.md", "--format", "json", "--no-cache", "--offline"});
  const Json none = json_of(bare)["documents"][0];
  CHECK_FALSE(none["references"][0]["source"].contains("archive"));  // never read: not asked
  CHECK(sites.archive_requests() == asked);
}

}  // namespace citecheck::testing
