// The self-pipe behind `citecheck serve`'s graceful stop. The handler touches one lock-free atomic
// and calls write() and _exit() only, which are async-signal-safe.
#include "serve/stop_signals.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace citecheck::serve {
namespace {

std::atomic<int> g_write_fd{-1};
std::atomic<int> g_signals{0};
static_assert(std::atomic<int>::is_always_lock_free);

void on_stop_signal(int /*signal*/) {
  if (g_signals.fetch_add(1) > 0) {
    static constexpr char kMessage[] = "citecheck: serve: second signal: ending at once\n";
    (void)!::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    _exit(130);
  }
  const char byte = 's';
  (void)!::write(g_write_fd.load(), &byte, 1);
}

void set_handler(void (*handler)(int)) {
  struct sigaction action {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

StopSignals::StopSignals() {
  int fds[2] = {-1, -1};
  if (::pipe2(fds, O_CLOEXEC) != 0) return;
  read_fd_ = fds[0];
  g_write_fd.store(fds[1]);
  g_signals.store(0);
  set_handler(on_stop_signal);
}

StopSignals::~StopSignals() {
  set_handler(SIG_DFL);
  const int write_fd = g_write_fd.exchange(-1);
  if (write_fd >= 0) ::close(write_fd);
  if (read_fd_ >= 0) ::close(read_fd_);
}

bool StopSignals::wait() {
  char byte = 0;
  for (;;) {
    const ssize_t n = ::read(read_fd_, &byte, 1);
    if (n == 1) return byte == 's';
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
}

void StopSignals::wake() {
  const char byte = 'w';
  (void)!::write(g_write_fd.load(), &byte, 1);
}

}  // namespace citecheck::serve
