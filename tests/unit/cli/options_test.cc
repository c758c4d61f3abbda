#include <doctest/doctest.h>

#include "cli/options.h"

namespace citecheck::cli {
namespace {

ParsedCommand parse(std::vector<const char*> args) {
  args.insert(args.begin(), "citecheck");
  return parse_command_line(static_cast<int>(args.size()), args.data());
}

}  // namespace

TEST_CASE("check is the default command, with or without its name") {
  for (const auto& args : {std::vector<const char*>{"a.txt", "b.md"},
                           std::vector<const char*>{"check", "a.txt", "b.md"}}) {
    const ParsedCommand p = parse(args);
    REQUIRE(std::holds_alternative<CheckOptions>(p.command));
    const auto& o = std::get<CheckOptions>(p.command);
    CHECK(o.paths == std::vector<std::string>{"a.txt", "b.md"});
    CHECK(o.format == OutputFormat::kText);
    CHECK(o.fail_on == FailOn::kError);
    CHECK_FALSE(o.offline);
  }
}

TEST_CASE("check options are read") {
  const ParsedCommand p = parse({"-", "--format", "json", "--sources", "s1", "--sources", "s2",
                                 "--offline", "--fail-on", "warning", "--input-format", "markdown",
                                 "--stdin-filename", "post.md", "--color", "never", "-q"});
  REQUIRE(std::holds_alternative<CheckOptions>(p.command));
  const auto& o = std::get<CheckOptions>(p.command);
  CHECK(o.format == OutputFormat::kJson);
  CHECK(o.sources == std::vector<std::string>{"s1", "s2"});
  CHECK(o.offline);
  CHECK(o.fail_on == FailOn::kWarning);
  CHECK(o.input_format == core::Format::kMarkdown);
  CHECK(o.stdin_filename == "post.md");
  CHECK(o.color == ColorMode::kNever);
  CHECK(o.quiet);
}

TEST_CASE("bad command lines are errors with exit code 2") {
  for (const auto& args : {std::vector<const char*>{}, std::vector<const char*>{"--bogus", "a.txt"},
                           std::vector<const char*>{"--format", "xml", "a.txt"},
                           std::vector<const char*>{"--fail-on", "sometimes", "a.txt"},
                           std::vector<const char*>{"extract"}}) {
    const ParsedCommand p = parse(args);
    CHECK(std::holds_alternative<std::monostate>(p.command));
    CHECK(p.exit_code == 2);
    CHECK_FALSE(p.error.empty());
  }
}

TEST_CASE("extract takes one target") {
  const ParsedCommand p = parse({"extract", "page.html", "--offline"});
  REQUIRE(std::holds_alternative<ExtractOptions>(p.command));
  CHECK(std::get<ExtractOptions>(p.command).target == "page.html");
}

TEST_CASE("--fail-on thresholds") {
  CHECK(fails(core::Severity::kError, FailOn::kError));
  CHECK_FALSE(fails(core::Severity::kWarning, FailOn::kError));
  CHECK(fails(core::Severity::kWarning, FailOn::kWarning));
  CHECK_FALSE(fails(core::Severity::kInfo, FailOn::kWarning));
  CHECK(fails(core::Severity::kInfo, FailOn::kInfo));
  CHECK_FALSE(fails(core::Severity::kError, FailOn::kNever));
}

}  // namespace citecheck::cli
