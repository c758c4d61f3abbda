// `citecheck merge`: the reports of document shards (--shard I/N) made into the report of one run
// over every document, in every format; and `--format jsonl`, which writes that report one
// document per line. Every report here is checked against docs/report.schema.json as it is made.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::ordered_json;

// A tree of articles, some backed by their sources, one contradicted (an error), one with a
// reference never cited (a warning), in nested folders whose names sort differently as strings
// and as paths ("a-b.md" and "a/b.md"), checked against a sources directory.
void write_tree(const ScratchDir& dir) {
  std::string manifest;
  for (int i = 0; i < 9; ++i) {
    const std::string n = std::to_string(i);
    const std::string url = "https://news" + n + ".example.com/harbour-" + n;
    manifest += url + "\tpage" + n + ".html\n";
    dir.write("sources/page" + n + ".html",
              "<html><head><title>Harbour " + n +
                  "</title></head><body><article><p>The harbour of Port " + n +
                  " handled 2.4 million containers in 2024, the port authority said.</p>"
                  "</article></body></html>");
    const std::string figure = i == 4 ? "3.1" : "2.4";
    std::string article = "# Port " + n + "\n\nThe harbour of Port " + n + " handled " + figure +
                          " million containers in 2024.[^1]\n\n[^1]: <" + url + ">\n";
    if (i == 6) article += "[^2]: <https://unused.example.com/caf\xC3\xA9>\n";
    const std::string path = i == 1   ? "docs/a-b.md"
                             : i == 2 ? "docs/a/b.md"
                             : i == 3 ? "docs/a/z/deep.md"
                                      : "docs/post-" + n + ".md";
    dir.write(path, article);
  }
  dir.write("sources/manifest.tsv", manifest);
}

std::vector<std::string> check_args(const std::string& format) {
  return {"docs", "--sources", "sources", "--offline", "--no-cache", "--format", format};
}

ProcessOptions in(const ScratchDir& dir) {
  ProcessOptions options;
  options.cwd = dir.path();
  return options;
}

// Runs the check as `count` shards in `format`, each report saved as shard-I.EXT.
std::vector<std::string> run_shards(const ScratchDir& dir, int count, const std::string& format) {
  std::vector<std::string> files;
  for (int i = 0; i < count; ++i) {
    std::vector<std::string> args = check_args(format);
    args.push_back("--shard");
    args.push_back(std::to_string(i) + "/" + std::to_string(count));
    const ProcessResult r = run_citecheck(args, in(dir));
    REQUIRE_MESSAGE((r.exit_code == 0 || r.exit_code == 1), r.err);
    files.push_back("shard-" + std::to_string(i) + "." + format);
    dir.write(files.back(), r.out);
  }
  return files;
}

std::vector<std::string> merge_args(const std::vector<std::string>& files,
                                    const std::string& format) {
  std::vector<std::string> args = {"merge"};
  args.insert(args.end(), files.begin(), files.end());
  args.push_back("--format");
  args.push_back(format);
  return args;
}

std::vector<Json> lines_of(const std::string& text) {
  std::vector<Json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(Json::parse(line));
  return lines;
}

}  // namespace

TEST_CASE("four document shards merged give the single run's JSON byte for byte") {
  ScratchDir dir;
  write_tree(dir);
  const ProcessResult whole = run_citecheck(check_args("json"), in(dir));
  REQUIRE(whole.exit_code == 1);  // the contradicted claim
  REQUIRE(Json::parse(whole.out)["summary"]["documents"] == 9);
  for (const std::string format : {"json", "jsonl"}) {
    CAPTURE(format);
    const std::vector<std::string> shards = run_shards(dir, 4, format);
    const ProcessResult merged = run_citecheck(merge_args(shards, "json"), in(dir));
    CHECK(merged.err == "");
    CHECK(merged.exit_code == whole.exit_code);
    CHECK(merged.out == whole.out);
  }
}

TEST_CASE("merge writes every format as the single run writes it") {
  ScratchDir dir;
  write_tree(dir);
  const std::vector<std::string> shards = run_shards(dir, 3, "jsonl");
  // The HTML report's article view shows the article's text, which no JSON report carries: a
  // merged HTML report has every document's cards and findings, and no article text.
  for (const std::string format :
       {"text", "sarif", "github", "rdjsonl", "junit", "markdown", "jsonl"}) {
    CAPTURE(format);
    const ProcessResult whole = run_citecheck(check_args(format), in(dir));
    const ProcessResult merged = run_citecheck(merge_args(shards, format), in(dir));
    CHECK(merged.exit_code == whole.exit_code);
    CHECK(merged.out == whole.out);
  }
  const ProcessResult html = run_citecheck(merge_args(shards, "html"), in(dir));
  CHECK(html.exit_code == 1);
  CHECK(html.out.find("<!DOCTYPE html>") == 0);
  for (const std::string path : {"docs/a-b.md", "docs/a/b.md", "docs/post-8.md"}) {
    CHECK(html.out.find(path) != std::string::npos);
  }
}

TEST_CASE("--format jsonl writes one line per document, then the summary, as JSON does") {
  ScratchDir dir;
  write_tree(dir);
  const ProcessResult whole = run_citecheck(check_args("json"), in(dir));
  const ProcessResult streamed = run_citecheck(check_args("jsonl"), in(dir));
  CHECK(streamed.exit_code == whole.exit_code);
  const Json report = Json::parse(whole.out);
  const std::vector<Json> lines = lines_of(streamed.out);
  REQUIRE(lines.size() == report["documents"].size() + 1);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    CHECK(lines[i]["type"] == "document");
    CHECK(lines[i]["document"] == report["documents"][i]);
  }
  CHECK(lines.back()["type"] == "summary");
  CHECK(lines.back()["summary"] == report["summary"]);
  CHECK(lines.back()["tool"] == report["tool"]);
}

TEST_CASE("merge takes an empty shard, and --output writes the report to a file") {
  ScratchDir dir;
  dir.write("docs/only.md", "# Only\n\nNothing cited here.\n");
  dir.write("sources/manifest.tsv", "");
  const std::vector<std::string> shards = run_shards(dir, 8, "json");
  int empty = 0;
  for (const std::string& file : shards) {
    empty += Json::parse(read_file(dir.path(file)))["documents"].empty() ? 1 : 0;
  }
  CHECK(empty == 7);
  std::vector<std::string> args = merge_args(shards, "json");
  args.push_back("--output");
  args.push_back("merged.json");
  const ProcessResult merged = run_citecheck(args, in(dir));
  CHECK(merged.exit_code == 0);
  CHECK(merged.out.empty());
  const ProcessResult whole = run_citecheck(check_args("json"), in(dir));
  CHECK(read_file(dir.path("merged.json")) == whole.out);
}

TEST_CASE("merge's exit status follows --fail-on as a run's does") {
  ScratchDir dir;
  write_tree(dir);
  const std::vector<std::string> shards = run_shards(dir, 2, "json");
  std::vector<std::string> args = merge_args(shards, "json");
  CHECK(run_citecheck(args, in(dir)).exit_code == 1);
  args.push_back("--fail-on");
  args.push_back("never");
  CHECK(run_citecheck(args, in(dir)).exit_code == 0);
}

TEST_CASE("merge refuses a report of another schema_version or citecheck version") {
  ScratchDir dir;
  write_tree(dir);
  const std::vector<std::string> shards = run_shards(dir, 2, "json");
  Json report = Json::parse(read_file(dir.path(shards[0])));
  report["schema_version"] = 2;
  dir.write("v2.json", report.dump(2));
  ProcessResult r = run_citecheck({"merge", shards[1], "v2.json"}, in(dir));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("'v2.json' is a report of schema_version 2; this citecheck") !=
        std::string::npos);
  report["schema_version"] = 1;
  report["tool"]["version"] = "0.0.1-old";
  dir.write("old.json", report.dump(2));
  r = run_citecheck({"merge", shards[1], "old.json"}, in(dir));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'old.json' was written by citecheck 0.0.1-old, and this is citecheck") !=
        std::string::npos);
  // And a line of a JSON Lines report the same way.
  const std::vector<std::string> lines = run_shards(dir, 1, "jsonl");
  std::string text = read_file(dir.path(lines[0]));
  text.replace(text.find("\"schema_version\":1"), 18, "\"schema_version\":3");
  dir.write("v3.jsonl", text);
  r = run_citecheck({"merge", "v3.jsonl"}, in(dir));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'v3.jsonl' line 1 is a report of schema_version 3") != std::string::npos);
}

TEST_CASE("merge refuses a missing, empty, non-JSON or truncated report with a clear message") {
  ScratchDir dir;
  write_tree(dir);
  const std::vector<std::string> shards = run_shards(dir, 1, "jsonl");
  const std::string full = read_file(dir.path(shards[0]));
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const std::string last_line_start = full.substr(0, full.rfind('\n', full.size() - 2) + 1);
  const std::vector<Case> cases = {
      {"empty.jsonl", "", "'empty.jsonl' is empty"},
      {"words.txt", "hello\n", "'words.txt' line 1 is not JSON"},
      {"no-summary.jsonl", last_line_start,
       "'no-summary.jsonl' has no summary line: the report is truncated"},
      {"cut.jsonl", full.substr(0, full.size() - 40), "is cut off: the report is truncated"},
      {"cut.json", read_file(dir.path(run_shards(dir, 1, "json")[0])).substr(0, 300),
       "'cut.json' is not complete JSON: the report is truncated"},
      {"array.json", "[1, 2]\n", "'array.json' is JSON but not a citecheck report"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    dir.write(c.name, c.bytes);
    const ProcessResult r = run_citecheck({"merge", c.name}, in(dir));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_MESSAGE(r.err.find(c.message) != std::string::npos, r.err);
  }
  const ProcessResult missing = run_citecheck({"merge", "nowhere.json"}, in(dir));
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read 'nowhere.json': no such file or directory") !=
        std::string::npos);
  // The same shard twice: its documents would count twice.
  const ProcessResult twice = run_citecheck({"merge", shards[0], shards[0]}, in(dir));
  CHECK(twice.exit_code == 2);
  CHECK(twice.err.find("both hold document 'docs/") != std::string::npos);
}

}  // namespace citecheck::testing
