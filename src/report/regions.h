// Where a finding starts and ends, for the formats that mark a span (SARIF, rdjsonl, GitHub).
#pragma once

#include <optional>

#include "core/types.h"

namespace citecheck::report {

struct Region {
  core::Position start;
  std::optional<core::Position> end;  // one past the last character; nothing when not known
};

// A claim's finding spans the claim; a finding on a citation marker inside a claim spans the
// marker. Other findings (a reference entry, an uncited sentence) have only their start.
Region finding_region(const core::DocumentReport& doc, const core::Finding& finding);

// The position just after `text`, when `text` starts at `start`.
core::Position advance(core::Position start, std::string_view text);

}  // namespace citecheck::report
