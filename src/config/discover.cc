// Config discovery, the first thing a check does after parsing its command line: the first file
// found wins and is read whole; nothing is merged between files, so a repository's file is never
// changed by whatever a user keeps in their home directory. Settings on the command line are laid
// over it afterwards (pipeline.cc).
#include "config/discover.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "config/settings_file.h"

namespace citecheck::config {
namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

Lookup lookup_from_environment(std::string explicit_path, bool none) {
  Lookup lookup;
  lookup.explicit_path = std::move(explicit_path);
  lookup.none = none;
  lookup.env_path = env_or_empty("CITECHECK_CONFIG");
  std::error_code ec;
  lookup.cwd = fs::current_path(ec).string();
  lookup.xdg_config_home = env_or_empty("XDG_CONFIG_HOME");
  lookup.home = env_or_empty("HOME");
  return lookup;
}

Result<std::optional<std::string>> find_config_file(const Lookup& lookup) {
  if (lookup.none) return std::optional<std::string>();
  for (const auto& [named, by] : {std::pair{lookup.explicit_path, "--config"},
                                  std::pair{lookup.env_path, "CITECHECK_CONFIG"}}) {
    if (named.empty()) continue;
    if (!is_file(named)) {
      return Error{fmt::format("config file '{}' (from {}) does not exist", named, by)};
    }
    return std::optional<std::string>(named);
  }
  if (!lookup.cwd.empty()) {
    for (fs::path dir = lookup.cwd;; dir = dir.parent_path()) {
      if (is_file(dir / kConfigFileName)) return std::optional((dir / kConfigFileName).string());
      if (dir == dir.parent_path() || dir.empty()) break;
    }
  }
  fs::path user_dir = lookup.xdg_config_home;
  if (user_dir.empty() || user_dir.is_relative()) {
    if (lookup.home.empty()) return std::optional<std::string>();
    user_dir = fs::path(lookup.home) / ".config";
  }
  const fs::path user_file = user_dir / "citecheck" / "config.toml";
  if (is_file(user_file)) return std::optional(user_file.string());
  return std::optional<std::string>();
}

Result<core::Settings> load_settings(const Lookup& lookup, const std::vector<std::string>& rules) {
  auto file = find_config_file(lookup);
  if (!file) return Error{file.error()};
  if (!*file) return core::Settings{};
  return read_settings_file(**file, rules);
}

}  // namespace citecheck::config
