// Which config file a run reads: --config, then CITECHECK_CONFIG, then the working directory and
// its parents, then the user's XDG config; and what the settings then change.
#include <doctest/doctest.h>

#include "config/apply.h"
#include "config/describe.h"
#include "config/discover.h"
#include "config/url_filter.h"
#include "scratch_dir.h"

namespace citecheck::config {
namespace {

// A tree with a config at every level of the lookup.
struct Tree {
  testing::ScratchDir dir;
  Lookup lookup;
  Tree() {
    dir.write("repo/.citecheck.toml", "fail-on = \"warning\"\n");
    dir.write("repo/docs/guide/.keep", "");
    dir.write("xdg/citecheck/config.toml", "fail-on = \"info\"\n");
    dir.write("explicit.toml", "fail-on = \"never\"\n");
    dir.write("env.toml", "fail-on = \"error\"\n");
    lookup.cwd = dir.path("repo/docs/guide");
    lookup.xdg_config_home = dir.path("xdg");
    lookup.home = dir.path("home");
  }
  std::string found() const {
    auto f = find_config_file(lookup);
    REQUIRE_MESSAGE(f, (f ? "" : f.error()));
    return f->value_or("(none)");
  }
};

}  // namespace

TEST_CASE("config precedence: --config, CITECHECK_CONFIG, walking up, then XDG") {
  Tree t;
  t.lookup.explicit_path = t.dir.path("explicit.toml");
  t.lookup.env_path = t.dir.path("env.toml");
  CHECK(t.found() == t.dir.path("explicit.toml"));
  t.lookup.explicit_path.clear();
  CHECK(t.found() == t.dir.path("env.toml"));
  t.lookup.env_path.clear();
  CHECK(t.found() == t.dir.path("repo/.citecheck.toml"));
  t.lookup.cwd = t.dir.path("xdg");  // no .citecheck.toml on the way up from here
  CHECK(t.found() == t.dir.path("xdg/citecheck/config.toml"));
  t.lookup.xdg_config_home.clear();  // then $HOME/.config
  CHECK(t.found() == "(none)");
  t.dir.write("home/.config/citecheck/config.toml", "");
  CHECK(t.found() == t.dir.path("home/.config/citecheck/config.toml"));
  t.lookup.none = true;
  CHECK(t.found() == "(none)");
}

TEST_CASE("a named config file that does not exist is an error, not a silent default") {
  Tree t;
  t.lookup.explicit_path = t.dir.path("missing.toml");
  auto f = find_config_file(t.lookup);
  REQUIRE_FALSE(f);
  CHECK(f.error() ==
        "config file '" + t.dir.path("missing.toml") + "' (from --config) does not exist");
  t.lookup.explicit_path.clear();
  t.lookup.env_path = "nope.toml";
  f = find_config_file(t.lookup);
  REQUIRE_FALSE(f);
  CHECK(f.error().find("(from CITECHECK_CONFIG)") != std::string::npos);
}

TEST_CASE("load_settings reads the file found - defaults without one") {
  Tree t;
  auto s = load_settings(t.lookup, {});
  REQUIRE(s);
  CHECK(s->fail_on == core::FailOn::kWarning);
  t.lookup.none = true;
  s = load_settings(t.lookup, {});
  REQUIRE(s);
  CHECK(s->fail_on == core::FailOn::kError);
  CHECK(s->config_file.empty());
}

TEST_CASE("rule settings change severities and drop rules that are off") {
  core::Settings s;
  s.rules["unused-reference"] = std::nullopt;
  s.rules["uncited-claim"] = core::Severity::kError;
  std::vector<core::Finding> findings(3);
  findings[0].rule = "unused-reference";
  findings[1].rule = "uncited-claim";
  findings[1].severity = core::Severity::kWarning;
  findings[2].rule = "misquote";
  findings[2].severity = core::Severity::kError;
  apply_rule_settings(s, findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "uncited-claim");
  CHECK(findings[0].severity == core::Severity::kError);
  CHECK(findings[1].severity == core::Severity::kError);
}

TEST_CASE("exclude-urls match anywhere in the URL - the first matching pattern is named") {
  const UrlFilter filter({"^https://intranet\\.", "/private/"});
  CHECK(filter.excluded_by("https://intranet.example/a") == "^https://intranet\\.");
  CHECK(filter.excluded_by("https://www.example.com/private/x") == "/private/");
  CHECK(filter.excluded_by("https://www.example.com/public/x").empty());
}

TEST_CASE("include and exclude globs are relative to the config file's directory") {
  testing::ScratchDir dir;
  core::Settings s;
  s.base_dir = dir.path();
  CHECK(selected(s, dir.path("anything.txt")));
  s.include = {"docs/**/*.md"};
  s.exclude = {"drafts"};
  CHECK(selected(s, dir.path("docs/a.md")));
  CHECK(selected(s, dir.path("docs/x/y.md")));
  CHECK_FALSE(selected(s, dir.path("docs/a.txt")));
  CHECK_FALSE(selected(s, dir.path("docs/drafts/a.md")));
}

TEST_CASE("describe_settings prints valid TOML with each value's origin") {
  core::Settings s;
  s.config_file = "/repo/.citecheck.toml";
  s.fail_on = core::FailOn::kWarning;
  s.origins["fail-on"] = "/repo/.citecheck.toml:1:11";
  s.rules["uncited-claim"] = std::nullopt;
  s.origins["rules.uncited-claim"] = "/repo/.citecheck.toml:4:17";
  s.exclude_urls = {"^https://a\\.example/\"x\""};
  core::HostSettings h;
  h.host = "a.example";
  h.concurrency = 2;
  h.headers = {{"Authorization", "Bearer s3cret"}, {"Accept-Language", "en"}};
  s.hosts.push_back(h);
  const std::string out = describe_settings(
      s, {{"misquote", core::Severity::kError}, {"uncited-claim", core::Severity::kWarning}});
  CHECK(out.rfind("# config file: /repo/.citecheck.toml\n", 0) == 0);
  CHECK(out.find("fail-on = \"warning\"  # /repo/.citecheck.toml:1:11\n") != std::string::npos);
  CHECK(out.find("include = []  # default\n") != std::string::npos);
  CHECK(out.find("exclude-urls = [\"^https://a\\\\.example/\\\"x\\\"\"]  # default\n") !=
        std::string::npos);
  CHECK(out.find("# timeout is not set") != std::string::npos);
  CHECK(out.find("[rules]\nmisquote = \"error\"  # default\nuncited-claim = \"off\"  # "
                 "/repo/.citecheck.toml:4:17\n") != std::string::npos);
  CHECK(out.find("[hosts.\"a.example\"]\nconcurrency = 2  # default\n") != std::string::npos);
  // Credentials are not printed into CI logs.
  CHECK(out.find("s3cret") == std::string::npos);
  CHECK(out.find("\"Accept-Language\" = \"en\"") != std::string::npos);
}

}  // namespace citecheck::config
