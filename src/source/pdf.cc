// Runs `pdftotext -enc UTF-8 FILE -` for the source stage: the PDF is written to a private
// temporary file, the child's stdout is read through a pipe with poll() until it closes, the time
// limit passes (the child is killed) or the output cap is reached (likewise).
#include "source/pdf.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <vector>

extern char** environ;

namespace citecheck::source {
namespace {

// A file descriptor closed on scope exit.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// A temporary file removed on scope exit.
class TempFile {
 public:
  explicit TempFile(std::string_view bytes) {
    std::error_code ec;
    std::string pattern =
        (std::filesystem::temp_directory_path(ec) / "citecheck-XXXXXX.pdf").string();
    const Fd fd(::mkstemps(pattern.data(), 4));
    if (fd.get() < 0) return;
    for (std::size_t done = 0; done < bytes.size();) {
      const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
      if (n <= 0 && errno != EINTR) {
        ::unlink(pattern.c_str());
        return;
      }
      if (n > 0) done += static_cast<std::size_t>(n);
    }
    path_ = pattern;
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

PdfText failure(std::string reason, std::string detail) {
  return {false, "", std::move(reason), std::move(detail)};
}

// Reads `fd` until end of file, the deadline or the cap; returns "" or why it stopped early.
std::string read_output(int fd, const PdfOptions& options, std::string& out) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(options.timeout_ms);
  char buffer[1 << 15];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return "timeout";
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return "timeout";
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return "";
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > options.max_output) return "too-large";
  }
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.substr(0, 5) == "%PDF-"; }

PdfText pdf_to_text(std::string_view bytes, const PdfOptions& options) {
  const TempFile file(bytes);
  if (file.path().empty()) return failure("unreadable", "the PDF could not be saved for reading");
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return failure("unreadable", "no pipe for pdftotext");
  Fd read_end(pipe_fds[0]);
  Fd write_end(pipe_fds[1]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, write_end.get(), STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> args = {options.program, "-q", "-enc", "UTF-8", file.path(), "-"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, options.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  write_end.reset();
  if (spawned != 0) {
    return failure("unsupported-type",
                   "the source is a PDF and pdftotext is not installed (install poppler-utils "
                   "to read PDF sources)");
  }
  PdfText result;
  const std::string stopped = read_output(read_end.get(), options, result.text);
  if (!stopped.empty()) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (stopped == "timeout") return failure("timeout", "pdftotext took too long over the PDF");
  if (stopped == "too-large") return failure("too-large", "the PDF's text is over the size cap");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    // pdftotext exits 127 from the shell-less spawn when the program vanished mid-way; any
    // non-zero status means it could not read this PDF (damaged, encrypted).
    return failure("unreadable", "pdftotext could not read the PDF (damaged or encrypted)");
  }
  result.ok = true;
  return result;
}

}  // namespace citecheck::source
