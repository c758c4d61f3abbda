// The HTTP cache as a CI job and an editor meet it: the real binary against a loopback server,
// run twice or side by side, with a cache directory of the test's own (--cache-dir).
#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

constexpr int kUrls = 200;

// A statistics office's page, with the furniture real pages carry; `visitors` is the figure.
std::string office_page(int site, int visitors) {
  return "<!doctype html><html><head><title>Visitor survey | Office of Statistics</title>"
         "<script>window.dataLayer = [];</script></head><body>"
         "<div class='cookie-banner'>We use cookies to measure traffic. <button>Accept</button>"
         "</div><nav><a href='/'>Home</a> <a href='/releases'>Releases</a></nav>"
         "<article><h1>Visitor survey</h1><p>The survey of site " +
         std::to_string(site) + " counted " + std::to_string(visitors) +
         " visitors in 2024, the office said in its yearly report.</p></article>"
         "<aside>Most read: Rail use up 4% in the spring quarter</aside>"
         "<footer>Copyright 2025 Office of Statistics</footer></body></html>";
}

// An article whose claim k (1-based) cites /report/k and quotes site k's figure as k + 100.
std::string survey_article(int urls) {
  std::string text = "Visitor survey\n";
  for (int i = 1; i <= urls; ++i) {
    text += "Site " + std::to_string(i) + " counted " + std::to_string(i + 100) +
            " visitors in 2024 [" + std::to_string(i) + "].\n";
  }
  text += "References\n";
  for (int i = 1; i <= urls; ++i) {
    text +=
        "[" + std::to_string(i) + "] http://stats.example.org/report/" + std::to_string(i) + "\n";
  }
  return text;
}

// /report/N answers with an ETag, and 304 when the client already holds that version. `shift`
// moves every figure, so a test can change the pages under the cache.
struct OfficeServer {
  LoopbackServer server;
  std::atomic<int> shift{0};
  std::atomic<int> not_modified{0};

  OfficeServer() {
    server.http().Get(
        R"(/report/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
          const int site = std::stoi(req.matches[1]);
          const std::string etag = "\"v" + std::to_string(shift.load()) + "\"";
          if (req.get_header_value("If-None-Match") == etag) {
            ++not_modified;
            res.status = 304;
            res.set_header("ETag", etag);
            return;
          }
          res.set_header("ETag", etag);
          res.set_content(office_page(site, site + 100 + shift.load()), "text/html; charset=utf-8");
        });
    // A report that moved for good, and one the office withdrew.
    server.http().Get(R"(/old/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      res.status = 301;
      res.set_header("Location", "http://stats.example.org/report/" + req.matches[1].str());
    });
    server.http().Get(R"(/withdrawn/(\d+))", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content("<h1>Not found</h1>", "text/html");
    });
    server.start();
  }

  int requests() const { return static_cast<int>(server.requests().size()); }
};

ProcessResult run(const ScratchDir& dir, const OfficeServer& office,
                  std::vector<std::string> args) {
  args.insert(args.begin(), citecheck_binary());
  // One host serves every page: no pause between requests, so 200 URLs take no test time.
  if (args[1] != "cache") {
    for (const char* flag : {"--host-interval", "0", "--per-host", "16"}) args.push_back(flag);
    const auto flags = office.server.connect_to_flags("stats.example.org");
    args.insert(args.end(), flags.begin(), flags.end());
  }
  ProcessOptions options;
  options.cwd = dir.path();
  options.env.emplace_back("NO_COLOR", "1");
  return run_process(args, options);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// The report with every source's "from" (network, cache or sources: where this run read it)
// spelled "-": all else must match between a run and its replay.
std::string without_from(const std::string& json) {
  static const std::regex kFrom(R"re("from": "[a-z]+")re");
  return std::regex_replace(json, kFrom, R"("from": "-")");
}

}  // namespace

TEST_CASE("a second run of an article citing 200 URLs sends no request, with the same verdicts") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(kUrls));
  const std::vector<std::string> args = {"survey.txt", "--format", "json", "--cache-dir", "cache"};
  const auto cold = run(dir, office, args);
  CHECK(cold.exit_code == 0);
  CHECK(office.requests() == kUrls);
  CHECK(count(cold.out, "\"verdict\": \"supported\"") == kUrls);
  CHECK(count(cold.out, "\"from\": \"network\"") == kUrls);

  const auto warm = run(dir, office, args);
  CHECK(warm.exit_code == 0);
  CHECK(office.requests() == kUrls);  // not one more
  CHECK(count(warm.out, "\"from\": \"cache\"") == kUrls);
  CHECK(without_from(warm.out) == without_from(cold.out));
}

TEST_CASE("a page changed on the server is picked up once its entry is past --max-cache-age") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(1));
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  office.shift = 5;  // the office corrects its figure: 106, no longer 101
  const auto young = run(dir, office, {"survey.txt", "--cache-dir", "cache"});
  CHECK(young.exit_code == 0);  // within a day: the cached page, which still says 101
  CHECK(office.requests() == 1);
  const auto old = run(dir, office, {"survey.txt", "--cache-dir", "cache", "--max-cache-age", "0"});
  CHECK(office.requests() == 2);
  CHECK(old.exit_code == 1);
  CHECK(old.out.find("contradicted") != std::string::npos);
  // And the new page is what the cache now holds, offline too.
  const auto offline = run(dir, office, {"survey.txt", "--cache-dir", "cache", "--offline"});
  CHECK(offline.out.find("contradicted") != std::string::npos);
  CHECK(office.requests() == 2);
}

TEST_CASE("a stale entry is revalidated with If-None-Match, and a 304 keeps the cached page") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(1));
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  const auto again =
      run(dir, office,
          {"survey.txt", "--cache-dir", "cache", "--max-cache-age", "0", "--format", "json"});
  CHECK(again.exit_code == 0);
  CHECK(office.not_modified == 1);
  const auto requests = office.server.requests();
  REQUIRE(requests.size() == 2);
  CHECK(requests[1].headers.find("If-None-Match") != requests[1].headers.end());
  CHECK(again.out.find("\"verdict\": \"supported\"") != std::string::npos);
  CHECK(again.out.find("\"from\": \"cache\"") != std::string::npos);
  // The 304 made the entry fresh again: the next run within the day asks nothing.
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  CHECK(office.requests() == 2);
}

TEST_CASE("runs checking at once with one new cache all succeed") {
  // Two runs start together on a cache that does not exist yet: both create it, switch it to WAL
  // and write to it at the same moment, which is where "database is locked" came from. The race is
  // won or lost by timing, so it is run several times, each on a new cache.
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(20));
  std::vector<std::string> args;
  for (int round = 0; round < 5; ++round) {
    args = {"survey.txt", "--cache-dir", "cache" + std::to_string(round), "-q"};
    std::vector<ProcessResult> results(2);
    std::vector<std::thread> runs;
    for (ProcessResult& result : results)
      runs.emplace_back([&] { result = run(dir, office, args); });
    for (std::thread& t : runs) t.join();
    for (const ProcessResult& result : results) {
      CHECK(result.exit_code == 0);
      CHECK(result.err == "");
    }
  }
  // Whatever either stored, a third run finds it all.
  const int before = office.requests();
  CHECK(run(dir, office, args).exit_code == 0);
  CHECK(office.requests() == before);
}

TEST_CASE("a truncated cache file is reported once, moved aside and rebuilt") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(3));
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  const std::string file = dir.path("cache/cache.sqlite3");
  REQUIRE(std::filesystem::file_size(file) > 1000);
  std::filesystem::resize_file(file, 1000);
  const auto r = run(dir, office, {"survey.txt", "--cache-dir", "cache"});
  CHECK(r.exit_code == 0);
  CHECK(count(r.err, "\n") == 1);
  CHECK(r.err.find("citecheck: warning: the cache") != std::string::npos);
  CHECK(r.err.find("damaged") != std::string::npos);
  CHECK(std::filesystem::exists(file + ".corrupt"));
  CHECK(office.requests() == 6);
  // The rebuilt cache works: the next run is answered from it.
  const auto next = run(dir, office, {"survey.txt", "--cache-dir", "cache"});
  CHECK(next.exit_code == 0);
  CHECK(next.err.empty());
  CHECK(office.requests() == 6);
}

TEST_CASE("snapshot, then --sources DIR --offline, reproduces the JSON report") {
  // Sites 1 to 3 are read as they are; site 4's report moved for good (301) and site 5's was
  // withdrawn (404), so the report carries a moved-source and a broken-source finding.
  ScratchDir dir;
  std::string article = survey_article(5);
  article.replace(article.find("/report/4\n"), 10, "/old/4\n");
  article.replace(article.find("/report/5\n"), 10, "/withdrawn/5\n");
  dir.write("survey.txt", article);
  ProcessResult online;
  {
    OfficeServer office;
    online = run(dir, office, {"survey.txt", "--format", "json", "--no-cache"});
    const auto snap = run(dir, office, {"snapshot", "survey.txt", "--out", "snap", "--no-cache"});
    CHECK(snap.exit_code == 0);
    CHECK(snap.err == "");
    CHECK(snap.out ==
          "saved 5 of 5 sources to snap (1 without a page: broken or unverifiable when fetched)\n");
  }  // the server is gone: the replay cannot reach it
  CHECK(online.exit_code == 1);
  CHECK(count(online.out, "\"from\": \"network\"") == 5);
  CHECK(count(online.out, "\"rule\": \"moved-source\"") == 1);
  CHECK(count(online.out, "\"rule\": \"broken-source\"") == 1);

  const std::string manifest = read_file(dir.path("snap/manifest.tsv"));
  CHECK(manifest.find("\nhttp://stats.example.org/report/1\t0001-stats.example.org.html\t"
                      "text/html; charset=utf-8\tstatus=200\t"
                      "final-url=http://stats.example.org/report/1\n") != std::string::npos);
  CHECK(manifest.find("\nhttp://stats.example.org/old/4\t0004-stats.example.org.html\t"
                      "text/html; charset=utf-8\tstatus=200\t"
                      "final-url=http://stats.example.org/report/4\t"
                      "redirect=http://stats.example.org/report/4\t"
                      "moved-to=http://stats.example.org/report/4\n") != std::string::npos);
  CHECK(manifest.find("\nhttp://stats.example.org/withdrawn/5\t-\t\tstatus=404\t"
                      "final-url=http://stats.example.org/withdrawn/5\tstate=broken\t"
                      "reason=not-found\tdetail=the server answered 404 Not Found\n") !=
        std::string::npos);

  const std::vector<std::string> replay = {
      citecheck_binary(), "survey.txt", "--format",  "json",
      "--sources",        "snap",       "--offline", "--no-cache"};
  ProcessOptions options;
  options.cwd = dir.path();
  const auto first = run_process(replay, options);
  const auto second = run_process(replay, options);
  CHECK(first.exit_code == 1);
  CHECK(first.err == "");
  CHECK(first.out == second.out);
  CHECK(count(first.out, "\"from\": \"sources\"") == 5);
  CHECK(count(first.out, "\"reason\": \"offline\"") == 0);
  // The snapshot's own report, made against what it saved, is the replay's byte for byte.
  CHECK(read_file(dir.path("snap/report.json")) == first.out);
  // And the online check's in everything but where each run read each source: statuses, final
  // URLs, redirects, the moved and broken sources' findings, and every verdict.
  CHECK(without_from(first.out) == without_from(online.out));
}

TEST_CASE("--offline answers from the cache - what it does not hold is not checked") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("one.txt", survey_article(1));
  dir.write("two.txt", survey_article(2));
  CHECK(run(dir, office, {"one.txt", "--cache-dir", "cache"}).exit_code == 0);
  const auto r =
      run(dir, office, {"two.txt", "--cache-dir", "cache", "--offline", "--format", "json"});
  CHECK(office.requests() == 1);
  CHECK(count(r.out, "\"from\": \"cache\"") == 1);
  CHECK(count(r.out, "\"reason\": \"offline\"") == 1);
}

TEST_CASE("a transient failure is not cached: the next run asks again") {
  LoopbackServer server;
  std::atomic<int> calls{0};
  server.http().Get("/report/1", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 503;
      res.set_content("<h1>Service unavailable</h1>", "text/html");
      return;
    }
    res.set_content(office_page(1, 101), "text/html");
  });
  server.start();
  ScratchDir dir;
  dir.write("survey.txt", survey_article(1));
  std::vector<std::string> args = {citecheck_binary(), "survey.txt", "--cache-dir", "cache",
                                   "--retries",        "0"};
  const auto flags = server.connect_to_flags("stats.example.org");
  args.insert(args.end(), flags.begin(), flags.end());
  ProcessOptions options;
  options.cwd = dir.path();
  const auto failed = run_process(args, options);
  CHECK(failed.out.find("server-error") != std::string::npos);
  const auto recovered = run_process(args, options);
  CHECK(recovered.exit_code == 0);
  CHECK(recovered.out.find("survey.txt:2:1: supported") != std::string::npos);
  CHECK(calls == 2);
}

TEST_CASE("extract URL goes through the cache") {
  OfficeServer office;
  ScratchDir dir;
  const auto online =
      run(dir, office, {"extract", "http://stats.example.org/report/7", "--cache-dir", "cache"});
  CHECK(online.exit_code == 0);
  CHECK(online.out.find("counted 107 visitors") != std::string::npos);
  const auto offline =
      run(dir, office,
          {"extract", "http://stats.example.org/report/7", "--cache-dir", "cache", "--offline"});
  CHECK(offline.exit_code == 0);
  CHECK(offline.out == online.out);
  CHECK(office.requests() == 1);
}

TEST_CASE("cache stats, prune and clear") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(4));
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  const auto stats = run(dir, office, {"cache", "stats", "--cache-dir", "cache"});
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.find("entries: 4\n") != std::string::npos);
  CHECK(stats.out.find("oldest: 20") != std::string::npos);
  const auto kept = run(dir, office, {"cache", "prune", "--cache-dir", "cache"});
  CHECK(kept.out.find("removed 0 entries") != std::string::npos);
  const auto cleared = run(dir, office, {"cache", "clear", "--cache-dir", "cache"});
  CHECK(cleared.out == "removed 4 entries\n");
  const auto empty = run(dir, office, {"cache", "stats", "--cache-dir", "cache"});
  CHECK(empty.out.find("entries: 0\noldest: none") == std::string::npos);
  CHECK(empty.out.find("entries: 0\n") != std::string::npos);
  CHECK(empty.out.find("oldest: none\n") != std::string::npos);
  const auto bad = run(dir, office, {"survey.txt", "--max-cache-age", "soon"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--max-cache-age 'soon'") != std::string::npos);
}

TEST_CASE("cache prune and clear say '1 entry' and '1 second'") {
  OfficeServer office;
  ScratchDir dir;
  dir.write("survey.txt", survey_article(1));
  CHECK(run(dir, office, {"survey.txt", "--cache-dir", "cache"}).exit_code == 0);
  const auto kept =
      run(dir, office, {"cache", "prune", "--cache-dir", "cache", "--max-cache-age", "1"});
  CHECK(kept.exit_code == 0);
  CHECK(kept.out == "removed 0 entries older than 1 second\n");
  const auto day =
      run(dir, office, {"cache", "prune", "--cache-dir", "cache", "--max-cache-age", "2d"});
  CHECK(day.out == "removed 0 entries older than 172800 seconds\n");
  const auto cleared = run(dir, office, {"cache", "clear", "--cache-dir", "cache"});
  CHECK(cleared.out == "removed 1 entry\n");
}

}  // namespace citecheck::testing
