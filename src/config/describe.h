// `citecheck config`: the merged settings as TOML, each line saying where its value came from.
#pragma once

#include <string>
#include <vector>

#include "core/settings.h"

namespace citecheck::config {

struct RuleDefault {
  std::string id;
  core::Severity severity;
};

// Valid TOML: it can be saved as a starting .citecheck.toml. `rules` lists every rule with its
// default severity, in the order to print.
std::string describe_settings(const core::Settings& settings,
                              const std::vector<RuleDefault>& rules);

}  // namespace citecheck::config
