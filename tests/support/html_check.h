// A strict check of the HTML report's markup, shared by the unit, CLI and browser tests: every
// element closed in order (void elements aside), no block inside a paragraph (a browser would close
// the paragraph there), every id unique, every in-page link pointing at an id, and nothing the page
// would fetch from elsewhere (no src, no <link>, no url() or @import).
#pragma once

#include <string>
#include <vector>

namespace citecheck::testing {

struct HtmlCheck {
  std::vector<std::string> problems;  // empty when the page is valid
  std::vector<std::string> ids;       // in document order
  int elements = 0;
};

HtmlCheck check_html(const std::string& page);

// The problems joined one per line, for a failing assertion's message.
std::string describe(const HtmlCheck& check);

}  // namespace citecheck::testing
