// Builds an article's prose (core::Prose) from what a parser hands back: text as the parser decoded
// it (entities resolved, escapes removed) is found again in the source byte by byte, so that every
// prose byte knows where the user wrote it. Used by the Markdown and HTML readers.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include "core/types.h"

namespace citecheck::cite {

class ProseBuilder {
 public:
  // `collapse_spaces`: runs of whitespace become one space and blocks are trimmed, as a browser
  // shows HTML text. `source` must outlive the builder.
  ProseBuilder(std::string_view source, bool collapse_spaces);

  // Appends `decoded`, found in the source from `from` on (never past `limit`); returns the source
  // offset just past the last byte found.
  std::size_t append_decoded(std::string_view decoded, std::size_t from, std::size_t limit);
  // Appends source bytes [origin, origin + length) as they are.
  void append_verbatim(std::size_t origin, std::size_t length);
  // Appends text that is not in the source as such ("[1]" for a footnote link, a line break).
  void append_synthetic(std::string_view text, std::size_t origin);
  // Inline markup opens at source offset `origin` ("[", "*", "`"): a sentence that starts with the
  // text appended next starts there. Of nested marks, the outermost counts.
  void open_mark(std::size_t origin);
  // Closes the block opened by the text appended since the last call; blocks with no text vanish.
  void end_block(bool heading);
  // Blocks ended from now on are of `kind`; returns the kind before.
  core::BlockKind set_kind(core::BlockKind kind) { return std::exchange(kind_, kind); }

  std::size_t size() const { return prose_.text.size(); }
  std::string_view text() const { return prose_.text; }
  bool block_open() const { return block_begin_ != kNone; }
  core::Prose finish();

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  void append(std::string_view bytes, std::size_t origin, bool verbatim);
  void open_block(std::size_t origin);
  void place_mark();

  std::string_view source_;
  bool collapse_;
  core::Prose prose_;
  std::size_t block_begin_ = kNone;
  std::size_t mark_ = kNone;  // source offset of markup opened before the next text
  core::BlockKind kind_ = core::BlockKind::kText;  // of the blocks ended from now on
};

}  // namespace citecheck::cite
