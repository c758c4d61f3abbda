// libFuzzer target: HTML articles through cite/ and claims/ (gumbo, note lists, the source
// alignment of decoded text, markers). Every position must land inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citecheck::fuzz::check_article(data, size, citecheck::core::Format::kHtml);
  return 0;
}
