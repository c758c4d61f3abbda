// A lookup is a binary search over the prose's pieces, then LineIndex's search over line starts.
// Prose without pieces is the document itself (plain text read as it is).
#include "text/prose_index.h"

#include <algorithm>
#include <string>

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
// markup that follows the span (a closing tag, an emphasis marker). Written as markup (an entity,
// a footnote marker), it ends where that markup does.
core::Position ProseIndex::end_position(std::size_t prose_end) const {
  const std::string_view text = prose_.pieces.empty() ? source_ : prose_.text;
  prose_end = std::min(prose_end, text.size());
  if (prose_end == 0) return position(0);
  std::size_t last = prose_end - 1;
  while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
  return lines_.position(origin_end(last, prose_end));
}

// Past the file bytes of the prose code point [last, end).
std::size_t ProseIndex::origin_end(std::size_t last, std::size_t end) const {
  const auto& pieces = prose_.pieces;
  if (pieces.empty()) return end;
  auto it = std::upper_bound(
      pieces.begin(), pieces.end(), last,
      [](std::size_t offset, const core::ProsePiece& piece) { return offset < piece.prose; });
  if (it != pieces.begin()) --it;
  if (it->verbatim && last >= it->prose) return it->origin + (end - it->prose);
  // Markup stands for the code point (an entity, an HTML footnote marker, a Markdown one): it
  // reaches to the ';' of an entity, past the closing tag of an element ("<sup>…</sup>"), or else
  // to where the next piece's bytes begin; never past the next piece, so a paragraph's closing
  // tags and the next paragraph's opening ones stay out of the span.
  const auto next = std::next(it);
  std::size_t limit =
      next != pieces.end() && next->origin > it->origin ? next->origin : source_.size();
  limit = std::min(limit, source_.size());
  if (it->origin < source_.size() && source_[it->origin] == '&') {
    const std::size_t semicolon = source_.substr(0, limit).find(';', it->origin);
    if (semicolon != std::string_view::npos && semicolon < limit) return semicolon + 1;
  }
  if (it->origin + 1 < source_.size() && source_[it->origin] == '<') {
    const std::size_t name_end = source_.find_first_of(" \t\n\r/>", it->origin + 1);
    if (name_end != std::string_view::npos && name_end > it->origin + 1) {
      const std::string close =
          "</" + std::string(source_.substr(it->origin + 1, name_end - it->origin - 1));
      // Searched only up to the next piece: a one-line article's lookups stay linear.
      const std::string_view before_next = source_.substr(0, limit);
      const std::size_t at = before_next.find(close, it->origin);
      const std::size_t gt = at == std::string_view::npos ? at : before_next.find('>', at);
      if (gt != std::string_view::npos && gt < limit) return gt + 1;
    }
  }
  if (limit == source_.size() && next == pieces.end()) {
    return std::min(it->origin + 1, source_.size());
  }
  return limit;
}

}  // namespace citecheck::text
