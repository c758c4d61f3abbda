// Judging through the whole pipeline, where it depends on more than one source: what a
// claim's score does when the article cites one more page for it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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

// `article.txt` in `dir` checked against `dir/sources` alone, as JSON.
ProcessResult check_offline(const ScratchDir& dir) {
  ProcessOptions options;
  options.cwd = dir.path();
  return run_process({citecheck_binary(), "article.txt", "--sources", "sources", "--offline",
                      "--no-cache", "--format", "json"},
                     options);
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
  const auto r = check_offline(dir);
  REQUIRE(r.exit_code == 0);
  const Json claims = Json::parse(r.out)["documents"][0]["claims"];
  REQUIRE(claims.size() == 2);
  CHECK(claims[0]["verdict"] == "supported");
  CHECK(claims[1]["verdict"] == "supported");
  CHECK(claims[1]["support_score"].get<double>() >= claims[0]["support_score"].get<double>());
  REQUIRE_FALSE(claims[1]["evidence"].empty());
  CHECK(claims[1]["evidence"][0]["reference"] == "1");
}

TEST_CASE("a citation whose page shares nothing with the claim it backs is an idle citation") {
  ScratchDir dir;
  dir.write(
      "article.txt",
      "Ferry news\n\n"
      "The harbour ferry carried 41,000 passengers in March [2][1].\n\n"
      "The ferry carried 41,000 passengers in March, and its timetable changes in May [1][3].\n\n"
      "The harbour ferry carried 41,000 passengers in March [2].\n\n"
      "References\n[1] https://port.example/ferry\n[2] https://allotments.example/news\n"
      "[3] https://port.example/timetable\n");
  dir.write("sources/ferry.txt",
            "Port news\nThe harbour ferry carried 41,000 passengers in March, a record for the "
            "month.\n");
  dir.write(
      "sources/timetable.txt",
      "Timetable notice\nThe ferry timetable changes in May, with two more sailings a day.\n");
  dir.write("sources/allotments.txt", unrelated_page());
  dir.write("sources/manifest.tsv",
            "https://port.example/ferry\tferry.txt\ttext/plain\n"
            "https://port.example/timetable\ttimetable.txt\ttext/plain\n"
            "https://allotments.example/news\tallotments.txt\ttext/plain\n");
  const auto r = check_offline(dir);
  REQUIRE(r.exit_code == 1);  // the last claim is unsupported: an error
  const Json doc = Json::parse(r.out)["documents"][0];
  std::vector<Json> idle;
  for (const Json& f : doc["findings"]) {
    if (f["rule"] == "idle-citation") idle.push_back(f);
  }
  // Only [2] of the first claim: on its marker, naming it. [1] and [3] each back a part of the
  // second claim, and the third claim's one citation is judged as an unsupported claim instead.
  REQUIRE(idle.size() == 1);
  CHECK(idle[0]["line"] == 3);
  CHECK(idle[0]["column"] == 54);
  CHECK(idle[0]["severity"] == "warning");
  CHECK(idle[0]["message"] ==
        "citation [2] shares nothing with this claim, which its other citations back");
  CHECK(doc["claims"][0]["verdict"] == "supported");
  CHECK(doc["claims"][1]["verdict"] == "supported");
  CHECK(doc["claims"][2]["verdict"] == "unsupported");
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("a claim citing a listed note without a URL is unverifiable, and says why") {
  ScratchDir dir;
  dir.write("article.txt",
            "Ferry news\n\n"
            "The harbour ferry carried 41,000 passengers in March [1].\n\n"
            "References\n[1] Harbour Board, annual report (printed edition).\n");
  dir.write("sources/manifest.tsv", "");
  const auto r = check_offline(dir);
  const Json claim = Json::parse(r.out)["documents"][0]["claims"][0];
  CHECK(claim["verdict"] == "unverifiable");
  CHECK(claim["explanation"] == "[1] has no URL to check");
}

}  // namespace citecheck::testing
