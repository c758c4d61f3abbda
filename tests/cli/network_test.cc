// The real binary fetching over the network, against a loopback server in the test process that
// real-looking URLs reach through --connect-to: what an editor sees in the report and exit status.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

constexpr const char* kHarbourPage =
    "<html><head><title>Harbour breaks record</title><script>var ads = 1;</script></head><body>"
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
    "<div class='cookie-banner'>We use cookies. Accept all?</div>"
    "<article><h1>Harbour breaks record</h1><p>The harbour handled 2.4 million containers in "
    "2024, a record for the port, officials said on Monday. Shipping lines added three new "
    "routes during the year.</p></article>"
    "<aside class='sidebar'>Most read: Ferry fares rise 12%</aside></body></html>";

constexpr const char* kNotFoundPage =
    "<html><head><title>Page not found | Harbour Courier</title></head><body><nav>Home</nav>"
    "<main><h1>Sorry, we couldn't find that page</h1><p>The page could not be found.</p></main>"
    "</body></html>";

std::string article(const std::string& path) {
  return "Harbour report\n"
         "The harbour handled 2.4 million containers in 2024, a record for the port [1].\n"
         "References\n"
         "[1] http://news.example.com" +
         path + "\n";
}

ProcessResult check(const ScratchDir& dir, const LoopbackServer& server,
                    std::vector<std::string> args) {
  args.insert(args.begin(), citecheck_binary());
  const auto flags = server.connect_to_flags("news.example.com");
  args.insert(args.end(), flags.begin(), flags.end());
  ProcessOptions options;
  options.cwd = dir.path();
  options.env.emplace_back("NO_COLOR", "1");
  return run_process(args, options);
}

void serve(LoopbackServer& s, const std::string& path, int status, const std::string& body) {
  s.http().Get(path, [=](const httplib::Request&, httplib::Response& res) {
    res.status = status;
    res.set_content(body, "text/html; charset=utf-8");
  });
}

}  // namespace

TEST_CASE("a source cited by two articles is fetched once, and backs both claims") {
  LoopbackServer server;
  serve(server, "/harbour", 200, kHarbourPage);
  server.start();
  ScratchDir dir;
  dir.write("docs/a.txt", article("/harbour"));
  dir.write("docs/b.txt", article("/harbour#figures"));
  const auto r = check(dir, server, {"docs"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("docs/a.txt:2:1: supported") != std::string::npos);
  CHECK(r.out.find("docs/b.txt:2:1: supported") != std::string::npos);
  CHECK(r.err.empty());  // no progress line when stderr is not a terminal
  CHECK(server.count("/harbour") == 1);
}

TEST_CASE("a broken source fails the run - a permanent redirect is named as info") {
  LoopbackServer server;
  serve(server, "/gone", 404, "<h1>Not found</h1>");
  serve(server, "/soft", 200, kNotFoundPage);
  serve(server, "/new-home", 200, kHarbourPage);
  server.http().Get("/old-home", [](const httplib::Request&, httplib::Response& res) {
    res.status = 301;
    res.set_header("Location", "http://news.example.com/new-home");
  });
  server.start();
  ScratchDir dir;
  dir.write("gone.txt", article("/gone"));
  dir.write("soft.txt", article("/soft"));
  dir.write("moved.txt", article("/old-home"));

  const auto gone = check(dir, server, {"gone.txt"});
  CHECK(gone.exit_code == 1);
  CHECK(gone.out.find("gone.txt:4:1: error: source [1] is broken (not-found)") !=
        std::string::npos);
  const auto soft = check(dir, server, {"soft.txt", "--format", "json"});
  CHECK(soft.exit_code == 1);
  CHECK(soft.out.find("\"reason\": \"soft-404\"") != std::string::npos);
  CHECK(soft.out.find("\"http_status\": 200") != std::string::npos);

  const auto moved = check(dir, server, {"moved.txt"});
  CHECK(moved.exit_code == 0);
  CHECK(moved.out.find("moved.txt:4:1: info: source [1] moved permanently to "
                       "http://news.example.com/new-home [moved-source]") != std::string::npos);
  CHECK(moved.out.find("moved.txt:2:1: supported") != std::string::npos);
}

TEST_CASE("a redirect into the loopback network is refused unless --allow-private") {
  LoopbackServer server;
  const std::string inside = "http://127.0.0.1:" + std::to_string(server.port()) + "/secret";
  server.http().Get("/bounce", [=](const httplib::Request&, httplib::Response& res) {
    res.status = 302;
    res.set_header("Location", inside);
  });
  serve(server, "/secret", 200, kHarbourPage);
  server.start();
  ScratchDir dir;
  dir.write("a.txt", article("/bounce"));
  const auto refused = check(dir, server, {"a.txt"});
  CHECK(refused.exit_code == 0);  // a warning: nothing is known about the source itself
  CHECK(refused.out.find("warning: source [1] could not be read (blocked-address)") !=
        std::string::npos);
  CHECK(server.count("/secret") == 0);

  const auto allowed = check(dir, server, {"a.txt", "--allow-private"});
  CHECK(allowed.exit_code == 0);
  CHECK(allowed.out.find("a.txt:2:1: supported") != std::string::npos);
  CHECK(server.count("/secret") == 1);
}

TEST_CASE("--deadline: the report says it is incomplete, and the exit status follows the rest") {
  LoopbackServer server;
  serve(server, "/harbour", 200, kHarbourPage);
  server.http().Get("/stalled", [](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    res.set_content(kHarbourPage, "text/html");
  });
  server.start();
  ScratchDir dir;
  dir.write("a.txt",
            "Harbour report\n"
            "The harbour handled 2.4 million containers in 2024, a record for the port [1].\n"
            "Shipping lines added three new routes during the year [2].\n"
            "References\n"
            "[1] http://news.example.com/harbour\n"
            "[2] http://news.example.com/stalled\n");
  const auto json = check(dir, server, {"a.txt", "--deadline", "0.5", "--format", "json"});
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"incomplete\": true") != std::string::npos);
  CHECK(json.out.find("\"reason\": \"deadline\"") != std::string::npos);
  CHECK(json.out.find("\"verdict\": \"supported\"") != std::string::npos);
  // The page the deadline cut off is a finding of its own, which a CI job can raise.
  CHECK(json.out.find("\"rule\": \"unchecked-source\"") != std::string::npos);
  CHECK(json.out.find("source [2] was not checked (deadline)") != std::string::npos);
  const auto text = check(dir, server, {"a.txt", "--deadline", "0.5"});
  CHECK(text.out.find("a.txt: note: the report is incomplete: the --deadline passed before 1 "
                      "source could be fetched") != std::string::npos);
}

TEST_CASE("a bad --connect-to is a usage error") {
  const auto r = run_process({citecheck_binary(), "a.txt", "--connect-to", "example.com:80"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--connect-to") != std::string::npos);
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("a windows-1252 page fetched over HTTP is decoded before it is read") {
  LoopbackServer server;
  // "Café owners said prices rose 8% — the first rise since 2019." in windows-1252: é is 0xE9,
  // the em dash 0x97. Read as UTF-8 these bytes are invalid.
  const std::string body =
      "<html><head><title>Caf\xE9 prices</title></head><body><article><p>Caf\xE9 owners said "
      "prices rose 8% \x97 the first rise since 2019, after a long winter of flat sales across "
      "the old town and the harbour district.</p></article></body></html>";
  server.http().Get("/cafe", [=](const httplib::Request&, httplib::Response& res) {
    res.set_content(body, "text/html; charset=windows-1252");
  });
  server.start();
  ScratchDir dir;
  dir.write("a.txt",
            "Caf\xC3\xA9 prices\nCaf\xC3\xA9 owners said prices rose 8% in the old town [1].\n"
            "References\n[1] http://news.example.com/cafe\n");
  const auto extract = check(dir, server, {"extract", "http://news.example.com/cafe"});
  CHECK(extract.exit_code == 0);
  CHECK(extract.out.rfind("Caf\xC3\xA9 prices\n", 0) == 0);
  CHECK(extract.out.find("rose 8% \xE2\x80\x94 the first rise") != std::string::npos);
  const auto r = check(dir, server, {"a.txt", "--format", "json"});
  CHECK(r.out.find("\"title\": \"Caf\xC3\xA9 prices\"") != std::string::npos);
  CHECK(r.out.find("\"verdict\": \"supported\"") != std::string::npos);
}

}  // namespace citecheck::testing
