#include <doctest/doctest.h>

#include "text/line_index.h"
#include "text/utf8.h"

namespace citecheck::text {

TEST_CASE("first_invalid_utf8 finds the first bad byte and accepts valid text") {
  CHECK_FALSE(first_invalid_utf8("plain ASCII").has_value());
  CHECK_FALSE(first_invalid_utf8("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80").has_value());
  CHECK(first_invalid_utf8("ab\xFFz") == 2u);
  CHECK(first_invalid_utf8("\xC0\xAF") == 0u);       // overlong '/'
  CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1u);  // a UTF-16 surrogate
  CHECK(first_invalid_utf8("abc\xE2\x80") == 3u);    // truncated at the end
}

TEST_CASE("repair_utf8 replaces each invalid byte with U+FFFD") {
  CHECK(repair_utf8("a\xFF"
                    "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(repair_utf8("fine") == "fine");
}

TEST_CASE("LineIndex counts columns in code points") {
  const std::string text = "first line\nna\xC3\xAFve caf\xC3\xA9 [4]\n";
  const LineIndex index(text);
  CHECK(index.position(0).line == 1);
  CHECK(index.position(0).column == 1);
  const std::size_t marker = text.find("[4]");
  CHECK(index.position(marker).line == 2);
  CHECK(index.position(marker).column == 12);  // 11 code points before it, 13 bytes
}

}  // namespace citecheck::text

namespace citecheck::text {

TEST_CASE("LineIndex counts columns in code points on a long single line, to its very end") {
  std::string line;
  for (int i = 0; i < 300; ++i) line += i % 3 == 0 ? "\u00E9" : (i % 3 == 1 ? "\u2014" : "a");
  // 100 two-byte, 100 three-byte and 100 one-byte code points: 600 bytes, past two blocks.
  REQUIRE(line.size() == 600);
  const std::string text = "first\n" + line + "x";
  const LineIndex index(text);
  CHECK(index.position(6).column == 1);
  CHECK(index.position(6 + 3).column == 3);  // after "é—"
  const core::Position end = index.position(text.size() - 1);
  CHECK(end.line == 2);
  CHECK(end.column == 301);
  CHECK(end.byte_column == 601);
  CHECK(index.position(text.size()).column == 302);
  // A text of whole blocks: its end lies past the last block with a byte in it.
  const std::string blocks(512, 'b');
  CHECK(LineIndex(blocks).position(512).column == 513);
  CHECK(LineIndex("").position(0).column == 1);
}

}  // namespace citecheck::text
