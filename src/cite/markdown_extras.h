// What blog engines add to the Markdown an article is written in, read apart from cmark-gfm's
// tree: Liquid template tags (Jekyll) and kramdown abbreviation definitions, neither of them prose
// a reader sees as written.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::cite {

// `text` with lines that hold only Liquid tags ("{% include figure.html %}"), with the lines
// between "{% comment %}" or "{% highlight %}" and their end tags, and with kramdown abbreviation
// definitions ("*[LTO]: Link-time optimization") replaced by spaces, line breaks kept.
std::string blank_template_lines(std::string text);

// Liquid tags and output ("{{ page.title }}") left in `prose` inside a line, replaced by spaces.
void blank_liquid(std::string& prose);

}  // namespace citecheck::cite
