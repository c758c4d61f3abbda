#include <doctest/doctest.h>

#include <string>

#include "html/flat.h"

namespace citecheck::html {

TEST_CASE("tag_depth counts nesting, ignoring void and self-closing elements") {
  CHECK(tag_depth("") == 0);
  CHECK(tag_depth("<html><body><div><p>x</p></div></body></html>") == 4);
  CHECK(tag_depth("<div><br><img src=a><hr/><input></div>") == 1);
  CHECK(tag_depth("a < b and c > d") == 0);
  CHECK(tag_depth("</div></div><div>") == 1);
}

TEST_CASE("flat_text drops tags, scripts and styles, and ends lines at blocks") {
  CHECK(flat_text("<head><title>T</title><style>p{}</style></head><body><p>One &amp; two</p>"
                  "<script>var x = '<p>';</script><div>Three   four</div></body>") ==
        "One & two\nThree four\n");
  CHECK(flat_text("1 < 2") == "1 < 2\n");
  CHECK(flat_title("<html><head><TITLE>Deep &amp; dark</TITLE></head>") == "Deep & dark");
  CHECK(flat_title("<p>no title</p>") == "");
}

TEST_CASE("tag scanning stays linear on tags that never close") {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<a ";
  CHECK(tag_depth(html) == 1);
  CHECK(flat_text(html).empty());
}

}  // namespace citecheck::html
