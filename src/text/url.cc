// Normalised URL text, shared by fetch/ (one request per page) and by cite/ and verdict/ (one
// reference per page). Only the spelling is normalised: libcurl parses URLs for real.
#include "text/url.h"

#include <algorithm>
#include <cctype>

namespace citecheck::text {
namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (const char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string normalize_url(std::string_view url) {
  std::string_view rest = url;
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const std::size_t sep = rest.find("://");
  if (sep == std::string_view::npos) return std::string(rest);
  const std::string scheme = lower(rest.substr(0, sep));
  std::string_view after = rest.substr(sep + 3);
  const std::size_t path_at = after.find_first_of("/?");
  std::string_view authority = after.substr(0, path_at);
  std::string_view path = path_at == std::string_view::npos ? "" : after.substr(path_at);
  // User info ("user:Secret@") is case-sensitive: only what follows the last '@' is the host.
  const std::size_t at = authority.rfind('@');
  std::string host(authority.substr(0, at == std::string_view::npos ? 0 : at + 1));
  host += lower(authority.substr(at == std::string_view::npos ? 0 : at + 1));
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

std::string page_key(std::string_view url) {
  std::string key = normalize_url(url);
  const std::size_t sep = key.find("://");
  const std::size_t path_at = sep == std::string::npos ? 0 : key.find('/', sep + 3);
  if (path_at == std::string::npos) return key;
  std::size_t path_end = std::min(key.find('?', path_at), key.size());
  while (path_end > path_at && key[path_end - 1] == '/') key.erase(--path_end, 1);
  return key;
}

}  // namespace citecheck::text
