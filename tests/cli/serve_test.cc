// `citecheck serve` as a CMS hook meets it: the real binary listening on a loopback port, spoken to
// over HTTP, its sources on a loopback site (--connect-to, --allow-private). Each test bounds its
// own time: the server is killed after a timeout, and every HTTP call has one.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "loopback_server.h"
#include "process.h"
#include "report_schema.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// The server as a child process: started with `args` after "serve --listen 127.0.0.1:0", its
// stderr read on a thread until it ends; killed when the object goes, or after `limit`.
class ServeProcess {
 public:
  ServeProcess(const std::vector<std::string>& args,
               const std::vector<std::pair<std::string, std::string>>& env = {},
               const std::string& cwd = "", std::chrono::seconds limit = 90s)
      : limit_(Clock::now() + limit) {
    int err_pipe[2];
    if (pipe2(err_pipe, O_CLOEXEC) != 0) return;
    std::vector<std::pair<std::string, std::string>> changes = {
        {"XDG_CONFIG_HOME", "/nonexistent/citecheck-tests"}, {"XDG_CACHE_HOME", cache_.path()}};
    changes.insert(changes.end(), env.begin(), env.end());
    ChildEnvironment envp(changes);
    std::vector<std::string> argv = {citecheck_binary(), "serve", "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (const std::string& a : argv) pointers.push_back(const_cast<char*>(a.c_str()));
    pointers.push_back(nullptr);
    const char* dir = cwd.empty() ? nullptr : cwd.c_str();
    pid_ = fork();
    if (pid_ == 0) {
      // Only async-signal-safe calls until exec (ChildEnvironment).
      dup2(err_pipe[1], 2);
      close(err_pipe[0]);
      close(err_pipe[1]);
      if (dir != nullptr && chdir(dir) != 0) _exit(126);
      execve(pointers[0], pointers.data(), envp.get());
      _exit(127);
    }
    close(err_pipe[1]);
    reader_ = std::thread([this, fd = err_pipe[0]] { read_stderr(fd); });
    // The port, from "listening on http://127.0.0.1:PORT".
    const std::string cue = "listening on http://127.0.0.1:";
    while (Clock::now() < limit_ && port_ == 0 && !ended_) {
      const std::string seen = err();
      if (const auto at = seen.find(cue); at != std::string::npos) {
        const auto end = seen.find('\n', at);
        if (end != std::string::npos) port_ = std::stoi(seen.substr(at + cue.size()));
      }
      std::this_thread::sleep_for(10ms);
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && exit_code_ < 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (reader_.joinable()) reader_.join();
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  std::string err() const {
    const std::lock_guard lock(mutex_);
    return err_;
  }
  void signal(int sig) const { kill(pid_, sig); }
  // The exit status once the server ends, killing it at the time limit (then -1).
  int wait() {
    while (exit_code_ < 0) {
      int status = 0;
      const pid_t done = waitpid(pid_, &status, WNOHANG);
      if (done == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        break;
      }
      if (Clock::now() > limit_) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        exit_code_ = 999;
        return -1;
      }
      std::this_thread::sleep_for(10ms);
    }
    if (reader_.joinable()) reader_.join();
    return exit_code_;
  }

  // A client of this server, with timeouts.
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(60);
    c.set_write_timeout(10);
    return c;
  }

 private:
  void read_stderr(int fd) {
    char buffer[4096];
    for (;;) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 100) < 0) break;
      if (p.revents == 0) {
        if (Clock::now() > limit_) break;
        continue;
      }
      const ssize_t n = read(fd, buffer, sizeof buffer);
      if (n <= 0) break;
      const std::lock_guard lock(mutex_);
      err_.append(buffer, static_cast<std::size_t>(n));
    }
    ended_ = true;
    close(fd);
  }

  ScratchDir cache_;
  Clock::time_point limit_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
  std::atomic<bool> ended_{false};
  mutable std::mutex mutex_;
  std::string err_;
  std::thread reader_;
};

ProcessOptions limited(int seconds, const std::string& cwd = "") {
  ProcessOptions o;
  o.cwd = cwd;
  o.timeout_seconds = seconds;
  return o;
}

std::string json_body(const std::string& text, const std::string& path = "", double deadline = -1) {
  nlohmann::json j;
  j["text"] = text;
  if (!path.empty()) j["path"] = path;
  if (deadline >= 0) j["deadline"] = deadline;
  return j.dump();
}

// A JSON report the server answered, parsed, once it validates against the published schema
// (docs/report.schema.json), as every report a CLI test makes must.
nlohmann::json report_of(const std::string& body) {
  const std::string errors = schema_errors(body);
  CHECK_MESSAGE(errors.empty(), errors);
  return nlohmann::json::parse(body);
}

// A draft of `claims` sentences, each citing /page/N on example.org (pages 1 to `pages`).
std::string draft_citing(int claims, int pages) {
  std::string text = "# Survey\n\n";
  for (int i = 1; i <= claims; ++i) {
    text += "Site " + std::to_string(i) + " counted " + std::to_string(100 + i) +
            " visitors in 2024 [" + std::to_string((i - 1) % pages + 1) + "].\n\n";
  }
  text += "## References\n\n";
  for (int p = 1; p <= pages; ++p) {
    text += "[" + std::to_string(p) + "] http://example.org/page/" + std::to_string(p) + "\n\n";
  }
  return text;
}

// A site whose /page/N answers after `delay`, counting its requests.
void serve_pages(LoopbackServer& site, std::chrono::milliseconds delay) {
  site.http().Get(R"(/page/(\d+))", [&site, delay](const httplib::Request& req,
                                                   httplib::Response& res) {
    const LoopbackServer::Busy busy(site);
    std::this_thread::sleep_for(delay);
    res.set_content("<html><head><title>Page " + req.matches[1].str() +
                        "</title></head><body><p>Every site counted visitors in 2024.</p></body>"
                        "</html>",
                    "text/html");
  });
  site.start();
}

// `args`, and the flags that point example.org at `site`.
std::vector<std::string> with_site(const LoopbackServer& site, std::vector<std::string> args) {
  for (const std::string& f : site.connect_to_flags("example.org")) args.push_back(f);
  args.push_back("--allow-private");
  return args;
}

// A check of a two-claim draft citing /page/1, sent on its own thread.
std::future<httplib::Result> post_in_background(const ServeProcess& server) {
  return std::async(std::launch::async, [&server] {
    return server.client().Post("/v1/check", draft_citing(2, 1), "text/markdown");
  });
}

// Whether the site was asked for /page/1 within 20 seconds: the check is fetching it.
bool page_asked(const LoopbackServer& site) {
  const auto give_up = Clock::now() + 20s;
  while (site.count("/page/1") == 0 && Clock::now() < give_up) std::this_thread::sleep_for(10ms);
  return site.count("/page/1") > 0;
}

}  // namespace

TEST_CASE("serve - POST /v1/check answers with the JSON report the CLI prints for the same draft") {
  const std::string demo = source_dir() + "/fixtures/demo";
  const std::string article = read_file(demo + "/article.txt");
  REQUIRE_FALSE(article.empty());
  const auto cli = run_citecheck(
      {"article.txt", "--sources", "sources", "--offline", "--no-cache", "--format", "json"},
      limited(60, demo));
  REQUIRE(cli.exit_code == 1);  // the demo has errors; the server answers 200 all the same
  ServeProcess server({"--sources", "sources", "--offline", "--no-cache"}, {}, demo);
  REQUIRE(server.port() > 0);
  auto client = server.client();
  const auto json = client.Post("/v1/check", json_body(article, "article.txt"), "application/json");
  REQUIRE(json);
  CHECK(json->status == 200);
  CHECK(json->body == cli.out);
  CHECK(json->get_header_value("Content-Type") == "application/json");
  CHECK(json->get_header_value("Citecheck-Result") == "fail");
  // The draft itself as the body, its format from the Content-Type; ?format= picks the report.
  const auto plain = client.Post("/v1/check?format=sarif", article, "text/plain");
  REQUIRE(plain);
  CHECK(plain->status == 200);
  CHECK(nlohmann::json::parse(plain->body)["version"] == "2.1.0");
  // No draft text in the log: one line per request, method, path, status, bytes, time.
  const std::string log = server.err();
  CHECK(log.find("POST /v1/check 200 " + std::to_string(json->body.size()) + " bytes") !=
        std::string::npos);
  CHECK(log.find("References") == std::string::npos);
  CHECK(log.find("[1]") == std::string::npos);
  server.signal(SIGTERM);
  CHECK(server.wait() == 0);
}

TEST_CASE("serve - answers 401, 404, 405, 400, 415 and 413, and GET /healthz and /v1/version") {
  ServeProcess server(
      {"--offline", "--no-cache", "--token-env", "CITECHECK_SERVE_TOKEN", "--max-body", "2000"},
      {{"CITECHECK_SERVE_TOKEN", "s3cret-token"}});
  REQUIRE(server.port() > 0);
  auto client = server.client();
  const httplib::Headers auth = {{"Authorization", "Bearer s3cret-token"}};
  const std::string draft = "A claim [1].\n\nReferences\n\n[1] https://example.org/a\n";
  // 401 without the token or with another one; /healthz stays open to a load balancer.
  const auto none = client.Post("/v1/check", json_body(draft), "application/json");
  REQUIRE(none);
  CHECK(none->status == 401);
  CHECK(none->get_header_value("WWW-Authenticate") == "Bearer");
  const httplib::Headers wrong = {{"Authorization", "Bearer s3cret-tokem"}};
  CHECK(client.Post("/v1/check", wrong, json_body(draft), "application/json")->status == 401);
  CHECK(client.Get("/v1/version")->status == 401);
  const auto health = client.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(nlohmann::json::parse(health->body)["status"] == "ok");
  const auto version = client.Get("/v1/version", auth);
  REQUIRE(version);
  CHECK(version->status == 200);
  CHECK(nlohmann::json::parse(version->body)["name"] == "citecheck");
  // 200 with the token.
  const auto ok = client.Post("/v1/check", auth, json_body(draft), "application/json");
  REQUIRE(ok);
  CHECK(ok->status == 200);
  CHECK(report_of(ok->body)["schema_version"] == 1);
  // 404 elsewhere, 405 for another method on a known path.
  CHECK(client.Get("/v1/nothing", auth)->status == 404);
  const auto get_check = client.Get("/v1/check", auth);
  REQUIRE(get_check);
  CHECK(get_check->status == 405);
  CHECK(get_check->get_header_value("Allow") == "POST");
  CHECK(client.Delete("/healthz")->status == 405);
  // 400 for a body that is not the request, 415 for a type that is no draft.
  const auto bad = client.Post("/v1/check", auth, "{\"text\": 3}", "application/json");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(nlohmann::json::parse(bad->body)["error"].get<std::string>().find("\"text\"") !=
        std::string::npos);
  CHECK(client.Post("/v1/check", auth, "not json", "application/json")->status == 400);
  CHECK(client.Post("/v1/check?format=pdf", auth, draft, "text/plain")->status == 400);
  CHECK(client.Post("/v1/check", auth, draft, "image/png")->status == 415);
  // 413 past --max-body.
  const auto large =
      client.Post("/v1/check", auth, json_body(std::string(5000, 'x')), "application/json");
  REQUIRE(large);
  CHECK(large->status == 413);
  server.signal(SIGINT);
  CHECK(server.wait() == 0);
}

TEST_CASE("serve - --token-env naming an unset variable and --listen on a taken port are exit 2") {
  const auto unset = run_citecheck({"serve", "--listen", "127.0.0.1:0", "--token-env",
                                    "CITECHECK_SERVE_NO_SUCH_TOKEN", "--no-cache"},
                                   limited(30));
  CHECK(unset.exit_code == 2);
  CHECK(unset.err.find("CITECHECK_SERVE_NO_SUCH_TOKEN") != std::string::npos);
  const ClosedPort taken;
  const std::string listen = "127.0.0.1:" + std::to_string(taken.port());
  const auto busy = run_citecheck({"serve", "--listen", listen, "--no-cache"}, limited(30));
  CHECK(busy.exit_code == 2);
  CHECK(busy.err == "citecheck: error: cannot listen on " + listen +
                        ": the address is in use or not available here\n");
  const auto bad = run_citecheck({"serve", "--listen", "localhost"}, limited(30));
  CHECK(bad.exit_code == 2);
}

TEST_CASE("serve - a check past --max-requests gets 503 with Retry-After") {
  LoopbackServer site;
  serve_pages(site, 3000ms);
  const std::vector<std::string> args = with_site(site, {"--no-cache", "--max-requests", "1"});
  ServeProcess server(args);
  REQUIRE(server.port() > 0);
  auto slow = post_in_background(server);
  // Once the first check is fetching its page, a second one finds no room.
  REQUIRE(page_asked(site));
  const auto refused = server.client().Post("/v1/check", draft_citing(2, 1), "text/markdown");
  REQUIRE(refused);
  CHECK(refused->status == 503);
  CHECK(refused->get_header_value("Retry-After") == "2");
  const auto first = slow.get();
  REQUIRE(first);
  CHECK(first->status == 200);
  server.signal(SIGTERM);
  CHECK(server.wait() == 0);
}

TEST_CASE("serve - a check past its deadline answers the partial report, marked incomplete") {
  LoopbackServer site;
  serve_pages(site, 6000ms);
  const std::vector<std::string> args = with_site(site, {"--no-cache", "--deadline", "30"});
  ServeProcess server(args);
  REQUIRE(server.port() > 0);
  const auto started = Clock::now();
  const auto r = server.client().Post("/v1/check", json_body(draft_citing(3, 2), "post.md", 1),
                                      "application/json");
  REQUIRE(r);
  CHECK(r->status == 200);
  CHECK(Clock::now() - started < 5s);  // the request's deadline, not the page's 6 s
  CHECK(r->get_header_value("Citecheck-Incomplete") == "true");
  const auto report = report_of(r->body);
  CHECK(report["incomplete"] == true);
  CHECK(report["documents"][0]["path"] == "post.md");
  CHECK(report["documents"][0]["references"][0]["source"]["reason"] == "deadline");
  server.signal(SIGTERM);
  CHECK(server.wait() == 0);
}

TEST_CASE("serve - a check waiting on a page another check gave up on at its deadline fetches it") {
  LoopbackServer site;
  serve_pages(site, 4500ms);
  ServeProcess server(with_site(site, {"--no-cache", "--deadline", "30"}));
  REQUIRE(server.port() > 0);
  // The first check has 2 seconds (slack for a slow build): the page takes 4.5. The second, sent
  // while the first is fetching the page, waits for it, and when the first gives up, fetches it
  // itself.
  auto hasty = std::async(std::launch::async, [&server] {
    return server.client().Post("/v1/check", json_body(draft_citing(2, 1), "hasty.md", 2),
                                "application/json");
  });
  REQUIRE(page_asked(site));
  const auto patient = server.client().Post(
      "/v1/check", json_body(draft_citing(2, 1), "patient.md", 20), "application/json");
  const auto first = hasty.get();
  REQUIRE(first);
  REQUIRE(patient);
  CHECK(report_of(first->body)["documents"][0]["references"][0]["source"]["reason"] == "deadline");
  const auto report = report_of(patient->body);
  CHECK_FALSE(report.value("incomplete", false));
  CHECK(report["documents"][0]["references"][0]["source"]["state"] == "ok");
  CHECK(site.count("/page/1") == 2);
  server.signal(SIGTERM);
  CHECK(server.wait() == 0);
}

TEST_CASE(
    "serve - SIGTERM lets the check in flight finish, then exits 0, and a second signal ends at "
    "once") {
  LoopbackServer site;
  serve_pages(site, 1500ms);
  const std::vector<std::string> args = with_site(site, {"--no-cache"});
  {
    ServeProcess server(args);
    REQUIRE(server.port() > 0);
    auto in_flight = post_in_background(server);
    REQUIRE(page_asked(site));
    server.signal(SIGTERM);
    const auto answer = in_flight.get();
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(report_of(answer->body)["documents"][0]["references"][0]["source"]["state"] == "ok");
    CHECK(server.wait() == 0);
    CHECK(server.err().find("stopping: 1 check in flight") != std::string::npos);
  }
  {
    LoopbackServer slower;
    serve_pages(slower, 8000ms);
    const std::vector<std::string> slow_args = with_site(slower, {"--no-cache"});
    ServeProcess server(slow_args);
    REQUIRE(server.port() > 0);
    auto cut_off = post_in_background(server);
    REQUIRE(page_asked(slower));
    server.signal(SIGTERM);
    std::this_thread::sleep_for(200ms);
    const auto second = Clock::now();
    server.signal(SIGTERM);
    CHECK(server.wait() == 130);
    CHECK(Clock::now() - second < 5s);
    (void)cut_off.get();  // the connection closed under it
  }
}

TEST_CASE("serve - concurrent checks citing the same pages fetch each page once") {
  LoopbackServer site;
  serve_pages(site, 500ms);
  ScratchDir cache;
  const std::vector<std::string> args = with_site(site, {"--cache-dir", cache.path()});
  ServeProcess server(args);
  REQUIRE(server.port() > 0);
  std::vector<std::future<int>> checks;
  for (int i = 0; i < 6; ++i) {
    checks.push_back(std::async(std::launch::async, [&server] {
      const auto r = server.client().Post("/v1/check", draft_citing(6, 3), "text/markdown");
      if (!r || r->status != 200) return -1;
      const auto report = nlohmann::json::parse(r->body);
      int ok = 0;
      for (const auto& ref : report["documents"][0]["references"]) {
        ok += ref["source"]["state"] == "ok" ? 1 : 0;
      }
      return ok;
    }));
  }
  for (auto& c : checks) CHECK(c.get() == 3);
  for (const char* page : {"/page/1", "/page/2", "/page/3"}) {
    CAPTURE(page);
    CHECK(site.count(page) == 1);
  }
  // Later checks find the pages in the cache.
  const auto again = server.client().Post("/v1/check", draft_citing(6, 3), "text/markdown");
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(report_of(again->body)["documents"][0]["references"].size() == 3);
  CHECK(site.count("/page/1") == 1);
  server.signal(SIGTERM);
  CHECK(server.wait() == 0);
}

}  // namespace citecheck::testing
