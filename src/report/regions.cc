// Spans come from core::Report alone: a claim's own end where the claims stage mapped it to the
// file; otherwise worked out from its text, which for plain text is a verbatim slice of the file.
#include "report/regions.h"

#include <string_view>

namespace citecheck::report {

core::Position advance(core::Position p, std::string_view text) {
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
      p.byte_column = 1;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++p.column;  // continuation bytes belong to the code point before
    if (p.byte_column > 0) ++p.byte_column;
  }
  p.offset += text.size();
  return p;
}

Region claim_region(const core::Claim& c) {
  if (c.end) return {c.position, c.end};  // mapped through the prose to the file
  std::string_view text = c.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r'))
    text.remove_suffix(1);
  return {c.position, advance(c.position, text)};
}

Region finding_region(const core::DocumentReport& doc, const core::Finding& finding) {
  Region r{finding.position, finding.end};
  if (r.end) return r;
  for (const core::Claim& c : doc.claims) {
    if (!finding.claim_id.empty() && c.id == finding.claim_id &&
        c.position.line == finding.position.line && c.position.column == finding.position.column) {
      return claim_region(c);
    }
    // A marker such as "[9]" inside a claim: the finding sits on its '['.
    if (finding.offset >= c.offset && finding.offset < c.offset + c.text.size() &&
        c.text[finding.offset - c.offset] == '[') {
      const std::string_view rest = std::string_view(c.text).substr(finding.offset - c.offset);
      const std::size_t close = rest.find(']');
      if (close != std::string_view::npos && rest.substr(0, close).find('\n') == rest.npos) {
        r.end = advance(finding.position, rest.substr(0, close + 1));
        return r;
      }
    }
  }
  return r;
}

}  // namespace citecheck::report
