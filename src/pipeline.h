// The one place where stages meet. Its run functions read as the pipeline itself.
#pragma once

#include <iosfwd>
#include <string>

#include "cli/options.h"
#include "core/result.h"
#include "core/types.h"

namespace citecheck {

// `citecheck check`: the whole report, or a run failure (unreadable input, bad sources directory).
Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in);

// `citecheck extract`: the title line and main text of one source.
Result<std::string> run_extract(const cli::ExtractOptions& options);

}  // namespace citecheck
