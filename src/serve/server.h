// `citecheck serve`: an HTTP/1.1 API that runs checks for CMS pre-publish hooks. POST /v1/check
// answers with the report of the draft it is sent (the JSON of `--format json` by default), GET
// /healthz and GET /v1/version say whether it is ready and what it is. Every check runs in this
// process against the same HTTP cache, and a URL that several checks cite at once is fetched once.
#pragma once

#include "cli/options.h"
#include "core/result.h"

namespace citecheck::serve {

// Serves until SIGTERM or SIGINT, then lets the requests in flight finish. A run failure (the
// address cannot be bound, the token's variable is unset, the cache cannot be opened) is returned
// before anything is served.
Result<bool> serve(const cli::ServeOptions& options);

}  // namespace citecheck::serve
