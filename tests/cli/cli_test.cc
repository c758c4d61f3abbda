// The real binary, as users and CI run it: exit status 0 / 1 / 2, one clear stderr line for bad
// input, stdin, formats and colour. Fixture articles are written into a scratch directory.
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

namespace fs = std::filesystem;

using Scratch = ScratchDir;

ProcessOptions in(const std::string& cwd) {
  ProcessOptions options;
  options.cwd = cwd;
  return options;
}

std::string demo_dir() { return source_dir() + "/fixtures/demo"; }

int count_lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// A clean article: one claim its source states word for word.
constexpr const char* kCleanArticle =
    "Harbour report\n"
    "The harbour handled 2.4 million containers in 2024, a record for the port [1].\n"
    "References\n"
    "[1] https://news.example.com/harbour\n";
constexpr const char* kCleanSource =
    "<html><head><title>Harbour breaks record</title></head><body><article>"
    "<p>The harbour handled 2.4 million containers in 2024, a record for the port, officials "
    "said on Monday. Shipping lines added three new routes during the year.</p>"
    "</article></body></html>";

void write_clean_case(const Scratch& s) {
  s.write("article.txt", kCleanArticle);
  s.write("sources/harbour.html", kCleanSource);
  s.write("sources/manifest.tsv", "https://news.example.com/harbour\tharbour.html\n");
}

}  // namespace

TEST_CASE("--help lists the options and exits 0") {
  const auto r = run_citecheck({"--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("--sources") != std::string::npos);
  CHECK(r.out.find("--format") != std::string::npos);
  CHECK(r.out.find("--fail-on") != std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("--version prints the name and version and exits 0") {
  const auto r = run_citecheck({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("citecheck 0.", 0) == 0);
}

TEST_CASE("an unknown flag is a usage error: exit 2 and one line on stderr") {
  const auto r = run_citecheck({"--no-such-flag", "x.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("citecheck: error: ", 0) == 0);
  CHECK(count_lines(r.err) == 1);
}

TEST_CASE("a bad value for --format is a usage error") {
  const auto r = run_citecheck({"--format", "yaml", demo_dir() + "/article.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format") != std::string::npos);
}

TEST_CASE("no path at all is a usage error") {
  const auto r = run_citecheck({});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no input") != std::string::npos);
}

TEST_CASE("a missing file exits 2 naming it") {
  const auto r = run_citecheck({"/nonexistent/draft.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "citecheck: error: cannot read '/nonexistent/draft.txt': no such file or directory\n");
}

// The operating system's reason reads as the rest of the line does, lower-case: a UNIX socket
// cannot be opened as a file even by root, who reads files whatever their permissions.
TEST_CASE("an input the system will not open exits 2 with its reason in lower case") {
  Scratch s;
  const std::string socket_path = s.path("input.txt");
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  REQUIRE(socket_path.size() < sizeof address.sun_path);
  std::memcpy(address.sun_path, socket_path.c_str(), socket_path.size() + 1);
  REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
  const auto r = run_citecheck({socket_path});
  ::close(fd);
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "citecheck: error: cannot read '" + socket_path + "': no such device or address\n");
}

TEST_CASE(
    "a cache or snapshot directory that cannot be made exits 2 with the reason in lower case") {
  Scratch s;
  s.write("a.txt", kCleanArticle);
  const auto cache = run_citecheck({"cache", "stats", "--cache-dir", "a.txt/cache"}, in(s.path()));
  CHECK(cache.exit_code == 2);
  CHECK(cache.err ==
        "citecheck: error: cannot create the cache directory 'a.txt/cache': not a directory\n");
  const auto snapshot = run_citecheck(
      {"snapshot", "a.txt", "--out", "a.txt/snap", "--offline", "--no-cache"}, in(s.path()));
  CHECK(snapshot.exit_code == 2);
  CHECK(snapshot.err == "citecheck: error: cannot create 'a.txt/snap': not a directory\n");
}

TEST_CASE("a directory with no documents exits 2") {
  Scratch s;
  s.write("notes.csv", "a,b\n");
  const auto r = run_citecheck({s.path()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no documents") != std::string::npos);
}

TEST_CASE("binary data and invalid UTF-8 exit 2 with the position") {
  Scratch s;
  const std::string binary = s.write("image.txt", std::string("GIF89a\0\0\x01", 9));
  auto r = run_citecheck({binary});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("binary") != std::string::npos);
  const std::string latin1 = s.write("latin1.txt", "Caf\xE9 prices rose 5% [1].\n");
  r = run_citecheck({latin1});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("not valid UTF-8 (line 1, column 4)") != std::string::npos);
}

TEST_CASE("an empty file gives an honest empty report and exit 0") {
  Scratch s;
  const auto r = run_citecheck({s.write("empty.txt", "")});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1 document, 0 claims; 0 errors, 0 warnings, 0 info\n");
}

TEST_CASE("a missing sources directory or a bad manifest exits 2") {
  Scratch s;
  const std::string article = s.write("a.txt", kCleanArticle);
  auto r = run_citecheck({article, "--sources", s.path() + "/nowhere"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("does not exist") != std::string::npos);
  s.write("src/manifest.tsv", "https://x.example/a only-one-field\n");
  r = run_citecheck({article, "--sources", s.path() + "/src"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("manifest.tsv:1") != std::string::npos);
}

TEST_CASE("a clean article exits 0 and shows the supported claim with its evidence") {
  Scratch s;
  write_clean_case(s);
  const auto r = run_citecheck({"article.txt", "--sources", "sources", "--offline"}, in(s.path()));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("article.txt:2:1: supported: claim backed by [1]") != std::string::npos);
  CHECK(r.out.find("evidence [1]: \u201CThe harbour handled 2.4 million containers") !=
        std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("findings exit 1 - --fail-on moves the threshold") {
  Scratch s;
  // [4] is not listed: a missing reference (error); [3] is never cited (warning).
  s.write("a.txt",
          "Title\nSales rose 12% in 2025 [1]. Prices fell [4].\nReferences\n"
          "[1] https://a.example/x\n[3] https://c.example/unused\n");
  auto r = run_citecheck({"a.txt", "--offline"}, in(s.path()));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("a.txt:2:41: error: citation [4] names a reference the list does not have "
                   "[missing-reference]") != std::string::npos);
  CHECK(r.out.find(
            "a.txt:5:1: warning: reference [3] is listed but never cited [unused-reference]") !=
        std::string::npos);
  r = run_citecheck({"a.txt", "--offline", "--fail-on", "never"}, in(s.path()));
  CHECK(r.exit_code == 0);
  // Only the unused reference: a warning fails only with --fail-on warning.
  s.write("b.txt",
          "Title\nSales rose [1].\nReferences\n[1] https://a.example/x\n[2] https://b.example/y\n");
  CHECK(run_citecheck({"b.txt", "--offline"}, in(s.path())).exit_code == 0);
  CHECK(run_citecheck({"b.txt", "--offline", "--fail-on", "warning"}, in(s.path())).exit_code == 1);
}

TEST_CASE("stdin with --stdin-filename and --format json") {
  Scratch s;
  write_clean_case(s);
  ProcessOptions options;
  options.cwd = s.path();
  options.stdin_data = kCleanArticle;
  const auto r = run_citecheck({"-", "--stdin-filename", "drafts/harbour.txt", "--format", "json",
                                "--sources", "sources", "--offline"},
                               options);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"schema_version\": 1") != std::string::npos);
  CHECK(r.out.find("\"path\": \"drafts/harbour.txt\"") != std::string::npos);
  CHECK(r.out.find("\"verdict\": \"supported\"") != std::string::npos);
  CHECK(r.out.find("\"from\": \"sources\"") != std::string::npos);
}

TEST_CASE("an unlisted URL is not checked, and says why") {
  Scratch s;
  s.write("a.txt", kCleanArticle);
  auto r = run_citecheck({"a.txt", "--format", "json", "--offline"}, in(s.path()));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"state\": \"not-checked\"") != std::string::npos);
  CHECK(r.out.find("\"reason\": \"offline\"") != std::string::npos);
  CHECK(r.out.find("\"verdict\": \"unverifiable\"") != std::string::npos);
}

TEST_CASE("colour: never without a terminal, always on request, never under NO_COLOR") {
  Scratch s;
  write_clean_case(s);
  auto r = run_citecheck({"article.txt", "--sources", "sources"}, in(s.path()));
  CHECK(r.out.find("\x1b[") == std::string::npos);
  ProcessOptions options = in(s.path());
  options.env.emplace_back("NO_COLOR", "");
  r = run_process({citecheck_binary(), "article.txt", "--sources", "sources", "--color", "always"},
                  options);
  CHECK(r.out.find("\x1b[") != std::string::npos);
}

TEST_CASE("the demo shows every verdict and exits 1") {
  const auto r = run_citecheck(
      {"article.txt", "--sources", "sources", "--offline", "--format", "json"}, in(demo_dir()));
  CHECK(r.exit_code == 1);
  for (const char* verdict :
       {"supported", "partial", "unsupported", "contradicted", "unverifiable"}) {
    CAPTURE(verdict);
    CHECK(r.out.find(std::string("\"verdict\": \"") + verdict + "\"") != std::string::npos);
  }
  for (const char* rule : {"missing-reference", "unused-reference", "misquote", "broken-source",
                           "unverifiable-source", "uncited-claim", "contradicted-claim"}) {
    CAPTURE(rule);
    CHECK(r.out.find(std::string("\"rule\": \"") + rule + "\"") != std::string::npos);
  }
}

TEST_CASE("extract prints the title, then the main text without furniture") {
  const auto r = run_citecheck({"extract", demo_dir() + "/sources/2.html"});
  CHECK(r.exit_code == 0);
  const std::string first_line = r.out.substr(0, r.out.find('\n'));
  CHECK_FALSE(first_line.empty());
  CHECK(r.out.find("rose 14% in 2025") != std::string::npos);
  CHECK(r.out.find("<script") == std::string::npos);
  const auto missing = run_citecheck({"extract", "/nonexistent/page.html"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read") != std::string::npos);
}

TEST_CASE("extract reads other charsets to UTF-8 and says why it cannot read a file") {
  const auto gbk = run_citecheck({"extract", source_dir() + "/fixtures/pages/gbk.html"});
  CHECK(gbk.exit_code == 0);
  // The title is GBK on disk; the output is UTF-8: 深圳公交全面电动化
  CHECK(gbk.out.rfind("\xE6\xB7\xB1\xE5\x9C\xB3\xE5\x85\xAC\xE4\xBA\xA4", 0) == 0);

  const ScratchDir dir;
  const std::string image =
      dir.write("chart.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const auto binary = run_citecheck({"extract", image});
  CHECK(binary.exit_code == 2);
  CHECK(binary.err.find("unsupported-type") != std::string::npos);
}

}  // namespace citecheck::testing

namespace citecheck::testing {

// The man page's "Options of COMMAND" section, or the whole page for a command without one.
std::string man_options_of(const std::string& man, const std::string& command) {
  const std::string heading = ".SS Options of " + command + "\n";
  const auto start = man.find(heading);
  if (start == std::string::npos) return man;
  const auto end = man.find("\n.S", start + heading.size());
  return man.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST_CASE("every long option in --help is documented in the man page, in its command's section") {
  const std::string whole = read_file(source_dir() + "/man/citecheck.1");
  REQUIRE_FALSE(whole.empty());
  for (const std::string command : {"check", "extract", "config", "snapshot", "cache", "serve"}) {
    const std::string man = man_options_of(whole, command);
    const auto help = run_process({citecheck_binary(), command, "--help"});
    REQUIRE(help.exit_code == 0);
    std::size_t options = 0;
    for (std::size_t at = help.out.find("--"); at != std::string::npos;
         at = help.out.find("--", at + 2)) {
      std::size_t end = at + 2;
      while (end < help.out.size() &&
             (std::isalnum(static_cast<unsigned char>(help.out[end])) || help.out[end] == '-')) {
        ++end;
      }
      const std::string name = help.out.substr(at + 2, end - at - 2);
      if (name.empty()) continue;
      ++options;
      CAPTURE(command);
      CAPTURE(name);
      // roff spells a hyphen as \- ; accept either spelling.
      std::string roff = "\\-\\-";
      for (const char c : name) roff += c == '-' ? std::string("\\-") : std::string(1, c);
      CHECK((man.find(roff) != std::string::npos || man.find("--" + name) != std::string::npos));
    }
    CHECK(options >= 4);
  }
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE("each clause of a sentence is judged against the reference it cites") {
  Scratch s;
  s.write("sources/cargo.html",
          "<html><head><title>Port statistics</title></head><body><nav>Home | Data</nav>"
          "<article><p>Cargo through the harbour rose 10% in March, the port authority said."
          "</p></article><aside>Most read: ferry fares up 3%</aside></body></html>");
  s.write("sources/fuel.html",
          "<html><head><title>Fuel bulletin</title></head><body><article><p>Fuel costs at the "
          "depot fell 5% over the year, the operator reported.</p></article></body></html>");
  s.write(
      "sources/manifest.tsv",
      "https://port.example.org/cargo\tcargo.html\nhttps://fuel.example.net/depot\tfuel.html\n");
  const std::string refs =
      "\nReferences\n[1] https://port.example.org/cargo\n[2] https://fuel.example.net/depot\n";
  s.write("right.txt",
          "Port report\n\nCargo through the harbour rose 10% in March [1], while fuel costs at the "
          "depot fell 5% over the year [2].\n" +
              refs);
  s.write("swapped.txt",
          "Port report\n\nCargo through the harbour rose 10% in March [2], while fuel costs at the "
          "depot fell 5% over the year [1].\n" +
              refs);
  const auto right =
      run_citecheck({"right.txt", "--sources", "sources", "--offline"}, in(s.path()));
  CHECK(right.exit_code == 0);
  CHECK(right.out.find("right.txt:3:1: supported: claim backed by [1][2]") != std::string::npos);
  const auto swapped =
      run_citecheck({"swapped.txt", "--sources", "sources", "--offline"}, in(s.path()));
  CHECK(swapped.exit_code == 1);
  // Each clause's figure (and the month it gives) is looked for in the other source.
  CHECK(swapped.out.find("10%, March not found in [2]; 5% not found in [1]") != std::string::npos);
}

}  // namespace citecheck::testing

namespace citecheck::testing {

TEST_CASE(
    "include and exclude patterns that leave no document exit 2, as an empty directory does") {
  Scratch s;
  s.write("docs/a.md", "# A\n\nSales rose 4% [^1].\n\n[^1]: https://a.example/\n");
  s.write(".citecheck.toml", "include = [\"posts/**/*.md\"]\n");
  const auto r = run_citecheck({"docs", "--offline"}, in(s.path()));
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "citecheck: error: no documents under 'docs': the config's include and exclude patterns "
        "leave none of its 1 article\n");
}

}  // namespace citecheck::testing
