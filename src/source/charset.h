// Charsets: every source is UTF-8 before anything parses it. The charset comes from a byte-order
// mark, the Content-Type header, the page's own <meta charset> or http-equiv, or, failing those,
// detection; ISO-8859-1 and ASCII labels read as windows-1252 and GB2312/GBK as GB18030, as
// browsers do.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::source {

struct Decoded {
  std::string text;     // UTF-8
  std::string charset;  // the charset read from, lower-case ("utf-8", "windows-1252", "gb18030")
  std::string how;      // "bom", "header", "meta", "detected" or "default"
};

// The charset the page names for itself in a <meta> tag or XML declaration near its start.
std::string meta_charset(std::string_view html_start);

// The WHATWG-style canonical name for a label ("latin1" -> "windows-1252", "gbk" -> "gb18030").
std::string canonical_charset(std::string_view label);

// `bytes` in UTF-8. `content_type` may carry "; charset=..."; `html` enables <meta> sniffing.
Decoded to_utf8(std::string_view bytes, std::string_view content_type, bool html);

}  // namespace citecheck::source
