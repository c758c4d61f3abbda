// Where a finding starts and ends, for the formats that mark a span (SARIF, rdjsonl, GitHub).
#pragma once

#include <optional>

#include "core/types.h"

namespace citecheck::report {

struct Region {
  core::Position start;
  std::optional<core::Position> end;  // one past the last character; nothing when not known
};

// A claim spans its sentence as written in the file, citation markers included.
Region claim_region(const core::Claim& claim);

// A finding that carries its end (a reference entry's line, an uncited sentence) spans up to it; a
// claim's finding spans the claim; a finding on a citation marker inside a claim spans the marker.
// Any other finding has only its start.
Region finding_region(const core::DocumentReport& doc, const core::Finding& finding);

// The position just after `text`, when `text` starts at `start`.
core::Position advance(core::Position start, std::string_view text);

}  // namespace citecheck::report
