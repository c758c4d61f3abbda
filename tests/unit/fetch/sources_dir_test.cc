#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "fetch/sources_dir.h"
#include "fetch/url.h"
#include "scratch_dir.h"

namespace citecheck::fetch {
namespace {

namespace fs = std::filesystem;

std::string open_error(const std::vector<std::string>& dirs) {
  const auto sources = SourcesDirectories::open(dirs);
  REQUIRE_FALSE(sources.ok());
  return sources.error();
}

}  // namespace

TEST_CASE("normalize_url lower-cases scheme and host only and drops fragment and default port") {
  CHECK(normalize_url("HTTPS://News.Example.COM/Path/To?Q=Yes#Section-2") ==
        "https://news.example.com/Path/To?Q=Yes");
  CHECK(normalize_url("https://example.com:443/a") == "https://example.com/a");
  CHECK(normalize_url("http://example.com:80/a") == "http://example.com/a");
  CHECK(normalize_url("http://example.com:8080/a") == "http://example.com:8080/a");
  CHECK(normalize_url("https://example.com:80/a") == "https://example.com:80/a");
  CHECK(normalize_url("https://example.com") == "https://example.com/");
  CHECK(normalize_url("https://example.com#top") == "https://example.com/");
  CHECK(normalize_url("https://example.com/a/") == "https://example.com/a/");
}

TEST_CASE("normalize_url spells one resource one way") {
  CHECK(normalize_url("https://example.com?q=1") == normalize_url("https://example.com/?q=1"));
  CHECK(normalize_url("https://example.com?q=1") == "https://example.com/?q=1");
  // User info is case-sensitive; only the host is folded.
  CHECK(normalize_url("https://Ann:Secret@Example.com/x") == "https://Ann:Secret@example.com/x");
  // Not a hierarchical URL: kept as written, minus a fragment.
  CHECK(normalize_url("mailto:Someone@Example.com") == "mailto:Someone@Example.com");
  CHECK(normalize_url("javascript:alert(1)#x") == "javascript:alert(1)");
}

TEST_CASE("url_scheme returns the lower-cased scheme or nothing") {
  CHECK(url_scheme("HTTPS://example.com") == "https");
  CHECK(url_scheme("http://example.com") == "http");
  CHECK(url_scheme("javascript:alert(1)") == "javascript");
  CHECK(url_scheme("svn+ssh://host/repo") == "svn+ssh");
  CHECK(url_scheme("file:///etc/passwd") == "file");
  CHECK(url_scheme("www.example.com/no-scheme") == "");
  CHECK(url_scheme(":nothing") == "");
  CHECK(url_scheme("") == "");
  CHECK(url_scheme("not a url: just words") == "");
}

TEST_CASE("content_type_for goes by the file's extension") {
  CHECK(content_type_for("1.html") == "text/html");
  CHECK(content_type_for("dir/1.HTM") == "text/html");
  CHECK(content_type_for("notice.txt") == "text/plain");
  CHECK(content_type_for("report.pdf") == "application/pdf");
  CHECK(content_type_for("blob.bin") == "application/octet-stream");
  CHECK(content_type_for("no-extension") == "application/octet-stream");
}

TEST_CASE("SourcesDirectories::open reads a manifest with comments, blank lines and types") {
  const testing::ScratchDir dir;
  dir.write("1.html", "<p>one</p>");
  dir.write("pages/2.htm", "<p>two</p>");
  dir.write("3.txt", "three");
  dir.write("4.pdf", "%PDF-1.4");
  dir.write("5.dat", "five");
  dir.write("manifest.tsv",
            "# snapshot of the draft's sources\n"
            "\n"
            "https://a.example/one\t1.html\n"
            "   \n"
            "https://a.example/two\tpages/2.htm\r\n"
            "# a comment between entries\n"
            "https://a.example/three\t3.txt\n"
            "https://a.example/four\t4.pdf\n"
            "https://a.example/five\t5.dat\ttext/plain; charset=utf-8\n");
  const auto sources = SourcesDirectories::open({dir.path()});
  REQUIRE_MESSAGE(sources.ok(), (sources.ok() ? "" : sources.error()));
  CHECK_FALSE(sources->empty());

  const SourceFile* one = sources->find("https://a.example/one");
  REQUIRE(one != nullptr);
  CHECK(one->url == "https://a.example/one");
  CHECK(one->path == dir.path("1.html"));
  CHECK(one->content_type == "text/html");
  CHECK(one->manifest == dir.path("manifest.tsv") + ":3");

  const SourceFile* two = sources->find("https://a.example/two");
  REQUIRE(two != nullptr);
  CHECK(two->path == dir.path("pages/2.htm"));
  CHECK(two->content_type == "text/html");
  CHECK(two->manifest == dir.path("manifest.tsv") + ":5");

  REQUIRE(sources->find("https://a.example/three") != nullptr);
  CHECK(sources->find("https://a.example/three")->content_type == "text/plain");
  REQUIRE(sources->find("https://a.example/four") != nullptr);
  CHECK(sources->find("https://a.example/four")->content_type == "application/pdf");
  REQUIRE(sources->find("https://a.example/five") != nullptr);
  CHECK(sources->find("https://a.example/five")->content_type == "text/plain; charset=utf-8");

  CHECK(sources->find("https://a.example/six") == nullptr);
  CHECK(sources->find("https://a.example/One") == nullptr);  // paths keep their case
}

TEST_CASE("SourcesDirectories::find matches however the URL is spelled") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv", "https://News.Example.com:443/Story?id=7\t1.html\n");
  const auto sources = SourcesDirectories::open({dir.path()});
  REQUIRE(sources.ok());
  const SourceFile* hit = sources->find("HTTPS://news.example.com/Story?id=7#comments");
  REQUIRE(hit != nullptr);
  CHECK(hit->path == dir.path("1.html"));
  CHECK(sources->find("https://news.example.com/story?id=7") == nullptr);
}

TEST_CASE("a manifest line without a tab names the manifest and line") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv",
            "# header\nhttps://a.example/one\t1.html\nhttps://a.example/two 1.html\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":3: expected URL<TAB>FILE[<TAB>CONTENT-TYPE]");
}

TEST_CASE("a manifest line with empty or extra fields is refused") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv", "https://a.example/one\t\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":1: expected URL<TAB>FILE[<TAB>CONTENT-TYPE]");
  dir.write("manifest.tsv", "\t1.html\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":1: expected URL<TAB>FILE[<TAB>CONTENT-TYPE]");
  // A field past the content type is KEY=VALUE.
  dir.write("manifest.tsv", "\nhttps://a.example/one\t1.html\ttext/html\textra\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":2: field 'extra' is not KEY=VALUE");
}

TEST_CASE("a manifest line's KEY=VALUE fields record the status, redirects and state") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv",
            "https://a.example/old\t1.html\ttext/html\tstatus=200\tfinal-url=https://b.example/"
            "\tredirect=https://a.example/mid\tredirect=https://b.example/\t"
            "moved-to=https://b.example/\n"
            "https://a.example/gone\t-\t\tstatus=410\tstate=broken\treason=gone\t"
            "detail=the server answered 410 Gone\n"
            "https://a.example/dns\t-\t\tstate=broken\treason=dns\tdetail=a=b, c\n"
            "https://a.example/plain\t1.html\ttext/html\n");
  const auto sources = SourcesDirectories::open({dir.path()});
  REQUIRE_MESSAGE(sources.ok(), (sources.ok() ? "" : sources.error()));

  const SourceFile* old = sources->find("https://a.example/old");
  REQUIRE(old != nullptr);
  CHECK(old->path == dir.path("1.html"));
  CHECK(old->outcome.state == core::SourceState::kOk);
  CHECK(old->outcome.reason == "ok");
  CHECK(old->outcome.http_status == 200);
  CHECK(old->outcome.final_url == "https://b.example/");
  CHECK(old->outcome.redirects ==
        std::vector<std::string>{"https://a.example/mid", "https://b.example/"});
  CHECK(old->outcome.moved_to == "https://b.example/");

  const SourceFile* gone = sources->find("https://a.example/gone");
  REQUIRE(gone != nullptr);
  CHECK(gone->path.empty());
  CHECK(gone->outcome.state == core::SourceState::kBroken);
  CHECK(gone->outcome.reason == "gone");
  CHECK(gone->outcome.detail == "the server answered 410 Gone");
  CHECK(gone->outcome.http_status == 410);
  CHECK(gone->outcome.final_url.empty());

  const SourceFile* dns = sources->find("https://a.example/dns");
  REQUIRE(dns != nullptr);
  CHECK(dns->outcome.http_status == 0);
  CHECK(dns->outcome.detail == "a=b, c");  // only the first '=' splits

  // A hand-written line records nothing: ok, and no status.
  const SourceFile* plain = sources->find("https://a.example/plain");
  REQUIRE(plain != nullptr);
  CHECK(plain->outcome.state == core::SourceState::kOk);
  CHECK(plain->outcome.reason == "ok");
  CHECK(plain->outcome.http_status == 0);
  CHECK(plain->outcome.final_url.empty());
  CHECK(plain->outcome.redirects.empty());
}

TEST_CASE("manifest_fields writes what the manifest reads back, values on one line") {
  core::SourceOutcome moved;
  moved.state = core::SourceState::kOk;
  moved.reason = "ok";
  moved.http_status = 200;
  moved.final_url = "https://b.example/";
  moved.redirects = {"https://a.example/mid", "https://b.example/"};
  moved.moved_to = "https://b.example/";
  CHECK(manifest_fields(moved) ==
        "\tstatus=200\tfinal-url=https://b.example/\tredirect=https://a.example/mid\t"
        "redirect=https://b.example/\tmoved-to=https://b.example/");

  core::SourceOutcome walled;
  walled.state = core::SourceState::kUnverifiable;
  walled.reason = "rate-limited";
  walled.http_status = 429;
  walled.detail = "the server asks for fewer requests (429); Retry-After:\t120\r\n";
  const std::string fields = manifest_fields(walled);
  CHECK(fields ==
        "\tstatus=429\tstate=unverifiable\treason=rate-limited\tdetail=the server asks for fewer "
        "requests (429); Retry-After: 120  ");

  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv", "https://a.example/moved\t1.html\ttext/html" + manifest_fields(moved) +
                                "\nhttps://a.example/slow\t-\t" + fields + "\n");
  const auto sources = SourcesDirectories::open({dir.path()});
  REQUIRE_MESSAGE(sources.ok(), (sources.ok() ? "" : sources.error()));
  core::SourceOutcome read = sources->find("https://a.example/moved")->outcome;
  CHECK(read.http_status == moved.http_status);
  CHECK(read.final_url == moved.final_url);
  CHECK(read.redirects == moved.redirects);
  CHECK(read.moved_to == moved.moved_to);
  read = sources->find("https://a.example/slow")->outcome;
  CHECK(read.state == walled.state);
  CHECK(read.reason == walled.reason);
  CHECK(read.http_status == 429);
  CHECK(read.detail == "the server asks for fewer requests (429); Retry-After: 120  ");
}

TEST_CASE("an unknown field or a bad value names the manifest and line") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  const auto error_for = [&](const std::string& fields) {
    dir.write("manifest.tsv", "# x\nhttps://a.example/one\t1.html\ttext/html" + fields + "\n");
    return open_error({dir.path()});
  };
  const std::string at = dir.path("manifest.tsv") + ":2: ";
  CHECK(error_for("\tetag=\"v1\"") ==
        at + "unknown field 'etag=': expected status, final-url, redirect, moved-to, state, "
             "reason or detail");
  CHECK(error_for("\t=200") == at + "field '=200' is not KEY=VALUE");
  CHECK(error_for("\tstatus=ok") ==
        at + "bad value 'ok' for status: expected an HTTP status, 100 to 999");
  CHECK(error_for("\tstatus=99") ==
        at + "bad value '99' for status: expected an HTTP status, 100 to 999");
  CHECK(error_for("\tstatus=200x") ==
        at + "bad value '200x' for status: expected an HTTP status, 100 to 999");
  CHECK(error_for("\tstate=dead\treason=gone") ==
        at + "bad value 'dead' for state: expected ok, broken or unverifiable");
  CHECK(error_for("\tstate=not-checked\treason=offline") ==
        at + "bad value 'not-checked' for state: expected ok, broken or unverifiable");
  CHECK(error_for("\tfinal-url=") == at + "bad value '' for final-url: expected a URL");
  CHECK(error_for("\tstatus=200\tstatus=301") == at + "'status=' is given twice");
  CHECK(error_for("\tstate=broken") == at + "state=broken needs a reason=");
  CHECK(error_for("\treason=gone") == at + "reason= needs state=broken or state=unverifiable");
  // No file is only for a source that was not read.
  dir.write("manifest.tsv", "https://a.example/one\t-\ttext/html\tstatus=200\n");
  CHECK(open_error({dir.path()}) == dir.path("manifest.tsv") +
                                        ":1: file '-' (none) needs state=broken or "
                                        "state=unverifiable");
  dir.write("manifest.tsv", "https://a.example/one\t-\n");
  CHECK(open_error({dir.path()}) == dir.path("manifest.tsv") +
                                        ":1: file '-' (none) needs state=broken or "
                                        "state=unverifiable");
}

TEST_CASE("a manifest naming a missing file names the manifest, line and file") {
  const testing::ScratchDir dir;
  dir.write("1.html", "x");
  dir.write("manifest.tsv", "https://a.example/one\t1.html\nhttps://a.example/two\t2.html\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":2: file '2.html' does not exist in '" + dir.path() + "'");
  // A directory is not a file.
  fs::create_directories(dir.path("sub"));
  dir.write("manifest.tsv", "https://a.example/one\tsub\n");
  CHECK(open_error({dir.path()}) ==
        dir.path("manifest.tsv") + ":1: file 'sub' does not exist in '" + dir.path() + "'");
}

TEST_CASE("a manifest file must stay inside its directory") {
  const testing::ScratchDir dir;
  const testing::ScratchDir outside;
  outside.write("secret.txt", "not a source");
  dir.write("manifest.tsv", "https://a.example/one\t" + outside.path("secret.txt") + "\n");
  CHECK(open_error({dir.path()}) == dir.path("manifest.tsv") + ":1: file '" +
                                        outside.path("secret.txt") +
                                        "' must be a relative path inside '" + dir.path() + "'");

  const std::string up = "../" + fs::path(outside.path()).filename().string() + "/secret.txt";
  dir.write("manifest.tsv", "# x\nhttps://a.example/one\t" + up + "\n");
  CHECK(open_error({dir.path()}) == dir.path("manifest.tsv") + ":2: file '" + up +
                                        "' must be a relative path inside '" + dir.path() + "'");
}

TEST_CASE("a missing sources directory or manifest is a run failure") {
  const testing::ScratchDir dir;
  CHECK(open_error({dir.path("nowhere")}) ==
        "sources directory '" + dir.path("nowhere") + "' does not exist");
  CHECK(open_error({dir.path()}) == "cannot read '" + dir.path("manifest.tsv") + "': no such file");
  // A plain file given as the directory.
  dir.write("file.txt", "x");
  CHECK(open_error({dir.path("file.txt")}) ==
        "sources directory '" + dir.path("file.txt") + "' does not exist");
}

TEST_CASE("an empty manifest gives an empty set, and no directories too") {
  const testing::ScratchDir dir;
  dir.write("manifest.tsv", "# nothing yet\n\n");
  const auto sources = SourcesDirectories::open({dir.path()});
  REQUIRE(sources.ok());
  CHECK(sources->empty());
  CHECK(sources->find("https://a.example/") == nullptr);

  const auto none = SourcesDirectories::open({});
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("the first directory wins for a URL listed twice") {
  const testing::ScratchDir first;
  const testing::ScratchDir second;
  first.write("a.html", "first");
  first.write("manifest.tsv", "https://a.example/page\ta.html\n");
  second.write("b.txt", "second");
  second.write("c.txt", "third");
  second.write("manifest.tsv",
               "HTTPS://A.example/page#again\tb.txt\nhttps://a.example/other\tc.txt\n");
  const auto sources = SourcesDirectories::open({first.path(), second.path()});
  REQUIRE(sources.ok());
  const SourceFile* page = sources->find("https://a.example/page");
  REQUIRE(page != nullptr);
  CHECK(page->path == first.path("a.html"));
  CHECK(page->content_type == "text/html");
  const SourceFile* other = sources->find("https://a.example/other");
  REQUIRE(other != nullptr);
  CHECK(other->path == second.path("c.txt"));

  // Within one manifest, a second line for a URL is a mistake, not a choice: an error.
  first.write("manifest.tsv", "https://a.example/page\ta.html\nhttps://a.example/page\tb.html\n");
  first.write("b.html", "later");
  const auto again = SourcesDirectories::open({first.path()});
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().find("manifest.tsv:2: URL 'https://a.example/page' is listed twice (first "
                           "on line 1)") != std::string::npos);
}

}  // namespace citecheck::fetch
