// reviewdog Diagnostic format, one object per line (`reviewdog -f=rdjsonl`). reviewdog counts
// columns in UTF-8 bytes, unlike citecheck's other reports, so the byte columns of core::Position
// are used here; a position without one (never from the pipeline) falls back to code points.
#include "report/rdjsonl.h"

#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/regions.h"

namespace citecheck::report {
namespace {

using Json = nlohmann::ordered_json;

const char* severity(core::Severity s) {
  switch (s) {
    case core::Severity::kError:
      return "ERROR";
    case core::Severity::kWarning:
      return "WARNING";
    case core::Severity::kInfo:
      return "INFO";
  }
  return "ERROR";
}

Json position(const core::Position& p) {
  return {{"line", p.line}, {"column", p.byte_column > 0 ? p.byte_column : p.column}};
}

}  // namespace

std::string render_rdjsonl(const core::Report& report) {
  std::string out;
  for (const core::DocumentReport& d : report.documents) {
    for (const core::Finding& f : d.findings) {
      const Region r = finding_region(d, f);
      Json range;
      range["start"] = position(r.start);
      if (r.end) range["end"] = position(*r.end);
      Json j;
      j["message"] = f.message;
      j["location"] = {{"path", d.path}, {"range", range}};
      j["severity"] = severity(f.severity);
      j["source"] = {{"name", "citecheck"}, {"url", kProjectUrl}};
      j["code"] = {{"value", f.rule}, {"url", std::string(kProjectUrl) + "#rules"}};
      out += j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    }
  }
  return out;
}

}  // namespace citecheck::report
