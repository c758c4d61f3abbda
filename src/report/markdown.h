// A Markdown summary (--format markdown) for a pull-request comment or $GITHUB_STEP_SUMMARY.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

// Rows past this many findings (or claims) are counted, not listed: GitHub caps a comment's size.
inline constexpr int kMarkdownRows = 100;

std::string render_markdown(const core::Report& report);

// `s` as text in a GitHub-flavoured table cell: markup and pipes escaped, on one line.
std::string markdown_cell(const std::string& s);

}  // namespace citecheck::report
