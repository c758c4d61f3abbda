#include <doctest/doctest.h>

#include <string>

#include "config/glob.h"

namespace citecheck::config {

TEST_CASE("glob: * and ? stay within a segment, ** crosses them") {
  CHECK(glob_match("docs/*.md", "docs/a.md"));
  CHECK_FALSE(glob_match("docs/*.md", "docs/sub/a.md"));
  CHECK(glob_match("docs/**/*.md", "docs/a.md"));
  CHECK(glob_match("docs/**/*.md", "docs/sub/deeper/a.md"));
  CHECK_FALSE(glob_match("docs/**/*.md", "blog/a.md"));
  CHECK(glob_match("**/draft-?.txt", "x/y/draft-1.txt"));
  CHECK_FALSE(glob_match("**/draft-?.txt", "x/y/draft-12.txt"));
  CHECK(glob_match("post-[0-9].md", "post-7.md"));
  CHECK_FALSE(glob_match("post-[!0-9].md", "post-7.md"));
}

TEST_CASE("glob: a bare name matches any segment - a directory matches what is under it") {
  CHECK(glob_match("*.draft.md", "blog/2025/x.draft.md"));
  CHECK(glob_match("drafts", "blog/drafts/x.md"));
  CHECK(glob_match("blog/drafts/", "blog/drafts/x.md"));
  CHECK(glob_match("blog/drafts", "./blog/drafts/sub/x.md"));
  CHECK_FALSE(glob_match("blog/drafts", "blog/drafts-old/x.md"));
  CHECK_FALSE(glob_match("", "a.md"));
}

TEST_CASE("glob: patterns of many stars are matched in steps, not by a search that explodes") {
  // A fuzzed config's include list held a run of 67 stars before "docs/exclude"; backtracking over
  // every star took minutes. Each of these answers is found at once now.
  const std::string path = "blog/2025/autumn/notes/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/article.md";
  CHECK_FALSE(glob_match(std::string(67, '*') + "docs/exclude/*.?d", path));
  CHECK(glob_match(std::string(67, '*') + "article.md", path));
  std::string many;
  for (int i = 0; i < 40; ++i) many += "*a";
  CHECK_FALSE(glob_match(many + "*b", std::string(200, 'a')));
  CHECK(glob_match(many + "*", std::string(200, 'a')));
  std::string segments;
  for (int i = 0; i < 30; ++i) segments += "**/";
  CHECK_FALSE(glob_match(segments + "x.md", path));
  CHECK(glob_match(segments + "article.md", path));
}

}  // namespace citecheck::config
