// A lookup is a binary search over the prose's pieces, then LineIndex's search over line starts.
// Prose without pieces is the document itself (plain text read as it is).
#include "text/prose_index.h"

#include <algorithm>

namespace citecheck::text {

ProseIndex::ProseIndex(std::string_view source, const core::Prose& prose)
    : source_(source), prose_(prose), lines_(source) {}

std::size_t ProseIndex::origin(std::size_t prose_offset) const {
  const auto& pieces = prose_.pieces;
  if (pieces.empty()) return prose_offset;
  auto it = std::upper_bound(
      pieces.begin(), pieces.end(), prose_offset,
      [](std::size_t offset, const core::ProsePiece& piece) { return offset < piece.prose; });
  if (it != pieces.begin()) --it;
  if (!it->verbatim || prose_offset < it->prose) return it->origin;
  return it->origin + (prose_offset - it->prose);
}

core::Position ProseIndex::position(std::size_t prose_offset) const {
  return lines_.position(origin(prose_offset));
}

core::Position ProseIndex::start_position(std::size_t prose_offset) const {
  const auto& openings = prose_.openings;
  const auto it = std::lower_bound(
      openings.begin(), openings.end(), prose_offset,
      [](const core::ProseOpening& opening, std::size_t offset) { return opening.prose < offset; });
  if (it != openings.end() && it->prose == prose_offset) return lines_.position(it->origin);
  return position(prose_offset);
}

// The last code point is found in the prose and mapped on its own, so an end never lands past
// markup that follows the span (a closing tag, an emphasis marker).
core::Position ProseIndex::end_position(std::size_t prose_end) const {
  const std::string_view text = prose_.pieces.empty() ? source_ : prose_.text;
  prose_end = std::min(prose_end, text.size());
  std::size_t last = prose_end > 0 ? prose_end - 1 : 0;
  while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
  core::Position p = position(last);
  if (prose_end == 0) return p;
  ++p.column;
  p.byte_column += static_cast<int>(prose_end - last);
  return p;
}

}  // namespace citecheck::text
