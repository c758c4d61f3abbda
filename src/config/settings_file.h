// The config stage's reader: one .citecheck.toml file into core::Settings, every value checked.
// A bad file is a run failure whose message names the file, line and column.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/settings.h"

namespace citecheck::config {

// `rule_ids` are the rules a [rules] table may name; `shown` is the path used in messages.
Result<core::Settings> read_settings_file(const std::string& path,
                                          const std::vector<std::string>& rule_ids);

// "7d", "12h", "30m", "45s", "2w" or a plain number of seconds; nothing when malformed.
std::optional<long long> parse_duration(const std::string& text);

}  // namespace citecheck::config
