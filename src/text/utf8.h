// UTF-8 helpers shared by every stage that reads untrusted bytes: validation, decoding one code
// point at a time, and repair of invalid sequences. No ICU here, so the hot loops stay cheap.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citecheck::text {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `i` and advances `i` past it. An invalid or truncated sequence yields
// kReplacement and advances by one byte.
char32_t decode_utf8(std::string_view s, std::size_t& i);

void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first invalid sequence, or nothing when `s` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// `s` with every invalid sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

std::size_t count_code_points(std::string_view s);

// `s` cut to at most `max_bytes` at a character boundary, "…" added where anything was cut.
std::string clip_utf8(std::string_view s, std::size_t max_bytes);

}  // namespace citecheck::text
