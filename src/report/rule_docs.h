// What each rule means, for the formats that describe their rules (SARIF's tool.driver.rules).
#pragma once

#include <vector>

#include "core/types.h"

namespace citecheck::report {

struct RuleDoc {
  const char* id;
  const char* name;         // PascalCase, as SARIF viewers show it
  core::Severity severity;  // the default
  const char* short_description;
  const char* full_description;
  const char* help;  // what to do about it
};

// Every rule of DESIGN.md's table, in its order (a unit test keeps it in step with verdict/).
const std::vector<RuleDoc>& rule_docs();

// The doc for `id`, or nullptr.
const RuleDoc* find_rule_doc(const std::string& id);

}  // namespace citecheck::report
