#include <doctest/doctest.h>

#include <string>

#include "html/flat.h"
#include "source/extract.h"

namespace citecheck::source {

using html::kMaxNestingDepth;

TEST_CASE("a page nested past the limit is read flat, quickly, keeping its text") {
  const std::size_t depth = kMaxNestingDepth * 50;  // 200,000
  std::string html = "<html><head><title>Deep</title></head><body>";
  for (std::size_t i = 0; i < depth; ++i) html += "<div>";
  html += "The river rose 3 metres.";
  for (std::size_t i = 0; i < depth; ++i) html += "</div>";
  html += "</body></html>";
  const Page page = read_html(html);
  CHECK(page.main.title == "Deep");
  CHECK(page.main.text == "The river rose 3 metres.\n");
}

}  // namespace citecheck::source
