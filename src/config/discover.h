// Which .citecheck.toml applies to a run, and the settings it gives (config stage).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "core/settings.h"

namespace citecheck::config {

inline constexpr const char* kConfigFileName = ".citecheck.toml";

// Where to look, in order: --config, CITECHECK_CONFIG, the working directory and its parents,
// then $XDG_CONFIG_HOME/citecheck/config.toml ($HOME/.config when XDG_CONFIG_HOME is unset).
struct Lookup {
  std::string explicit_path;  // --config
  std::string env_path;       // CITECHECK_CONFIG
  std::string cwd;
  std::string xdg_config_home;
  std::string home;
  bool none = false;  // --no-config: defaults only
};

// The lookup for this process: its working directory and environment.
Lookup lookup_from_environment(std::string explicit_path, bool none);

// The file to read, or nothing; a file named by --config or CITECHECK_CONFIG must exist.
Result<std::optional<std::string>> find_config_file(const Lookup& lookup);

// The settings of the file found (defaults when there is none). `rules` are the known rule ids.
Result<core::Settings> load_settings(const Lookup& lookup, const std::vector<std::string>& rules);

}  // namespace citecheck::config
