// The terminal report: compiler-style lines (path:line:col: severity: message [rule]) that editors
// and terminals can jump to, each claim followed by its verdict and the evidence quoted.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

struct TextStyle {
  bool color = false;
  bool quiet = false;    // findings only: no supported claims, no evidence
  bool verbose = false;  // every reference's source state too
};

std::string render_text(const core::Report& report, const TextStyle& style);

}  // namespace citecheck::report
