// URL normalisation, so that every unique source is fetched (or looked up) once however it is
// spelled: scheme and host lower-cased, default port and fragment dropped.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::fetch {

std::string normalize_url(std::string_view url);

// "https", "http", "ftp", ... lower-cased; "" when `url` has no scheme.
std::string url_scheme(std::string_view url);

// The host (lower-cased, IPv6 without brackets) and port (the scheme's default when none is
// written) of an absolute http(s) URL; an empty host when there is none.
struct HostPort {
  std::string host;
  int port = 0;
};
HostPort url_host_port(std::string_view url);

}  // namespace citecheck::fetch
