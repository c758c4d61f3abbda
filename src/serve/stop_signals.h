// SIGTERM and SIGINT for `citecheck serve`: the first asks the server to stop (it stops accepting
// and lets the requests in flight finish); a second ends the process at once, exit 130. The
// handler only writes to a pipe, which a thread of the server reads.
#pragma once

namespace citecheck::serve {

class StopSignals {
 public:
  // Installs the handlers; at most one object at a time.
  StopSignals();
  // Restores the default handlers and closes the pipe.
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // Blocks until a stop signal arrives or wake() is called; true for a signal.
  bool wait();
  // Ends a wait() without a signal (the server stopped on its own).
  void wake();

 private:
  int read_fd_ = -1;
};

}  // namespace citecheck::serve
