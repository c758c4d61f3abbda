// Bytes to text, the source stage's entry point: gzip is inflated, PDFs go to pdftotext, other
// bytes are decoded to UTF-8 (charset.h) and HTML is parsed once for its metadata (metadata.h) and
// its article (content.h). Block elements end a line, so headings, paragraphs, list items and
// table cells stay apart for sentence splitting.
#include "source/extract.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "html/dom.h"
#include "html/flat.h"
#include "source/charset.h"
#include "source/content.h"
#include "source/gzip.h"
#include "source/html_text.h"
#include "source/pdf.h"
#include "source/publisher_copy.h"
#include "source/sign_in.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace citecheck::source {

using html::flat_text;
using html::flat_title;
using html::HtmlDom;
using html::kMaxNestingDepth;
using html::parse_html;
using html::tag_depth;
namespace {

std::size_t body_of(const HtmlDom& dom) {
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dom.nodes[i].tag == "body") return i;
  }
  return 0;
}

// A long line that stops mid-sentence was wrapped by its author; short lines ("Skip to content")
// are separate blocks even without a final period.
bool wrapped(std::string_view line) {
  constexpr std::size_t kWrappedLineBytes = 50;
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < kWrappedLineBytes) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ':' && last != '"';
}

// Untyped bytes (a file without a known extension) that open like a web page.
bool looks_like_html(std::string_view body) {
  const std::string start = text::lower_ascii(body.substr(0, 512));
  return start.find("<!doctype html") != std::string::npos ||
         start.find("<html") != std::string::npos;
}

// Images, audio, video, fonts: media types that are not text.
bool binary_type(std::string_view type) {
  for (const std::string_view prefix : {"image/", "audio/", "video/", "font/"}) {
    if (type.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// A binary media type, or bytes holding NULs whatever their type says (no text encoding has them
// but UTF-16, which starts with a byte-order mark).
bool is_binary(std::string_view type, std::string_view body) {
  if (binary_type(type)) return true;
  const bool utf16 = body.substr(0, 2) == "\xFF\xFE" || body.substr(0, 2) == "\xFE\xFF";
  return !utf16 && body.substr(0, 1024).find('\0') != std::string_view::npos;
}

Page read_pdf(std::string_view body) {
  Page page;
  PdfText pdf = pdf_to_text(body);
  if (!pdf.ok) {
    page.unreadable_reason = std::move(pdf.reason);
    page.unreadable_detail = std::move(pdf.detail);
    return page;
  }
  page.charset = "utf-8";
  page.main.text = unwrap_text(text::repair_utf8(pdf.text));
  page.visible = page.main.text;
  return page;
}

}  // namespace

Page read_html(std::string_view html, const ContentTuning& tuning) {
  const std::string utf8 = text::repair_utf8(html);
  Page page;
  page.charset = "utf-8";
  if (tag_depth(utf8) > kMaxNestingDepth) {
    page.main.title = flat_title(utf8);
    page.main.text = flat_text(utf8);
    page.visible = page.main.text;
    return page;
  }
  const HtmlDom dom = parse_html(utf8);
  page.meta = read_metadata(dom);
  page.sign_in_form = has_sign_in_form(dom);
  page.main.title = page.meta.title;
  page.main.text = main_content(dom, page.main.title, tuning);
  // Where the page's JSON-LD holds an articleBody more than twice what the markup gave, the
  // scorer missed the article (text drawn by scripts, say): the publisher's own copy is used.
  // Otherwise that copy vets the markup's lines.
  if (page.main.text.size() * 2 < page.meta.json_ld_body.size()) {
    page.main.text = unwrap_text(page.meta.json_ld_body);
  } else if (!page.meta.json_ld_body.empty()) {
    page.main.text =
        keep_publisher_lines(page.main.text, page.meta.json_ld_body, tuning.publisher_cover);
  }
  page.visible = render_text(dom, {body_of(dom)}, {});
  return page;
}

std::string unwrap_text(std::string_view text) {
  std::string out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line;
    const std::size_t next = end + 1;
    const bool next_blank = next >= text.size() || text[next] == '\n' || text[next] == '\r';
    if (wrapped(line) && !next_blank) {
      out += ' ';
    } else {
      out += '\n';
    }
    begin = next;
  }
  return out;
}

Page read_page(std::string_view body, std::string_view content_type, const ContentTuning& tuning) {
  if (is_gzip(body)) {
    if (auto inflated = gunzip(body)) return read_page(*inflated, content_type, tuning);
  }
  const std::string type = text::lower_ascii(content_type);  // case-insensitive: "Text/HTML"
  if (type.find("pdf") != std::string::npos || is_pdf(body)) return read_pdf(body);
  if (is_binary(type, body)) {
    Page page;
    page.unreadable_reason = "unsupported-type";
    // Named by its type only when the type says so: bytes sent as text/html (or a file citecheck
    // took for HTML by its name) that hold NULs are binary data, whatever they were called.
    page.unreadable_detail = "the source is not text, HTML or PDF (" +
                             (binary_type(type) ? type : std::string("binary data")) + ")";
    return page;
  }
  const bool html = type.find("html") != std::string::npos || looks_like_html(body);
  Decoded decoded = to_utf8(body, content_type, html);
  Page page;
  if (html) {
    page = read_html(decoded.text, tuning);
  } else {
    page.main.text = unwrap_text(decoded.text);
    page.visible = page.main.text;
  }
  page.charset = std::move(decoded.charset);
  return page;
}

}  // namespace citecheck::source
