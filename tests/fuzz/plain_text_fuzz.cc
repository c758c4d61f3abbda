// libFuzzer target: plain-text articles through cite/ and claims/ (reference lists, markers,
// suppression lines). Every position must land inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citecheck::fuzz::check_article(data, size, citecheck::core::Format::kText);
  return 0;
}
