// ASCII-only case mapping, for keywords, extensions and other text whose letters are known to be
// ASCII. Anything else goes through text::fold (ICU).
#pragma once

#include <string>
#include <string_view>

namespace citecheck::text {

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace citecheck::text
