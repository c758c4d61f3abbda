#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/suppressions.h"

namespace citecheck::cite {

TEST_CASE("comment directives: regions, next lines, rules, and unknown words") {
  std::vector<std::string> notices;
  const std::string text =
      "a\n<!-- citecheck-disable -->\nb\n<!-- citecheck-enable -->\n"
      "<!-- citecheck-disable-next-line uncited-claim, misquote -->\nc\n"
      "<!-- citecheck-mute -->\n<!-- citecheck-disable unused-reference -->\nd\n";
  RawHtmlComments comments;
  comments.read(text, 1);
  const auto found = comment_suppressions(comments.take(), text, notices);
  REQUIRE(found.size() == 3);
  CHECK(found[0].first_line == 2);
  CHECK(found[0].last_line == 4);
  CHECK(found[0].rules.empty());
  CHECK(found[1].first_line == 6);
  CHECK(found[1].rules == std::vector<std::string>{"uncited-claim", "misquote"});
  CHECK(found[2].first_line == 8);
  CHECK(found[2].last_line == 10);  // never enabled again: to the end
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("line 7") != std::string::npos);

  core::Finding f;
  f.rule = "misquote";
  f.position = {6, 1};
  CHECK(suppressed(f, found));
  f.rule = "unsupported-claim";
  CHECK_FALSE(suppressed(f, found));
  f.position = {3, 5};
  CHECK(suppressed(f, found));
}

TEST_CASE("plain text: directives only on a line of their own") {
  std::vector<std::string> notices;
  const auto found = line_suppressions(
      "Use citecheck-disable in prose.\n  citecheck-disable-next-line\nx\n", notices);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_line == 3);
  CHECK(is_directive_line("citecheck-enable"));
  CHECK_FALSE(is_directive_line("citecheck-enable them all."));
}

TEST_CASE("raw HTML: comments inside code elements are samples, and one block's stay in it") {
  RawHtmlComments comments;
  comments.read("<p>a</p>\n<PRE class=x>\n<!-- one -->\n</pre>\n<!-- two\nlines -->", 4);
  comments.read("<code>", 9);
  comments.read("<!-- three -->", 9);
  comments.end_block();  // the <code> was never closed
  comments.read("<!-- four -->", 10);
  const std::vector<Comment> found = comments.take();
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == " two\nlines ");
  CHECK(found[0].first_line == 8);
  CHECK(found[0].last_line == 9);
  CHECK(found[1].text == " four ");
  CHECK(found[1].first_line == 10);
  CHECK(is_code_element("kbd"));
  CHECK_FALSE(is_code_element("p"));
}

}  // namespace citecheck::cite
