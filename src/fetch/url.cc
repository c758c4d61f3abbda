// Deliberately small: full URL parsing arrives with the network fetcher (libcurl's URL API).
#include "fetch/url.h"

#include <cctype>

namespace citecheck::fetch {

std::string url_scheme(std::string_view url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  std::string scheme;
  for (const char c : url.substr(0, colon)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return scheme;
}

std::string normalize_url(std::string_view url) {
  std::string_view rest = url;
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const std::size_t sep = rest.find("://");
  if (sep == std::string_view::npos) return std::string(rest);
  const std::string scheme = url_scheme(rest.substr(0, sep + 1));
  std::string_view after = rest.substr(sep + 3);
  const std::size_t path_at = after.find_first_of("/?");
  std::string_view authority = after.substr(0, path_at);
  std::string_view path = path_at == std::string_view::npos ? "" : after.substr(path_at);
  // User info ("user:Secret@") is case-sensitive: only what follows the last '@' is the host.
  const std::size_t at = authority.rfind('@');
  std::string host(authority.substr(0, at == std::string_view::npos ? 0 : at + 1));
  for (const char c : authority.substr(at == std::string_view::npos ? 0 : at + 1)) {
    host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if ((scheme == "https" && host.ends_with(":443")) ||
      (scheme == "http" && host.ends_with(":80"))) {
    host.erase(host.rfind(':'));
  }
  std::string out = scheme + "://" + host;
  // "https://x.example?q" and "https://x.example/?q" are the same resource.
  if (path.empty() || path.front() == '?') out += '/';
  out += path;
  return out;
}

}  // namespace citecheck::fetch
