#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "document/load.h"
#include "scratch_dir.h"

namespace citecheck::document {
namespace {

namespace fs = std::filesystem;

Result<std::vector<core::Document>> load(const std::vector<std::string>& paths,
                                         const LoadOptions& options = {}) {
  std::istringstream no_stdin;
  return load_inputs(paths, options, no_stdin);
}

std::vector<std::string> paths_of(const std::vector<core::Document>& docs, const fs::path& root) {
  std::vector<std::string> out;
  for (const core::Document& d : docs)
    out.push_back(fs::path(d.path).lexically_relative(root).string());
  return out;
}

}  // namespace

TEST_CASE("make_document refuses a NUL byte and names the file and position") {
  const auto doc = make_document("notes.txt", std::string("first\nab\0cd", 11), {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error() == "'notes.txt' looks like a binary file (a NUL byte at line 2, column 3)");
}

TEST_CASE("make_document refuses invalid UTF-8 and names the line and column") {
  const auto doc = make_document("draft.md", "Title\n\ncaf\xC3\xA9 \xFF tail\n", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error() == "'draft.md' is not valid UTF-8 (line 3, column 6)");

  const auto truncated = make_document("draft.md", "ok \xE2\x80", {});
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.error() == "'draft.md' is not valid UTF-8 (line 1, column 4)");
}

TEST_CASE("make_document names UTF-16 text rather than calling it binary") {
  const auto le = make_document("notepad.txt", std::string("\xFF\xFEH\0i\0", 6), {});
  REQUIRE_FALSE(le.ok());
  CHECK(le.error() == "'notepad.txt' is UTF-16 text; save it as UTF-8");
  const auto be = make_document("mac.txt", std::string("\xFE\xFF\0H\0i", 6), {});
  REQUIRE_FALSE(be.ok());
  CHECK(be.error() == "'mac.txt' is UTF-16 text; save it as UTF-8");
}

TEST_CASE("make_document strips a UTF-8 byte order mark and accepts an empty file") {
  const auto doc = make_document("a.txt", "\xEF\xBB\xBFHello [1]\n", {});
  REQUIRE(doc.ok());
  CHECK(doc->text == "Hello [1]\n");
  CHECK(doc->path == "a.txt");
  CHECK(doc->format == core::Format::kText);

  const auto empty = make_document("empty.md", "", {});
  REQUIRE(empty.ok());
  CHECK(empty->text.empty());
  CHECK(empty->format == core::Format::kMarkdown);

  const auto only_bom = make_document("bom.txt", "\xEF\xBB\xBF", {});
  REQUIRE(only_bom.ok());
  CHECK(only_bom->text.empty());
}

TEST_CASE("make_document uses --input-format over detection") {
  LoadOptions options;
  options.format = core::Format::kMarkdown;
  const auto doc = make_document("page.html", "<!doctype html><p>x</p>", options);
  REQUIRE(doc.ok());
  CHECK(doc->format == core::Format::kMarkdown);
}

TEST_CASE("detect_format goes by extension, then by how the text starts") {
  CHECK(detect_format("a.md", "<!doctype html>") == core::Format::kMarkdown);
  CHECK(detect_format("a.MARKDOWN", "") == core::Format::kMarkdown);
  CHECK(detect_format("dir/a.HTML", "plain") == core::Format::kHtml);
  CHECK(detect_format("a.htm", "") == core::Format::kHtml);
  CHECK(detect_format("a.txt", "<html>") == core::Format::kText);
  CHECK(detect_format("<stdin>", "\n  <!DOCTYPE HTML>\n<html>") == core::Format::kHtml);
  CHECK(detect_format("README", "<html lang=en>") == core::Format::kHtml);
  CHECK(detect_format("README", "Some words about <!doctype html>") == core::Format::kText);
  CHECK(detect_format("README", "") == core::Format::kText);
}

TEST_CASE("parse_format knows the --input-format names") {
  CHECK(parse_format("text") == core::Format::kText);
  CHECK(parse_format("markdown") == core::Format::kMarkdown);
  CHECK(parse_format("md") == core::Format::kMarkdown);
  CHECK(parse_format("html") == core::Format::kHtml);
  CHECK_FALSE(parse_format("pdf").has_value());
  CHECK_FALSE(parse_format("").has_value());
}

TEST_CASE("load_inputs reports a missing path") {
  const auto docs = load({"x"});
  REQUIRE_FALSE(docs.ok());
  CHECK(docs.error() == "cannot read 'x': no such file or directory");
}

TEST_CASE("load_inputs reads files in the order given") {
  const testing::ScratchDir dir;
  const std::string b = dir.write("b.txt", "bee\n");
  const std::string a = dir.write("a.md", "# A\n");
  const auto docs = load({b, a});
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 2);
  CHECK((*docs)[0].path == b);
  CHECK((*docs)[0].text == "bee\n");
  CHECK((*docs)[0].format == core::Format::kText);
  CHECK((*docs)[1].path == a);
  CHECK((*docs)[1].format == core::Format::kMarkdown);
}

TEST_CASE("load_inputs walks a directory for articles in sorted order") {
  const testing::ScratchDir dir;
  dir.write("z.md", "z");
  dir.write("a.txt", "a");
  dir.write("sub/deeper/page.html", "<p>p</p>");
  dir.write("sub/b.markdown", "b");
  dir.write("sub/c.htm", "c");
  dir.write("sub/UPPER.TXT", "u");
  dir.write("notes.rst", "not an article");
  dir.write("image.png", "not an article");
  dir.write(".git/HEAD.txt", "hidden");
  dir.write(".hidden/d.md", "hidden");
  dir.write("node_modules/pkg/readme.md", "dependency");
  const auto docs = load({dir.path()});
  REQUIRE(docs.ok());
  const std::vector<std::string> expected = {"a.txt",     "sub/UPPER.TXT",        "sub/b.markdown",
                                             "sub/c.htm", "sub/deeper/page.html", "z.md"};
  CHECK(paths_of(*docs, dir.path()) == expected);
  REQUIRE(docs->size() == 6);
  CHECK((*docs)[0].text == "a");
  CHECK((*docs)[4].format == core::Format::kHtml);
}

TEST_CASE("load_inputs refuses a directory without documents, naming it") {
  const testing::ScratchDir dir;
  dir.write("notes.rst", "x");
  dir.write("node_modules/readme.md", "skipped");
  const auto docs = load({dir.path()});
  REQUIRE_FALSE(docs.ok());
  CHECK(docs.error() == "no documents (.md .markdown .html .htm .txt) under '" + dir.path() + "'");
}

TEST_CASE(
    "load_inputs skips an unreadable document of a directory, saying why, and reads the rest") {
  const testing::ScratchDir dir;
  dir.write("a.txt", "fine");
  const std::string bad = dir.write("b.txt", "bad \xFF byte");
  dir.write("c.txt", "also fine");
  const auto docs = load({dir.path()});
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 3);
  CHECK((*docs)[0].skipped.empty());
  CHECK((*docs)[1].path == bad);
  CHECK((*docs)[1].text.empty());
  CHECK((*docs)[1].skipped == "'" + bad + "' is not valid UTF-8 (line 1, column 5)");
  CHECK((*docs)[2].text == "also fine");
  // Named on its own, the file is an error.
  const auto alone = load({bad});
  REQUIRE_FALSE(alone.ok());
  CHECK(alone.error() == "'" + bad + "' is not valid UTF-8 (line 1, column 5)");
}

TEST_CASE("load_inputs reads '-' from the given stream") {
  std::istringstream in("<!DOCTYPE html><title>t</title>");
  LoadOptions options;
  options.stdin_filename = "post.html";
  auto docs = load_inputs({"-"}, options, in);
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 1);
  CHECK((*docs)[0].path == "post.html");
  CHECK((*docs)[0].text == "<!DOCTYPE html><title>t</title>");
  CHECK((*docs)[0].format == core::Format::kHtml);

  std::istringstream plain("Just text [1]\n");
  docs = load_inputs({"-"}, {}, plain);
  REQUIRE(docs.ok());
  CHECK((*docs)[0].path == "<stdin>");
  CHECK((*docs)[0].format == core::Format::kText);

  // The stdin filename's extension decides the format.
  std::istringstream markdown("<html> as markdown");
  options.stdin_filename = "draft.md";
  docs = load_inputs({"-"}, options, markdown);
  REQUIRE(docs.ok());
  CHECK((*docs)[0].format == core::Format::kMarkdown);
}

TEST_CASE("load_inputs names stdin in its errors") {
  std::istringstream in(std::string("a\0b", 3));
  LoadOptions options;
  options.stdin_filename = "hook.md";
  const auto docs = load_inputs({"-"}, options, in);
  REQUIRE_FALSE(docs.ok());
  CHECK(docs.error() == "'hook.md' looks like a binary file (a NUL byte at line 1, column 2)");
}

TEST_CASE("load_inputs caps a document's size with a clear message") {
  const testing::ScratchDir dir;
  const std::string big = dir.write("big.txt", std::string(100, 'x'));
  const std::string exact = dir.write("exact.txt", std::string(64, 'y'));
  LoadOptions options;
  options.max_bytes = 64;

  const auto docs = load({big}, options);
  REQUIRE_FALSE(docs.ok());
  CHECK(docs.error() == "'" + big + "' is larger than the 64-byte limit for a document");

  const auto fits = load({exact}, options);
  REQUIRE(fits.ok());
  CHECK((*fits)[0].text.size() == 64u);

  std::istringstream in(std::string(65, 'z'));
  const auto piped = load_inputs({"-"}, options, in);
  REQUIRE_FALSE(piped.ok());
  CHECK(piped.error() == "'<stdin>' is larger than the 64-byte limit for a document");

  options.max_bytes = std::size_t{2} << 20;
  std::istringstream large(std::string((std::size_t{2} << 20) + 1, 'z'));
  const auto mib = load_inputs({"-"}, options, large);
  REQUIRE_FALSE(mib.ok());
  CHECK(mib.error() == "'<stdin>' is larger than the 2 MiB limit for a document");
}

}  // namespace citecheck::document
