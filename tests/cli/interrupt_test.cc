// SIGINT and SIGTERM as a person at a terminal sends them: the run stops at whatever stage it is
// in, says "citecheck: interrupted" on a line of its own (a progress line on the terminal ended
// first, not glued to the message), and exits 130.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Clock = std::chrono::steady_clock;

struct TerminalRun {
  int exit_code = -1;
  std::string screen;  // everything written to the terminal, "\r\n" as the terminal gets it
};

// Runs citecheck with `args` in `cwd` on a pseudo-terminal (stdout and stderr both), sends
// `signal` once `cue` has appeared on the terminal, and reads until the program ends.
TerminalRun run_on_terminal(const std::vector<std::string>& args, const std::string& cwd,
                            const std::string& cue, int signal) {
  TerminalRun run;
  const std::string binary = citecheck_binary();
  ChildEnvironment envp({{"NO_COLOR", "1"},
                         {"XDG_CONFIG_HOME", "/nonexistent/citecheck-tests"},
                         {"XDG_CACHE_HOME", cwd + "/cache"}});
  std::vector<char*> argv{const_cast<char*>(binary.c_str())};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) return run;
  if (pid == 0) {
    // Only async-signal-safe calls until exec (ChildEnvironment).
    if (chdir(cwd.c_str()) != 0) _exit(126);
    execve(argv[0], argv.data(), envp.get());
    _exit(127);
  }
  bool signalled = false;
  const Clock::time_point give_up = Clock::now() + std::chrono::seconds(60);
  char buffer[4096];
  while (Clock::now() < give_up) {
    pollfd fd{master, POLLIN, 0};
    if (poll(&fd, 1, 50) < 0) break;
    if (fd.revents != 0) {
      const ssize_t n = read(master, buffer, sizeof buffer);
      if (n <= 0) break;  // EIO: the program and the terminal's last writer are gone
      run.screen.append(buffer, static_cast<std::size_t>(n));
    }
    if (!signalled && run.screen.find(cue) != std::string::npos) {
      kill(pid, signal);
      signalled = true;
    }
  }
  if (!signalled || Clock::now() >= give_up) kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

}  // namespace

TEST_CASE("an interrupt while the progress line is shown ends it, then says so on its own line") {
  for (const int signal : {SIGINT, SIGTERM}) {
    CAPTURE(signal);
    LoopbackServer server;
    std::atomic<bool> release{false};
    server.http().Get("/quick", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<p>Fares fell 3% in 2024.</p>", "text/html");
    });
    server.http().Get("/stalled", [&](const httplib::Request&, httplib::Response& res) {
      for (int i = 0; i < 500 && !release; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      res.set_content("<p>late</p>", "text/html");
    });
    server.start();
    ScratchDir s;
    s.write("a.txt",
            "Fares\nFares fell 3% in 2024 [1]. Ridership rose 12% in 2024 [2].\nReferences\n"
            "[1] http://news.example.com/quick\n[2] http://news.example.com/stalled\n");
    std::vector<std::string> args{"a.txt"};
    for (const std::string& flag : server.connect_to_flags("news.example.com")) {
      args.push_back(flag);
    }
    const TerminalRun run = run_on_terminal(args, s.path(), "sources: ", signal);
    release = true;
    CAPTURE(run.screen);
    CHECK(run.exit_code == 130);
    // The progress line is ended, not erased or run into: the message has a line to itself.
    CHECK(run.screen.find("sources: ") != std::string::npos);
    CHECK(run.screen.find(" failed\r\ncitecheck: interrupted\r\n") != std::string::npos);
    CHECK(run.screen.find("failedcitecheck") == std::string::npos);
  }
}

TEST_CASE("snapshot on a terminal never waits for input it was not asked to read") {
  ScratchDir s;
  s.write("a.txt",
          "Fares\nFares fell 3% in 2024 [1].\nReferences\n[1] http://news.example.com/fares\n");
  // Signal 0 sends nothing: the run must end by itself, with nothing typed and no end of input.
  const TerminalRun run =
      run_on_terminal({"snapshot", "a.txt", "--out", "snap", "--offline"}, s.path(), "saved ", 0);
  CAPTURE(run.screen);
  CHECK(run.exit_code == 1);  // the one source could not be saved offline
  CHECK(run.screen.find("saved 0 of 1 sources to snap") != std::string::npos);
}

TEST_CASE("an interrupt while a long one-line article is read ends the run with 130") {
  // A one-line article of a few megabytes: the cite and claims stages take a while on it.
  std::string body;
  const std::string paragraph =
      "Ridership on route 7 rose 12% in 2024, the transit board said in its annual report [1]. ";
  while (body.size() < 4u * 1024 * 1024) body += paragraph;
  ScratchDir s;
  s.write("long.txt",
          "Transit\n\n" + body + "\n\nReferences\n[1] https://transit.example/report\n");
  for (const int delay_ms : {100, 400}) {
    CAPTURE(delay_ms);
    // No terminal here: stderr is a pipe, as in CI.
    const std::string command =
        "\"$0\" long.txt --offline --no-cache --format json & pid=$!; "
        "sleep " +
        std::to_string(delay_ms / 1000.0) + "; kill -INT $pid; wait $pid";
    ProcessOptions options;
    options.cwd = s.path();
    const auto r = run_process({"/bin/sh", "-c", command, citecheck_binary()}, options);
    CHECK(r.exit_code == 130);
    CHECK(r.err == "citecheck: interrupted\n");
    CHECK(r.out.empty());
  }
}

}  // namespace citecheck::testing
