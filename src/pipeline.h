// The one place where stages meet. Its run functions read as the pipeline itself.
#pragma once

#include <iosfwd>
#include <string>

#include "cli/options.h"
#include "core/result.h"
#include "core/settings.h"
#include "core/types.h"

namespace citecheck {

// `citecheck check`: the whole report, or a run failure (unreadable input, bad sources directory).
Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in);

// The settings of a run: the config file that applies (config/), checked against the rules
// (verdict/), under the command line's own settings.
Result<core::Settings> load_settings(const cli::ConfigChoice& choice);

// `citecheck config`: those settings as TOML, with where each came from.
std::string describe_settings(const core::Settings& settings);

// `citecheck extract`: the title line and main text of one source.
Result<std::string> run_extract(const cli::ExtractOptions& options);

}  // namespace citecheck
