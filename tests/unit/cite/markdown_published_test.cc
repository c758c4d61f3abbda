// Markdown articles as blogs publish them (issue 16): front matter, footnotes beside reference
// links, kramdown and Liquid extras, inline HTML, and links at the start of a paragraph.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cite/extract.h"
#include "verdict/findings.h"

namespace citecheck::cite {
namespace {

using Strings = std::vector<std::string>;

core::CitationIndex read(const std::string& text) {
  core::Document doc;
  doc.path = "post.md";
  doc.format = core::Format::kMarkdown;
  doc.text = text;
  return extract_citations(doc);
}

Strings cited(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Citation& c : index.citations) ids.push_back(c.reference_id);
  return ids;
}

Strings listed(const core::CitationIndex& index) {
  Strings ids;
  for (const core::Reference& r : index.references) ids.push_back(r.id);
  return ids;
}

Strings findings(const core::CitationIndex& index) {
  Strings out;
  for (const core::Finding& f : verdict::reference_findings(index)) {
    out.push_back(f.rule + ":" + f.reference_id);
  }
  return out;
}

const std::string kFrontMatter =
    "---\n"
    "layout: post\n"
    "title: \"Moving my servers to SSH keys\"\n"
    "date: 2026-03-02\n"
    "---\n";

}  // namespace

TEST_CASE("one page linked with and without a slash or with fragments is one reference") {
  const auto index =
      read(kFrontMatter +
           "The [release notes](https://blog.example.org/releases/2026/) list 14 "
           "fixes. [Their second part](https://blog.example.org/releases/2026#fixes) "
           "names 3 security ones, and [the summary]"
           "(https://Blog.Example.org:443/releases/2026#summary) repeats them.\n");
  CHECK(listed(index) == Strings{"https://blog.example.org/releases/2026/"});
  CHECK(cited(index) == Strings(3, "https://blog.example.org/releases/2026/"));
  CHECK(findings(index).empty());
}

TEST_CASE("two listed definitions of one page, spelt apart, are a duplicate") {
  const auto index = read(kFrontMatter +
                          "Read the [guide][g] and its [install notes][i].\n\n"
                          "[g]: https://docs.example.org:443/guide/\n"
                          "[i]: https://docs.example.org/guide#install\n");
  CHECK(findings(index) == Strings{"duplicate-reference:i"});
}

TEST_CASE("a paragraph opening with a one-word link is no reference entry") {
  const std::string body =
      "# Where the numbers came from\n\n"
      "The tests ran on two machines.[^hw]\n\n"
      "## Notes\n\n"
      "[Paris](https://en.wikipedia.org/wiki/Paris) is where the second server stood, 40 cores "
      "in all.\n\n"
      "[Lyon][lyon] hosted the first one.\n\n"
      "I ran each test 5 times.\n\n"
      "[^hw]: Both were rented, https://hosting.example.com/dedicated\n\n"
      "[lyon]: https://en.wikipedia.org/wiki/Lyon\n";
  auto index = read(kFrontMatter + body);
  CHECK(listed(index) == Strings{"https://en.wikipedia.org/wiki/Paris", "hw", "lyon"});
  CHECK(cited(index) == Strings{"hw", "https://en.wikipedia.org/wiki/Paris", "lyon"});
  CHECK(index.prose.text.find("I ran each test 5 times.") != std::string::npos);
  CHECK(findings(index).empty());
  // At the very end of a file, too.
  index = read(kFrontMatter + "[Paris](https://en.wikipedia.org/wiki/Paris) is the capital.\n");
  CHECK(cited(index) == Strings{"https://en.wikipedia.org/wiki/Paris"});
}

TEST_CASE("10,000 paragraphs opening with a link: no reference list, no duplicates") {
  std::string text = kFrontMatter;
  for (int i = 0; i < 10000; ++i) {
    text += "[Town](https://towns.example.org/" + std::to_string(i) + ") has " + std::to_string(i) +
            " parks.\n\n";
  }
  const auto index = read(text);
  CHECK(index.citations.size() == 10000);
  CHECK(index.references.size() == 10000);
  CHECK(findings(index).empty());
}

}  // namespace citecheck::cite
