// Result<T>: a value or one human-readable error line. Run failures (an unreadable input, a bad
// manifest) travel as a Result up to main, which prints the line and exits 2. Item failures (a dead
// link, an unsupported claim) are never Results: they are data in the report.
#pragma once

#include <cassert>
#include <string>
#include <system_error>
#include <utility>
#include <variant>

namespace citecheck {

struct Error {
  std::string message;
};

// The operating system's reason for a failure, spelled as the rest of an error line is:
// strerror's "Permission denied" reads "cannot read 'a.md': permission denied".
inline std::string os_error_text(const std::error_code& ec) {
  std::string text = ec.message();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}
inline std::string os_error_text(int errno_value) {
  return os_error_text(std::error_code(errno_value, std::generic_category()));
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() {
    assert(ok());
    return std::get<T>(state_);
  }
  const T& value() const {
    assert(ok());
    return std::get<T>(state_);
  }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const std::string& error() const {
    assert(!ok());
    return std::get<Error>(state_).message;
  }

 private:
  std::variant<T, Error> state_;
};

}  // namespace citecheck
