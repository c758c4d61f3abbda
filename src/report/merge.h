// `citecheck merge REPORT...`: the JSON or JSON Lines reports of shards (--shard I/N) made into
// the report one run over all their documents gives: documents in path order, summaries summed.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/types.h"
#include "report/json.h"
#include "report/summary.h"

namespace citecheck::report {

struct Merged {
  core::Report report;          // for every format but JSON and JSON Lines
  std::vector<Json> documents;  // the documents as the reports wrote them, in the same order
  Summary summary;              // the reports' summaries, summed
};

// Reads every report at `paths`. Refused, with a message naming the file: one that cannot be
// read, is not a JSON report nor JSON Lines (a line cut off, no summary line), was written by
// another schema_version or another version of citecheck, or names a document another report
// names too; reports judged by different models.
Result<Merged> merge_reports(const std::vector<std::string>& paths);

}  // namespace citecheck::report
