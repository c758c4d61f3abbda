// The pieces of the HTML report, shared by html.cc (the page) and its helpers. Internal to report/.
#pragma once

#include <string>
#include <string_view>

#include "core/types.h"

namespace citecheck::report::html {

// Text made safe for HTML content and attributes; invalid UTF-8 becomes U+FFFD.
std::string escape(std::string_view s);

// `s` made fit for an id attribute (no spaces, nothing to escape): "note 1" becomes "note_1".
std::string id_part(std::string_view s);

// The badge icon and the class suffix of each verdict, and of an uncited sentence ("uncited").
const char* verdict_icon(std::string_view verdict);

// The article body: prose up to the reference list, each claim and uncited sentence highlighted,
// its card beside its paragraph. Every id starts with `prefix` ("d1-").
std::string article_html(const core::DocumentReport& doc, const std::string& prefix);

// A claim's card: verdict, the cited sources and their states, the evidence with what matched.
std::string claim_card(const core::DocumentReport& doc, const core::Claim& claim,
                       const std::string& id);

// An uncited sentence's card: what it states without a citation.
std::string uncited_card(const core::Finding& finding, const std::string& id);

// The evidence passage with the claim's numbers and words marked.
std::string marked_evidence(const core::Claim& claim, std::string_view evidence);

// The page's inline style sheet and script.
std::string_view style_sheet();
std::string_view script();

}  // namespace citecheck::report::html
