// The JSON report (schema_version 1, DESIGN.md): deterministic, keys in contract order.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

std::string render_json(const core::Report& report);

}  // namespace citecheck::report
