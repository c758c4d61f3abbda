// libFuzzer target for the source stage's parsers of untrusted bytes: gzip, charset sniffing and
// conversion, gumbo, metadata (JSON-LD included), content scoring and wall checks. PDFs are left
// out: they go to a child process, not to our code. Built only with clang (tests/fuzz/run.sh).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "source/charset.h"
#include "source/extract.h"
#include "source/gzip.h"
#include "source/pdf.h"
#include "source/walls.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck::source;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (is_pdf(bytes)) return 0;
  if (is_gzip(bytes)) {
    (void)gunzip(bytes, std::size_t{1} << 20);
    return 0;
  }
  // The first byte picks the declared type, so header, <meta> and detection paths all run.
  const std::string_view type = size > 0 && data[0] % 3 == 0   ? "text/html"
                                : size > 0 && data[0] % 3 == 1 ? "text/html; charset=shift_jis"
                                                               : "text/plain";
  const Page page = read_page(bytes, type);
  (void)detect_wall(page);
  return 0;
}
