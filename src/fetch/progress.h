// Progress of the fetch on a terminal: one line on stderr, rewritten in place ("sources: 120/500,
// 3 failed"), and cleared when the fetch ends so the report starts on a clean line.
#pragma once

#include <cstdio>

#include "fetch/engine.h"

namespace citecheck::fetch {

// A progress callback that writes to `out` (a terminal) at most every 100 ms.
OnProgress progress_line(std::FILE* out);

}  // namespace citecheck::fetch
