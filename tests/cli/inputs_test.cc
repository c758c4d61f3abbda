// Inputs as a writing repository and a CMS hook give them: a directory walked for every article
// format (hidden and vendored folders skipped), and Markdown or HTML on stdin.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

std::string formats_dir() { return source_dir() + "/fixtures/cases/same-article"; }

ProcessResult citecheck(std::vector<std::string> args, ProcessOptions options = {}) {
  args.insert(args.begin(), citecheck_binary());
  options.env.emplace_back("NO_COLOR", "1");
  return run_process(args, options);
}

}  // namespace

TEST_CASE("a directory: every article format, in path order, hidden and vendored folders skipped") {
  ScratchDir s;
  for (const char* ext : {"txt", "md", "html"}) {
    s.write(std::string("docs/news/libraries.") + ext,
            read_file(formats_dir() + "/article." + ext));
  }
  s.write("docs/.drafts/old.md", "Sales rose 40% [1].\n");
  s.write("docs/node_modules/pkg/README.md", "Downloads rose 90% [1].\n");
  s.write("docs/vendor/notes.txt", "Costs fell 12% [1].\n");
  s.write("docs/image.png", "not an article");
  ProcessOptions options;
  options.cwd = s.path();
  const auto r = citecheck(
      {"docs", "--sources", formats_dir() + "/sources", "--offline", "--format", "json"}, options);
  CHECK(r.exit_code == 1);
  const Json report = Json::parse(r.out);
  REQUIRE(report["documents"].size() == 3);
  CHECK(report["documents"][0]["path"] == "docs/news/libraries.html");
  CHECK(report["documents"][0]["format"] == "html");
  CHECK(report["documents"][1]["format"] == "markdown");
  CHECK(report["documents"][2]["format"] == "text");
  CHECK(report["summary"]["claims"] == 21);
  CHECK(report["summary"]["verdicts"]["contradicted"] == 3);
}

TEST_CASE("Markdown on stdin with --input-format markdown: footnotes are citations") {
  ProcessOptions options;
  options.stdin_data =
      "Ridership rose 12% in 2025.[^report]\n\n"
      "[^report]: Annual report, https://transit.example.org/report-2025\n";
  const auto r = citecheck({"-", "--input-format", "markdown", "--stdin-filename",
                            "posts/riders.md", "--offline", "--format", "json"},
                           options);
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["path"] == "posts/riders.md");
  CHECK(doc["format"] == "markdown");
  REQUIRE(doc["claims"].size() == 1);
  CHECK(doc["claims"][0]["citations"] == Json::array({"report"}));
  CHECK(doc["references"][0]["url"] == "https://transit.example.org/report-2025");
  CHECK(doc["references"][0]["line"] == 3);
}

TEST_CASE("Markdown: a directive shown in a code sample is not obeyed - a link opens at column 1") {
  ProcessOptions options;
  options.stdin_data =
      "To leave the rest of a file unchecked, write this comment:\n\n"
      "```markdown\n<!-- citecheck-disable -->\n```\n"
      "Roughly 30% of ferries leave late.\n\n"
      "[Harbour Board][] cut the tolls by 12% in 2025.\n\n"
      "[harbour board]: https://board.example.org/tolls-2025\n";
  const auto r = citecheck({"-", "--input-format", "markdown", "--stdin-filename", "posts/tolls.md",
                            "--offline", "--format", "json"},
                           options);
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  REQUIRE(doc["claims"].size() == 1);
  CHECK(doc["claims"][0]["line"] == 8);
  CHECK(doc["claims"][0]["column"] == 1);
  // The uncited figure, and the source --offline left unchecked.
  REQUIRE(doc["findings"].size() == 2);
  CHECK(doc["findings"][0]["rule"] == "uncited-claim");
  CHECK(doc["findings"][0]["line"] == 6);
  CHECK(doc["findings"][0]["column"] == 1);
  CHECK(doc["findings"][1]["rule"] == "unchecked-source");
}

TEST_CASE("HTML on stdin is recognised by its doctype and read as HTML") {
  ProcessOptions options;
  options.stdin_data =
      "<!DOCTYPE html><html><body><nav>Home &middot; 50% off</nav>"
      "<p>Ridership rose 12% in 2025, <a href=\"https://transit.example.org/report-2025\">the "
      "operator says</a>.</p></body></html>\n";
  const auto r = citecheck({"-", "--offline", "--format", "json"}, options);
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["format"] == "html");
  REQUIRE(doc["claims"].size() == 1);  // the navigation's "50% off" is no claim
  CHECK(doc["claims"][0]["text"] == "Ridership rose 12% in 2025, the operator says.");
  CHECK(doc["claims"][0]["citations"] == Json::array({"https://transit.example.org/report-2025"}));
  // Offline with nothing saved: the one finding says the page was not looked at.
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["rule"] == "unchecked-source");
  CHECK(doc["findings"][0]["severity"] == "info");
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE(
    "a file under a directory that is not UTF-8 is skipped with a notice - the rest is checked") {
  ScratchDir s;
  s.write("docs/a-good.md",
          "# Trams\n\nTram trips rose 12% last year [1].\n\n"
          "[1]: https://transit.example/report\n");
  s.write("docs/b-latin1.txt",
          "Caf\xE9 prices rose 4% [1].\n\nReferences\n[1] https://x.example/\n");
  s.write("sources/report.txt", "Transit report\nTram trips rose 12% last year.\n");
  s.write("sources/manifest.tsv", "https://transit.example/report\treport.txt\ttext/plain\n");
  ProcessOptions options;
  options.cwd = s.path();
  const auto r =
      citecheck({"docs", "--sources", "sources", "--offline", "--format", "json"}, options);
  CHECK(r.exit_code == 0);
  const Json docs = Json::parse(r.out)["documents"];
  REQUIRE(docs.size() == 2);
  CHECK(docs[0]["claims"][0]["verdict"] == "supported");
  CHECK(docs[1]["path"] == "docs/b-latin1.txt");
  CHECK(docs[1]["claims"].empty());
  const std::string notice = docs[1]["notices"][0];
  CHECK(notice.find("not checked: 'docs/b-latin1.txt' is not valid UTF-8 (line 1, column 4)") == 0);
  // Named on its own, the same file is still an input error.
  const auto alone = citecheck({"docs/b-latin1.txt", "--offline"}, options);
  CHECK(alone.exit_code == 2);
  CHECK(alone.err.find("is not valid UTF-8") != std::string::npos);
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("Markdown on stdin is recognised by its content, without a file name") {
  ProcessOptions options;
  options.stdin_data =
      "# Trams\n\nTram trips rose 12% last year [^1].\n\n[^1]: https://transit.example/report\n";
  auto r = citecheck({"-", "--offline", "--no-cache", "--format", "json"}, options);
  Json doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["format"] == "markdown");
  REQUIRE(doc["claims"].size() == 1);
  CHECK(doc["claims"][0]["citations"] == Json::array({"1"}));
  // A plain-text article with a "[n] URL" list stays plain text.
  options.stdin_data =
      "Trams\n\nTram trips rose 12% last year [1].\n\nReferences\n"
      "[1] https://transit.example/report\n";
  r = citecheck({"-", "--offline", "--no-cache", "--format", "json"}, options);
  doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["format"] == "text");
  CHECK(doc["claims"][0]["citations"] == Json::array({"1"}));
  // Footnote markers in what is read as plain text: the notice says how to read it as Markdown.
  options.stdin_data = "Tram trips rose 12% last year [^1].\n";
  r = citecheck({"-", "--offline", "--no-cache", "--format", "json", "--input-format", "text"},
                options);
  doc = Json::parse(r.out)["documents"][0];
  CHECK(doc["notices"][0].get<std::string>().find(
            "use --stdin-filename NAME.md or --input-format markdown") != std::string::npos);
}

}  // namespace citecheck::testing
