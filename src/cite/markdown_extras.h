// What blog engines add to the Markdown an article is written in, read apart from cmark-gfm's
// tree: Liquid template tags (Jekyll), kramdown abbreviation definitions, and the HTML links a
// writer types inside a paragraph. None of the first two is prose a reader sees as written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace citecheck::cite {

// `text` with lines that hold only Liquid tags ("{% include figure.html %}"), with the lines
// between "{% comment %}" or "{% highlight %}" and their end tags, and with kramdown abbreviation
// definitions ("*[LTO]: Link-time optimization") replaced by spaces, line breaks kept.
std::string blank_template_lines(std::string text);

// Liquid tags and output ("{{ page.title }}") left in `prose` inside a line, replaced by spaces.
void blank_liquid(std::string& prose);

// The link an inline HTML tag opens: the href of "<a href=\"https://…\">", entities decoded;
// nothing for any other tag.
std::optional<std::string> anchor_href(std::string_view tag);

// Whether an inline HTML tag is "</a>".
bool is_anchor_end(std::string_view tag);

}  // namespace citecheck::cite
