#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/suppressions.h"

namespace citecheck::cite {

TEST_CASE("comment directives: regions, next lines, rules, and unknown words") {
  std::vector<std::string> notices;
  const auto found = find_suppressions(
      "a\n<!-- citecheck-disable -->\nb\n<!-- citecheck-enable -->\n"
      "<!-- citecheck-disable-next-line uncited-claim, misquote -->\nc\n"
      "<!-- citecheck-mute -->\n<!-- citecheck-disable unused-reference -->\nd\n",
      core::Format::kMarkdown, notices);
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
  const auto found =
      find_suppressions("Use citecheck-disable in prose.\n  citecheck-disable-next-line\nx\n",
                        core::Format::kText, notices);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_line == 3);
  CHECK(is_directive_line("citecheck-enable"));
  CHECK_FALSE(is_directive_line("citecheck-enable them all."));
}

}  // namespace citecheck::cite
