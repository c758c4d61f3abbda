// Hostile input through the real binary (issue 9): every kind of bad input a CMS hook or CI job
// can be handed ends with exit 0, 1 or 2 and a message an editor can act on, never a crash or a
// hang; addresses inside the machine are never requested; SIGINT and SIGTERM end a run with 130.
// Time and memory for the big inputs are measured in bench/RESULTS.md, not asserted here.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

ProcessResult citecheck(std::vector<std::string> args, const std::string& cwd = {}) {
  args.insert(args.begin(), citecheck_binary());
  ProcessOptions options;
  options.cwd = cwd;
  options.env.emplace_back("NO_COLOR", "1");
  return run_process(args, options);
}

// A page that keeps opening elements and never closes one: gumbo alone would take minutes.
std::string deep_page(int depth) {
  std::string page = "<html><head><title>Deep page</title></head><body><p>Ridership rose 12% in ";
  page += "2024, the operator said.</p>";
  for (int i = 0; i < depth; ++i) page += "<div>";
  page += "<p>Fares fell 3% in 2024.</p></body></html>";
  return page;
}

}  // namespace

TEST_CASE("NUL bytes inside otherwise good text exit 2 naming where the first one is") {
  ScratchDir s;
  const std::string path =
      s.write("draft.md", std::string("# Fares\n\nFares rose 4%\0 in 2024 [1].\n", 37));
  const auto r = citecheck({path});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "citecheck: error: '" + path +
                     "' looks like a binary file (a NUL byte at line 3, column 14)\n");
  CHECK(r.out.empty());
}

TEST_CASE("a 70 MB document exits 2 naming the 64 MiB limit") {
  ScratchDir s;
  std::string line = "Ridership rose 12% in 2024, the operator said, and fares fell again.\n";
  std::string big;
  big.reserve(70'000'000 + line.size());
  while (big.size() < 70'000'000) big += line;
  const std::string path = s.write("huge.txt", big);
  big.clear();
  big.shrink_to_fit();
  const auto r = citecheck({path});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "citecheck: error: '" + path + "' is larger than the 64 MiB limit for a document\n");
}

TEST_CASE("an HTML article 200000 elements deep is reported as not checked and not overflowed") {
  ScratchDir s;
  const std::string path = s.write("deep.html", deep_page(200'000));
  const auto r = citecheck({path, "--offline", "--format", "json"});
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  REQUIRE(doc["notices"].size() == 1);
  CHECK(doc["notices"][0].get<std::string>().find("nest more than 4000 deep") != std::string::npos);
}

TEST_CASE("a source page 200000 elements deep is read flat and still backs the claim") {
  ScratchDir s;
  s.write("sources/deep.html", deep_page(200'000));
  s.write("sources/manifest.tsv", "https://transit.example.org/deep\tdeep.html\n");
  s.write("a.txt",
          "Fares\nFares fell 3% in 2024, the operator said [1].\n"
          "References\n[1] https://transit.example.org/deep\n");
  const auto r = citecheck({"a.txt", "--sources", "sources", "--offline"}, s.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("a.txt:2:1: supported") != std::string::npos);
}

TEST_CASE("20000 references: the first 10000 are checked and a notice says so") {
  ScratchDir s;
  std::string text = "Ridership\nRidership rose 12% in 2024, the operator said [1].\nReferences\n";
  for (int i = 1; i <= 20'000; ++i) {
    text +=
        "[" + std::to_string(i) + "] https://transit" + std::to_string(i) + ".example.org/report\n";
  }
  const std::string path = s.write("refs.txt", text);
  const auto r = citecheck({path, "--offline", "--format", "json"});
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["references"].size() == 10'000);
  REQUIRE(doc["notices"].size() == 1);
  CHECK(doc["notices"][0] ==
        "20,000 references: only the first 10,000 are checked (the limit per document)");
}

TEST_CASE("a 1.5 MB run-on sentence is left out of the claims with a notice naming its line") {
  ScratchDir s;
  std::string text = "Fares\nRidership rose 12% in 2024 [1].\nFares rose 5% ";
  for (int i = 0; i < 100'000; ++i) text += "and then again ";
  text += "[1].\nReferences\n[1] https://transit.example.org/report\n";
  const auto r = citecheck({s.write("a.txt", text), "--offline", "--format", "json"});
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  REQUIRE(doc["claims"].size() == 1);
  CHECK(doc["claims"][0]["id"] == "c1");
  CHECK(doc["claims"][0]["line"] == 2);
  REQUIRE(doc["notices"].size() == 1);
  CHECK(doc["notices"][0] ==
        "1 sentence longer than 4000 bytes (the first on line 3) was not read as claims");
}

TEST_CASE("Markdown with tens of thousands of unclosed footnotes and emphasis is still read") {
  ScratchDir s;
  std::string text = "# Fares\n\nRidership rose 12% in 2024.[^a]\n\n";
  for (int i = 0; i < 30'000; ++i) text += "[^*";
  text += "\n\n";
  for (int i = 0; i < 30'000; ++i) text += "*[";
  text += "\n\n[^a]: Transit report, https://transit.example.org/report\n";
  const auto r = citecheck({s.write("a.md", text), "--offline", "--format", "json"});
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  REQUIRE(doc["references"].size() == 1);
  CHECK(doc["references"][0]["url"] == "https://transit.example.org/report");
}

TEST_CASE("javascript: file: and ftp: references are never opened") {
  ScratchDir s;
  s.write("secret.html", "<p>Fares fell 3% in 2024.</p>");
  const std::string path =
      s.write("a.txt",
              "Fares\nFares fell 3% in 2024 [1], ridership rose 12% [2] and costs rose 5% [3].\n"
              "References\n[1] javascript:alert(document.cookie)\n[2] file://" +
                  s.path("secret.html") + "\n[3] ftp://files.example.org/report.pdf\n");
  const auto r = citecheck({path, "--format", "json"});
  CHECK(r.exit_code == 0);
  const Json refs = Json::parse(r.out)["documents"][0]["references"];
  REQUIRE(refs.size() == 3);
  for (const int i : {0, 1, 2}) {
    CHECK(refs[i]["source"]["state"] == "not-checked");
    CHECK(refs[i]["source"]["reason"] == "unsupported-scheme");
  }
  CHECK(refs[0]["source"]["detail"] == "'javascript:' URLs are never fetched");
  CHECK(refs[1]["source"]["detail"] == "'file:' URLs are never fetched");
}

TEST_CASE("IPv6 loopback and the cloud metadata address are never requested") {
  // Were either requested, the report would say timeout or connection-refused instead: the
  // address guard refuses them before any connection is opened.
  ScratchDir s;
  const std::string path =
      s.write("a.txt",
              "Fares\nFares fell 3% in 2024 [1] and ridership rose 12% [2].\nReferences\n"
              "[1] http://169.254.169.254/latest/meta-data/\n[2] http://[::1]:8080/admin\n");
  const auto r = citecheck({path, "--format", "json", "--timeout", "5"});
  CHECK(r.exit_code == 0);
  const Json refs = Json::parse(r.out)["documents"][0]["references"];
  REQUIRE(refs.size() == 2);
  CHECK(refs[0]["source"]["reason"] == "blocked-address");
  CHECK(refs[1]["source"]["reason"] == "blocked-address");
}

TEST_CASE("SIGINT or SIGTERM while fetching stops the run with exit 130 and one line") {
  for (const char* signal : {"INT", "TERM"}) {
    CAPTURE(signal);
    LoopbackServer server;
    ScratchDir s;
    const std::string started = s.path("started");
    server.http().Get("/stalled", [=](const httplib::Request&, httplib::Response& res) {
      std::ofstream(started) << "in flight\n";  // the shell may send the signal now
      std::this_thread::sleep_for(std::chrono::seconds(3));
      res.set_content("<p>late</p>", "text/html");
    });
    server.start();
    s.write("a.txt",
            "Fares\nFares fell 3% in 2024 [1].\nReferences\n"
            "[1] http://news.example.com/stalled\n");
    std::string command =
        "\"$0\" a.txt --connect-to news.example.com:80:127.0.0.1:" + std::to_string(server.port()) +
        " & pid=$!; n=0; while [ ! -e started ] && [ $n -lt 1200 ]; do sleep 0.05; "
        "n=$((n+1)); done; kill -" +
        signal + " $pid; wait $pid";
    ProcessOptions options;
    options.cwd = s.path();
    const auto r = run_process({"/bin/sh", "-c", command, citecheck_binary()}, options);
    CHECK(r.exit_code == 130);
    CHECK(r.err == "citecheck: interrupted\n");  // the handler ran: no death by signal
    CHECK(r.out.empty());
  }
}

}  // namespace citecheck::testing
