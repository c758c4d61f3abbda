// A page's metadata: what the source is and when it was published, from <meta> tags (Open Graph,
// Dublin Core, Highwire citation_* tags of scholarly pages), JSON-LD, <time> and <link>.
#pragma once

#include <string>
#include <vector>

#include "html/dom.h"

namespace citecheck::source {

struct PageMeta {
  std::string title;        // citation_title, og:title, JSON-LD headline, or <title>
  std::string description;  // description or og:description
  std::vector<std::string> authors;
  std::string published;  // "2019-11-18" where the page gives a date; as written otherwise
  std::string canonical_url;
  std::string journal;       // citation_journal_title
  std::string doi;           // citation_doi
  std::string json_ld_body;  // JSON-LD articleBody, when the page has one
  std::string headline;      // the first visible <h1>, as the reader sees it
};

PageMeta read_metadata(const html::HtmlDom& dom);

// "2019-11-18T08:22:00Z", "2019/11/18" -> "2019-11-18"; anything else comes back trimmed.
std::string normalise_date(std::string_view value);

}  // namespace citecheck::source
