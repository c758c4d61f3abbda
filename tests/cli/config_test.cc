// .citecheck.toml through the real binary: which file a run finds, what wins over what, what a
// bad file does to the exit status, and what `citecheck config` shows. Every run here gets its own
// XDG_CONFIG_HOME and no CITECHECK_CONFIG, so the developer's own settings never leak in.
#include <doctest/doctest.h>

#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

// One error (citation [4] has no entry) and one warning (reference [3] is never cited).
constexpr const char* kArticle =
    "Budget notes\n"
    "Spending on parks rose 12% in 2025 [1]. Playgrounds were repaired [4].\n"
    "References\n"
    "[1] https://council.example/parks\n"
    "[3] https://council.example/unused\n";

struct Repo {
  ScratchDir dir;
  Repo() { dir.write("repo/docs/article.txt", kArticle); }

  ProcessResult run(std::vector<std::string> args, const std::string& cwd = "repo/docs",
                    const std::string& env_config = "") const {
    args.insert(args.begin(), citecheck_binary());
    ProcessOptions options;
    options.cwd = dir.path(cwd);
    options.env = {
        {"NO_COLOR", "1"}, {"XDG_CONFIG_HOME", dir.path("xdg")}, {"CITECHECK_CONFIG", env_config}};
    return run_process(args, options);
  }
};

}  // namespace

TEST_CASE("config: the repository's .citecheck.toml is found from a subdirectory") {
  Repo r;
  CHECK(r.run({"article.txt", "--offline"}).exit_code == 1);
  r.dir.write("repo/.citecheck.toml", "fail-on = \"never\"\n[rules]\nunused-reference = \"off\"\n");
  const auto found = r.run({"article.txt", "--offline"});
  CHECK(found.exit_code == 0);
  CHECK(found.out.find("unused-reference") == std::string::npos);
  CHECK(found.out.find("[missing-reference]") != std::string::npos);
  // --no-config reads none, so the defaults apply again.
  const auto none = r.run({"article.txt", "--offline", "--no-config"});
  CHECK(none.exit_code == 1);
  CHECK(none.out.find("[unused-reference]") != std::string::npos);
}

TEST_CASE("config: --config beats CITECHECK_CONFIG beats the directory beats XDG_CONFIG_HOME") {
  Repo r;
  r.dir.write("xdg/citecheck/config.toml", "fail-on = \"info\"\n");
  r.dir.write("repo/.citecheck.toml", "fail-on = \"warning\"\n");
  r.dir.write("env.toml", "fail-on = \"never\"\n");
  r.dir.write("flag.toml", "fail-on = \"error\"\n");
  const auto flag =
      r.run({"config", "--config", r.dir.path("flag.toml")}, "repo/docs", r.dir.path("env.toml"));
  CHECK(flag.exit_code == 0);
  CHECK(flag.out.find("# config file: " + r.dir.path("flag.toml") + "\n") == 0);
  CHECK(flag.out.find("fail-on = \"error\"  # " + r.dir.path("flag.toml") + ":1:11\n") !=
        std::string::npos);
  const auto env = r.run({"config"}, "repo/docs", r.dir.path("env.toml"));
  CHECK(env.out.find("fail-on = \"never\"  # " + r.dir.path("env.toml") + ":1:11") !=
        std::string::npos);
  const auto walked = r.run({"config"});
  CHECK(walked.out.find("fail-on = \"warning\"  # " + r.dir.path("repo/.citecheck.toml")) !=
        std::string::npos);
  const auto user = r.run({"config"}, ".");
  CHECK(user.out.find("fail-on = \"info\"  # " + r.dir.path("xdg/citecheck/config.toml")) !=
        std::string::npos);
  // The same order decides a check's exit status: the env file says never, the flag says error.
  CHECK(r.run({"article.txt", "--offline"}, "repo/docs", r.dir.path("env.toml")).exit_code == 0);
  CHECK(r.run({"article.txt", "--offline", "--config", r.dir.path("flag.toml")}, "repo/docs",
              r.dir.path("env.toml"))
            .exit_code == 1);
}

TEST_CASE("config: --fail-on on the command line wins over the file, and says so") {
  Repo r;
  r.dir.write("repo/.citecheck.toml", "fail-on = \"never\"\n");
  CHECK(r.run({"article.txt", "--offline"}).exit_code == 0);
  CHECK(r.run({"article.txt", "--offline", "--fail-on", "error"}).exit_code == 1);
  const auto shown = r.run({"config", "--fail-on", "warning"});
  CHECK(shown.out.find("fail-on = \"warning\"  # command line\n") != std::string::npos);
}

TEST_CASE("config: a bad file exits 2 with one line naming file, line and column") {
  Repo r;
  const std::string file = r.dir.write("repo/.citecheck.toml", "fail-on = \"error\"\ncolour = 1\n");
  for (const auto& args :
       {std::vector<std::string>{"article.txt"}, std::vector<std::string>{"config"}}) {
    const auto bad = r.run(args);
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err == "citecheck: error: " + file + ":2:1: unknown setting 'colour'\n");
  }
  const auto missing = r.run({"article.txt", "--config", "nowhere.toml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "citecheck: error: config file 'nowhere.toml' (from --config) does not exist\n");
}

TEST_CASE("config: an error quoting a key with a line break or escape is still one line") {
  Repo r;
  const std::string file =
      r.dir.write("repo/.citecheck.toml", "\"colour\\nfail-on\\u001b[31m\" = 1\n");
  const auto bad = r.run({"article.txt", "--offline"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err ==
        "citecheck: error: " + file + ":1:1: unknown setting 'colour\\nfail-on\\x1B[31m'\n");
}

TEST_CASE("config: a [hosts] name that is not a host name or '*.' and a domain exits 2") {
  Repo r;
  const std::string file =
      r.dir.write("repo/.citecheck.toml", "[hosts.\"*example.com\"]\ninterval = 1\n");
  const auto bad = r.run({"article.txt", "--offline"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err == "citecheck: error: " + file +
                       ":1:8: '*example.com' is not a host name or '*.' and a domain\n");
  r.dir.write("repo/.citecheck.toml", "[hosts.\"*.example.com\"]\ninterval = 1\n");
  CHECK(r.run({"article.txt", "--offline"}).exit_code == 1);
}

TEST_CASE("config: timeout and interval allow what --timeout and --host-interval allow") {
  Repo r;
  const std::string file = r.dir.write("repo/.citecheck.toml", "timeout = 7200\n");
  const auto timeout = r.run({"article.txt", "--offline"});
  CHECK(timeout.exit_code == 2);
  CHECK(timeout.err ==
        "citecheck: error: " + file + ":1:11: expected a number of seconds from 0.01 to 3600\n");
  CHECK(r.run({"article.txt", "--offline", "--no-config", "--timeout", "7200"}).exit_code == 2);
  r.dir.write("repo/.citecheck.toml", "[hosts.\"a.example\"]\ninterval = 120\n");
  const auto interval = r.run({"article.txt", "--offline"});
  CHECK(interval.exit_code == 2);
  CHECK(interval.err ==
        "citecheck: error: " + file + ":2:12: expected a number of seconds from 0 to 60\n");
  CHECK(r.run({"article.txt", "--offline", "--no-config", "--host-interval", "120"}).exit_code ==
        2);
  r.dir.write("repo/.citecheck.toml", "timeout = 3600\n[hosts.\"a.example\"]\ninterval = 60\n");
  CHECK(r.run({"article.txt", "--offline"}).exit_code == 1);
}

TEST_CASE("config: a bad exclude-urls pattern is explained in words, not ICU's code") {
  Repo r;
  const std::string file = r.dir.write(
      "repo/.citecheck.toml", "fail-on = \"error\"\ntimeout = 20\nexclude-urls = ['(a|b']\n");
  const auto bad = r.run({"article.txt", "--offline"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "citecheck: error: " + file +
                       ":3:17: exclude-urls: '(a|b' is not a valid pattern: unbalanced "
                       "parenthesis at character 4\n");
}

TEST_CASE(
    "config: exclude globs leave files under a directory out - exclude-urls are not fetched") {
  Repo r;
  r.dir.write("repo/docs/drafts/wip.txt", "Draft\nNumbers rose 5% [7].\n");
  r.dir.write(
      "repo/.citecheck.toml",
      "exclude = [\"docs/drafts\"]\nexclude-urls = ['^https://council\\.example/unused']\n");
  const auto out = r.run({".", "--offline", "--format", "json"}, "repo");
  CHECK(out.out.find("wip.txt") == std::string::npos);
  CHECK(out.out.find("\"path\": \"./docs/article.txt\"") != std::string::npos);
  CHECK(out.out.find("\"reason\": \"excluded\"") != std::string::npos);
  // A file named on the command line is checked whatever the globs say.
  const auto named = r.run({"docs/drafts/wip.txt", "--offline"}, "repo");
  CHECK(named.out.find("wip.txt:2:17: error: citation [7]") != std::string::npos);
}

TEST_CASE(
    "config: a 100,000-character URL against exclude-urls '(a|b)*c' is checked, not a crash") {
  Repo r;
  std::string url = "https://council.example/";
  while (url.size() < 100'000) url += url.size() % 2 == 0 ? 'a' : 'b';
  r.dir.write("repo/docs/long.txt",
              "Notes\nThe hall seats 300 people [1].\nReferences\n[1] " + url + "\n");
  r.dir.write("repo/.citecheck.toml", "exclude-urls = ['(a|b)*c', '^https://intranet\\.']\n");
  const auto out = r.run({"long.txt", "--offline", "--format", "json"});
  CHECK(out.exit_code == 0);
  CHECK(out.out.find("\"reason\": \"offline\"") != std::string::npos);  // not excluded
  // A pattern over 512 bytes stops the run before anything is read.
  r.dir.write("repo/.citecheck.toml", "exclude-urls = ['" + std::string(600, 'x') + "']\n");
  const auto refused = r.run({"long.txt", "--offline"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find(r.dir.path("repo/.citecheck.toml") +
                         ":1:17: exclude-urls pattern is 600 bytes long; the limit is 512 bytes") !=
        std::string::npos);
}

TEST_CASE("config: without any file, citecheck config shows the defaults of every rule") {
  Repo r;
  const auto out = r.run({"config"}, ".");
  CHECK(out.exit_code == 0);
  CHECK(out.out.rfind("# config file: none found (defaults)\n", 0) == 0);
  CHECK(out.out.find("fail-on = \"error\"  # default\n") != std::string::npos);
  CHECK(out.out.find("unused-reference = \"warning\"  # default\n") != std::string::npos);
  CHECK(out.out.find("misquote = \"error\"  # default\n") != std::string::npos);
}

}  // namespace citecheck::testing
