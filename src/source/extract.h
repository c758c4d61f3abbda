// The source stage: fetched bytes -> the text the matcher sees. Gzip is inflated, PDFs go through
// pdftotext, every charset becomes UTF-8, and HTML goes through gumbo, where only the article is
// kept (content.h) and the page's metadata is read apart from it (metadata.h).
#pragma once

#include <string>
#include <string_view>

#include "core/types.h"
#include "source/content.h"
#include "source/metadata.h"

namespace citecheck::source {

struct Page {
  core::SourceText main;  // title, and the article's text: one block per line
  std::string visible;    // every visible word of the page, furniture included (for wall checks)
  PageMeta meta;          // HTML pages only
  bool sign_in_form = false;  // HTML pages only: sign_in.h
  std::string charset;        // what the bytes were read as ("utf-8", "windows-1252", ...)
  // Set when the bytes could not be read as text at all (a PDF without pdftotext, say): the
  // outcome's reason ("unsupported-type") and one sentence with a hint.
  std::string unreadable_reason;
  std::string unreadable_detail;
};

Page read_page(std::string_view body, std::string_view content_type,
               const ContentTuning& tuning = {});

// `html` must already be UTF-8.
Page read_html(std::string_view html, const ContentTuning& tuning = {});

// Plain text with hard-wrapped paragraphs joined, one block per line.
std::string unwrap_text(std::string_view text);

}  // namespace citecheck::source
