// Counts every report format prints at the end: documents, claims, verdicts, findings by severity.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/types.h"

namespace citecheck::report {

struct Summary {
  int documents = 0;
  int claims = 0;
  std::vector<std::pair<std::string, int>> verdicts;  // every verdict, in contract order
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int model_judged = 0;  // claims whose verdict is a model judge's
};

Summary summarize(const core::Report& report);

// Adds `more`'s counts to `into`'s: the summary of two reports' documents together.
void add_summary(Summary& into, const Summary& more);

}  // namespace citecheck::report
