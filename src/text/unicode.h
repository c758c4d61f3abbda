// Unicode services backed by ICU (the only file that includes ICU headers is text/icu.cc):
// character classes, NFKC case folding, and ICU's raw sentence boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citecheck::text {

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);

// NFKC with case folding: "Ｃｈｉｎａ" and "CHINA" both become "china".
std::string fold(std::string_view s);

// Byte offsets where ICU's English sentence iterator (with its standard abbreviation suppressions)
// starts a new sentence, 0 and s.size() excluded.
std::vector<std::size_t> icu_sentence_breaks(std::string_view s);

}  // namespace citecheck::text
