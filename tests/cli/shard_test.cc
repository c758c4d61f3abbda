// --shard I/N: the documents of one run split over N runs, each document in exactly one, whatever
// order or spelling the paths were given in.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

std::set<std::string> paths_checked(const ProcessResult& r) {
  std::set<std::string> out;
  const Json report = Json::parse(r.out);
  for (const Json& doc : report["documents"]) out.insert(doc["path"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("four shards check every document of the tree once") {
  ScratchDir dir;
  for (int i = 0; i < 12; ++i) {
    dir.write("docs/post-" + std::to_string(i) + ".md",
              "# Post\n\nThe harbour handled 2.4 million containers in 2024.[^1]\n\n"
              "[^1]: <https://news.example.com/harbour>\n");
  }
  ProcessOptions options;
  options.cwd = dir.path();
  const auto whole = run_citecheck({"docs", "--offline", "--format", "json"}, options);
  const std::set<std::string> all = paths_checked(whole);
  CHECK(all.size() == 12);
  std::set<std::string> seen;
  std::size_t total = 0;
  for (int i = 0; i < 4; ++i) {
    const auto part = run_citecheck(
        {"docs", "--offline", "--format", "json", "--shard", std::to_string(i) + "/4"}, options);
    CHECK(part.exit_code == 0);
    const std::set<std::string> mine = paths_checked(part);
    total += mine.size();
    seen.insert(mine.begin(), mine.end());
    // The same shard whatever the path's spelling.
    const auto spelled = run_citecheck(
        {"./docs/", "--offline", "--format", "json", "--shard", std::to_string(i) + "/4"}, options);
    CHECK(paths_checked(spelled).size() == mine.size());
  }
  CHECK(total == 12);
  CHECK(seen == all);
}

TEST_CASE("--shard takes I/N with I below N") {
  ScratchDir dir;
  dir.write("a.md", "# A\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const auto bad = run_citecheck({"a.md", "--shard", "4/4"}, options);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("not a shard such as 0/4") != std::string::npos);
}

}  // namespace citecheck::testing
