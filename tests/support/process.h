// Runs a program (the real citecheck binary, in CLI and golden tests) with arguments, a working
// directory and stdin, and returns its exit status and everything it printed.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace citecheck::testing {

struct ProcessResult {
  int exit_code = -1;      // 128 + signal number when killed by a signal
  bool timed_out = false;  // killed after ProcessOptions::timeout_seconds
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::string cwd;         // empty: the test's own
  std::string stdin_data;  // written to the child's stdin, which is then closed
  std::vector<std::pair<std::string, std::string>> env;  // set (value) or unset (empty value)
  // A child still running after this long is killed (with everything it started) and the result
  // says so, so a hang fails its own test instead of stalling the suite until CTest gives up.
  int timeout_seconds = 120;
};

// This process's environment with `changes` applied (a value set, or unset when empty), as execve()
// takes it. Built before fork(): the child of a process with other threads (loopback servers) may
// make only async-signal-safe calls until it execs, and a malloc there (setenv allocates) can wait
// forever on a lock another thread held at the fork.
class ChildEnvironment {
 public:
  explicit ChildEnvironment(const std::vector<std::pair<std::string, std::string>>& changes);
  char** get() { return pointers_.data(); }

 private:
  std::vector<std::string> entries_;
  std::vector<char*> pointers_;
};

// When argv[0] is the citecheck binary, a JSON report it writes must validate against
// docs/report.schema.json, or the calling test fails (report_schema.h).
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// The citecheck binary with `args`, without colour and without a config file of the developer's
// own (the user config is pointed at nothing rather than --no-config, which would hide discovery
// bugs); a config in `options.cwd` or above is still found.
ProcessResult run_citecheck(std::vector<std::string> args, ProcessOptions options = {});

// The citecheck binary under test, and the source tree's root (both set by CMake).
std::string citecheck_binary();
std::string source_dir();

// Reads a whole file ("" if it cannot be read).
std::string read_file(const std::string& path);

}  // namespace citecheck::testing
