// Shared by the reporters so text and JSON can never disagree on a count.
#include "report/summary.h"

#include "report/names.h"

namespace citecheck::report {

Summary summarize(const core::Report& report) {
  Summary s;
  const core::Verdict order[] = {core::Verdict::kSupported, core::Verdict::kPartial,
                                 core::Verdict::kUnsupported, core::Verdict::kContradicted,
                                 core::Verdict::kUnverifiable};
  for (const core::Verdict v : order) s.verdicts.emplace_back(verdict_name(v), 0);
  for (const core::DocumentReport& d : report.documents) {
    ++s.documents;
    for (const core::Claim& c : d.claims) {
      ++s.claims;
      for (auto& [name, count] : s.verdicts) {
        if (name == verdict_name(c.verdict)) ++count;
      }
    }
    for (const core::Finding& f : d.findings) {
      if (f.severity == core::Severity::kError) ++s.errors;
      if (f.severity == core::Severity::kWarning) ++s.warnings;
      if (f.severity == core::Severity::kInfo) ++s.infos;
    }
  }
  return s;
}

}  // namespace citecheck::report
