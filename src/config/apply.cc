// The config stage's effects on a run. Rule settings are applied to the verdict stage's findings
// before they are reported, so every format and the exit status see the same severities.
#include "config/apply.h"

#include <algorithm>
#include <filesystem>

#include "config/glob.h"

namespace citecheck::config {
namespace {

namespace fs = std::filesystem;

// `path` relative to `base`, '/'-separated; as given when it is not under `base`.
std::string relative_to(const std::string& base, const std::string& path) {
  std::error_code ec;
  const fs::path abs_base = fs::weakly_canonical(fs::absolute(base, ec), ec);
  const fs::path abs_path = fs::weakly_canonical(fs::absolute(path, ec), ec);
  const fs::path rel = abs_path.lexically_relative(abs_base);
  if (rel.empty() || *rel.begin() == "..") return fs::path(path).generic_string();
  return rel.generic_string();
}

}  // namespace

void apply_rule_settings(const core::Settings& settings, std::vector<core::Finding>& findings) {
  if (settings.rules.empty()) return;
  std::erase_if(findings, [&](const core::Finding& f) {
    const auto it = settings.rules.find(f.rule);
    return it != settings.rules.end() && !it->second;
  });
  for (core::Finding& f : findings) {
    const auto it = settings.rules.find(f.rule);
    // A sentence its paragraph's citation covers stays at info (cite-every-sentence lifts it).
    if (it != settings.rules.end() && it->second && !f.covered) f.severity = *it->second;
  }
}

bool selected(const core::Settings& settings, const std::string& path) {
  if (settings.include.empty() && settings.exclude.empty()) return true;
  const std::string rel = relative_to(settings.base_dir.empty() ? "." : settings.base_dir, path);
  const auto matches = [&](const std::string& glob) { return glob_match(glob, rel); };
  if (!settings.include.empty() &&
      std::none_of(settings.include.begin(), settings.include.end(), matches)) {
    return false;
  }
  return std::none_of(settings.exclude.begin(), settings.exclude.end(), matches);
}

}  // namespace citecheck::config
