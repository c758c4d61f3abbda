// The same article written as plain text, Markdown and HTML (fixtures/cases/same-article) must be
// read the same: what a user compares between them is every claim, what it cites, its verdict and
// its facts, and every finding. Only positions and the path differ.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

Json report_for(const std::string& article) {
  ProcessOptions options;
  options.cwd = source_dir() + "/fixtures/cases/same-article";
  options.env.emplace_back("NO_COLOR", "1");
  const auto r = run_process(
      {citecheck_binary(), article, "--sources", "sources", "--offline", "--format", "json"},
      options);
  REQUIRE(r.exit_code == 1);  // the case has a contradicted claim
  return Json::parse(r.out);
}

// Everything in a document's report but where things are.
Json without_positions(Json doc) {
  doc.erase("path");
  doc.erase("format");
  for (const char* list : {"claims", "findings", "references"}) {
    for (Json& item : doc[list]) {
      for (const char* key : {"line", "column", "end_line", "end_column", "offset", "length"}) {
        item.erase(key);
      }
    }
  }
  return doc;
}

}  // namespace

TEST_CASE("one article as .txt, .md and .html gives the same claims, citations and verdicts") {
  const Json text = report_for("article.txt")["documents"][0];
  const Json markdown = report_for("article.md")["documents"][0];
  const Json html = report_for("article.html")["documents"][0];
  CHECK(markdown["format"] == "markdown");
  CHECK(html["format"] == "html");
  REQUIRE(text["claims"].size() == 7);
  for (const Json* other : {&markdown, &html}) {
    const Json a = without_positions(text);
    const Json b = without_positions(*other);
    CHECK(a["claims"].dump(2) == b["claims"].dump(2));
    CHECK(a["findings"].dump(2) == b["findings"].dump(2));
    for (std::size_t i = 0; i < a["references"].size(); ++i) {
      CHECK(a["references"][i]["id"] == b["references"][i]["id"]);
      CHECK(a["references"][i]["url"] == b["references"][i]["url"]);
      CHECK(a["references"][i]["cited_by"] == b["references"][i]["cited_by"]);
    }
  }
}

TEST_CASE("positions point into each file, counting multi-byte characters as one column") {
  // "About 38% of residents ..." follows two em dashes (3 bytes each) on its line.
  const auto uncited = [](const Json& doc) {
    for (const Json& f : doc["findings"]) {
      if (f["rule"] == "uncited-claim" &&
          f["message"].get<std::string>().find("percentage") != std::string::npos)
        return std::make_pair(f["line"].get<int>(), f["column"].get<int>());
    }
    return std::make_pair(0, 0);
  };
  CHECK(uncited(report_for("article.txt")["documents"][0]) == std::make_pair(7, 84));
  CHECK(uncited(report_for("article.md")["documents"][0]) == std::make_pair(20, 84));
  CHECK(uncited(report_for("article.html")["documents"][0]) == std::make_pair(22, 154));
  // In the HTML the librarian's name is written "Zo&euml;": the claim still reads "Zoë", and the
  // claim after it starts where "Head" is written.
  const Json html = report_for("article.html")["documents"][0];
  CHECK(html["claims"][1]["text"].get<std::string>().find("Zo\u00EB Okonkwo") != std::string::npos);
  CHECK(html["claims"][1]["line"] == 19);
  CHECK(html["claims"][1]["column"] == 188);
}

}  // namespace citecheck::testing
