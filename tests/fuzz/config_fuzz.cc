// libFuzzer target for the config stage's reader (src/config/): a .citecheck.toml of any bytes
// through toml++ and the checks on every value, then the settings shown back as TOML and the
// include/exclude globs applied. A bad file must be an error naming the file, never a crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "config/apply.h"
#include "config/describe.h"
#include "config/settings_file.h"
#include "config/url_filter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck;
  // The reader takes a path, as the pipeline gives it; one scratch file per process.
  static const std::string path =
      "/tmp/citecheck-config-fuzz-" + std::to_string(getpid()) + ".toml";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  const std::vector<std::string> rules = {"misquote", "unused-reference", "dead-link"};
  const Result<core::Settings> read = config::read_settings_file(path, rules);
  if (!read) {
    if (read.error().empty()) std::abort();
    return 0;
  }
  std::vector<config::RuleDefault> defaults;
  for (const std::string& id : rules) defaults.push_back({id, core::Severity::kWarning});
  (void)config::describe_settings(*read, defaults);
  (void)config::selected(*read, "/tmp/docs/a/b/article.md");
  (void)config::UrlFilter(read->exclude_urls).excluded_by("https://www.example.com/a/b?c=d");
  (void)config::parse_duration(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
