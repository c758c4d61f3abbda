// Small URL helpers on the text of a URL; libcurl parses URLs for real when it fetches them.
#include "fetch/url.h"

#include <cctype>

#include "text/url.h"

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

HostPort url_host_port(std::string_view url) {
  HostPort out;
  const std::string scheme = url_scheme(url);
  const std::size_t sep = url.find("://");
  if (sep == std::string_view::npos) return out;
  std::string_view authority = url.substr(sep + 3);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return out;
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size() && authority[close + 1] == ':') {
      port = authority.substr(close + 2);
    }
  } else if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  for (const char c : host)
    out.host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.port = scheme == "https" ? 443 : 80;
  if (!port.empty()) {
    int value = 0;
    for (const char c : port) {
      if (!std::isdigit(static_cast<unsigned char>(c)) || value > 65535) return HostPort{};
      value = value * 10 + (c - '0');
    }
    out.port = value;
  }
  return out;
}

std::string normalize_url(std::string_view url) { return text::normalize_url(url); }

}  // namespace citecheck::fetch
