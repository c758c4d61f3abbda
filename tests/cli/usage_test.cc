// Option values as a user types them and --help shows them: a value the command does not know is
// one stderr line that says what it does know, exit 2, before anything is read or fetched.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

std::string demo_dir() { return source_dir() + "/fixtures/demo"; }

constexpr const char* kFormats = "text, json, jsonl, sarif, github, rdjsonl, junit, markdown, html";

}  // namespace

TEST_CASE("--format, --color, --fail-on and --input-format take their names, not numbers") {
  const std::string article = demo_dir() + "/article.txt";
  struct Bad {
    std::vector<std::string> args;
    std::string error;
  };
  const std::vector<Bad> bad = {
      {{"--format", "3", article}, std::string("--format: '3' is not one of ") + kFormats},
      {{"--format", "xml", article}, std::string("--format: 'xml' is not one of ") + kFormats},
      {{"--color", "1", article}, "--color: '1' is not one of auto, always, never"},
      {{"--fail-on", "0", article}, "--fail-on: '0' is not one of error, warning, info, never"},
      {{"--input-format", "2", article},
       "--input-format: '2' is not one of auto, text, markdown, html"},
      {{"config", "--fail-on", "3"}, "--fail-on: '3' is not one of error, warning, info, never"},
  };
  for (const Bad& b : bad) {
    CAPTURE(b.args[1]);
    const auto r = run_citecheck(b.args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "citecheck: error: " + b.error + " (see --help)\n");
  }
}

TEST_CASE("option names are taken in any case, --input-format's too") {
  ProcessOptions in;
  in.cwd = demo_dir();
  const auto r =
      run_citecheck({"article.txt", "--sources", "sources", "--offline", "--no-cache", "--format",
                     "GitHub", "--fail-on", "NEVER", "--input-format", "TEXT", "--color", "Never"},
                    in);
  CHECK(r.err.empty());
  CHECK(r.exit_code == 0);
  CHECK(r.out == read_file(demo_dir() + "/expected.github.txt"));
}

TEST_CASE("--help shows an enumerated option's values by name, not CLI11's mapping to numbers") {
  for (const char* command : {"check", "extract", "snapshot", "cache", "config"}) {
    CAPTURE(command);
    const auto help = run_citecheck({command, "--help"});
    REQUIRE(help.exit_code == 0);
    CHECK(help.out.find("->") == std::string::npos);
    CHECK(help.out.find("value in") == std::string::npos);
  }
  const auto help = run_citecheck({"--help"});
  CHECK(help.out.find(":{") == std::string::npos);
  CHECK(help.out.find("  --format text|json|jsonl|sarif|github|rdjsonl|junit|markdown|html\n") !=
        std::string::npos);
  CHECK(help.out.find("  --color auto|always|never ") != std::string::npos);
  CHECK(help.out.find("  --fail-on error|warning|info|never\n") != std::string::npos);
  CHECK(help.out.find("  --input-format auto|text|markdown|html\n") != std::string::npos);
}

TEST_CASE("--help names --connect-to's argument once") {
  for (const char* command : {"check", "extract", "snapshot"}) {
    CAPTURE(command);
    const auto help = run_citecheck({command, "--help"});
    REQUIRE(help.exit_code == 0);
    CHECK(help.out.find("  --connect-to HOST:PORT:HOST2:PORT2 ...\n") != std::string::npos);
    CHECK(help.out.find("HOST:PORT:HOST2:PORT2:") == std::string::npos);
  }
}

TEST_CASE("a --header that is not 'Name: value' is a usage error naming it") {
  ScratchDir dir;
  const std::string article = dir.write("a.txt", "Sales rose 12% [1].\n[1] https://a.example/x\n");
  for (const std::string& header : {std::string("NoColon"), std::string(": v"), std::string(" : v"),
                                    std::string("No Colon; v")}) {
    CAPTURE(header);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{article, "--offline", "--header", header},
          std::vector<std::string>{"extract", "https://a.example/x", "--offline", "--header",
                                   header}}) {
      const auto r = run_citecheck(args);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      CHECK(r.err == "citecheck: error: --header: '" + header +
                         "' is not a header: expected 'Name: value' (see --help)\n");
    }
  }
  // A header with an empty value is curl's way to leave one of its own out.
  for (const char* header : {"X-Team: docs", "Accept:", "X-Team:docs"}) {
    CAPTURE(header);
    CHECK(run_citecheck({article, "--offline", "--header", header}).exit_code == 0);
  }
}

TEST_CASE("snapshot and cache do not take --fail-on, which means nothing to them") {
  ScratchDir dir;
  dir.write("a.txt", "Sales rose 12% [1].\n[1] https://a.example/x\n");
  ProcessOptions in;
  in.cwd = dir.path();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"snapshot", "a.txt", "--out", "snap", "--offline", "--fail-on",
                                 "warning"},
        std::vector<std::string>{"cache", "stats", "--cache-dir", "cache", "--fail-on", "never"}}) {
    CAPTURE(args[0]);
    const auto r = run_citecheck(args, in);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--fail-on") != std::string::npos);
    const auto help = run_citecheck({args[0], "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--fail-on") == std::string::npos);
    CHECK(help.out.find("--config") != std::string::npos);
  }
  for (const char* command : {"check", "config"}) {
    CAPTURE(command);
    CHECK(run_citecheck({command, "--help"}).out.find("--fail-on") != std::string::npos);
  }
}

TEST_CASE("seconds are a finite number in the option's range: nan and inf are refused too") {
  const std::string article = demo_dir() + "/article.txt";
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"--timeout", "nan"}, "--timeout: 'nan' is not a number of seconds from 0.01 to 3600"},
      {{"--timeout", "inf"}, "--timeout: 'inf' is not a number of seconds from 0.01 to 3600"},
      {{"--timeout", "0.001"}, "--timeout: '0.001' is not a number of seconds from 0.01 to 3600"},
      {{"--host-interval", "nan"},
       "--host-interval: 'nan' is not a number of seconds from 0 to 60"},
      {{"--deadline", "-1"}, "--deadline: '-1' is not a number of seconds from 0 to 1000000"}};
  for (const auto& [flags, error] : bad) {
    const auto& the_error = error;  // doctest captures variables, not bindings
    CAPTURE(the_error);
    std::vector<std::string> args = flags;
    args.push_back(article);
    const auto r = run_citecheck(args);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "citecheck: error: " + error + " (see --help)\n");
    CHECK(r.out.empty());
  }
}

TEST_CASE("arguments a command does not take are listed in the order they were typed") {
  ScratchDir dir;
  const std::string article = demo_dir() + "/article.txt";
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"cache", "stats", "--cache-dir", dir.path("cache"), "--fail-on", "never"},
       "unexpected arguments: --fail-on never"},
      {{"cache", "stats", "--cache-dir", dir.path("cache"), "extra"}, "unexpected argument: extra"},
      {{article, "--offline", "--bogus", "--other"}, "unexpected arguments: --bogus --other"}};
  for (const auto& [args, error] : bad) {
    const auto& the_error = error;  // doctest captures variables, not bindings
    CAPTURE(the_error);
    const auto r = run_citecheck(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "citecheck: error: " + error + " (see --help)\n");
  }
}

TEST_CASE("cache takes its action in any case and --help and errors name the actions") {
  ScratchDir dir;
  const auto upper = run_citecheck({"cache", "STATS", "--cache-dir", dir.path("cache")});
  CHECK(upper.err.empty());
  CHECK(upper.exit_code == 0);
  CHECK(upper.out.find("entries: 0\n") != std::string::npos);

  const auto bad = run_citecheck({"cache", "purge", "--cache-dir", dir.path("cache")});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err ==
        "citecheck: error: ACTION: 'purge' is not one of stats, clear, prune (see --help)\n");

  const auto help = run_citecheck({"cache", "--help"});
  REQUIRE(help.exit_code == 0);
  CHECK(help.out.find(":{") == std::string::npos);
  CHECK(help.out.find("  ACTION stats|clear|prune ") != std::string::npos);
}

TEST_CASE("--help shows a number option's range in words, and a value outside it is refused") {
  for (const char* command : {"check", "extract", "snapshot"}) {
    CAPTURE(command);
    const auto help = run_citecheck({command, "--help"});
    REQUIRE(help.exit_code == 0);
    CHECK(help.out.find(":INT") == std::string::npos);
    CHECK(help.out.find(" in [") == std::string::npos);
    CHECK(help.out.find("  --concurrency N ") != std::string::npos);
    CHECK(help.out.find("Requests in flight at once (1 to 1000; default: 100)\n") !=
          std::string::npos);
    CHECK(help.out.find("Requests in flight to one host (1 to 100; default: 4)\n") !=
          std::string::npos);
    CHECK(help.out.find("timeouts and resets (0 to 10; default: 2)\n") != std::string::npos);
  }
  const std::string article = demo_dir() + "/article.txt";
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"--concurrency", "0"}, "--concurrency: '0' is not a whole number from 1 to 1000"},
      {{"--concurrency", "1001"}, "--concurrency: '1001' is not a whole number from 1 to 1000"},
      {{"--per-host", "101"}, "--per-host: '101' is not a whole number from 1 to 100"},
      {{"--retries", "-1"}, "--retries: '-1' is not a whole number from 0 to 10"},
      {{"--retries", "2.5"}, "--retries: '2.5' is not a whole number from 0 to 10"},
      {{"--retries", "many"}, "--retries: 'many' is not a whole number from 0 to 10"}};
  for (const auto& [flags, error] : bad) {
    const auto& the_error = error;  // doctest captures variables, not bindings
    CAPTURE(the_error);
    std::vector<std::string> args = flags;
    args.push_back(article);
    const auto r = run_citecheck(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "citecheck: error: " + error + " (see --help)\n");
  }
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("a mistyped flag, command, setting or rule gets the nearest name") {
  ScratchDir dir;
  dir.write("draft.md", "# Parks\n\nPark visits rose 8% last summer.\n");
  ProcessOptions options;
  options.cwd = dir.path();
  auto r = run_citecheck({"draft.md", "--fromat", "json"}, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("did you mean '--format'?") != std::string::npos);
  // A required flag mistyped is named as the typo it is, not only as missing.
  r = run_citecheck({"snapshot", "draft.md", "--ot", "saved"}, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--out is required, and '--ot' is not an option; did you mean '--out'?") !=
        std::string::npos);
  r = run_citecheck({"chek", "draft.md"}, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("'chek' is neither a file nor a command; did you mean 'check'?") !=
        std::string::npos);
  dir.write(".citecheck.toml", "[rules]\nuncited-claims = \"error\"\n");
  r = run_citecheck({"draft.md"}, options);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown rule 'uncited-claims'; did you mean 'uncited-claim'?") !=
        std::string::npos);
  dir.write(".citecheck.toml", "fail_on = \"warning\"\n");
  r = run_citecheck({"draft.md"}, options);
  CHECK(r.err.find("did you mean 'fail-on'?") != std::string::npos);
  r = run_citecheck({"--help"});
  CHECK(r.out.find("130 interrupted") != std::string::npos);
  CHECK(r.out.find("extract, snapshot, merge, cache, config") != std::string::npos);
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("citecheck-disable-line covers its own line - a directive's unknown rule gets a notice") {
  ScratchDir dir;
  dir.write("a.md",
            "# Parks\n\n"
            "Park visits rose 8% last summer. <!-- citecheck-disable-line uncited-claim -->\n\n"
            "Bus trips fell 3% last year. <!-- citecheck-disable-line uncited-claims -->\n");
  ProcessOptions options;
  options.cwd = dir.path();
  const auto r = run_citecheck({"a.md", "--offline", "--format", "json"}, options);
  const nlohmann::json doc = nlohmann::json::parse(r.out)["documents"][0];
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["line"] == 5);
  REQUIRE(doc["notices"].size() == 1);
  CHECK(doc["notices"][0] ==
        "a citecheck directive for line 5 names 'uncited-claims', which is no rule and suppresses "
        "nothing; did you mean 'uncited-claim'?");
}

}  // namespace citecheck::testing
