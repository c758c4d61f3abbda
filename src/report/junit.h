// JUnit XML (--format junit) for CI test-report views: per document a test suite, in it a test
// case per claim and per reference, and one per finding that belongs to neither.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

std::string render_junit(const core::Report& report);

}  // namespace citecheck::report
