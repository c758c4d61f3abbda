// The JSON report (schema_version 1, DESIGN.md): deterministic, keys in contract order. Its JSON
// Lines form (--format jsonl) writes each document as one line, then one summary line, so that a
// run can write each document as soon as it is judged (docs/report.schema.json, $defs
// document_line and summary_line).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/types.h"
#include "report/summary.h"

namespace citecheck::report {

using Json = nlohmann::ordered_json;

inline constexpr int kSchemaVersion = 1;

// One document's object, as the report's "documents" array and a JSON Lines document line hold it.
// `judged`: a model judge was configured, and every claim says which engine gave its verdict.
Json document_json(const core::DocumentReport& d, bool judged);

std::string render_json(const core::Report& report);

// The same report from documents already in JSON (`citecheck merge`) and their summary.
std::string render_json(const std::string& judge_model, std::vector<Json> documents,
                        const Summary& summary, bool incomplete);

// JSON Lines: {"type":"document","schema_version":1,"tool":{...},"document":{...}} per document,
// then {"type":"summary","schema_version":1,"tool":{...},"summary":{...}} once, each ending in
// a newline.
std::string jsonl_document_line(Json document, const std::string& judge_model);
std::string jsonl_summary_line(const Summary& summary, const std::string& judge_model,
                               bool incomplete);
std::string render_jsonl(const core::Report& report);

}  // namespace citecheck::report
