// Citations in HTML articles (CMS drafts, rendered Markdown, saved wiki pages), read through the
// gumbo DOM of html/dom.h: MediaWiki references, GFM and pandoc footnotes, inline
// <a href> links, <blockquote cite> and <q cite>, and bracketed numeric markers in the text.
// Scripts, styles, navigation and page furniture are not prose; positions point into the HTML.
#pragma once

#include "core/types.h"

namespace citecheck::cite {

core::CitationIndex extract_html_article(const core::Document& doc);

}  // namespace citecheck::cite
