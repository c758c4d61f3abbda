// HTML pages whose text is preformatted: the article is one or more <pre> blocks of wrapped prose
// with its own markers and reference list (an RFC or Internet-Draft as rfcmarkup serves it, a
// plain-text report wrapped in HTML). Such a <pre> is the document's body text, not a code
// sample, so it is read as plain text (cite/plain_text.h) instead of being skipped as code.
// Used by cite/html_article.cc.
#pragma once

#include "cite/html_notes.h"
#include "core/types.h"
#include "html/dom.h"

namespace citecheck::cite {

// Whether the page's text is preformatted prose: its <pre> blocks hold nearly all of the text
// outside page furniture, and most of their lines read as sentences rather than code.
bool is_preformatted_article(const html::HtmlDom& dom);

// The page's <pre> text as plain-text prose (lines kept, page furniture outside the blocks left
// out), read by the plain-text reader for its markers and reference list (not its URLs).
// Citation offsets are into the prose; references' into the HTML.
core::CitationIndex extract_preformatted(std::string_view html, const html::HtmlDom& dom);

}  // namespace citecheck::cite
