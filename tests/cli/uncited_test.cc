// Uncited statistics in real prose: a sentence whose paragraph ends with a citation is covered by
// it, as Wikipedia and most newsrooms write, and is reported as info; a publication that wants
// every sentence cited says so in its config.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

void write_article(const ScratchDir& dir) {
  dir.write("article.md",
            "# Trams\n\n"
            "Tram trips rose 12% last year. Most of the growth came on the new line [^1].\n\n"
            "Bus trips fell 3% over the same period.\n\n"
            "[^1]: https://transit.example/report\n");
  dir.write("sources/report.txt",
            "Transit report\nTram trips rose 12% last year; most of the growth came on the new "
            "line.\n");
  dir.write("sources/manifest.tsv", "https://transit.example/report\treport.txt\ttext/plain\n");
}

std::vector<Json> uncited(const ProcessResult& r) {
  std::vector<Json> out;
  const Json report = Json::parse(r.out);
  for (const Json& f : report["documents"][0]["findings"]) {
    if (f["rule"] == "uncited-claim") out.push_back(f);
  }
  return out;
}

}  // namespace

TEST_CASE(
    "an uncited figure covered by its paragraph's citation is info - an uncovered one warns") {
  ScratchDir dir;
  write_article(dir);
  ProcessOptions options;
  options.cwd = dir.path();
  const std::vector<std::string> args = {"article.md", "--sources", "sources",
                                         "--offline",  "--format",  "json"};
  auto r = run_citecheck(args, options);
  auto found = uncited(r);
  REQUIRE(found.size() == 2);
  CHECK(found[0]["line"] == 3);
  CHECK(found[0]["severity"] == "info");
  CHECK(found[0]["message"].get<std::string>().find("ending its paragraph (line 3) may cover it") !=
        std::string::npos);
  CHECK(found[1]["line"] == 5);
  CHECK(found[1]["severity"] == "warning");

  // A rule raised to error leaves the covered sentence at info ...
  dir.write(".citecheck.toml", "[rules]\nuncited-claim = \"error\"\n");
  found = uncited(run_citecheck(args, options));
  CHECK(found[0]["severity"] == "info");
  CHECK(found[1]["severity"] == "error");
  // ... unless every sentence must carry its own citation.
  dir.write(".citecheck.toml", "cite-every-sentence = true\n[rules]\nuncited-claim = \"error\"\n");
  found = uncited(run_citecheck(args, options));
  CHECK(found[0]["severity"] == "error");
  CHECK(found[0]["message"] == "sentence states a percentage but cites nothing");
  dir.write(".citecheck.toml", "cite-every-sentence = \"yes\"\n");
  r = run_citecheck(args, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("expected true or false") != std::string::npos);
}

}  // namespace citecheck::testing
