// fork/exec with three pipes, drained with poll() so a child that writes a lot to both stdout and
// stderr never blocks on a full pipe while we wait on the other. Each run gets its own empty HTTP
// cache (XDG_CACHE_HOME), so no test sees pages another test, or the user, left in a cache; a
// test that shares one between runs passes --cache-dir. The child leads its own process group, so
// a timeout kills a shell and everything it started.
#include "process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "report_schema.h"

namespace citecheck::testing {

std::string citecheck_binary() { return CITECHECK_BINARY; }
std::string source_dir() { return CITECHECK_SOURCE_DIR; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

ProcessResult run_citecheck(std::vector<std::string> args, ProcessOptions options) {
  args.insert(args.begin(), citecheck_binary());
  options.env.emplace_back("NO_COLOR", "1");
  options.env.emplace_back("XDG_CONFIG_HOME", "/nonexistent/citecheck-tests");
  options.env.emplace_back("CITECHECK_CONFIG", "");
  return run_process(args, options);
}

ChildEnvironment::ChildEnvironment(
    const std::vector<std::pair<std::string, std::string>>& changes) {
  for (char** e = environ; *e != nullptr; ++e) entries_.emplace_back(*e);
  for (const auto& change : changes) {
    // A later change of the same name wins; an empty value unsets it.
    const std::string prefix = change.first + "=";
    std::erase_if(entries_, [&](const std::string& e) { return e.starts_with(prefix); });
    if (!change.second.empty()) entries_.push_back(prefix + change.second);
  }
  for (std::string& e : entries_) pointers_.push_back(e.data());
  pointers_.push_back(nullptr);
}

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  // Close-on-exec: a child forked meanwhile by another thread (tests run processes in parallel)
  // must not inherit these, or this child's stdin never ends and its output never closes.
  if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0 ||
      pipe2(err_pipe, O_CLOEXEC) != 0) {
    return {};
  }
  signal(SIGPIPE, SIG_IGN);
  char cache_template[] = "/tmp/citecheck-test-cache-XXXXXX";
  const char* cache_home = mkdtemp(cache_template);
  // Everything the child needs is built before fork() (ChildEnvironment, process.h).
  std::vector<std::pair<std::string, std::string>> changes;
  if (cache_home != nullptr) changes.emplace_back("XDG_CACHE_HOME", cache_home);
  changes.insert(changes.end(), options.env.begin(), options.env.end());
  ChildEnvironment envp(changes);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const char* cwd = options.cwd.empty() ? nullptr : options.cwd.c_str();
  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    if (cwd != nullptr && chdir(cwd) != 0) _exit(126);
    execve(args[0], args.data(), envp.get());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  ProcessResult result;
  std::size_t written = 0;
  int stdin_fd = in_pipe[1];
  if (options.stdin_data.empty()) {
    close(stdin_fd);
    stdin_fd = -1;
  } else {
    fcntl(stdin_fd, F_SETFL, O_NONBLOCK);
  }
  bool out_open = true, err_open = true;
  char buffer[65536];
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(options.timeout_seconds);
  const auto kill_group = [&] {
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    result.timed_out = true;
  };
  while (out_open || err_open) {
    pollfd fds[3] = {{out_open ? out_pipe[0] : -1, POLLIN, 0},
                     {err_open ? err_pipe[0] : -1, POLLIN, 0},
                     {stdin_fd, POLLOUT, 0}};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      kill_group();
      break;
    }
    const int ready = poll(fds, 3, static_cast<int>(left));
    if (ready < 0) break;
    if (ready == 0) continue;  // the deadline is checked at the top
    if (fds[2].revents != 0 && stdin_fd >= 0) {
      const ssize_t n =
          write(stdin_fd, options.stdin_data.data() + written, options.stdin_data.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 || written == options.stdin_data.size()) {
        close(stdin_fd);
        stdin_fd = -1;
      }
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].revents == 0) continue;
      const ssize_t n = read(fds[k].fd, buffer, sizeof buffer);
      if (n <= 0) {
        (k == 0 ? out_open : err_open) = false;
      } else {
        (k == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  if (stdin_fd >= 0) close(stdin_fd);
  close(out_pipe[0]);
  close(err_pipe[0]);
  // Both pipes closed, but a child may still run with them closed (or pass them on to something
  // that outlives it): wait for it within the same deadline.
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() >= deadline) {
      kill_group();
      waitpid(pid, &status, 0);
      break;
    }
    poll(nullptr, 0, 2);
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (result.timed_out) {
    result.err += "run_process: killed after " + std::to_string(options.timeout_seconds) + " s\n";
  }
  std::error_code ec;
  if (cache_home != nullptr) std::filesystem::remove_all(cache_home, ec);
  // Every JSON report of the binary under test, against the published schema.
  if (!argv.empty() && argv[0] == citecheck_binary()) {
    check_json_reports({argv.begin() + 1, argv.end()}, options, result);
  }
  return result;
}

}  // namespace citecheck::testing
