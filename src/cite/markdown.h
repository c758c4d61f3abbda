// Citations in Markdown articles, read through cmark-gfm (tables, strikethrough, autolinks and
// footnotes on): footnotes [^id], inline links, reference links and their definitions, autolinks,
// and numeric [n] markers with a References section as in plain text. The prose handed to claims/
// has the markup removed and maps every byte back to the file.
#pragma once

#include "core/types.h"

namespace citecheck::cite {

core::CitationIndex extract_markdown(const core::Document& doc);

}  // namespace citecheck::cite
