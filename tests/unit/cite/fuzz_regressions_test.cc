// Inputs that once crashed a fuzz target (tests/fuzz/regressions/), replayed on every test run with
// the fuzz targets' own checks, so a fixed crash stays fixed in builds without libFuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "cite/extract.h"
#include "claims/claims.h"
#include "process.h"

namespace citecheck::cite {

TEST_CASE("fuzz regressions: every citation span is inside the prose") {
  const std::filesystem::path dir =
      std::filesystem::path(testing::source_dir()) / "tests/fuzz/regressions";
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    core::Document doc;
    doc.path = entry.path().string();
    const std::string ext = entry.path().extension().string();
    doc.format = ext == ".html" ? core::Format::kHtml
                 : ext == ".md" ? core::Format::kMarkdown
                                : core::Format::kText;
    doc.text = testing::read_file(doc.path);
    const core::CitationIndex index = extract_citations(doc);
    for (const core::Citation& c : index.citations) {
      CHECK_MESSAGE(c.offset + c.length <= index.prose.text.size(), doc.path);
    }
    CHECK(index.body_end <= index.prose.text.size());
    const claims::Claims found = claims::extract_claims(doc, index);
    for (const core::Claim& c : found.claims) CHECK(c.position.line >= 1);
    ++replayed;
  }
  CHECK(replayed >= 2);
}

}  // namespace citecheck::cite
