// The stop flag behind SIGINT and SIGTERM (fetch stage). The handler only touches lock-free
// atomics and calls write() and _exit(), which are async-signal-safe; the stages read the flag
// between items (engine.cc between polls, pipeline.cc and the cite and claims stages in between).
#include "fetch/interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>

namespace citecheck::fetch {
namespace {

std::atomic<bool> g_stop{false};
std::atomic<bool> g_reported{false};
std::atomic<bool> g_progress_open{false};
std::atomic<int> g_end_at_once{0};  // EndAtOnceOnStop scopes alive
static_assert(std::atomic<bool>::is_always_lock_free);
static_assert(std::atomic<int>::is_always_lock_free);

void write_all(const char* s, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(STDERR_FILENO, s, n);
    if (w <= 0) return;  // nothing useful left to do with a closed or broken stderr
    s += w;
    n -= static_cast<std::size_t>(w);
  }
}

// The first signal asks for a stop; a second one, while the stages wind down, does not wait, and
// neither does the first during work that cannot be asked.
void on_stop_signal(int /*signal*/) {
  if (g_stop.exchange(true) || g_end_at_once.load() > 0) {
    report_interrupted();
    _exit(130);
  }
}

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // Both signals blocked while either handler runs, so two at once still print one message.
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return g_stop.load(std::memory_order_relaxed); }

void request_stop() { g_stop.store(true, std::memory_order_relaxed); }

void report_interrupted() {
  if (g_reported.exchange(true)) return;
  static constexpr char kMessage[] = "citecheck: interrupted\n";
  if (g_progress_open.exchange(false)) write_all("\n", 1);
  write_all(kMessage, sizeof kMessage - 1);
}

EndAtOnceOnStop::EndAtOnceOnStop() { g_end_at_once.fetch_add(1); }

EndAtOnceOnStop::~EndAtOnceOnStop() { g_end_at_once.fetch_sub(1); }

void set_progress_line_open(bool open) { g_progress_open.store(open); }

}  // namespace citecheck::fetch
