// The cite stage's entry point: citations, references, prose and suppressions of one document,
// read the way its format asks (plain text, Markdown, HTML).
#pragma once

#include "core/types.h"

namespace citecheck::cite {

// Citations come out in prose order with positions in the original file.
core::CitationIndex extract_citations(const core::Document& doc);

}  // namespace citecheck::cite
