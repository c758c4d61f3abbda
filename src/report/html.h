// The annotated HTML report (--format html): one self-contained page an editor can open.
#pragma once

#include <string>

#include "core/types.h"

namespace citecheck::report {

// The article's text with each claim highlighted by verdict, a card per claim with its evidence,
// the reference list with a state badge per entry, and a summary bar; several documents get a
// table of contents. Inline CSS and script only: the page fetches nothing.
std::string render_html(const core::Report& report);

}  // namespace citecheck::report
