// libFuzzer target for quantity parsing (src/text/quantities.*), which reads both claims and
// source pages: every span must lie inside the text, every value be a number, and comparing any
// two quantities must not crash.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "text/quantities.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck::text;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<Quantity> found = find_quantities(text);
  for (const Quantity& q : found) {
    if (q.offset > text.size() || q.length > text.size() - q.offset) std::abort();
    if (std::isnan(q.value) || std::isnan(q.tolerance) || std::isnan(q.precision)) std::abort();
  }
  // Pairs among the first few only, so a text with thousands of numbers stays fast.
  const std::size_t n = found.size() < 16 ? found.size() : 16;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (agree(found[i], found[j]) && !comparable(found[i], found[j])) std::abort();
    }
  }
  return 0;
}
