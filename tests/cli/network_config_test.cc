// The network settings of .citecheck.toml through the real binary, against a loopback server that
// real-looking URLs reach through --connect-to: timeout, user-agent, accept-status and the
// [hosts."NAME"] tables change what is fetched, and the command line still wins where it can.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using std::chrono::milliseconds;

constexpr const char* kHarbourPage =
    "<html><head><title>Harbour breaks record</title></head><body><article><h1>Harbour breaks "
    "record</h1><p>The harbour handled 2.4 million containers in 2024, a record for the port, "
    "officials said on Monday. Shipping lines added three new routes during the year.</p>"
    "</article></body></html>";

constexpr const char* kClaim =
    "Harbour report\n"
    "The harbour handled 2.4 million containers in 2024, a record for the port [1].\n"
    "References\n";

// A scratch repository with a config file, checked by the real binary with no cache (unless the
// arguments name one), so that one run's pages never answer for the next.
struct Site {
  LoopbackServer server;
  ScratchDir dir;

  ProcessResult check(const std::string& config, std::vector<std::string> args) const {
    dir.write("citecheck.toml", config);
    const bool cached = std::find(args.begin(), args.end(), "--cache-dir") != args.end();
    args.insert(args.begin(), citecheck_binary());
    args.insert(args.end(), {"--config", dir.path("citecheck.toml")});
    if (!cached) args.push_back("--no-cache");
    for (const char* host : {"news.example.com", "data.example.org", "example.com"}) {
      for (const std::string& flag : server.connect_to_flags(host)) args.push_back(flag);
    }
    ProcessOptions options;
    options.cwd = dir.path();
    options.env = {{"NO_COLOR", "1"}, {"XDG_CONFIG_HOME", dir.path("xdg")}};
    return run_process(args, options);
  }

  // The harbour page answered with a 403, and an article whose claim cites it.
  void serve_forbidden_harbour() {
    server.http().Get("/harbour", [](const httplib::Request&, httplib::Response& res) {
      res.status = 403;
      res.set_content(kHarbourPage, "text/html");
    });
    server.start();
    dir.write("a.txt", std::string(kClaim) + "[1] http://news.example.com/harbour\n");
  }
};

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("network config: timeout makes a slow page time out, and --timeout wins over it") {
  Site site;
  site.server.http().Get("/slow", [](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(milliseconds(1500));
    res.set_content(kHarbourPage, "text/html");
  });
  site.server.start();
  site.dir.write("a.txt", std::string(kClaim) + "[1] http://news.example.com/slow\n");
  const auto timed_out =
      site.check("timeout = 0.3\n", {"a.txt", "--retries", "0", "--format", "json"});
  CHECK(timed_out.exit_code == 0);  // unverifiable: a warning
  CHECK(has(timed_out.out, "\"reason\": \"timeout\""));
  const auto flag = site.check("timeout = 0.3\n",
                               {"a.txt", "--retries", "0", "--timeout", "10", "--format", "json"});
  CHECK(has(flag.out, "\"verdict\": \"supported\""));
}

TEST_CASE("network config: user-agent reaches the server, and --user-agent wins over it") {
  Site site;
  site.server.http().Get("/harbour", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kHarbourPage, "text/html");
  });
  site.server.start();
  site.dir.write("a.txt", std::string(kClaim) + "[1] http://news.example.com/harbour\n");
  const std::string config = "user-agent = \"DocsTeamBot/1.0 (docs@example.org)\"\n";
  CHECK(site.check(config, {"a.txt"}).exit_code == 0);
  CHECK(site.check(config, {"a.txt", "--user-agent", "FlagBot/2.0"}).exit_code == 0);
  const auto seen = site.server.requests();
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].headers.find("User-Agent")->second == "DocsTeamBot/1.0 (docs@example.org)");
  CHECK(seen[1].headers.find("User-Agent")->second == "FlagBot/2.0");
}

TEST_CASE("network config: accept-status = [403] has a 403 page read and its claim judged") {
  Site site;
  site.serve_forbidden_harbour();
  const auto refused = site.check("", {"a.txt", "--format", "json"});
  CHECK(refused.exit_code == 0);
  CHECK(has(refused.out, "\"reason\": \"forbidden\""));
  CHECK(has(refused.out, "\"verdict\": \"unverifiable\""));
  const auto accepted = site.check("accept-status = [403]\n", {"a.txt", "--format", "json"});
  CHECK(accepted.exit_code == 0);
  CHECK(has(accepted.out, "\"state\": \"ok\""));
  CHECK(has(accepted.out, "\"http_status\": 403"));
  CHECK(has(accepted.out, "\"verdict\": \"supported\""));
}

TEST_CASE("network config: offline, a page cached under accept-status reads as its status now") {
  Site site;
  site.serve_forbidden_harbour();
  std::vector<std::string> args = {"a.txt", "--format", "json", "--cache-dir",
                                   site.dir.path("cache")};
  CHECK(has(site.check("accept-status = [403]\n", args).out, "\"verdict\": \"supported\""));
  args.push_back("--offline");
  // Still accepted: the cached page is read and judged.
  const auto kept = site.check("accept-status = [403]\n", args);
  CHECK(has(kept.out, "\"from\": \"cache\""));
  CHECK(has(kept.out, "\"verdict\": \"supported\""));
  // No longer accepted: the cached answer is a 403 again, not a page missing from the cache.
  const auto dropped = site.check("", args);
  CHECK(has(dropped.out, "\"reason\": \"forbidden\""));
  CHECK_FALSE(has(dropped.out, "\"reason\": \"offline\""));
  CHECK(has(dropped.out, "\"from\": \"cache\""));
  CHECK(has(dropped.out, "\"verdict\": \"unverifiable\""));
  CHECK(site.server.count("/harbour") == 1);
}

TEST_CASE("network config: a [hosts] table spaces requests and adds headers for its hosts only") {
  Site site;
  site.server.http().Get(R"(/p/(\w+))", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kHarbourPage, "text/html");
  });
  site.server.start();
  std::string article = kClaim;
  int id = 0;
  for (const char* host : {"news.example.com", "data.example.org"}) {
    for (const char* page : {"a", "b", "c"}) {
      article += "[" + std::to_string(++id) + "] http://" + host + "/p/" + page + "\n";
    }
  }
  article += "[7] http://example.com/p/apex\n";
  site.dir.write("a.txt", article);
  const std::string config =
      "[hosts.\"*.example.com\"]\n"
      "interval = 0.25\n"
      "headers = { X-Team = \"docs\" }\n";
  site.check(config, {"a.txt", "--host-interval", "0", "--header", "X-Team: everyone", "--header",
                      "X-Run: ci"});
  std::vector<ReceivedRequest> news, data, apex;
  for (const ReceivedRequest& r : site.server.requests()) {
    (r.host == "news.example.com" ? news : r.host == "data.example.org" ? data : apex).push_back(r);
  }
  REQUIRE(news.size() == 3);
  REQUIRE(data.size() == 3);
  REQUIRE(apex.size() == 1);
  // 250 ms apart on the matched host, with slack for a loaded machine; the other host's
  // requests, with --host-interval 0, are all in before the matched host's last one.
  for (std::size_t i = 1; i < news.size(); ++i)
    CHECK(news[i].at - news[i - 1].at >= milliseconds(150));
  for (const ReceivedRequest& r : data) CHECK(r.at < news[2].at);
  // The table's X-Team replaces --header's for its hosts; other headers stay.
  for (const ReceivedRequest& r : news) {
    CHECK(r.headers.count("X-Team") == 1);
    CHECK(r.headers.find("X-Team")->second == "docs");
    CHECK(r.headers.find("X-Run")->second == "ci");
  }
  // "*.example.com" is example.com's subdomains, not example.com itself.
  for (const auto& others : {data, apex}) {
    for (const ReceivedRequest& r : others) {
      CHECK(r.headers.find("X-Team")->second == "everyone");
    }
  }
}

TEST_CASE("network config: extract reads it as a check does, and --no-config reads none") {
  Site site;
  site.server.http().Get("/harbour", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kHarbourPage, "text/html");
  });
  site.server.start();
  site.dir.write(".citecheck.toml",
                 "user-agent = \"DocsTeamBot/1.0\"\n"
                 "[hosts.\"news.example.com\"]\n"
                 "headers = { X-Team = \"docs\" }\n");
  ProcessOptions options;
  options.cwd = site.dir.path();
  options.env = {{"XDG_CONFIG_HOME", site.dir.path("xdg")}};
  for (const bool none : {false, true}) {
    std::vector<std::string> args = {citecheck_binary(), "extract",
                                     "http://news.example.com/harbour", "--no-cache"};
    for (const std::string& flag : site.server.connect_to_flags("news.example.com"))
      args.push_back(flag);
    if (none) args.push_back("--no-config");
    const auto r = run_process(args, options);
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "2.4 million containers"));
  }
  const auto seen = site.server.requests();
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].headers.find("User-Agent")->second == "DocsTeamBot/1.0");
  CHECK(seen[0].headers.find("X-Team")->second == "docs");
  CHECK(has(seen[1].headers.find("User-Agent")->second, "citecheck/"));
  CHECK(seen[1].headers.count("X-Team") == 0);
}

}  // namespace citecheck::testing
