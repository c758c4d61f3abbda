// Line starts and code-point counts per block are found once per document; a lookup is a binary
// search plus a count within one block, so positions stay cheap even when the whole document is one
// line. A code point is counted at each byte that does not continue one (the text is UTF-8: every
// document is checked before it is read, and the first bad byte's position counts valid bytes
// only).
#include "text/line_index.h"

#include <algorithm>

namespace citecheck::text {
namespace {

constexpr std::size_t kBlock = 256;

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  block_code_points_.reserve(text.size() / kBlock + 1);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_code_points_.push_back(code_points);
    if (text[i] == '\n') line_starts_.push_back(i + 1);
    code_points += starts_code_point(text[i]) ? 1 : 0;
  }
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  if (block_code_points_.empty()) return 0;
  // The end of a text of whole blocks falls past the last block that holds a byte.
  const std::size_t block = std::min(offset / kBlock, block_code_points_.size() - 1);
  std::size_t n = block_code_points_[block];
  for (std::size_t i = block * kBlock; i < offset; ++i) n += starts_code_point(text_[i]) ? 1 : 0;
  return n;
}

core::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
  const std::size_t start = *it;
  core::Position p;
  p.line = static_cast<int>(it - line_starts_.begin()) + 1;
  p.column = static_cast<int>(code_points_before(offset) - code_points_before(start)) + 1;
  p.byte_column = static_cast<int>(offset - start) + 1;
  p.offset = offset;
  return p;
}

}  // namespace citecheck::text
