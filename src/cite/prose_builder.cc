// Alignment of decoded text with its source, one code point at a time: the byte itself, a
// backslash escape, a character reference (&amp; &#8217;), a CR dropped before LF, or a short jump
// over markup the parser removed (emphasis marks, a "> " quote prefix). A code point found nowhere
// near is kept and mapped to where the search stood, so positions degrade to "close" rather than
// failing. Consecutive verbatim bytes share one piece, keeping the map small.
#include "cite/prose_builder.h"

#include <algorithm>
#include <cctype>

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxJump = 64;
constexpr std::size_t kMaxEntity = 32;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::size_t code_point_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// The end (one past ';') of the character reference at `at`, or 0 when none starts there.
std::size_t entity_end(std::string_view s, std::size_t at) {
  if (at >= s.size() || s[at] != '&') return 0;
  std::size_t i = at + 1;
  if (i < s.size() && s[i] == '#') ++i;
  while (i < s.size() && i - at < kMaxEntity && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  if (i < s.size() && s[i] == ';' && i > at + 1) return i + 1;
  return 0;
}

}  // namespace

ProseBuilder::ProseBuilder(std::string_view source, bool collapse_spaces)
    : source_(source), collapse_(collapse_spaces) {}

void ProseBuilder::open_block(std::size_t origin) {
  if (block_open()) return;
  if (!prose_.text.empty()) append("\n\n", origin, false);
  block_begin_ = prose_.text.size();
}

void ProseBuilder::append(std::string_view bytes, std::size_t origin, bool verbatim) {
  auto& pieces = prose_.pieces;
  const std::size_t at = prose_.text.size();
  const bool continues = !pieces.empty() && verbatim && pieces.back().verbatim &&
                         pieces.back().origin + (at - pieces.back().prose) == origin;
  const bool same_mark =
      !pieces.empty() && !verbatim && !pieces.back().verbatim && pieces.back().origin == origin;
  if (!continues && !same_mark) pieces.push_back({at, origin, verbatim});
  prose_.text.append(bytes);
}

std::size_t ProseBuilder::append_decoded(std::string_view decoded, std::size_t from,
                                         std::size_t limit) {
  limit = std::min(limit, source_.size());
  std::size_t j = std::min(from, limit);
  for (std::size_t i = 0; i < decoded.size();) {
    const std::size_t n =
        std::min(code_point_length(static_cast<unsigned char>(decoded[i])), decoded.size() - i);
    const std::string_view cp = decoded.substr(i, n);
    i += n;
    std::size_t origin = j;
    bool verbatim = true;
    if (j < limit && source_[j] == '\r' && cp == "\n" && j + 1 < limit && source_[j + 1] == '\n') {
      ++j;
      origin = j;
    }
    if (source_.substr(j, n) == cp && j + n <= limit) {
      j += n;
    } else if (j + 1 < limit && source_[j] == '\\' && source_.substr(j + 1, n) == cp) {
      origin = j + 1;
      j += 1 + n;
    } else if (const std::size_t end = entity_end(source_.substr(0, limit), j); end != 0) {
      verbatim = false;
      j = end;
    } else if (const std::size_t k =
                   source_.substr(0, std::min(limit, j + kMaxJump + n)).find(cp, j);
               k != std::string_view::npos) {
      origin = k;
      j = k + n;
    } else {
      verbatim = false;
    }
    if (collapse_ && cp.size() == 1 && is_space(cp[0])) {
      if (!block_open() || is_space(prose_.text.back())) continue;
      append(" ", origin, verbatim && cp[0] == ' ');
      continue;
    }
    open_block(origin);
    place_mark();
    append(cp, origin, verbatim);
  }
  return j;
}

void ProseBuilder::append_verbatim(std::size_t origin, std::size_t length) {
  length = std::min(length, source_.size() - std::min(origin, source_.size()));
  if (length == 0) return;
  open_block(origin);
  place_mark();
  append(source_.substr(origin, length), origin, true);
}

void ProseBuilder::append_synthetic(std::string_view text, std::size_t origin) {
  if (text.empty()) return;
  if (collapse_ && text == " ") {
    if (block_open() && !is_space(prose_.text.back())) append(" ", origin, false);
    return;
  }
  open_block(origin);
  append(text, origin, false);
}

void ProseBuilder::open_mark(std::size_t origin) {
  if (mark_ == kNone) mark_ = origin;
}

void ProseBuilder::place_mark() {
  if (mark_ == kNone) return;
  prose_.openings.push_back({prose_.text.size(), mark_});
  mark_ = kNone;
}

void ProseBuilder::end_block(bool heading) {
  mark_ = kNone;
  if (!block_open()) return;
  std::string& text = prose_.text;
  while (text.size() > block_begin_ && is_space(text.back())) text.pop_back();
  while (!prose_.pieces.empty() && prose_.pieces.back().prose >= text.size() &&
         prose_.pieces.size() > 1) {
    prose_.pieces.pop_back();
  }
  if (text.size() > block_begin_)
    prose_.blocks.push_back({block_begin_, text.size(), heading, kind_});
  if (text.size() == block_begin_ && block_begin_ >= 2) {
    // Nothing but spaces: take back the separator too.
    text.resize(block_begin_ - 2);
    while (prose_.pieces.size() > 1 && prose_.pieces.back().prose >= text.size())
      prose_.pieces.pop_back();
  }
  while (!prose_.openings.empty() && prose_.openings.back().prose >= text.size())
    prose_.openings.pop_back();
  block_begin_ = kNone;
}

core::Prose ProseBuilder::finish() {
  end_block(false);
  if (prose_.pieces.empty()) prose_.pieces.push_back({0, 0, false});
  return std::move(prose_);
}

}  // namespace citecheck::cite
