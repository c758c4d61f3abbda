// How CI and editors run citecheck: the pre-commit hook's entry exactly as .pre-commit-hooks.yaml
// declares it, every format's exit status, and `cmake --install` placing binary and man page.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

namespace fs = std::filesystem;

// The value of `key:` in the first hook of .pre-commit-hooks.yaml.
std::string hook_field(const std::string& yaml, const std::string& key) {
  std::istringstream in(yaml);
  std::string line;
  while (std::getline(in, line)) {
    const auto at = line.find(key + ":");
    if (line.rfind("#", 0) == 0 || at == std::string::npos) continue;
    if (line.find_first_not_of(" -") != at) continue;
    return line.substr(line.find_first_not_of(' ', at + key.size() + 1));
  }
  return "";
}

}  // namespace

TEST_CASE("the pre-commit hook's entry checks the staged files and fails on findings") {
  const std::string yaml = read_file(source_dir() + "/.pre-commit-hooks.yaml");
  REQUIRE_FALSE(yaml.empty());
  CHECK(hook_field(yaml, "id") == "citecheck");
  CHECK(hook_field(yaml, "language") == "system");
  CHECK(hook_field(yaml, "require_serial") == "true");
  const std::string entry = hook_field(yaml, "entry");
  REQUIRE_FALSE(entry.empty());

  ScratchDir repo;
  repo.write("posts/clean.md",
             "Harbour\nThe harbour reopened in May [1].\nReferences\n"
             "[1] https://port.example/news\n");
  repo.write("posts/broken.md",
             "Harbour\nThe harbour reopened in May [2].\nReferences\n"
             "[1] https://port.example/news\n");
  repo.write(".citecheck.toml", "fail-on = \"error\"\n");
  // As pre-commit runs a `language: system` hook: the entry resolved on PATH, from the
  // repository's root, with the staged file names appended.
  ProcessOptions options;
  options.cwd = repo.path();
  options.env = {{"PATH", fs::path(citecheck_binary()).parent_path().string() + ":/usr/bin:/bin"},
                 {"NO_COLOR", "1"},
                 {"XDG_CONFIG_HOME", repo.path("xdg")},
                 {"CITECHECK_CONFIG", ""}};
  const auto run = [&](const std::vector<std::string>& files) {
    std::vector<std::string> argv = {"/bin/sh", "-c", entry + " --offline \"$@\"", "pre-commit"};
    argv.insert(argv.end(), files.begin(), files.end());
    return run_process(argv, options);
  };
  const auto both = run({"posts/broken.md", "posts/clean.md"});
  CHECK(both.exit_code == 1);
  CHECK(both.out.find("posts/broken.md:2:29: error: citation [2] names a reference the list does "
                      "not have [missing-reference]") != std::string::npos);
  CHECK(both.out.find("2 documents") != std::string::npos);
  const auto clean = run({"posts/clean.md"});
  CHECK(clean.exit_code == 0);
  CHECK(clean.err.empty());
}

TEST_CASE("every format gives the same exit status - --fail-on never always exits 0") {
  const std::string demo = source_dir() + "/fixtures/demo";
  ProcessOptions options;
  options.cwd = demo;
  options.env = {{"CITECHECK_CONFIG", ""}, {"XDG_CONFIG_HOME", demo + "/no-such-dir"}};
  for (const char* format : {"text", "json", "sarif", "github", "rdjsonl", "junit", "markdown"}) {
    CAPTURE(format);
    auto r = run_process({citecheck_binary(), "article.txt", "--sources", "sources", "--offline",
                          "--format", format},
                         options);
    CHECK(r.exit_code == 1);
    CHECK_FALSE(r.out.empty());
    r = run_process({citecheck_binary(), "article.txt", "--sources", "sources", "--offline",
                     "--format", format, "--fail-on", "never"},
                    options);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("cmake --install puts the binary and the man page in place") {
  ScratchDir prefix;
  const auto r = run_process({CITECHECK_CMAKE, "--install", CITECHECK_BUILD_DIR, "--prefix",
                              prefix.path(), "--component", "Unspecified"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(fs::exists(prefix.path("bin/citecheck")));
  CHECK(read_file(prefix.path("share/man/man1/citecheck.1")) ==
        read_file(source_dir() + "/man/citecheck.1"));
  const auto version = run_process({prefix.path("bin/citecheck"), "--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("citecheck ", 0) == 0);
}

}  // namespace citecheck::testing
