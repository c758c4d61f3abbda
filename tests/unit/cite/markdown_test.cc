#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cite/extract.h"
#include "text/prose_index.h"

namespace citecheck::cite {
namespace {

using Strings = std::vector<std::string>;

core::CitationIndex read(const std::string& text, core::Document* out = nullptr) {
  core::Document doc;
  doc.path = "a.md";
  doc.format = core::Format::kMarkdown;
  doc.text = text;
  if (out != nullptr) *out = doc;
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

}  // namespace

TEST_CASE("footnotes: references, definitions, unused and missing ones") {
  const auto index = read(
      "Sales rose 4%.[^a] Costs fell.[^gone]\n\n"
      "[^a]: Annual report, <https://a.example/report>\n"
      "[^b]: Never cited, https://b.example/\n");
  CHECK(cited(index) == Strings{"a", "gone"});
  CHECK(listed(index) == Strings{"a", "b"});  // cmark-gfm drops [^b]; it is read from its line
  CHECK(index.references[0].url == "https://a.example/report");
  CHECK(index.references[1].url == "https://b.example/");
  CHECK(index.references[1].position.line == 4);
  CHECK(index.citations[0].marker);
  CHECK(index.citations[0].position.column == 15);
}

TEST_CASE("inline, reference and auto links cite their pages - relative links do not") {
  const auto index = read(
      "Per [the data](https://d.example/x), trips rose. See [the report][r] and [Hall][].\n"
      "Also <https://auto.example/a> and [setup](docs/setup.md) and [mail](mailto:a@b.c).\n\n"
      "[r]: https://r.example/report\n"
      "[hall]: https://hall.example/\n"
      "[local]: ./local.md\n");
  CHECK(cited(index) == Strings{"https://d.example/x", "r", "hall", "https://auto.example/a"});
  // Sorted by where they are written; a reference link cites the label its definition spells.
  CHECK(listed(index) == Strings{"https://d.example/x", "https://auto.example/a", "r", "hall"});
  CHECK_FALSE(index.citations[0].marker);  // the link's words stay in the claim
  CHECK(index.prose.text.rfind("Per the data, trips rose.", 0) == 0);
}

TEST_CASE("code, comments and front matter are not read for citations") {
  const auto index = read(
      "---\ntitle: \"[9] not a marker\"\n---\n"
      "Text `[2]` and <!-- [3] --> here [1].\n\n"
      "```\n[4] and [^x]\n```\n\n"
      "    [5] indented\n\n"
      "References\n\n[1] https://one.example/\n");
  CHECK(cited(index) == Strings{"1"});
  CHECK(listed(index) == Strings{"1"});
  REQUIRE(index.citations.size() == 1);
  CHECK(index.citations[0].position.line == 4);
  CHECK(index.citations[0].position.column == 34);
}

TEST_CASE("columns come from the source line, multi-byte characters and markup included") {
  core::Document doc;
  const auto index =
      read("Zoë’s **café** — in *Köln* — grew 5% [1].\n\n[1]: https://k.example/\n", &doc);
  REQUIRE(index.citations.size() == 1);
  // "Zoë’s **café** — in *Köln* — grew 5% " is 37 code points before the marker.
  CHECK(index.citations[0].position.line == 1);
  CHECK(index.citations[0].position.column == 38);
  const text::ProseIndex positions(doc.text, index.prose);
  const std::size_t koeln = index.prose.text.find("Köln");
  REQUIRE(koeln != std::string::npos);
  CHECK(positions.position(koeln).column == 22);
}

TEST_CASE("a directive counts only as a real comment, not in code or raw <pre> and <code>") {
  const auto index = read(
      "Ferries run hourly.\n\n"
      "```markdown\n"
      "<!-- citecheck-disable-next-line uncited-claim -->\n"
      "```\n\n"
      "    <!-- citecheck-disable -->\n\n"
      "Write `<!-- citecheck-disable -->` above the paragraph.\n\n"
      "Or <code><!-- citecheck-disable --></code> in raw HTML.\n\n"
      "<pre>\n<!-- citecheck-enable -->\n</pre>\n\n"
      "~~~\n<!-- citecheck-frobnicate -->\n~~~\n\n"
      "<!-- citecheck-disable-next-line misquote -->\n"
      "The harbour master said so.\n\n"
      "Tolls rose <!-- citecheck-disable-next-line\nunsupported-claim --> again.\n"
      "Twice.\n\n"
      "> <!-- citecheck-disable-next-line uncited-claim -->\n"
      "> Quoted.\n");
  REQUIRE(index.suppressions.size() == 3);
  CHECK(index.suppressions[0].first_line == 22);
  CHECK(index.suppressions[0].last_line == 22);
  CHECK(index.suppressions[0].rules == Strings{"misquote"});
  CHECK(index.suppressions[1].first_line == 26);
  CHECK(index.suppressions[1].rules == Strings{"unsupported-claim"});
  CHECK(index.suppressions[2].first_line == 29);
  CHECK(index.suppressions[2].rules == Strings{"uncited-claim"});
  CHECK(index.notices.empty());  // the unknown word sits in a code block
}

TEST_CASE("pandoc citations and inline notes are reported once, not passed over") {
  const auto index = read("One [@smith2020]. Two [@jones]. Three.^[an inline note]\n");
  CHECK(index.citations.empty());
  REQUIRE(index.notices.size() == 2);
  CHECK(index.notices[0].find("[@key]") != std::string::npos);
  CHECK(index.notices[1].find("^[text]") != std::string::npos);
}

}  // namespace citecheck::cite

namespace citecheck::cite {

TEST_CASE("a list of links under \"Sources\" is the reference list, and inline links cite it") {
  const auto index = read(
      "# Harbour update\n\n"
      "Cargo rose 10% in March, by the [port's figures](https://port.example.org/cargo).\n\n"
      "## Sources\n\n"
      "- [Port statistics, March](https://port.example.org/cargo)\n"
      "* <https://fuel.example.net/depot>\n"
      "2. Council minutes: https://council.example.gov/minutes\n\n"
      "## Comments\n\n"
      "- [A reader's blog](https://blog.example.com/post)\n");
  CHECK(listed(index) == Strings{"https://port.example.org/cargo", "https://fuel.example.net/depot",
                                 "https://council.example.gov/minutes"});
  REQUIRE(index.references.size() == 3);
  CHECK(index.references[0].title == "Port statistics, March");
  CHECK(index.references[0].position.line == 7);
  // The list's own links are no citations; the text's link to the same page cites its entry.
  CHECK(cited(index) == Strings{"https://port.example.org/cargo"});
}

TEST_CASE("a numbered reference list still wins, and a heading with no links is no list") {
  auto index = read(
      "Cargo rose 10% [1].\n\n## References\n\n1. Port figures. https://port.example.org/cargo\n");
  CHECK(listed(index) == Strings{"1"});
  index = read(
      "Text with a [link](https://a.example.org/x).\n\n## Sources\n\n- interviews with staff\n");
  CHECK(listed(index) == Strings{"https://a.example.org/x"});
  index = read("Text with a [link](https://a.example.org/x).\n\n## Sources\n\n- \n* ");
  CHECK(listed(index) == Strings{"https://a.example.org/x"});
}

}  // namespace citecheck::cite
