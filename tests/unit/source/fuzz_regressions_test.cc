#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "source/extract.h"
#include "source/walls.h"
#include "text/utf8.h"

namespace citecheck::source {

// Inputs that once broke, or were written to probe, the source stage's parsers
// (tests/fuzz/regressions): each must still read without a crash and give valid UTF-8.
TEST_CASE("fuzz regression inputs read cleanly") {
  const std::filesystem::path dir =
      std::filesystem::path(CITECHECK_SOURCE_DIR) / "tests/fuzz/regressions";
  int inputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    for (const char* type : {"text/html", "text/plain", "text/html; charset=shift_jis"}) {
      CAPTURE(entry.path().filename().string());
      CAPTURE(type);
      const Page page = read_page(bytes, type);
      CHECK_FALSE(text::first_invalid_utf8(page.main.title).has_value());
      CHECK_FALSE(text::first_invalid_utf8(page.main.text).has_value());
      (void)detect_wall(page);
    }
    ++inputs;
  }
  CHECK(inputs >= 5);
}

}  // namespace citecheck::source
