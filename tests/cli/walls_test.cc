// The real binary on sources that are walls, or only look like them: a cited page that is nothing
// but a sign-in form leaves its claim unverifiable (never unsupported), and a report numbered 404
// is read as the article it is (never a broken soft 404).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

constexpr const char* kLoginPage =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Log in | Transit Data Portal</title>"
    "<script>window.analytics = [];</script></head><body>"
    "<header><a href=\"/\">Transit Data Portal</a><nav><a href=\"/help\">Help</a></nav></header>"
    "<main><h1>Log in</h1><form method=\"post\" action=\"/session\">"
    "<label>Email</label><input type=\"email\" name=\"email\">"
    "<label>Password</label><input type=\"password\" name=\"password\">"
    "<button type=\"submit\">Log in</button></form>"
    "<p><a href=\"/password/reset\">Forgotten password?</a></p></main>"
    "<footer>&copy; 2025 Transit Data Portal</footer></body></html>";

constexpr const char* kReport404 =
    "<!DOCTYPE html><html><head><title>Report 404 | Northbridge Transit Authority</title></head>"
    "<body><nav><a href=\"/\">Home</a> <a href=\"/reports\">Reports</a></nav>"
    "<article><h1>Report 404</h1><p>The night bus review found that the electric fleet ran 97% "
    "of its scheduled trips in 2024, up from 91% the year before.</p>"
    "<p>The authority will extend the night network to four more routes in the spring.</p>"
    "</article></body></html>";

struct Checked {
  ProcessResult run;
  nlohmann::json doc;  // the report's one document
};

// `claim` citing [1] `url`, served offline from a sources directory as `page`; checked with
// --format json.
Checked check_cited(const std::string& claim, const std::string& url, const std::string& page) {
  ScratchDir dir;
  dir.write("article.md", "# Notes\n\n" + claim + " [1].\n\n## References\n\n[1] " + url + "\n");
  dir.write("sources/manifest.tsv", url + "\tpage.html\n");
  dir.write("sources/page.html", page);
  ProcessOptions options;
  options.cwd = dir.path();
  Checked checked;
  checked.run = run_process({citecheck_binary(), "article.md", "--sources", "sources", "--offline",
                             "--no-config", "--format", "json"},
                            options);
  INFO(checked.run.out, checked.run.err);
  checked.doc = nlohmann::json::parse(checked.run.out)["documents"][0];
  return checked;
}

}  // namespace

TEST_CASE("a claim citing a login page is unverifiable behind a login wall and not unsupported") {
  const Checked c = check_cited("The night buses carried 1.2 million riders in 2024",
                                "https://data.transit.example/ridership/2024", kLoginPage);
  const auto& source = c.doc["references"][0]["source"];
  CHECK(source["state"] == "unverifiable");
  CHECK(source["reason"] == "login-wall");
  REQUIRE(c.doc["claims"].size() == 1);
  CHECK(c.doc["claims"][0]["verdict"] == "unverifiable");
  CHECK(c.run.out.find("unsupported-claim") == std::string::npos);
  CHECK(c.run.exit_code == 0);  // a wall is a warning: it does not fail the run by default
}

TEST_CASE("a report numbered 404 is read and backs the claim that cites it") {
  const Checked c = check_cited("The electric fleet ran 97% of its scheduled trips in 2024",
                                "https://transit.example/reports/404", kReport404);
  const auto& source = c.doc["references"][0]["source"];
  CHECK(source["state"] == "ok");
  CHECK(source["title"] == "Report 404 | Northbridge Transit Authority");
  REQUIRE(c.doc["claims"].size() == 1);
  CHECK(c.doc["claims"][0]["verdict"] == "supported");
  CHECK(c.run.exit_code == 0);
}

}  // namespace citecheck::testing
