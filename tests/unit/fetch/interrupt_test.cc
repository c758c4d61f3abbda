// The stop handlers in a child process of their own: the first signal only asks for a stop; a
// second one ends the process at once, and still says why, on a line of its own.
#include "fetch/interrupt.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

namespace citecheck::fetch {
namespace {

struct Ended {
  int exit_code = -1;  // 128 + the signal's number when a signal ended it
  std::string err;
};

// Runs `body` in a child whose stderr is a pipe; returns how it ended and what it wrote.
template <typename Body>
Ended in_child(Body body) {
  int err[2];
  REQUIRE(pipe(err) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(err[1], STDERR_FILENO);
    close(err[0]);
    close(err[1]);
    body();
    _exit(0);
  }
  close(err[1]);
  Ended ended;
  char buffer[256];
  for (ssize_t n; (n = read(err[0], buffer, sizeof buffer)) > 0;) {
    ended.err.append(buffer, static_cast<std::size_t>(n));
  }
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  ended.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return ended;
}

}  // namespace

TEST_CASE("the first signal asks for a stop and the run goes on to say so") {
  const Ended e = in_child([] {
    install_stop_handlers();
    raise(SIGINT);
    if (!stop_requested()) _exit(3);
    report_interrupted();
    report_interrupted();  // once, however many times it is asked
    _exit(130);
  });
  CHECK(e.exit_code == 130);
  CHECK(e.err == "citecheck: interrupted\n");
}

TEST_CASE("a signal during work that cannot be asked to stop ends the run at once") {
  const Ended e = in_child([] {
    install_stop_handlers();
    {
      const EndAtOnceOnStop reading_citations;
      raise(SIGTERM);  // does not return
    }
    _exit(4);
  });
  CHECK(e.exit_code == 130);
  CHECK(e.err == "citecheck: interrupted\n");
  // Outside such work the first signal only asks.
  const Ended asked = in_child([] {
    install_stop_handlers();
    { const EndAtOnceOnStop done; }
    raise(SIGINT);
    _exit(stop_requested() ? 5 : 6);
  });
  CHECK(asked.exit_code == 5);
  CHECK(asked.err.empty());
}

TEST_CASE("a second signal ends the run at once, with the message on its own line") {
  for (const int second : {SIGINT, SIGTERM}) {
    CAPTURE(second);
    const Ended e = in_child([second] {
      install_stop_handlers();
      set_progress_line_open(true);
      (void)!write(STDERR_FILENO, "\rsources: 3/9 fetched, 0 failed", 31);
      raise(SIGINT);
      raise(second);  // does not return
      _exit(4);
    });
    CHECK(e.exit_code == 130);
    CHECK(e.err == "\rsources: 3/9 fetched, 0 failed\ncitecheck: interrupted\n");
  }
}

}  // namespace citecheck::fetch
