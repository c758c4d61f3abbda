// reviewdog's rdjsonl (--format rdjsonl): one Diagnostic JSON object per line, per finding.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

std::string render_rdjsonl(const core::Report& report);

}  // namespace citecheck::report
