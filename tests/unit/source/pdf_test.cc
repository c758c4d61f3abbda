#include <doctest/doctest.h>

#include <sys/stat.h>

#include <string>
#include <vector>

#include "scratch_dir.h"
#include "source/extract.h"
#include "source/pdf.h"
#include "source/walls.h"

namespace citecheck::source {
namespace {

// A one-page PDF showing `line`, with a correct cross-reference table.
std::string make_pdf(const std::string& line) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> "
      ">> /Contents 4 0 R >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    const std::string digits = std::to_string(offset);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\n";
  pdf += "startxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A stand-in for pdftotext: a shell script with the given body.
std::string fake_program(const testing::ScratchDir& dir, const std::string& body) {
  const std::string path = dir.write("fake-pdftotext", "#!/bin/sh\n" + body + "\n");
  ::chmod(path.c_str(), 0755);
  return path;
}

}  // namespace

TEST_CASE("a PDF source is read through pdftotext") {
  // scripts/setup installs poppler-utils, so pdftotext is on PATH wherever the tests run.
  const Page page = read_page(make_pdf("Ridership rose 12 percent in 2025."), "application/pdf");
  CHECK(page.unreadable_reason.empty());
  CHECK(page.main.text.find("Ridership rose 12 percent in 2025.") != std::string::npos);
  CHECK_FALSE(detect_wall(page).has_value());
}

TEST_CASE("without pdftotext a PDF is unverifiable with a hint to install it") {
  PdfOptions options;
  options.program = "/nonexistent/pdftotext";
  const PdfText text = pdf_to_text(make_pdf("x"), options);
  CHECK_FALSE(text.ok);
  CHECK(text.reason == "unsupported-type");
  CHECK(text.detail.find("install poppler-utils") != std::string::npos);
}

TEST_CASE("pdftotext is stopped at the time limit and at the output cap") {
  const testing::ScratchDir dir;
  PdfOptions slow;
  slow.program = fake_program(dir, "exec sleep 30");
  slow.timeout_ms = 100;
  CHECK(pdf_to_text(make_pdf("x"), slow).reason == "timeout");

  PdfOptions chatty;
  chatty.program = fake_program(dir, "exec yes 'page text'");
  chatty.max_output = 4096;
  CHECK(pdf_to_text(make_pdf("x"), chatty).reason == "too-large");

  PdfOptions failing;
  failing.program = fake_program(dir, "exit 1");
  CHECK(pdf_to_text(make_pdf("x"), failing).reason == "unreadable");
}

}  // namespace citecheck::source
