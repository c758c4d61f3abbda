// Inline suppressions, written where the finding would be: in Markdown and HTML as comments
// (<!-- citecheck-disable -->, <!-- citecheck-enable -->, <!-- citecheck-disable-next-line RULE
// -->), in plain text as the same words on a line of their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::cite {

// The suppressions `text` asks for; `notices` gets one line per directive it cannot read.
std::vector<core::Suppression> find_suppressions(std::string_view text, core::Format format,
                                                 std::vector<std::string>& notices);

// Whether a trimmed line of plain text is a directive (and so no prose).
bool is_directive_line(std::string_view line);

// Whether `finding` falls under one of `suppressions`.
bool suppressed(const core::Finding& finding, const std::vector<core::Suppression>& suppressions);

}  // namespace citecheck::cite
