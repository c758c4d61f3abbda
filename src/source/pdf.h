// PDF sources, read through the `pdftotext` program (poppler-utils) when it is installed: a child
// process with a time limit and an output cap. Poppler is GPL, so it is run, never linked.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace citecheck::source {

struct PdfOptions {
  std::string program = "pdftotext";  // looked up on PATH
  int timeout_ms = 20000;
  std::size_t max_output = std::size_t{16} << 20;
};

struct PdfText {
  bool ok = false;
  std::string text;    // UTF-8, one line per line of the PDF
  std::string reason;  // when not ok: "unsupported-type" (no pdftotext), "timeout", "too-large",
                       // "unreadable" (pdftotext failed)
  std::string detail;  // one human sentence, with a hint where one helps
};

bool is_pdf(std::string_view bytes);

PdfText pdf_to_text(std::string_view bytes, const PdfOptions& options = {});

}  // namespace citecheck::source
