// A plain copy of an HTML document's tree, made by the gumbo adapter (html/dom.cc, the only
// file that includes gumbo.h). Nodes sit in one vector and refer to children by index, so walks
// over it are loops, not recursion, and a 200,000-deep page cannot overflow the stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citecheck::html {

struct HtmlNode {
  bool is_text = false;
  std::string tag;   // lower-case element name; empty for text nodes
  std::string text;  // text nodes only
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<std::size_t> children;
  // Where the node is in the parsed bytes: an element's start tag ('<'), a text node's first byte
  // as written (entities undecoded, source_length bytes long). Elements gumbo inferred (an implied
  // <tbody>) point at the tag that made it infer them.
  std::size_t offset = 0;
  std::size_t source_length = 0;  // text nodes only

  std::string_view attribute(std::string_view name) const;  // empty when absent or empty
  bool has_attribute(std::string_view name) const;          // boolean ones: <p hidden>
};

// A comment, kept apart from the nodes (no reader shows it): its text between "<!--" and "-->",
// the offset of its "<!--", and the element it sits in (nodes[0] for one outside <html>).
struct HtmlComment {
  std::string text;
  std::size_t offset = 0;
  std::size_t parent = 0;
};

struct HtmlDom {
  std::vector<HtmlNode> nodes;        // nodes[0] is the <html> element
  std::vector<HtmlComment> comments;  // in document order
};

HtmlDom parse_html(std::string_view html);

// Whether a reader never sees the element: hidden, aria-hidden="true", display:none or
// visibility:hidden in its style attribute.
bool is_hidden(const HtmlNode& n);

// Parses with gumbo and frees the tree without copying it: the floor that extraction's speed is
// measured against (bench/extract.sh). Returns the number of nodes, so the work is not elided.
std::size_t parse_only(std::string_view html);

}  // namespace citecheck::html
