// Nothing unchecked passes unseen: a cited source the run never looked at is a finding of its own,
// which a CI job can raise until it fails the run.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {

TEST_CASE("a cited source never looked at is unchecked-source, info unless the config raises it") {
  ScratchDir dir;
  dir.write("draft.md",
            "# Parks\n\nPark visits rose 8% last summer [^1].\n\n"
            "[^1]: https://parks.example/summer-report\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const std::vector<std::string> args = {"draft.md", "--offline", "--no-cache", "--format", "json"};
  auto r = run_citecheck(args, options);
  CHECK(r.exit_code == 0);
  nlohmann::json findings = nlohmann::json::parse(r.out)["documents"][0]["findings"];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["rule"] == "unchecked-source");
  CHECK(findings[0]["severity"] == "info");
  CHECK(findings[0]["reference"] == "1");
  CHECK(findings[0]["message"].get<std::string>().find("was not checked (offline)") !=
        std::string::npos);

  // A job that must not pass without checking: the run fails.
  dir.write(".citecheck.toml", "fail-on = \"warning\"\n[rules]\nunchecked-source = \"error\"\n");
  r = run_citecheck(args, options);
  CHECK(r.exit_code == 1);
  // Sources excluded by the config are unchecked too.
  dir.write(
      ".citecheck.toml",
      "exclude-urls = ['^https://parks\\.example/']\n[rules]\nunchecked-source = \"error\"\n");
  r = run_citecheck(args, options);
  CHECK(r.exit_code == 1);
  findings = nlohmann::json::parse(r.out)["documents"][0]["findings"];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["message"].get<std::string>().find("(excluded)") != std::string::npos);
}

TEST_CASE("a source whose URL is not http(s) is never opened, so it is unchecked-source too") {
  ScratchDir dir;
  dir.write("draft.md",
            "# Parks\n\nPark visits rose 8% last summer [^1], and fees fell 2% [^2].\n\n"
            "[^1]: ftp://files.parks.example/summer-report.pdf\n"
            "[^2]: mailto:press@parks.example\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const std::vector<std::string> args = {"draft.md", "--no-cache", "--format", "json"};
  auto r = run_citecheck(args, options);
  CHECK(r.exit_code == 0);
  const nlohmann::json doc = nlohmann::json::parse(r.out)["documents"][0];
  const nlohmann::json& findings = doc["findings"];
  REQUIRE(findings.size() == 2);
  for (const nlohmann::json& f : findings) {
    CHECK(f["rule"] == "unchecked-source");
    CHECK(f["severity"] == "info");
    CHECK(f["message"].get<std::string>().find("was not checked (unsupported-scheme)") !=
          std::string::npos);
  }
  CHECK(doc["references"][0]["source"]["state"] == "not-checked");
  dir.write(".citecheck.toml", "fail-on = \"warning\"\n[rules]\nunchecked-source = \"error\"\n");
  r = run_citecheck(args, options);
  CHECK(r.exit_code == 1);
}

}  // namespace citecheck::testing
