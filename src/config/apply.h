// What the settings change in a run (config stage): rule severities and rules turned off, and files
// under a directory left out (URLs left unfetched are config/url_filter.h's). Called from
// pipeline.cc.
#pragma once

#include <string>
#include <vector>

#include "core/settings.h"
#include "core/types.h"

namespace citecheck::config {

// Findings of rules set to "off" are removed; the others take the severity the settings give.
void apply_rule_settings(const core::Settings& settings, std::vector<core::Finding>& findings);

// Whether a file found under a directory argument is checked: it must match an include glob
// (when there are any) and no exclude glob, both taken relative to the config file's directory.
bool selected(const core::Settings& settings, const std::string& path);

}  // namespace citecheck::config
