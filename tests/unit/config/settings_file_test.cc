// .citecheck.toml as a repository writes it: every setting read, every mistake named by file,
// line and column.
#include <doctest/doctest.h>

#include <string>

#include <fmt/format.h>

#include "config/describe.h"
#include "config/settings_file.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::config {
namespace {

const std::vector<std::string> kRules = {"unused-reference", "uncited-claim", "misquote"};

Result<core::Settings> read(const testing::ScratchDir& dir, const std::string& toml) {
  return read_settings_file(dir.write(".citecheck.toml", toml), kRules);
}

}  // namespace

TEST_CASE("a full config file is read, with where each setting came from") {
  testing::ScratchDir dir;
  const auto s = read(dir,
                      "fail-on = \"warning\"\n"
                      "include = [\"docs/**/*.md\"]\n"
                      "exclude = [\"docs/drafts\"]\n"
                      "exclude-urls = ['^https://intranet\\.example/']\n"
                      "accept-status = [200, 429]\n"
                      "timeout = 20\n"
                      "user-agent = \"citecheck (docs team)\"\n"
                      "max-cache-age = \"7d\"\n"
                      "[rules]\n"
                      "unused-reference = \"off\"\n"
                      "uncited-claim = \"error\"\n"
                      "[hosts.\"www.example.com\"]\n"
                      "concurrency = 2\n"
                      "interval = 1.5\n"
                      "headers = { Accept-Language = \"en\" }\n");
  REQUIRE_MESSAGE(s, (s ? "" : s.error()));
  CHECK(s->fail_on == core::FailOn::kWarning);
  CHECK(s->include == std::vector<std::string>{"docs/**/*.md"});
  CHECK(s->exclude == std::vector<std::string>{"docs/drafts"});
  CHECK(s->exclude_urls == std::vector<std::string>{"^https://intranet\\.example/"});
  CHECK(s->accept_status == std::vector<int>{200, 429});
  CHECK(s->timeout == 20.0);
  CHECK(s->user_agent == "citecheck (docs team)");
  CHECK(s->max_cache_age == 7 * 86400);
  CHECK(s->rules.at("unused-reference") == std::nullopt);
  CHECK(s->rules.at("uncited-claim") == core::Severity::kError);
  REQUIRE(s->hosts.size() == 1);
  CHECK(s->hosts[0].host == "www.example.com");
  CHECK(s->hosts[0].concurrency == 2);
  CHECK(s->hosts[0].interval == 1.5);
  CHECK(s->hosts[0].headers ==
        std::vector<std::pair<std::string, std::string>>{{"Accept-Language", "en"}});
  const std::string file = dir.path(".citecheck.toml");
  CHECK(s->config_file == file);
  CHECK(s->base_dir == dir.path());
  CHECK(s->origins.at("fail-on") == file + ":1:11");
  CHECK(s->origins.at("rules.uncited-claim") == file + ":11:17");
  CHECK(s->origins.at("hosts.\"www.example.com\".interval") == file + ":14:12");
  CHECK(s->origins.count("include") == 1);
}

TEST_CASE(
    "citecheck config shows where each network setting came from, and what an unset one means") {
  testing::ScratchDir dir;
  const auto s = read(dir,
                      "accept-status = [403, 999]\n"
                      "timeout = 7.5\n"
                      "user-agent = \"DocsBot/1.0\"\n"
                      "[hosts.\"*.example.com\"]\n"
                      "concurrency = 1\n"
                      "interval = 0.25\n"
                      "headers = { X-Team = \"docs\" }\n");
  REQUIRE_MESSAGE(s, (s ? "" : s.error()));
  const std::string file = dir.path(".citecheck.toml");
  const std::string out = describe_settings(*s, {{"misquote", core::Severity::kError}});
  CHECK(out.find("accept-status = [403, 999]  # " + file + ":1:17\n") != std::string::npos);
  CHECK(out.find("timeout = 7.5  # " + file + ":2:11\n") != std::string::npos);
  CHECK(out.find("user-agent = \"DocsBot/1.0\"  # " + file + ":3:14\n") != std::string::npos);
  CHECK(out.find("[hosts.\"*.example.com\"]\nconcurrency = 1  # " + file +
                 ":5:15\ninterval = "
                 "0.25  # " +
                 file + ":6:12\nheaders = { \"X-Team\" = \"docs\" }  # " + file + ":7:11\n") !=
        std::string::npos);
  const std::string defaults = describe_settings(core::Settings{}, {});
  CHECK(defaults.find("accept-status = []  # default\n") != std::string::npos);
  CHECK(defaults.find("# timeout is not set: --timeout, else 20 seconds\n") != std::string::npos);
  CHECK(defaults.find("# user-agent is not set: --user-agent, else citecheck's own\n") !=
        std::string::npos);
}

TEST_CASE("config mistakes name the file, line and column") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  struct Case {
    const char* toml;
    std::string expected;
  };
  const Case cases[] = {
      {"fail-on = \"sometimes\"\n",
       file + ":1:11: fail-on is 'sometimes'; expected error, warning, info or never"},
      {"\n\nfail_on = \"error\"\n", file + ":3:1: unknown setting 'fail_on'"},
      {"[rules]\nno-such-rule = \"off\"\n", file + ":2:1: unknown rule 'no-such-rule'"},
      {"[rules]\nmisquote = \"loud\"\n",
       file + ":2:12: rule misquote is 'loud'; expected error, warning, info or off"},
      {"exclude-urls = [\"(unclosed\"]\n",
       file + ":1:17: exclude-urls: '(unclosed' is not a valid pattern: unbalanced parenthesis"},
      {"timeout = -3\n", file + ":1:11: expected a number of seconds from 0.01 to 3600"},
      {"accept-status = [200, 1000]\n",
       file + ":1:23: expected an HTTP status code from 100 to 999"},
      {"max-cache-age = \"soon\"\n", file + ":1:17: expected seconds or a duration"},
      {"[hosts.\"a.example\"]\nconcurrency = 0\n",
       file + ":2:15: expected a number of requests from 1 to 100"},
      {"[hosts.\"a.example\"]\nspeed = 1\n", file + ":2:1: unknown host setting 'speed'"},
      {"include = \"docs\"\n", file + ":1:11: expected an array of strings"},
      {"fail-on = \"error\n", file + ":1:"},  // a TOML syntax error: toml++'s own words follow
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    const auto s = read(dir, c.toml);
    REQUIRE_FALSE(s);
    CHECK(s.error().rfind(c.expected, 0) == 0);
  }
}

TEST_CASE("a [hosts] table is named by a host name or '*.' and a domain, and nothing else") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  for (const char* name : {"www.example.com", "Data.Example.ORG", "*.example.com", "*.Example.com",
                           "localhost", "127.0.0.1", "a-b.example", "xn--bcher-kva.example",
                           "my_site.example", "::1", "2001:db8::7"}) {
    CAPTURE(name);
    const auto s = read(dir, fmt::format("[hosts.\"{}\"]\ninterval = 1\n", name));
    REQUIRE_MESSAGE(s, (s ? "" : s.error()));
    REQUIRE(s->hosts.size() == 1);
    CHECK(s->hosts[0].host == name);
  }
  for (const char* name :
       {"*example.com", "http://example.com", "example.com:8080", "example.com/path", "*.",
        "**.example.com", "exa mple.com", "", "*", "example..com", ".example.com", "example.com.",
        "*.*.example.com", "www.*.example.com", "[::1]"}) {
    CAPTURE(name);
    const auto s =
        read(dir, fmt::format("fail-on = \"error\"\n[hosts.\"{}\"]\ninterval = 1\n", name));
    REQUIRE_FALSE(s);
    CHECK(s.error() ==
          fmt::format("{}:2:8: '{}' is not a host name or '*.' and a domain", file, name));
  }
  // The same in an inline table.
  const auto inline_table = read(dir, "hosts = { \"example.com:80\" = { interval = 1 } }\n");
  REQUIRE_FALSE(inline_table);
  CHECK(inline_table.error() ==
        file + ":1:11: 'example.com:80' is not a host name or '*.' and a domain");
}

TEST_CASE("a [hosts] table's headers are named as HTTP names them") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  const auto good = read(dir, "[hosts.\"example.com\"]\nheaders = { X-Team_1 = \"docs\" }\n");
  CHECK_MESSAGE(good, (good ? "" : good.error()));
  for (const char* name : {"X Team", "", "X:Team", "\u00C9quipe"}) {
    CAPTURE(name);
    const auto s = read(
        dir, fmt::format("[hosts.\"example.com\"]\nheaders = {{ \"{}\" = \"docs\" }}\n", name));
    REQUIRE_FALSE(s);
    CHECK(s.error() == fmt::format("{}:2:13: '{}' is not a header name", file, name));
  }
}

TEST_CASE("timeout and a host's interval have the ranges of --timeout and --host-interval") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  for (const char* timeout : {"0.01", "1", "3600", "3600.0"}) {
    CAPTURE(timeout);
    const auto s = read(dir, fmt::format("timeout = {}\n", timeout));
    CHECK_MESSAGE(s, (s ? "" : s.error()));
  }
  for (const char* timeout : {"0", "0.009", "3600.5", "86400", "-1", "nan", "inf", "\"20\""}) {
    CAPTURE(timeout);
    const auto s = read(dir, fmt::format("\ntimeout = {}\n", timeout));
    REQUIRE_FALSE(s);
    CHECK(s.error() == file + ":2:11: expected a number of seconds from 0.01 to 3600");
  }
  for (const char* interval : {"0", "0.05", "60", "60.0"}) {
    CAPTURE(interval);
    const auto s = read(dir, fmt::format("[hosts.\"a.example\"]\ninterval = {}\n", interval));
    CHECK_MESSAGE(s, (s ? "" : s.error()));
  }
  for (const char* interval : {"60.5", "61", "86400", "-0.5", "nan", "inf"}) {
    CAPTURE(interval);
    const auto s = read(dir, fmt::format("[hosts.\"a.example\"]\ninterval = {}\n", interval));
    REQUIRE_FALSE(s);
    CHECK(s.error() == file + ":2:12: expected a number of seconds from 0 to 60");
  }
}

TEST_CASE("a bad exclude-urls pattern is named in words, with the character at fault") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  const auto s = read(dir,
                      "fail-on = \"error\"\n"
                      "include = [\"docs\"]\n"
                      "exclude-urls = ['(a|b']\n");
  REQUIRE_FALSE(s);
  CHECK(s.error() == file +
                         ":3:17: exclude-urls: '(a|b' is not a valid pattern: unbalanced "
                         "parenthesis at character 4");
}

TEST_CASE("an exclude-urls pattern longer than 512 bytes is refused, naming the file and key") {
  testing::ScratchDir dir;
  const std::string file = dir.path(".citecheck.toml");
  const auto at_limit = read(dir, "exclude-urls = ['" + std::string(512, 'a') + "']\n");
  CHECK_MESSAGE(at_limit, (at_limit ? "" : at_limit.error()));
  const auto over =
      read(dir, "exclude-urls = ['^https://a\\.example/', '" + std::string(513, 'a') + "']\n");
  REQUIRE_FALSE(over);
  CHECK(over.error() == file +
                            ":1:41: exclude-urls pattern is 513 bytes long; the limit is 512 "
                            "bytes");
}

TEST_CASE("durations") {
  CHECK(parse_duration("45") == 45);
  CHECK(parse_duration("45s") == 45);
  CHECK(parse_duration("30m") == 1800);
  CHECK(parse_duration("12h") == 43200);
  CHECK(parse_duration("2w") == 14 * 86400);
  CHECK_FALSE(parse_duration("d"));
  CHECK_FALSE(parse_duration("3 days"));
  CHECK_FALSE(parse_duration(""));
}

}  // namespace citecheck::config

namespace citecheck::config {

// The man page's example configuration is a test: it must read without error.
TEST_CASE("the man page's example .citecheck.toml is valid") {
  const std::string man = testing::read_file(testing::source_dir() + "/man/citecheck.1");
  const auto intro = man.find("An example, with every key:");
  REQUIRE(intro != std::string::npos);
  const auto begin = man.find(".EX\n", intro) + 4;
  const auto end = man.find(".EE\n", begin);
  std::string toml;
  for (std::size_t i = begin; i < end; ++i) {
    // roff escapes: \- hyphen, \e backslash, \(aq apostrophe.
    if (man.compare(i, 2, "\\-") == 0) {
      toml += '-';
      ++i;
    } else if (man.compare(i, 2, "\\e") == 0) {
      toml += '\\';
      ++i;
    } else if (man.compare(i, 4, "\\(aq") == 0) {
      toml += '\'';
      i += 3;
    } else {
      toml += man[i];
    }
  }
  testing::ScratchDir dir;
  const auto s =
      read_settings_file(dir.write("example.toml", toml), {"unused-reference", "uncited-claim"});
  REQUIRE_MESSAGE(s, (s ? "" : s.error()));
  CHECK(s->fail_on == core::FailOn::kWarning);
  CHECK(s->exclude_urls == std::vector<std::string>{"^https://intranet\\.example/"});
  REQUIRE(s->hosts.size() == 2);
  CHECK((s->hosts[0].host == "*.example.org" || s->hosts[1].host == "*.example.org"));
  CHECK(s->accept_status == std::vector<int>{403, 999});
}

}  // namespace citecheck::config
