// Sentence segmentation used for articles (claims/) and sources (match/): ICU's boundaries with our
// own exceptions on top, because ICU splits after "U.S." and initials that do not end a sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citecheck::text {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Sentences of `text`, as byte spans trimmed of surrounding whitespace. A newline inside `text` is
// read as a space: callers that want line ends as hard boundaries call this once per line.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace citecheck::text
