// Gzip-compressed source files (a saved page "article.html.gz", a sources-directory snapshot):
// the source stage inflates them before reading, with the output capped like any body.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::source {

// Inflated bodies stop growing here: a few kilobytes of gzip can expand to gigabytes.
inline constexpr std::size_t kMaxInflatedBytes = std::size_t{64} << 20;

bool is_gzip(std::string_view bytes);

// The inflated bytes, or nothing when the stream is corrupt or would exceed `cap`.
std::optional<std::string> gunzip(std::string_view bytes, std::size_t cap = kMaxInflatedBytes);

}  // namespace citecheck::source
