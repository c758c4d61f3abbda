// Text made safe for XML attributes and content (the JUnit report).
#pragma once

#include <string>
#include <string_view>

namespace citecheck::report {

// Escapes markup characters, drops control characters XML 1.0 forbids, and replaces invalid
// UTF-8 (which can reach a report from a page title or passage) with U+FFFD.
std::string xml_escape(std::string_view s);

}  // namespace citecheck::report
