// The SARIF 2.1.0 report (--format sarif) for code-scanning services and editors.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

std::string render_sarif(const core::Report& report);

// A document path as a SARIF artifact URI: relative paths stay relative, percent-encoded.
std::string artifact_uri(const std::string& path);

}  // namespace citecheck::report
