// Line starts are found once per document; a lookup is a binary search plus a code-point count
// within one line, so positions stay cheap even for long single-line paragraphs.
#include "text/line_index.h"

#include <algorithm>

#include "text/utf8.h"

namespace citecheck::text {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

core::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
  const std::size_t start = *it;
  core::Position p;
  p.line = static_cast<int>(it - line_starts_.begin()) + 1;
  p.column = static_cast<int>(count_code_points(text_.substr(start, offset - start))) + 1;
  p.byte_column = static_cast<int>(offset - start) + 1;
  return p;
}

}  // namespace citecheck::text
