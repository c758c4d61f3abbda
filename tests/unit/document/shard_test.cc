#include "document/shard.h"

#include <doctest/doctest.h>

namespace citecheck::document {

TEST_CASE("shards are I/N with I below N") {
  CHECK(parse_shard("0/1")->count == 1);
  CHECK(parse_shard("3/4")->index == 3);
  CHECK_FALSE(parse_shard("4/4"));
  CHECK_FALSE(parse_shard("0/0"));
  CHECK_FALSE(parse_shard("-1/4"));
  CHECK_FALSE(parse_shard("1/4x"));
  CHECK_FALSE(parse_shard("1"));
  CHECK_FALSE(parse_shard("/4"));
}

TEST_CASE("the hash is FNV-1a 64, so any tool can say which shard holds a file") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("a document is sharded by its path relative to the working directory") {
  CHECK(shard_path("./docs//a.md", "/repo") == "docs/a.md");
  CHECK(shard_path("/repo/docs/a.md", "/repo") == "docs/a.md");
  CHECK(shard_path("docs/sub/../a.md", "/repo") == "docs/a.md");
  CHECK(shard_path("/elsewhere/a.md", "/repo") == "../elsewhere/a.md");
  int in_some = 0;
  for (std::uint64_t i = 0; i < 4; ++i) in_some += in_shard("docs/a.md", {i, 4}) ? 1 : 0;
  CHECK(in_some == 1);
}

}  // namespace citecheck::document
