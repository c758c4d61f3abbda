// Articles as blogs publish them (issue 16), checked whole by the real binary: the report a user
// reads has no finding that a reader of the article would not make.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

Json check_stdin(const std::string& article, const std::string& name) {
  ProcessOptions options;
  options.stdin_data = article;
  options.env.emplace_back("NO_COLOR", "1");
  const auto r = run_process({citecheck_binary(), "-", "--stdin-filename", name, "--offline",
                              "--no-cache", "--format", "json"},
                             options);
  REQUIRE(r.exit_code == 0);
  return Json::parse(r.out)["documents"][0];
}

// The rules of a document's findings, leaving out unchecked-source: these runs are offline with
// nothing saved, and what they test is how the article is read.
std::vector<std::string> rules(const Json& doc) {
  std::vector<std::string> out;
  for (const auto& f : doc["findings"]) {
    if (f["rule"] != "unchecked-source") out.push_back(f["rule"].get<std::string>());
  }
  return out;
}

}  // namespace

TEST_CASE(
    "a Jekyll post: Liquid, abbreviations, inline HTML and a Notes section read as a reader") {
  const Json doc = check_stdin(
      "---\n"
      "layout: post\n"
      "title: \"Faster builds with LTO\"\n"
      "---\n"
      "{% include toc.html %}\n\n"
      "The build now finishes 40% sooner with LTO.[^bench]\n\n"
      "{% include figure.html caption=\"Build times fell 40% after the switch\" %}\n\n"
      "<a href=\"https://gcc.example.org/wiki/LinkTimeOptimization\">The compiler's wiki</a> "
      "says 2 passes are needed.\n\n"
      "## Notes\n\n"
      "[Debian](https://www.debian.example.org/) builds 65% of its packages this way.\n\n"
      "*[LTO]: Link-time optimization, used by 65% of the packages\n\n"
      "[^bench]: My benchmark notes, https://notes.example.net/lto-bench\n",
      "_posts/2026-03-02-lto.md");
  CHECK(rules(doc).empty());
  REQUIRE(doc["claims"].size() == 3);
  CHECK(doc["claims"][0]["citations"] == Json::array({"bench"}));
  CHECK(doc["claims"][1]["text"] == "The compiler's wiki says 2 passes are needed.");
  CHECK(doc["claims"][1]["citations"] ==
        Json::array({"https://gcc.example.org/wiki/LinkTimeOptimization"}));
  CHECK(doc["claims"][2]["citations"] == Json::array({"https://www.debian.example.org/"}));
}

TEST_CASE("plain text: a sentence with a bare URL cites it, and the list still counts") {
  const Json doc = check_stdin(
      "Mirror traffic\n\n"
      "The mirror served 2.4 million downloads in 2025; see https://mirror.example.org/stats for "
      "the monthly figures.\n\n"
      "Downloads of the installer rose 12% [1].\n\n"
      "References\n"
      "[1] https://installer.example.org/report\n",
      "mirror.txt");
  CHECK(rules(doc).empty());
  REQUIRE(doc["claims"].size() == 2);
  CHECK(doc["claims"][0]["citations"] == Json::array({"https://mirror.example.org/stats"}));
  CHECK(doc["claims"][1]["citations"] == Json::array({"1"}));
  REQUIRE(doc["references"].size() == 2);
  CHECK(doc["references"][1]["id"] == "1");
}

}  // namespace citecheck::testing
