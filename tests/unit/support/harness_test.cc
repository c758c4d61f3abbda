// The test harness itself: a hang in it stalls the whole suite rather than failing one test, so
// the two ways it could hang are tested here.
#include <doctest/doctest.h>

#include <chrono>

#include "loopback_server.h"
#include "process.h"

namespace citecheck::testing {

TEST_CASE("harness: a loopback server started and destroyed at once shuts down") {
  // cpp-httplib ignores stop() until its accept loop runs; start() waits for the loop, or the
  // first of these destructors would join a thread that never ends.
  for (int i = 0; i < 50; ++i) {
    LoopbackServer server;
    server.start();
  }
  LoopbackServer never_started;  // destroyed without start(): nothing to stop or join
  CHECK(never_started.port() > 0);
}

TEST_CASE("harness: run_process kills a child, and what it started, after the timeout") {
  ProcessOptions options;
  options.timeout_seconds = 1;
  const auto started = std::chrono::steady_clock::now();
  // The shell exits at once, but the sleep it left behind holds stdout open.
  const auto r = run_process({"/bin/sh", "-c", "sleep 60 & echo waiting"}, options);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
  CHECK(r.timed_out);
  CHECK(r.out == "waiting\n");
  CHECK(r.err == "run_process: killed after 1 s\n");

  const auto quick = run_process({"/bin/sh", "-c", "echo done; exit 3"}, options);
  CHECK_FALSE(quick.timed_out);
  CHECK(quick.exit_code == 3);
  CHECK(quick.out == "done\n");
}

}  // namespace citecheck::testing
