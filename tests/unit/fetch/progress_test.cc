#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "fetch/progress.h"

namespace citecheck::fetch {

TEST_CASE("the progress line counts sources and failures, and is erased at the end") {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  const OnProgress progress = progress_line(out);
  progress({3, 500, 1});
  progress({4, 500, 1});  // within 100 ms of the last line: skipped, the terminal is not flooded
  progress({500, 500, 2});
  std::rewind(out);
  std::string text(256, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), out));
  std::fclose(out);
  CHECK(text == "\r\033[Ksources: 3/500 fetched, 1 failed\r\033[K");
}

}  // namespace citecheck::fetch
