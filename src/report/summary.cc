// Shared by the reporters so text and JSON can never disagree on a count.
#include "report/summary.h"

#include <algorithm>

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
      if (c.model_judged) ++s.model_judged;
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

void add_summary(Summary& into, const Summary& more) {
  into.documents += more.documents;
  into.claims += more.claims;
  for (const auto& verdict : more.verdicts) {
    const auto it = std::find_if(into.verdicts.begin(), into.verdicts.end(),
                                 [&](const auto& v) { return v.first == verdict.first; });
    if (it != into.verdicts.end()) {
      it->second += verdict.second;
    } else {
      into.verdicts.push_back(verdict);
    }
  }
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.infos += more.infos;
  into.model_judged += more.model_judged;
}

}  // namespace citecheck::report
