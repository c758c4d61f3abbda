// --format html from the real binary on several documents at once: one valid page with a table of
// contents, every claim and uncited sentence of the JSON report highlighted, each with a card.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "html_check.h"
#include "process.h"

namespace citecheck::testing {
namespace {

ProcessResult run_formats(const std::string& format) {
  ProcessOptions options;
  options.cwd = source_dir() + "/fixtures/cases/formats";
  return run_process({citecheck_binary(), "articles", "--sources", "sources", "--offline",
                      "--no-config", "--format", format},
                     options);
}

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

TEST_CASE("--format html marks every claim and uncited sentence of every document, with a card") {
  const ProcessResult html = run_formats("html");
  const ProcessResult json = run_formats("json");
  CHECK(html.exit_code == json.exit_code);
  const auto report = nlohmann::json::parse(json.out);
  REQUIRE(report["documents"].size() > 1);
  std::size_t marks = 0;
  for (const auto& doc : report["documents"]) {
    marks += doc["claims"].size();
    for (const auto& f : doc["findings"]) marks += f["rule"] == "uncited-claim" ? 1 : 0;
    CHECK(html.out.find(">" + doc["path"].get<std::string>() + "</a>") != std::string::npos);
  }
  CHECK(count(html.out, " data-card=\"") == static_cast<int>(marks));
  CHECK(count(html.out, "<aside class=\"card ") == static_cast<int>(marks));
  CHECK(html.out.find("<nav class=\"toc\"") != std::string::npos);
  const HtmlCheck check = check_html(html.out);
  CHECK_MESSAGE(check.problems.empty(), describe(check));
}

TEST_CASE("every golden HTML report is valid and self-contained") {
  int pages = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(source_dir() + "/fixtures")) {
    if (entry.path().filename() != "expected.html") continue;
    ++pages;
    const HtmlCheck check = check_html(read_file(entry.path().string()));
    CHECK_MESSAGE(check.problems.empty(), (entry.path().string() + ":\n" + describe(check)));
  }
  CHECK(pages >= 10);
}

}  // namespace
}  // namespace citecheck::testing
