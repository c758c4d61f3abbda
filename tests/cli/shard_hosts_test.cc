// `citecheck snapshot --shard-hosts I/N`: N machines share the cited hosts, each host fetched by
// one of them under the per-host limit, and the check that follows reads every shard's sources
// directory (--sources repeated). The loopback server counts, per Host header, the requests it
// is answering at once.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

constexpr int kHosts = 12;
constexpr int kPagesPerHost = 6;
constexpr int kShards = 4;
constexpr int kPerHost = 2;

std::string host_name(int h) { return "news" + std::to_string(h) + ".example.com"; }

// Requests in flight per Host header, and the most there ever were.
struct PerHostLoad {
  std::mutex mutex;
  std::map<std::string, int> now;
  std::map<std::string, int> peak;
};

}  // namespace

TEST_CASE("host shards fetch each host from one process, within the per-host limit") {
  LoopbackServer server;
  PerHostLoad load;
  server.http().Get(R"(/page-(\d+))", [&](const httplib::Request& req, httplib::Response& res) {
    const std::string host = req.get_header_value("Host");
    {
      const std::lock_guard<std::mutex> lock(load.mutex);
      const int n = ++load.now[host];
      load.peak[host] = std::max(load.peak[host], n);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    {
      const std::lock_guard<std::mutex> lock(load.mutex);
      --load.now[host];
    }
    res.set_content(
        "<html><head><title>Harbour</title></head><body><article><p>The harbour "
        "handled 2.4 million containers in 2024.</p></article></body></html>",
        "text/html");
  });
  server.start();

  ScratchDir dir;
  std::vector<std::string> connect;
  std::set<std::string> urls;
  for (int a = 0; a < kHosts * kPagesPerHost / 3; ++a) {
    std::string article = "Harbour\nThe harbour handled 2.4 million containers in 2024 [1].\n";
    article += "References\n";
    for (int k = 0; k < 3; ++k) {
      const int page = a * 3 + k;
      const std::string url =
          "http://" + host_name(page % kHosts) + "/page-" + std::to_string(page);
      urls.insert(url);
      article += "[" + std::to_string(k + 1) + "] " + url + "\n";
    }
    dir.write("docs/article-" + std::to_string(a) + ".txt", article);
  }
  for (int h = 0; h < kHosts; ++h) {
    for (const std::string& rule : server.connect_to_flags(host_name(h))) connect.push_back(rule);
  }

  // The four host shards at once, as four machines would run them.
  std::vector<ProcessResult> results(kShards);
  std::vector<std::thread> machines;
  for (int i = 0; i < kShards; ++i) {
    machines.emplace_back([&, i] {
      std::vector<std::string> args = {
          "snapshot",        "docs",
          "--out",           "snap-" + std::to_string(i),
          "--shard-hosts",   std::to_string(i) + "/" + std::to_string(kShards),
          "--per-host",      std::to_string(kPerHost),
          "--host-interval", "0",
          "--no-cache",      "--allow-private"};
      args.insert(args.end(), connect.begin(), connect.end());
      ProcessOptions options;
      options.cwd = dir.path();
      results[static_cast<std::size_t>(i)] = run_citecheck(args, options);
    });
  }
  for (std::thread& t : machines) t.join();
  for (const ProcessResult& r : results) CHECK_MESSAGE(r.exit_code == 0, r.err);

  // No host ever had more requests at once than the per-host limit, over all four processes.
  CHECK(load.peak.size() == static_cast<std::size_t>(kHosts));
  for (const auto& host : load.peak) {
    CAPTURE(host.first);
    CHECK(host.second <= kPerHost);
  }
  // Every cited URL was fetched once, by one of them, and saved once.
  std::map<std::string, int> fetched;
  for (const ReceivedRequest& r : server.requests()) ++fetched["http://" + r.host + r.path];
  CHECK(fetched.size() == urls.size());
  for (const auto& url : fetched) {
    CAPTURE(url.first);
    CHECK(url.second == 1);
    CHECK(urls.count(url.first) == 1);
  }
  std::size_t listed = 0;
  for (int i = 0; i < kShards; ++i) {
    const std::string manifest = read_file(dir.path("snap-" + std::to_string(i) + "/manifest.tsv"));
    for (std::size_t at = manifest.find("\nhttp://"); at != std::string::npos;
         at = manifest.find("\nhttp://", at + 1)) {
      ++listed;
    }
    if (manifest.rfind("http://", 0) == 0) ++listed;
  }
  CHECK(listed == urls.size());

  // The check reads every shard's directory, offline: each source from them.
  std::vector<std::string> args = {"docs", "--offline", "--no-cache", "--format", "json"};
  for (int i = 0; i < kShards; ++i) {
    args.push_back("--sources");
    args.push_back("snap-" + std::to_string(i));
  }
  ProcessOptions options;
  options.cwd = dir.path();
  const ProcessResult check = run_citecheck(args, options);
  CHECK_MESSAGE(check.exit_code == 0, check.err);
  const nlohmann::json report = nlohmann::json::parse(check.out);
  std::size_t references = 0;
  for (const auto& doc : report["documents"]) {
    for (const auto& ref : doc["references"]) {
      ++references;
      CHECK(ref["source"]["from"] == "sources");
      CHECK(ref["source"]["state"] == "ok");
    }
  }
  CHECK(references == urls.size());
}

TEST_CASE("--shard-hosts takes I/N with I below N") {
  ScratchDir dir;
  dir.write("a.txt", "A\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const auto bad =
      run_citecheck({"snapshot", "a.txt", "--out", "s", "--shard-hosts", "2/2"}, options);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("not a shard such as 0/4") != std::string::npos);
}

}  // namespace citecheck::testing
