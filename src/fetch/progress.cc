// The progress line is for people watching a terminal: callers only install it when stderr is a
// terminal and -q is not given, so pipes, CI logs and JSON consumers never see it.
#include "fetch/progress.h"

#include <memory>

#include <fmt/format.h>

#include "fetch/interrupt.h"

namespace citecheck::fetch {

OnProgress progress_line(std::FILE* out) {
  auto last = std::make_shared<Clock::time_point>();
  return [out, last](const FetchProgress& p) {
    const Clock::time_point now = Clock::now();
    const bool finished = p.done == p.total;
    if (!finished && now - *last < Millis(100)) return;
    *last = now;
    if (finished) {
      fmt::print(out, "\r\033[K");  // erase the line: the report follows
    } else {
      fmt::print(out, "\r\033[Ksources: {}/{} fetched, {} failed", p.done, p.total, p.failed);
    }
    std::fflush(out);
    // Open until erased: an interrupt's message then goes on a line of its own.
    if (out == stderr) set_progress_line_open(!finished);
  };
}

}  // namespace citecheck::fetch
