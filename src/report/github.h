// GitHub Actions workflow commands (--format github): an annotation per finding, on the line.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

// GitHub shows this many annotations per level in one step and drops the rest.
inline constexpr int kGithubAnnotationsPerLevel = 10;

std::string render_github(const core::Report& report);

}  // namespace citecheck::report
