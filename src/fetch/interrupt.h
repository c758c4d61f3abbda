// SIGINT and SIGTERM during a run: the first one asks the fetch loop (between polls) and the
// verdict stage (between claims) to stop, and ends at once work that has nothing to undo and
// cannot be asked (reading the inputs, the cite and claims stages' parsing), so the run ends
// within a fraction of a second with exit 130; a second one ends the process at once, with the
// same message.
#pragma once

namespace citecheck::fetch {

// Installs the handlers for SIGINT and SIGTERM; called once by main before a check.
void install_stop_handlers();

// Whether a stop was asked for, by a signal or by request_stop().
bool stop_requested();

void request_stop();

// Prints "citecheck: interrupted" on a line of its own on stderr (ending a progress line first),
// once per process however many times it is called. Async-signal-safe.
void report_interrupted();

// Marks work with nothing to flush or undo that cannot be asked between items (reading the
// inputs, a library parsing an article in one call: gumbo, cmark-gfm): while one lives, a stop
// signal ends the process at once, as a second signal does, instead of waiting for the next poll.
class EndAtOnceOnStop {
 public:
  EndAtOnceOnStop();
  ~EndAtOnceOnStop();
  EndAtOnceOnStop(const EndAtOnceOnStop&) = delete;
  EndAtOnceOnStop& operator=(const EndAtOnceOnStop&) = delete;
};

// Whether a progress line (progress.cc) is on stderr without its line break, so that
// report_interrupted() ends it first.
void set_progress_line_open(bool open);

}  // namespace citecheck::fetch
