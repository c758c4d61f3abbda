// Every JSON report a CLI test makes is checked against the published contract,
// docs/report.schema.json, with tests/schema/validate.py (Debian's python3-jsonschema): a report
// that does not validate fails the test that made it. Where Python or jsonschema is missing, the
// check is skipped with one note on stderr per test program.
#pragma once

#include <string>
#include <vector>

#include "process.h"

namespace citecheck::testing {

// Checks what a citecheck run with `args` (its own arguments, without the program) in
// `options.cwd` wrote: stdout when it is a JSON report, and a snapshot's DIR/report.json.
void check_json_reports(const std::vector<std::string>& args, const ProcessOptions& options,
                        const ProcessResult& result);

// Validates one report's text; an empty string when it validates (or cannot be checked here),
// else the validator's complaints.
std::string schema_errors(const std::string& report);

}  // namespace citecheck::testing
