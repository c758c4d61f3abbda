// Byte offset -> 1-based line and column (columns in code points), for every position a report
// shows.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::text {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  core::Position position(std::size_t offset) const;

 private:
  // Code points in text_[0, offset): a block count plus a scan within one block.
  std::size_t code_points_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // Code points before each kBlock-byte block: a column is found without counting from the start
  // of its line, which on a one-line document (a CMS body) would make every lookup linear.
  std::vector<std::size_t> block_code_points_;
};

}  // namespace citecheck::text
