// libFuzzer target: Markdown articles through cite/ and claims/ (cmark-gfm, the source alignment,
// definitions, markers). Every position must land inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citecheck::fuzz::check_article(data, size, citecheck::core::Format::kMarkdown);
  return 0;
}
