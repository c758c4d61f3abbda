// Where a finding ends, as the CI formats (SARIF, GitHub, rdjsonl) mark it: a reference entry's
// findings span the entry's line, and an uncited sentence spans the sentence, as claims do.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

// Line 2's second sentence states a percentage and cites nothing; it holds two em dashes (three
// bytes each). Reference [2] is never cited, and its line ends in two spaces.
constexpr const char* kArticle =
    "Harbour report\n"
    "The ferry carried 4,200 passengers in May [1]. Nearly 64% of riders \u2014 most of them "
    "commuters \u2014 now pay by card.\n"
    "References\n"
    "[1] https://harbour.example/ferry-figures\n"
    "[2] https://harbour.example/unused-page  \n";

std::string run_format(const std::string& format) {
  ScratchDir dir;
  dir.write("article.txt", kArticle);
  ProcessOptions options;
  options.cwd = dir.path();
  options.env = {{"NO_COLOR", "1"}, {"XDG_CACHE_HOME", dir.path("cache")}};
  const auto r = run_process(
      {citecheck_binary(), "article.txt", "--offline", "--no-config", "--format", format}, options);
  CHECK(r.exit_code == 0);  // warnings only
  return r.out;
}

}  // namespace

TEST_CASE("regions: sarif ends a reference entry's finding and an uncited sentence") {
  const Json j = Json::parse(run_format("sarif"));
  Json unused, uncited;
  for (const Json& result : j["runs"][0]["results"]) {
    const Json& region = result["locations"][0]["physicalLocation"]["region"];
    if (result["ruleId"] == "unused-reference") unused = region;
    if (result["ruleId"] == "uncited-claim") uncited = region;
  }
  // "[2] https://harbour.example/unused-page" is 39 code points; the trailing spaces are not in it.
  CHECK(unused == Json({{"startLine", 5}, {"startColumn", 1}, {"endLine", 5}, {"endColumn", 40}}));
  // "Nearly 64% … by card." is 64 code points from column 48.
  CHECK(uncited ==
        Json({{"startLine", 2}, {"startColumn", 48}, {"endLine", 2}, {"endColumn", 112}}));
}

TEST_CASE("regions: github annotations end a reference entry's finding and an uncited sentence") {
  const std::string out = run_format("github");
  CHECK(out.find("::warning file=article.txt,line=2,col=48,endColumn=112,title=uncited-claim::") !=
        std::string::npos);
  CHECK(out.find("::warning file=article.txt,line=5,col=1,endColumn=40,title=unused-reference::") !=
        std::string::npos);
}

TEST_CASE("regions: rdjsonl ends them too, in UTF-8 byte columns") {
  const std::string out = run_format("rdjsonl");
  std::vector<Json> lines;
  for (std::size_t from = 0, nl; (nl = out.find('\n', from)) != std::string::npos; from = nl + 1) {
    Json line = Json::parse(out.substr(from, nl - from));
    // The run is offline with nothing saved: its unchecked-source notes are not about regions.
    if (line["code"]["value"] != "unchecked-source") lines.push_back(std::move(line));
  }
  REQUIRE(lines.size() == 2);
  for (const Json& d : lines) {
    const Json& range = d["location"]["range"];
    if (d["code"]["value"] == "uncited-claim") {
      CHECK(range["start"] == Json({{"line", 2}, {"column", 48}}));
      CHECK(range["end"] == Json({{"line", 2}, {"column", 116}}));  // two 3-byte dashes
    } else {
      CHECK(d["code"]["value"] == "unused-reference");
      CHECK(range["end"] == Json({{"line", 5}, {"column", 40}}));
    }
  }
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE(
    "regions: a Markdown claim whose links and emphasis were stripped ends where it is written") {
  ScratchDir dir;
  // The claim as read is "Fares covered 88% of costs, as the annual report shows [1]." (59 code
  // points); as written, with its emphasis and link, it is 68, so it ends before column 69.
  dir.write("article.md",
            "# Ferry\n\nFares covered **88%** of costs, as the [annual report][r] shows [1].\n\n"
            "[r]: https://harbour.example/report\n\n## Sources\n\n"
            "[1] https://harbour.example/report\n");
  dir.write("sources/report.txt", "Fares covered 71% of the ferry's running costs in 2025.\n");
  dir.write("sources/manifest.tsv", "https://harbour.example/report\treport.txt\ttext/plain\n");
  ProcessOptions options;
  options.cwd = dir.path();
  options.env = {{"NO_COLOR", "1"}};
  const auto r = run_process({citecheck_binary(), "article.md", "--sources", "sources", "--offline",
                              "--no-cache", "--no-config", "--format", "sarif"},
                             options);
  const Json j = Json::parse(r.out);
  bool seen = false;
  for (const Json& result : j["runs"][0]["results"]) {
    const Json& region = result["locations"][0]["physicalLocation"]["region"];
    if (region["startLine"] != 3) continue;
    seen = true;
    CHECK(region["startColumn"] == 1);
    CHECK(region["endLine"] == 3);
    CHECK(region["endColumn"] == 69);
  }
  CHECK(seen);
}

}  // namespace citecheck::testing
