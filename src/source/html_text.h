// Shared pieces of reading text out of an HtmlDom: which tags no reader sees, which end a line,
// and a sink that collapses whitespace. Used by the content scorer, metadata and the renderer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace citecheck::source {

bool is_invisible_tag(std::string_view tag);  // script, style, head, svg, ...
bool is_block_tag(std::string_view tag);      // p, div, li, h1, td, ... end a line
bool is_heading_tag(std::string_view tag);    // h1 .. h6
using html::is_hidden;                        // hidden, aria-hidden, display:none

// Appends text with runs of whitespace (no-break spaces included) collapsed to one space, and
// blocks on lines of their own.
class TextSink {
 public:
  void add(std::string_view s);
  void end_line();
  std::string take();

 private:
  std::string out_;
  bool line_open_ = false;
  bool pending_space_ = false;
};

// Text of the subtrees at `roots` (in order), a line per block. `skip[i]` leaves node i and
// everything under it out; an empty `skip` leaves out only what is invisible.
std::string render_text(const html::HtmlDom& dom, const std::vector<std::size_t>& roots,
                        const std::vector<bool>& skip);

// Text of one element's descendants joined on one line (titles, captions, <time>).
std::string inline_text(const html::HtmlDom& dom, std::size_t root);

}  // namespace citecheck::source
