// The stop flag behind SIGINT and SIGTERM (fetch stage). The handler only stores to a lock-free
// atomic, which is async-signal-safe; the scheduler's loop in engine.cc reads it between polls.
#include "fetch/interrupt.h"

#include <signal.h>

#include <atomic>

namespace citecheck::fetch {
namespace {

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void on_stop_signal(int /*signal*/) { g_stop.store(true, std::memory_order_relaxed); }

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESETHAND: the handler runs once; a second signal takes the default action and ends us.
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return g_stop.load(std::memory_order_relaxed); }

void request_stop() { g_stop.store(true, std::memory_order_relaxed); }

}  // namespace citecheck::fetch
