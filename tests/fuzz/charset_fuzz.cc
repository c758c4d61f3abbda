// libFuzzer target for the source stage's charset decoding (src/source/charset.*): byte-order
// marks, Content-Type and <meta> labels, detection and conversion through ICU. The output must be
// valid UTF-8 whatever the bytes and label, since every later parser assumes it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "source/charset.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck::source;
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  // The first line is the Content-Type header, the rest the body; the meta sniffer sees both.
  const std::size_t newline = all.find('\n');
  const std::string_view header = newline == std::string_view::npos ? "" : all.substr(0, newline);
  const std::string_view body = newline == std::string_view::npos ? all : all.substr(newline + 1);
  (void)meta_charset(body);
  (void)canonical_charset(header);
  for (const bool html : {true, false}) {
    const Decoded decoded = to_utf8(body, header, html);
    if (citecheck::text::first_invalid_utf8(decoded.text)) std::abort();
  }
  return 0;
}
