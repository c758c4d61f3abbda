// A small hand-built report shared by the reporter tests: one Markdown document with a supported
// claim citing [1], an unsupported one, and reference [2] never cited.
#pragma once

#include "core/types.h"

namespace citecheck::testing {

core::Report sample_report();

}  // namespace citecheck::testing
