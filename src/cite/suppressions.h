// Inline suppressions, written where the finding would be: in Markdown and HTML as comments
// (<!-- citecheck-disable -->, <!-- citecheck-enable -->, <!-- citecheck-disable-next-line RULE
// -->), in plain text as the same words on a line of their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::cite {

// An HTML comment the document really has: its words between "<!--" and "-->" and the lines
// (1-based, inclusive) it spans. The Markdown and HTML readers find them with their parsers, so a
// comment shown in a code block, a code span or <pre> is none.
struct Comment {
  std::string text;
  int first_line = 0;
  int last_line = 0;
};

// Whether an element holds code or raw text, so that a comment inside it is part of a sample
// ("write <!-- citecheck-disable --> above it"), not a directive.
bool is_code_element(std::string_view tag);

// The comments in the raw HTML of a Markdown document, read piece by piece in document order (an
// HTML block, or each inline HTML of a paragraph), leaving out those inside code elements.
class RawHtmlComments {
 public:
  // Reads `html`, whose first byte is on `line`.
  void read(std::string_view html, int line);
  // An element left open does not reach past the block it was opened in.
  void end_block() { open_code_ = 0; }
  std::vector<Comment> take() { return std::move(comments_); }

 private:
  int open_code_ = 0;
  std::vector<Comment> comments_;
};

// The suppressions that the comments of document `text` ask for; `notices` gets one line per
// directive it cannot read.
std::vector<core::Suppression> comment_suppressions(const std::vector<Comment>& comments,
                                                    std::string_view text,
                                                    std::vector<std::string>& notices);

// The suppressions plain text asks for, with directives on lines of their own.
std::vector<core::Suppression> line_suppressions(std::string_view text,
                                                 std::vector<std::string>& notices);

// Whether a trimmed line of plain text is a directive (and so no prose).
bool is_directive_line(std::string_view line);

// Whether `finding` falls under one of `suppressions`.
bool suppressed(const core::Finding& finding, const std::vector<core::Suppression>& suppressions);

}  // namespace citecheck::cite
