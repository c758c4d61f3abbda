// A sources directory's manifest is checked when it is opened: a line that could never serve a
// cited source (not an http(s) URL, a field citecheck does not know, a URL listed a second time)
// stops the run with exit 2 and names manifest.tsv and the line, before anything is checked.
#include <doctest/doctest.h>

#include <string>

#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

constexpr const char* kArticle =
    "Harbour report\n"
    "The harbour handled 2.4 million containers in 2024, a record for the port [1].\n"
    "References\n"
    "[1] https://news.example.com/harbour\n";

// Runs the article against a sources directory whose manifest is `manifest`.
ProcessResult check_with_manifest(const std::string& manifest) {
  ScratchDir s;
  s.write("article.txt", kArticle);
  s.write("sources/harbour.html",
          "<html><body><p>The harbour handled 2.4 million.</p></body></html>");
  s.write("sources/manifest.tsv", manifest);
  ProcessOptions options;
  options.cwd = s.path();
  return run_citecheck({"article.txt", "--sources", "sources", "--offline"}, options);
}

}  // namespace

TEST_CASE("a manifest URL without an http(s) scheme is an error naming its line") {
  const auto r = check_with_manifest("# snapshot\nnews.example.com/harbour\tharbour.html\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("sources/manifest.tsv:2: URL 'news.example.com/harbour' is not an http or "
                   "https URL") != std::string::npos);
  CHECK(r.out.empty());
  const auto ftp = check_with_manifest("ftp://news.example.com/harbour\tharbour.html\n");
  CHECK(ftp.exit_code == 2);
  CHECK(ftp.err.find("manifest.tsv:1:") != std::string::npos);
}

TEST_CASE("an unknown or malformed manifest field is an error naming its line") {
  const std::string url = "https://news.example.com/harbour\tharbour.html\ttext/html\t";
  auto r = check_with_manifest(url + "staus=200\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("manifest.tsv:1: unknown field 'staus='") != std::string::npos);
  r = check_with_manifest("\n" + url + "status\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("manifest.tsv:2: field 'status' is not KEY=VALUE") != std::string::npos);
  r = check_with_manifest(url + "status=abc\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("manifest.tsv:1: bad value 'abc' for status") != std::string::npos);
}

TEST_CASE("a URL listed twice in a manifest is an error naming both lines") {
  // The second spelling differs only where URLs are normalised (the host's case, the fragment).
  const auto r = check_with_manifest(
      "https://news.example.com/harbour\tharbour.html\n"
      "# the same page again\n"
      "https://NEWS.example.com/harbour#top\tharbour.html\n");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("sources/manifest.tsv:3: URL 'https://NEWS.example.com/harbour#top' is listed "
                   "twice (first on line 1)") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("a sound manifest with fields and comments still loads") {
  const auto r = check_with_manifest(
      "# comment\n"
      "https://news.example.com/harbour\tharbour.html\ttext/html\tstatus=200\n"
      "https://news.example.com/gone\t-\t\tstatus=404\tstate=broken\treason=not-found\n");
  CHECK(r.exit_code != 2);
  CHECK(r.err.empty());
}

}  // namespace citecheck::testing
