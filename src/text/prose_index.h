// Prose offset -> offset and 1-based line and column in the original file. Markdown and HTML
// articles are read as prose with their markup removed; every position a report shows is mapped
// back through the prose's pieces, so it points at the source the user wrote.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/types.h"
#include "text/line_index.h"

namespace citecheck::text {

class ProseIndex {
 public:
  // `source` is Document::text; both arguments must outlive the index.
  ProseIndex(std::string_view source, const core::Prose& prose);

  std::size_t origin(std::size_t prose_offset) const;
  core::Position position(std::size_t prose_offset) const;
  // Where a sentence that starts at `prose_offset` is written: at the markup that opens right
  // before it ("[City Hall][] said"), if any, else as position().
  core::Position start_position(std::size_t prose_offset) const;
  // Just past the code point that ends at `prose_end` (> 0): a span's exclusive end in the file.
  core::Position end_position(std::size_t prose_end) const;

 private:
  std::size_t origin_end(std::size_t last, std::size_t end) const;

  std::string_view source_;
  const core::Prose& prose_;
  LineIndex lines_;
};

}  // namespace citecheck::text
