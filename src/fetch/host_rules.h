// The config's [hosts."NAME"] tables as the fetch engine applies them: which table a host falls
// under, and the headers a request to it carries. Pure functions, no network.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/settings.h"

namespace citecheck::fetch {

// The table for `host` (lower-case, as url_host_port gives it), or null. "example.com" matches that
// host only; "*.example.com" matches its subdomains at any depth (news.example.com,
// a.b.example.com) but not example.com itself. An exact name wins over a pattern, and a longer
// pattern over a shorter one. Names are compared without regard to case.
const core::HostSettings* settings_for_host(const std::string& host,
                                            const std::vector<core::HostSettings>& hosts);

// `global` ("Name: value", from --header) followed by `extra`; an extra header replaces every
// global one of the same name (compared without regard to case).
std::vector<std::string> merge_headers(
    const std::vector<std::string>& global,
    const std::vector<std::pair<std::string, std::string>>& extra);

}  // namespace citecheck::fetch
