// The source stage: fetched bytes -> the text the matcher sees. HTML goes through gumbo with page
// furniture (scripts, navigation, headers, footers, asides, forms, cookie banners, share bars,
// related-story lists) left out; plain text is read as it is.
#pragma once

#include <string>
#include <string_view>

#include "core/types.h"

namespace citecheck::source {

struct Page {
  core::SourceText main;  // title, and the article's text: one block per line
  std::string visible;    // every visible word of the page, furniture included (for wall checks)
};

Page read_page(std::string_view body, std::string_view content_type);

Page read_html(std::string_view html);

// Plain text with hard-wrapped paragraphs joined, one block per line.
std::string unwrap_text(std::string_view text);

}  // namespace citecheck::source
