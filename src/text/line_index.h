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
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace citecheck::text
