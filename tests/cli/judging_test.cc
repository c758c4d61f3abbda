// Judging through the whole pipeline, where it depends on more than one source: what a
// claim's score does when the article cites one more page for it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

// A long page about something else: many sentences, none of them the claim's.
std::string unrelated_page() {
  std::string page = "Allotment society newsletter\n";
  for (int i = 1; i <= 150; ++i) {
    page += "Plot " + std::to_string(i) +
            " grew beans, leeks and marrows this summer, and its keeper thanked the committee.\n";
  }
  return page;
}

}  // namespace

TEST_CASE("citing one more page for a claim never lowers its support") {
  ScratchDir dir;
  dir.write("article.txt",
            "Ferry news\n\n"
            "The harbour ferry carried 41,000 passengers in March [1].\n\n"
            "The harbour ferry carried 41,000 passengers in March [1][2].\n\n"
            "References\n[1] https://port.example/ferry\n[2] https://allotments.example/news\n");
  dir.write("sources/ferry.txt",
            "Port news\nThe harbour ferry carried 41,000 passengers in March, a record for the "
            "month.\nThe timetable changes in May.\n");
  dir.write("sources/allotments.txt", unrelated_page());
  dir.write("sources/manifest.tsv",
            "https://port.example/ferry\tferry.txt\ttext/plain\n"
            "https://allotments.example/news\tallotments.txt\ttext/plain\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const auto r = run_process({citecheck_binary(), "article.txt", "--sources", "sources",
                              "--offline", "--no-cache", "--format", "json"},
                             options);
  REQUIRE(r.exit_code == 0);
  const Json claims = Json::parse(r.out)["documents"][0]["claims"];
  REQUIRE(claims.size() == 2);
  CHECK(claims[0]["verdict"] == "supported");
  CHECK(claims[1]["verdict"] == "supported");
  CHECK(claims[1]["support_score"].get<double>() >= claims[0]["support_score"].get<double>());
  REQUIRE_FALSE(claims[1]["evidence"].empty());
  CHECK(claims[1]["evidence"][0]["reference"] == "1");
}

}  // namespace citecheck::testing
