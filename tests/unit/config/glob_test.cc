#include <doctest/doctest.h>

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

TEST_CASE("glob: a bare name matches any segment; a directory matches what is under it") {
  CHECK(glob_match("*.draft.md", "blog/2025/x.draft.md"));
  CHECK(glob_match("drafts", "blog/drafts/x.md"));
  CHECK(glob_match("blog/drafts/", "blog/drafts/x.md"));
  CHECK(glob_match("blog/drafts", "./blog/drafts/sub/x.md"));
  CHECK_FALSE(glob_match("blog/drafts", "blog/drafts-old/x.md"));
  CHECK_FALSE(glob_match("", "a.md"));
}

}  // namespace citecheck::config
