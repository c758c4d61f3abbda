// The gumbo adapter. gumbo parses like a browser (HTML5 tree construction); we copy what the
// extractors need (element names, attributes, text, source offsets) and free gumbo's tree before
// returning.
#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "html/dom.h"
#include "text/ascii.h"

namespace citecheck::html {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

std::string tag_name(const GumboElement& el) {
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece piece = el.original_tag;
  gumbo_tag_from_original_text(&piece);
  return text::lower_ascii(std::string_view(piece.data, piece.length));
}

void add_comment(const GumboNode& node, std::size_t parent, HtmlDom& dom) {
  dom.comments.push_back({node.v.text.text, node.v.text.start_pos.offset, parent});
}

}  // namespace

std::string_view HtmlNode::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return {};
}

bool HtmlNode::has_attribute(std::string_view name) const {
  for (const auto& attribute : attributes) {
    if (attribute.first == name) return true;
  }
  return false;
}

bool is_hidden(const HtmlNode& n) {
  // "hidden" is a boolean attribute: <p hidden> gives it an empty value.
  if (n.has_attribute("hidden") || n.attribute("aria-hidden") == "true") return true;
  const std::string_view style = n.attribute("style");
  if (style.empty()) return false;
  std::string squeezed;
  for (const char c : style) {
    if (c != ' ') squeezed += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return squeezed.find("display:none") != std::string::npos ||
         squeezed.find("visibility:hidden") != std::string::npos;
}

std::size_t parse_only(std::string_view html) {
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output || output->root == nullptr) return 0;
  std::size_t nodes = 0;
  std::vector<const GumboNode*> stack{output->root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    ++nodes;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return nodes;
}

HtmlDom parse_html(std::string_view html) {
  HtmlDom dom;
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output || output->root == nullptr) {
    dom.nodes.push_back(HtmlNode{false, "html", "", {}, {}, 0, 0});
    return dom;
  }
  const GumboVector& top = output->document->v.document.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(top.data[i]);
    if (child->type == GUMBO_NODE_COMMENT) add_comment(*child, 0, dom);
  }
  // Explicit stack of (gumbo node, index of its copy).
  std::vector<std::pair<const GumboNode*, std::size_t>> stack;
  dom.nodes.push_back({});
  stack.emplace_back(output->root, 0);
  while (!stack.empty()) {
    const auto [node, index] = stack.back();
    stack.pop_back();
    const GumboElement& el = node->v.element;
    dom.nodes[index].tag = tag_name(el);
    dom.nodes[index].offset = el.start_pos.offset;
    for (unsigned i = 0; i < el.attributes.length; ++i) {
      const auto* attr = static_cast<const GumboAttribute*>(el.attributes.data[i]);
      dom.nodes[index].attributes.emplace_back(attr->name, attr->value);
    }
    for (unsigned i = 0; i < el.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(el.children.data[i]);
      const std::size_t child_index = dom.nodes.size();
      if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
        dom.nodes.push_back({});
        stack.emplace_back(child, child_index);
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
                 child->type == GUMBO_NODE_CDATA) {
        HtmlNode text_node;
        text_node.is_text = true;
        text_node.text = child->v.text.text;
        text_node.offset = child->v.text.start_pos.offset;
        text_node.source_length = child->v.text.original_text.length;
        dom.nodes.push_back(std::move(text_node));
      } else {
        if (child->type == GUMBO_NODE_COMMENT) add_comment(*child, index, dom);
        continue;  // comments and the document node carry no readable text
      }
      dom.nodes[index].children.push_back(child_index);
    }
  }
  std::sort(dom.comments.begin(), dom.comments.end(),
            [](const HtmlComment& a, const HtmlComment& b) { return a.offset < b.offset; });
  return dom;
}

}  // namespace citecheck::html
