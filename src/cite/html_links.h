// Where an HTML article's links lead, as the page means them: a saved page writes its in-page
// links (note markers, back links, "Jump to content") as absolute links to its own address, and
// resolves relative links against its <base>. Used by cite/html_notes.cc and cite/html_article.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace citecheck::cite {

struct PageAddress {
  // The page's own addresses without fragment, normalised: <link rel="canonical">, og:url, <base>.
  std::vector<std::string> own;
  std::string base;  // <base href> when absolute, else empty
  // A MediaWiki page marks each external link with the class "external"; its other links lead
  // to wiki pages and are no citations.
  bool mediawiki = false;
};

PageAddress page_address(const html::HtmlDom& dom);

// "#id" for a place in this page, an absolute http(s) URL (resolved against <base>, else the
// page's own address; surrounding spaces dropped), a root-relative path ("/Articles/123/") when
// the page's address is unknown, or "" for anything else: mailto:, another relative link with no
// address to resolve it against, an invalid host.
std::string link_target(const PageAddress& page, std::string_view href);

// Whether a link target leads to the page's own site: a site path, or a URL on the host of the
// page's address or <base>.
bool on_own_site(const PageAddress& page, std::string_view target);

// Whether `url` is http(s) with a host a browser would accept.
bool is_valid_web_url(std::string_view url);

}  // namespace citecheck::cite
