// What every article fuzz target checks: extraction never crashes, and every citation, reference
// and claim position is a real line and column of the input (a crash here is a report that would
// send an editor to a line that does not exist).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cite/extract.h"
#include "claims/claims.h"
#include "core/types.h"
#include "text/utf8.h"

namespace citecheck::fuzz {

inline void check_position(const core::Position& p, int lines) {
  if (p.line < 1 || p.line > lines || p.column < 1) std::abort();
}

inline void check_article(const std::uint8_t* data, std::size_t size, core::Format format) {
  core::Document doc;
  doc.format = format;
  doc.text = text::repair_utf8(
      std::string(reinterpret_cast<const char*>(data), size));  // load.cc refuses invalid UTF-8
  for (char& c : doc.text) {
    if (c == '\0') c = ' ';  // and NUL bytes
  }
  int lines = 1;
  for (const char c : doc.text) lines += c == '\n';
  const core::CitationIndex index = cite::extract_citations(doc);
  if (index.body_end > index.prose.text.size()) std::abort();
  for (const core::Citation& c : index.citations) {
    if (c.offset + c.length > index.prose.text.size()) std::abort();
    check_position(c.position, lines);
  }
  for (const core::Reference& r : index.references) {
    if (r.offset > doc.text.size()) std::abort();
    check_position(r.position, lines);
  }
  const claims::Claims found = claims::extract_claims(doc, index);
  for (const core::Claim& c : found.claims) check_position(c.position, lines);
  for (const core::UncitedSentence& s : found.uncited) check_position(s.position, lines);
}

}  // namespace citecheck::fuzz
