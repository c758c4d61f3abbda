#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/json.h"
#include "report/summary.h"
#include "sample_report.h"

namespace citecheck::report {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> keys(const Json& object) {
  std::vector<std::string> out;
  for (const auto& item : object.items()) out.push_back(item.key());
  return out;
}

}  // namespace

TEST_CASE("render_json starts with the schema version and the tool") {
  const std::string out = render_json(testing::sample_report());
  REQUIRE(out.back() == '\n');
  const Json j = Json::parse(out);
  CHECK(keys(j) == std::vector<std::string>{"schema_version", "tool", "documents", "summary"});
  CHECK(j["schema_version"] == 1);
  CHECK(keys(j["tool"]) == std::vector<std::string>{"name", "version"});
  CHECK(j["tool"]["name"] == "citecheck");
  CHECK(j["tool"]["version"] == std::string(kVersion));
  CHECK_FALSE(std::string(kVersion).empty());
}

TEST_CASE("render_json writes a document's references in the contract's order") {
  const Json doc = Json::parse(render_json(testing::sample_report()))["documents"].at(0);
  CHECK(keys(doc) ==
        std::vector<std::string>{"path", "format", "references", "claims", "findings"});
  CHECK(doc["path"] == "drafts/buses.md");
  CHECK(doc["format"] == "markdown");
  REQUIRE(doc["references"].size() == 2);

  const Json& r1 = doc["references"][0];
  CHECK(keys(r1) == std::vector<std::string>{"id", "line", "column", "url", "cited_by", "source"});
  CHECK(r1["id"] == "1");
  CHECK(r1["line"] == 10);
  CHECK(r1["column"] == 1);
  CHECK(r1["url"] == "https://news.example.com/buses");
  CHECK(r1["cited_by"] == Json::array({"c1", "c2"}));
  CHECK(keys(r1["source"]) ==
        std::vector<std::string>{"state", "reason", "http_status", "final_url", "title", "from"});
  CHECK(r1["source"]["state"] == "ok");
  CHECK(r1["source"]["reason"] == "ok");
  CHECK(r1["source"]["http_status"] == 200);
  CHECK(r1["source"]["title"] == "Electric buses");
  CHECK(r1["source"]["from"] == "sources");

  const Json& r2 = doc["references"][1];
  CHECK(r2["cited_by"] == Json::array());
  // Fields a source does not have are left out rather than written empty.
  CHECK(keys(r2["source"]) == std::vector<std::string>{"state", "reason"});
  CHECK(r2["source"]["state"] == "not-checked");
  CHECK(r2["source"]["reason"] == "offline");
}

TEST_CASE("render_json writes claims with facts, verdict, score and evidence") {
  const Json doc = Json::parse(render_json(testing::sample_report()))["documents"].at(0);
  REQUIRE(doc["claims"].size() == 2);
  const Json& c1 = doc["claims"][0];
  CHECK(keys(c1) == std::vector<std::string>{"id", "line", "column", "end_line", "end_column",
                                             "offset", "length", "text", "citations", "facts",
                                             "verdict", "support_score", "evidence"});
  CHECK(c1["id"] == "c1");
  CHECK(c1["line"] == 2);
  CHECK(c1["column"] == 5);
  CHECK(c1["text"] == "Ridership rose 31% [1].");
  CHECK(c1["citations"] == Json::array({"1"}));
  REQUIRE(c1["facts"].size() == 1);
  CHECK(keys(c1["facts"][0]) == std::vector<std::string>{"kind", "text", "value", "unit", "found"});
  CHECK(c1["facts"][0]["kind"] == "percent");
  CHECK(c1["facts"][0]["text"] == "31%");
  CHECK(c1["facts"][0]["value"] == 31.0);
  CHECK(c1["facts"][0]["found"] == true);
  CHECK(c1["verdict"] == "supported");
  CHECK(c1["support_score"] == 0.87);
  REQUIRE(c1["evidence"].size() == 1);
  CHECK(keys(c1["evidence"][0]) == std::vector<std::string>{"reference", "text", "score"});
  CHECK(c1["evidence"][0]["reference"] == "1");
  CHECK(c1["evidence"][0]["text"] == "Ridership rose 31% in 2025.");
  CHECK(c1["evidence"][0]["score"] == 0.87);

  const Json& c2 = doc["claims"][1];
  CHECK(c2["verdict"] == "unsupported");
  CHECK(c2["evidence"] == Json::array());
  CHECK(c2["explanation"] == "the source does not mention costs");
  CHECK(keys(c2["facts"][0]) == std::vector<std::string>{"kind", "text", "found"});
  CHECK(c2["facts"][0]["kind"] == "entity");
  CHECK(c2["facts"][0]["found"] == false);
}

TEST_CASE("render_json writes findings with their rule, severity and links") {
  const Json doc = Json::parse(render_json(testing::sample_report()))["documents"].at(0);
  REQUIRE(doc["findings"].size() == 2);
  const Json& f1 = doc["findings"][0];
  CHECK(keys(f1) == std::vector<std::string>{"rule", "severity", "line", "column", "end_line",
                                             "end_column", "offset", "length", "message", "claim",
                                             "reference"});
  CHECK(f1["rule"] == "unsupported-claim");
  CHECK(f1["severity"] == "error");
  CHECK(f1["line"] == 3);
  CHECK(f1["column"] == 1);
  CHECK(f1["message"] == "claim not backed by its source");
  CHECK(f1["claim"] == "c2");
  CHECK(f1["reference"] == "1");
  const Json& f2 = doc["findings"][1];
  CHECK(keys(f2) == std::vector<std::string>{"rule", "severity", "line", "column", "end_line",
                                             "end_column", "offset", "length", "message",
                                             "reference"});
  CHECK(f2["severity"] == "warning");
}

TEST_CASE("render_json counts every verdict and severity, zeros included") {
  const Json summary = Json::parse(render_json(testing::sample_report()))["summary"];
  CHECK(keys(summary) == std::vector<std::string>{"documents", "claims", "verdicts", "findings"});
  CHECK(summary["documents"] == 1);
  CHECK(summary["claims"] == 2);
  CHECK(keys(summary["verdicts"]) == std::vector<std::string>{"supported", "partial", "unsupported",
                                                              "contradicted", "unverifiable"});
  CHECK(summary["verdicts"] == Json({{"supported", 1},
                                     {"partial", 0},
                                     {"unsupported", 1},
                                     {"contradicted", 0},
                                     {"unverifiable", 0}}));
  CHECK(summary["findings"] == Json({{"error", 1}, {"warning", 1}, {"info", 0}}));
}

TEST_CASE("summarize adds up across documents") {
  core::Report report = testing::sample_report();
  report.documents.push_back(report.documents[0]);
  report.documents[1].claims[0].verdict = core::Verdict::kContradicted;
  report.documents[1].findings[1].severity = core::Severity::kInfo;
  const Summary s = summarize(report);
  CHECK(s.documents == 2);
  CHECK(s.claims == 4);
  CHECK(s.verdicts == std::vector<std::pair<std::string, int>>{{"supported", 1},
                                                               {"partial", 0},
                                                               {"unsupported", 2},
                                                               {"contradicted", 1},
                                                               {"unverifiable", 0}});
  CHECK(s.errors == 2);
  CHECK(s.warnings == 1);
  CHECK(s.infos == 1);
}

TEST_CASE("render_json of an empty report is valid and all zeros") {
  const Json j = Json::parse(render_json({}));
  CHECK(j["documents"] == Json::array());
  CHECK(j["summary"]["documents"] == 0);
  CHECK(j["summary"]["claims"] == 0);
  CHECK(j["summary"]["verdicts"]["supported"] == 0);
  CHECK(j["summary"]["verdicts"]["unverifiable"] == 0);
  CHECK(j["summary"]["findings"] == Json({{"error", 0}, {"warning", 0}, {"info", 0}}));
}

TEST_CASE("render_json writes notices and an html document's format") {
  core::Report report;
  core::DocumentReport d;
  d.path = "page.html";
  d.format = core::Format::kHtml;
  d.notices = {"HTML articles are not supported yet"};
  report.documents.push_back(d);
  const Json doc = Json::parse(render_json(report))["documents"].at(0);
  CHECK(doc["format"] == "html");
  CHECK(doc["notices"] == Json::array({"HTML articles are not supported yet"}));
}

TEST_CASE("render_json replaces invalid UTF-8 instead of throwing") {
  core::Report report = testing::sample_report();
  report.documents[0].references[0].source.title = "Bad \xFF title";
  report.documents[0].claims[0].evidence[0].text = "cut \xE2\x80";
  std::string out;
  CHECK_NOTHROW(out = render_json(report));
  const Json j = Json::parse(out);
  CHECK(j["documents"][0]["references"][0]["source"]["title"] == "Bad \xEF\xBF\xBD title");
  CHECK(j["documents"][0]["claims"][0]["evidence"][0]["text"] == "cut \xEF\xBF\xBD");
}

TEST_CASE("render_json is deterministic and keeps non-ASCII text as UTF-8") {
  core::Report report = testing::sample_report();
  report.documents[0].claims[0].text = "Caf\xC3\xA9 prices \xE2\x80\x9Crose\xE2\x80\x9D [1].";
  const std::string out = render_json(report);
  CHECK(out == render_json(report));
  CHECK(out.find("Caf\xC3\xA9 prices \xE2\x80\x9Crose\xE2\x80\x9D [1].") != std::string::npos);
  CHECK(out.find("\"schema_version\": 1,\n") != std::string::npos);  // two-space indented
}

}  // namespace citecheck::report
