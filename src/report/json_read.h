// The JSON report read back (`citecheck merge`): a document object of a JSON report or of a JSON
// Lines document line, as core::DocumentReport, so that every format can render shards' reports
// as one. What the report does not carry stays empty: SARIF's suggested fixes, byte columns
// but where a span starts a line (rdjsonl then counts code points); and the article's prose, which
// the HTML report shows, is made of the claims and uncited sentences alone, a paragraph each.
#pragma once

#include "core/result.h"
#include "core/types.h"
#include "report/json.h"
#include "report/summary.h"

namespace citecheck::report {

Result<core::DocumentReport> read_document_json(const Json& document);

// A report's "summary" object; an error names what is missing or wrong.
Result<Summary> read_summary_json(const Json& summary);

}  // namespace citecheck::report
