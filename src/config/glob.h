// Include and exclude patterns of .citecheck.toml: shell globs over '/'-separated relative paths.
#pragma once

#include <string_view>

namespace citecheck::config {

// `*` and `?` match within one path segment, `**` any number of segments (`docs/**/*.md`),
// `[abc]`, `[a-z]` and `[!a]` one character of a set. A pattern without '/' is matched against
// each segment alone (the file name, or a directory it is in); a pattern that matches a leading
// directory matches everything under it.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace citecheck::config
