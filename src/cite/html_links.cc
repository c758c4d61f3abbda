// Link targets in an HTML article. A link is resolved as a browser would (surrounding spaces
// dropped, relative forms against <base>, else against the page's own address), then compared
// with the page's own addresses: a link back to the page with a fragment is in-page
// ("#cite_note-2"), however it is spelled. A host a browser would refuse ("example]org") leads
// nowhere. Fragments are percent-decoded, as browsers decode them before looking for the element.
// A page saved without its address still cites its own site's pages by path ("/Articles/123/"):
// such a link stays a citation, of the path as written.
#include "cite/html_links.h"

#include <algorithm>
#include <cstddef>

#include "text/ascii.h"

namespace citecheck::cite {
namespace {

// The length of "scheme:" at the start of `s`, or 0 when `s` is relative.
std::size_t scheme_length(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i > 0 ? i + 1 : 0;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool later = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!letter && !(i > 0 && later)) return 0;
  }
  return 0;
}

bool is_http(std::string_view url) {
  const std::string lower = text::lower_ascii(url.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

// Where the path starts in an absolute "scheme://authority…" URL.
std::size_t path_begin(std::string_view url) {
  const std::size_t authority = url.find("//") + 2;
  const std::size_t end = url.find_first_of("/?#", authority);
  return end == std::string_view::npos ? url.size() : end;
}

std::string_view without_fragment(std::string_view url) {
  return url.substr(0, std::min(url.find('#'), url.size()));
}

std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i <= path.size()) {
    std::size_t end = path.find('/', i);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(i, end - i);
    if (segment == "..") {
      if (out.size() > 1) out.pop_back();
      if (end == path.size()) out.push_back("");
    } else if (segment == ".") {
      if (end == path.size()) out.push_back("");
    } else {
      out.push_back(segment);
    }
    i = end + 1;
  }
  std::string joined;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (k > 0) joined += '/';
    joined += out[k];
  }
  return joined;
}

// `href` (relative, no fragment of its own at the start) resolved against the absolute URL `base`.
std::string resolve(std::string_view base, std::string_view href) {
  base = without_fragment(base);
  const std::string_view origin = base.substr(0, path_begin(base));
  if (href.starts_with("//"))
    return std::string(base.substr(0, base.find(':') + 1)) + std::string(href);
  std::string_view base_path = base.substr(origin.size());
  base_path = base_path.substr(0, std::min(base_path.find('?'), base_path.size()));
  if (base_path.empty()) base_path = "/";  // "https://host" is "https://host/"
  if (href.starts_with("?"))
    return std::string(origin) + std::string(base_path) + std::string(href);
  const std::size_t rest = std::min(href.find_first_of("?#"), href.size());
  std::string path;
  if (href.starts_with("/")) {
    path = href.substr(0, rest);
  } else {
    const std::size_t slash = base_path.rfind('/');
    path = std::string(slash == std::string_view::npos ? "/" : base_path.substr(0, slash + 1));
    path += href.substr(0, rest);
  }
  return std::string(origin) + remove_dot_segments(path) + std::string(href.substr(rest));
}

// Scheme and host lower-cased, the default port dropped, no fragment: the same page compares
// equal however it is written.
std::string page_key(std::string_view url) {
  url = without_fragment(url);
  const std::size_t path = path_begin(url);
  std::string key = text::lower_ascii(url.substr(0, path));
  if (key.starts_with("http:") && key.ends_with(":80")) key.resize(key.size() - 3);
  if (key.starts_with("https:") && key.ends_with(":443")) key.resize(key.size() - 4);
  key += path < url.size() ? std::string(url.substr(path)) : "/";
  return key;
}

std::string percent_decoded(std::string_view s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool is_host_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '%';
}

// "/Articles/123/": a path on the page's own site, neither "//host/…" nor "/" (the home page is
// navigation, not a source).
bool is_root_relative(std::string_view href) {
  return href.size() > 1 && href[0] == '/' && href[1] != '/' && href[1] != '#' && href[1] != '?';
}

void add_own(std::string_view url, PageAddress& page) {
  url = text::trim_space(url);
  if (!is_valid_web_url(url)) return;
  const std::string key = page_key(url);
  if (std::find(page.own.begin(), page.own.end(), key) == page.own.end()) page.own.push_back(key);
}

}  // namespace

bool is_valid_web_url(std::string_view url) {
  if (!is_http(url)) return false;
  const std::size_t begin = url.find("//") + 2;
  std::string_view authority = url.substr(begin, path_begin(url) - begin);
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  if (authority.starts_with("[")) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    const std::string_view inside = authority.substr(1, close - 1);
    if (!std::all_of(inside.begin(), inside.end(), [](char c) {
          return c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                 (c >= 'A' && c <= 'F');
        })) {
      return false;
    }
    host = {};
    authority.remove_prefix(close + 1);
    if (!authority.empty() && authority.front() != ':') return false;
  } else {
    host = authority.substr(0, std::min(authority.find(':'), authority.size()));
    if (host.empty() || !std::all_of(host.begin(), host.end(), is_host_byte)) return false;
    authority.remove_prefix(host.size());
  }
  if (authority.empty()) return true;
  const std::string_view port = authority.substr(1);
  return std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool on_own_site(const PageAddress& page, std::string_view target) {
  if (target.starts_with("/")) return true;
  if (!is_valid_web_url(target)) return false;
  const auto host = [](std::string_view url) {
    const std::size_t begin = url.find("//") + 2;
    return text::lower_ascii(url.substr(begin, path_begin(url) - begin));
  };
  const std::string site = host(target);
  if (!page.base.empty() && host(page.base) == site) return true;
  return std::any_of(page.own.begin(), page.own.end(),
                     [&](const std::string& own) { return host(own) == site; });
}

PageAddress page_address(const html::HtmlDom& dom) {
  PageAddress page;
  std::string base;
  for (const html::HtmlNode& n : dom.nodes) {
    const std::string rel = text::lower_ascii(n.attribute("rel"));
    if (n.tag == "link" && rel == "canonical") add_own(n.attribute("href"), page);
    const std::string_view property = n.attribute("property");
    if (n.tag == "meta" && (property == "og:url" || n.attribute("name") == "og:url")) {
      add_own(n.attribute("content"), page);
    }
    if (n.tag == "base" && base.empty()) {
      const std::string_view href = text::trim_space(n.attribute("href"));
      if (is_valid_web_url(href)) {
        base = href;
        add_own(base, page);
      }
    }
    if (n.tag == "meta" && n.attribute("name") == "generator" &&
        n.attribute("content").starts_with("MediaWiki")) {
      page.mediawiki = true;
    }
    if (n.tag == "body" && n.attribute("class").find("mediawiki") != std::string_view::npos) {
      page.mediawiki = true;
    }
  }
  page.base = std::move(base);
  return page;
}

std::string link_target(const PageAddress& page, std::string_view href) {
  href = text::trim_space(href);
  if (href.empty()) return {};  // the document itself
  if (href.starts_with("#")) return href.size() > 1 ? "#" + percent_decoded(href.substr(1)) : "";
  std::string url;
  if (scheme_length(href) > 0) {
    url = href;
  } else if (!page.base.empty()) {
    url = resolve(page.base, href);
  } else if (!page.own.empty()) {
    url = resolve(page.own.front(), href);
  } else if (is_root_relative(href)) {
    // Nothing to resolve against: the path names another page of the same site, which the
    // report shows as written and nobody fetches (fetch/ gives it "relative-link").
    return std::string(href);
  }
  if (!is_valid_web_url(url)) return {};
  const std::size_t hash = url.find('#');
  const bool self = std::find(page.own.begin(), page.own.end(), page_key(url)) != page.own.end();
  if (self) {
    if (hash == std::string::npos || hash + 1 == url.size()) return {};  // the page itself
    return "#" + percent_decoded(url.substr(hash + 1));
  }
  return url;
}

}  // namespace citecheck::cite
