// Per-host settings for the fetch engine (fetch/engine.cc): a host's [hosts] table from the
// config, found by name or by a "*.domain" pattern, and the request headers it adds.
#include "fetch/host_rules.h"

#include <algorithm>

#include "text/ascii.h"

namespace citecheck::fetch {
namespace {

// How well `pattern` fits `host`: 0 not at all; an exact name beats any "*." pattern, and a
// longer pattern a shorter one.
std::size_t fit(const std::string& pattern, const std::string& host) {
  const std::string p = text::lower_ascii(pattern);
  if (p == host) return 2 * p.size() + 2;
  if (p.size() < 3 || p.rfind("*.", 0) != 0) return 0;
  const std::string suffix = p.substr(1);  // ".example.com"
  const bool sub = host.size() > suffix.size() &&
                   host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0;
  return sub ? p.size() : 0;
}

std::string header_name(const std::string& header) {
  return text::lower_ascii(header.substr(0, header.find(':')));
}

}  // namespace

const core::HostSettings* settings_for_host(const std::string& host,
                                            const std::vector<core::HostSettings>& hosts) {
  const std::string name = text::lower_ascii(host);
  const core::HostSettings* best = nullptr;
  std::size_t best_fit = 0;
  for (const core::HostSettings& h : hosts) {
    if (const std::size_t f = fit(h.host, name); f > best_fit) {
      best = &h;
      best_fit = f;
    }
  }
  return best;
}

std::vector<std::string> merge_headers(
    const std::vector<std::string>& global,
    const std::vector<std::pair<std::string, std::string>>& extra) {
  std::vector<std::string> out;
  for (const std::string& header : global) {
    const std::string name = header_name(header);
    const bool replaced = std::any_of(extra.begin(), extra.end(), [&](const auto& e) {
      return text::lower_ascii(e.first) == name;
    });
    if (!replaced) out.push_back(header);
  }
  for (const auto& [name, value] : extra) out.push_back(name + ": " + value);
  return out;
}

}  // namespace citecheck::fetch
