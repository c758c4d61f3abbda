// A run's JSON report is recognised by what it is (an object with "schema_version"), not by its
// flags, so a format chosen in a config file is checked too. The report goes to the validator
// through a temporary file; the validator is run as any other program, with run_process.
#include "report_schema.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace citecheck::testing {
namespace {

bool looks_like_report(const std::string& text) {
  return text.rfind("{", 0) == 0 && text.find("\"schema_version\"") != std::string::npos;
}

void note_once(const std::string& why) {
  static bool noted = false;
  if (noted) return;
  noted = true;
  std::fprintf(stderr, "note: JSON reports are not checked against docs/report.schema.json: %s\n",
               why.c_str());
}

}  // namespace

std::string schema_errors(const std::string& report) {
  const std::string python = CITECHECK_PYTHON;
  if (python.empty()) {
    note_once("no Python 3 was found when the tests were configured");
    return "";
  }
  char path[] = "/tmp/citecheck-report-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return "cannot create a temporary file for the report";
  close(fd);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << report;
  }
  const ProcessResult checked = run_process({python, source_dir() + "/tests/schema/validate.py",
                                             source_dir() + "/docs/report.schema.json", path});
  std::remove(path);
  if (checked.exit_code == 0) {
    if (checked.out.find("SKIP:") != std::string::npos) {
      note_once("python3-jsonschema is not installed");
    }
    return "";
  }
  return checked.out + checked.err;
}

void check_json_reports(const std::vector<std::string>& args, const ProcessOptions& options,
                        const ProcessResult& result) {
  if (looks_like_report(result.out)) {
    const std::string errors = schema_errors(result.out);
    CHECK_MESSAGE(errors.empty(), "the JSON report does not validate:\n" << errors);
  }
  if (args.empty() || args[0] != "snapshot") return;
  for (std::size_t i = 1; i + 1 < args.size(); ++i) {
    if (args[i] != "--out") continue;
    std::filesystem::path dir(args[i + 1]);
    if (dir.is_relative() && !options.cwd.empty()) dir = std::filesystem::path(options.cwd) / dir;
    const std::string frozen = read_file((dir / "report.json").string());
    if (!looks_like_report(frozen)) continue;
    const std::string errors = schema_errors(frozen);
    CHECK_MESSAGE(errors.empty(), "the snapshot's report.json does not validate:\n" << errors);
  }
}

}  // namespace citecheck::testing
