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

TEST_CASE("a footnote and a link definition with the same label are two references") {
  const auto index = read(kFrontMatter +
                          "# Keys everywhere\n\n"
                          "On Windows I still open sessions with [PuTTY][putty].[^putty]\n\n"
                          "[^putty]: I have used it since version 0.60, from 2007.\n\n"
                          "[putty]: https://www.chiark.greenend.org.uk/~sgtatham/putty/\n");
  // The footnote is named as the article writes it, so the two read apart in a report.
  CHECK(listed(index) == Strings{"^putty", "putty"});
  CHECK(cited(index) == Strings{"putty", "^putty"});
  CHECK(index.references[1].url == "https://www.chiark.greenend.org.uk/~sgtatham/putty/");
  CHECK(findings(index) == Strings{"reference-without-url:^putty"});
}

TEST_CASE("a reference link inside a footnote gives the footnote its URL") {
  const auto index = read(kFrontMatter +
                          "Most of my sessions go through one client.[^client] The rest use "
                          "the [built-in one][ssh].[^builtin]\n\n"
                          "[^client]: [PuTTY][putty] is the client I have used since 2007.\n"
                          "[^builtin]: See [ssh][] in the Windows docs.\n\n"
                          "[putty]: https://www.chiark.greenend.org.uk/~sgtatham/putty/\n"
                          "[ssh]: https://learn.example.com/windows/openssh-overview\n");
  REQUIRE(listed(index) == Strings{"client", "builtin"});
  CHECK(index.references[0].url == "https://www.chiark.greenend.org.uk/~sgtatham/putty/");
  CHECK(index.references[0].title == "PuTTY is the client I have used since 2007.");
  CHECK(index.references[1].url == "https://learn.example.com/windows/openssh-overview");
  // The definitions a footnote reads are its source, not references of their own: a body link
  // to one of them cites that footnote.
  CHECK(cited(index) == Strings{"client", "builtin", "builtin"});
  CHECK(findings(index).empty());
}

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

TEST_CASE("kramdown abbreviations and Liquid tags are not prose") {
  const auto index = read(kFrontMatter +
                          "The build now finishes 40% sooner with LTO.[^bench]\n\n"
                          "{% include figure.html src=\"/img/build.png\" caption=\"Build times "
                          "fell 40% after the switch\" %}\n\n"
                          "Filed under {{ page.category }} by {{ site.author }}.\n\n"
                          "[^bench]: My benchmark notes, https://notes.example.net/lto-bench\n\n"
                          "*[LTO]: Link-time optimization, used by 65% of the packages\n"
                          "*[CI]: Continuous integration\n");
  const std::string& prose = index.prose.text;
  CHECK(prose.find("40% sooner") != std::string::npos);
  CHECK(prose.find("caption") == std::string::npos);
  CHECK(prose.find("include") == std::string::npos);
  CHECK(prose.find("page.category") == std::string::npos);
  CHECK(prose.find("Filed under") != std::string::npos);
  CHECK(prose.find("Link-time") == std::string::npos);
  CHECK(prose.find("Continuous") == std::string::npos);
  CHECK(cited(index) == Strings{"bench"});
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

TEST_CASE("link definitions are unescaped as CommonMark reads them") {
  const auto index =
      read(kFrontMatter +
           "[Mercury][m] is closest to the Sun. The [search][q] finds 88 days. "
           "Its year is short.[^n]\n\n"
           "[^n]: [Its orbit](https://en.wikipedia.org/wiki/Orbit_\\(Mercury\\)).\n\n"
           "[m]: https://en.wikipedia.org/wiki/Mercury_\\(planet\\)\n"
           "[q]: <https://search.example.org/?q=orbit&amp;lang=en&#x26;page=2>\n"
           "[unused]: https://example.org/a\\_b\n");
  REQUIRE(index.references.size() == 4);
  CHECK(index.references[0].url == "https://en.wikipedia.org/wiki/Orbit_(Mercury)");
  CHECK(index.references[1].url == "https://en.wikipedia.org/wiki/Mercury_(planet)");
  CHECK(index.references[2].url == "https://search.example.org/?q=orbit&lang=en&page=2");
  CHECK(index.references[3].url == "https://example.org/a_b");
}

TEST_CASE("an inline HTML link in a paragraph cites its page") {
  const auto index = read(kFrontMatter +
                          "<a href=\"https://www.openssh.com/releasenotes.html\">The release "
                          "notes</a> list 9 changes. So does <a class='ext' "
                          "href='https://lists.example.org/a?x=1&amp;y=2'>the list</a>.\n");
  CHECK(cited(index) == Strings{"https://www.openssh.com/releasenotes.html",
                                "https://lists.example.org/a?x=1&y=2"});
  REQUIRE(index.citations.size() == 2);
  CHECK_FALSE(index.citations[0].marker);
  const std::string words =
      index.prose.text.substr(index.citations[0].offset, index.citations[0].length);
  CHECK(words == "The release notes");
  CHECK(index.citations[0].position.line == 6);
  CHECK(index.citations[0].position.column == 53);  // the words, past the 52 bytes of "<a …>"
  REQUIRE_FALSE(index.prose.openings.empty());      // a sentence opening with a link starts at "<a"
  CHECK(index.prose.openings[0].origin == kFrontMatter.size());
}

}  // namespace citecheck::cite
