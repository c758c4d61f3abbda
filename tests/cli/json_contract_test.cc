// The JSON report as a program reads it (a CMS that highlights by byte offset): every claim and
// finding has its span in the file as written, as line and column, end line and end column, and
// byte offset and length, all telling the same story; for Markdown and HTML the span covers the
// markup, not the prose read from it. Scores have 3 decimals at most; an uncited-claim finding
// carries its sentence; a footnote's reference title is the note without its URL.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

struct LineColumn {
  int line = 1;
  int column = 1;
};

// The 1-based line and code-point column of byte `offset` in `text`.
LineColumn at_offset(const std::string& text, std::size_t offset) {
  LineColumn p;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

// Checks that an item's offset and length agree with its line, column, end line and end column.
void check_span(const std::string& file, const Json& item) {
  CAPTURE(item.dump());
  REQUIRE(item.contains("offset"));
  REQUIRE(item.contains("length"));
  const auto offset = item["offset"].get<std::size_t>();
  const auto length = item["length"].get<std::size_t>();
  REQUIRE(offset + length <= file.size());
  const LineColumn start = at_offset(file, offset);
  CHECK(start.line == item["line"].get<int>());
  CHECK(start.column == item["column"].get<int>());
  const LineColumn end = at_offset(file, offset + length);
  CHECK(end.line == item["end_line"].get<int>());
  CHECK(end.column == item["end_column"].get<int>());
}

Json report_of(const std::string& article) {
  ProcessOptions options;
  options.cwd = source_dir() + "/fixtures/cases/same-article";
  const auto r =
      run_citecheck({article, "--sources", "sources", "--offline", "--format", "json"}, options);
  REQUIRE(r.exit_code == 1);
  return Json::parse(r.out);
}

}  // namespace

TEST_CASE("claims and findings have their span in the file as written, in every format") {
  for (const char* article : {"article.txt", "article.md", "article.html"}) {
    CAPTURE(article);
    const std::string file = read_file(source_dir() + "/fixtures/cases/same-article/" + article);
    const Json report = report_of(article);
    const Json& doc = report["documents"][0];
    REQUIRE(doc["claims"].size() > 5);
    for (const Json& claim : doc["claims"]) {
      check_span(file, claim);
      CHECK(claim["length"].get<std::size_t>() > 0);
    }
    for (const Json& finding : doc["findings"]) check_span(file, finding);
  }
}

TEST_CASE("an HTML claim's offset and length cover its markup and entities, not the prose") {
  const std::string file = read_file(source_dir() + "/fixtures/cases/same-article/article.html");
  const Json report = report_of("article.html");
  bool seen = false;
  for (const Json& claim : report["documents"][0]["claims"]) {
    const std::string span =
        file.substr(claim["offset"].get<std::size_t>(), claim["length"].get<std::size_t>());
    if (span.rfind("Riverside Libraries lent <strong>412,000</strong> e-books", 0) != 0) continue;
    seen = true;
    // The sentence ends after the citation marker's markup, at its full stop.
    CHECK(span.size() > 3);
    CHECK(span.substr(span.size() - 3) == "p>.");
    CHECK(span.find("<a href=\"#cite_note-1\">[1]</a></sup>.") != std::string::npos);
  }
  CHECK(seen);
}

TEST_CASE("scores have 3 decimals at most, and an uncited-claim finding carries its sentence") {
  const std::string file = read_file(source_dir() + "/fixtures/cases/same-article/article.txt");
  ProcessOptions options;
  options.cwd = source_dir() + "/fixtures/cases/same-article";
  const auto r = run_citecheck(
      {"article.txt", "--sources", "sources", "--offline", "--format", "json"}, options);
  const std::regex score("\"(support_)?score\": ([0-9.eE+-]+)");
  int scores = 0;
  for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), score);
       it != std::sregex_iterator(); ++it) {
    ++scores;
    const std::string value = (*it)[2];
    CAPTURE(value);
    const std::size_t dot = value.find('.');
    CHECK((dot == std::string::npos || value.size() - dot - 1 <= 3));
  }
  CHECK(scores > 5);
  const Json report = Json::parse(r.out);
  int uncited = 0;
  for (const Json& f : report["documents"][0]["findings"]) {
    if (f["rule"] != "uncited-claim") continue;
    ++uncited;
    REQUIRE(f.contains("text"));
    // In a plain-text article the span is the sentence itself.
    CHECK(file.substr(f["offset"].get<std::size_t>(), f["length"].get<std::size_t>()) ==
          f["text"].get<std::string>());
  }
  CHECK(uncited > 0);
}

TEST_CASE("a footnote's reference title is the note's text without its URL") {
  ScratchDir s;
  s.write("a.md",
          "# Transit\n\nRidership rose 12% in 2024.[^board]\n\n"
          "[^board]: Transit board, annual report 2024, https://transit.example/report\n");
  const auto r = run_citecheck({s.path("a.md"), "--offline", "--format", "json"});
  const Json refs = Json::parse(r.out)["documents"][0]["references"];
  REQUIRE(refs.size() == 1);
  CHECK(refs[0]["url"] == "https://transit.example/report");
  CHECK(refs[0]["title"] == "Transit board, annual report 2024");
}

}  // namespace citecheck::testing
