// ASCII-only case mapping, for keywords, extensions and other text whose letters are known to be
// ASCII (anything else goes through text::fold, ICU); and control characters made visible.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::text {

// `s` on one line for a message: a line break, tab or other control character that a config key,
// a pattern or a file name brought in is shown as \n, \r, \t or \xHH.
inline std::string one_line(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
    } else {
      out += ch;
    }
  }
  return out;
}

// `s` as one reads it: line breaks, tabs and indentation become single spaces, and the ends are
// trimmed, so the same sentence from text, Markdown or HTML reads the same.
inline std::string single_spaced(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// `s` without the ASCII white space (space, \t, \n, \v, \f, \r) at its ends.
inline std::string_view trim_space(std::string_view s) {
  constexpr std::string_view kSpace = " \t\n\v\f\r";
  while (!s.empty() && kSpace.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kSpace.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

// An HTTP header name: one or more token characters (RFC 9110).
inline bool is_http_token(std::string_view s) {
  constexpr std::string_view kMarks = "!#$%&'*+-.^_`|~";
  for (const char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    kMarks.find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return !s.empty();
}

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace citecheck::text
