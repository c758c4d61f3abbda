// SIGINT and SIGTERM during a run (fetch stage): the first one asks the fetch loop to stop
// starting and waiting for requests, so the run ends within a poll interval and main exits 130;
// a second one ends the process at once, as the signal's default does.
#pragma once

namespace citecheck::fetch {

// Installs the handlers for SIGINT and SIGTERM; called once by main before a check.
void install_stop_handlers();

// Whether a stop was asked for, by a signal or by request_stop().
bool stop_requested();

void request_stop();

}  // namespace citecheck::fetch
